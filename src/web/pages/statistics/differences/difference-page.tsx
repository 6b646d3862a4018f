import "../../../styles/decisions.css";
import "../../../styles/checklists.css";
import "./differences.css";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type DifferenceView, getDifference } from "../../../api/difference-api.js";
import { ErrorAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useResource } from "../../../hooks/use-resource.js";
import { organisationPath } from "../../../session/home-path.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { formatDateTime } from "../../cases/case-format.js";
import { useLeaveGuard } from "../../checklists/leave-guard.js";
import { AnalysisForm } from "./analysis-form.js";
import { AnalysisView } from "./analysis-view.js";
import { useDifferenceFormats } from "./difference-format.js";
import { DifferenceMeasures } from "./difference-measures.js";
import { DifferenceStatusTag } from "./difference-status-tag.js";

/**
 * One flagged difference: its figures in a plain sentence and in detail, the documented
 * analysis (a form for those who may analyse, read-only for others) and, for an unjustified
 * difference, its measures followed until done. One guard asks before unsaved text is left.
 */
export function DifferencePage() {
  const { t, i18n } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const differenceId = useParams().differenceId ?? "";
  const handle = useResource(`difference ${orgId} ${differenceId}`, (signal) =>
    getDifference(orgId, differenceId, signal),
  );
  const formats = useDifferenceFormats();
  const analyse = can(membership, "differences.analyse");
  const [analysisDirty, setAnalysisDirty] = useState(false);
  const [measureDirty, setMeasureDirty] = useState(false);
  const leaveGuard = useLeaveGuard(
    analysisDirty || measureDirty,
    analysisDirty ? t("differencePages.analysis.unsaved") : t("differencePages.measures.unsaved"),
  );
  const difference = handle.resource.state === "ready" ? handle.resource.data : null;
  useDocumentTitle(
    difference
      ? t("differencePages.detail.title", { indicator: difference.indicatorName })
      : t("differencePages.detail.titleLoading"),
    membership.organisation.name,
  );
  const { update, reload } = handle;

  /** Reads the difference again without "Loading", so that place, focus and typed text stay. */
  const refresh = useCallback(async () => {
    try {
      const fresh = await getDifference(orgId, differenceId);
      update(() => fresh);
    } catch {
      reload();
    }
  }, [orgId, differenceId, update, reload]);
  const saved = useCallback((view: DifferenceView) => update(() => view), [update]);

  return (
    <>
      <p className="back-link">
        <Link to={organisationPath(orgId, "statistik/skillnader")}>{t("differencePages.common.backToList")}</Link>
      </p>
      <PageHeading>
        {difference
          ? t("differencePages.detail.title", { indicator: difference.indicatorName })
          : t("differencePages.detail.titleLoading")}
      </PageHeading>
      {handle.resource.state === "loading" && <Loading />}
      {handle.resource.state === "failed" && <ErrorAlert message={handle.resource.error.message} />}
      {difference && (
        <>
          <p className="difference-sentence">{difference.sentence ?? formats.sentence(difference)}</p>
          {!difference.flagged && <p className="notice">{t("differencePages.detail.notFlagged")}</p>}
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("differencePages.detail.facts")}</h2>
            <dl className="difference-facts">
              <div>
                <dt>{t("differencePages.common.indicator")}</dt>
                <dd>
                  <Link
                    to={organisationPath(orgId, `statistik/indikatorer/${encodeURIComponent(difference.indicatorId)}`)}
                  >
                    {difference.indicatorName}
                  </Link>
                </dd>
              </div>
              <div>
                <dt>{t("differencePages.common.period")}</dt>
                <dd>{difference.period}</dd>
              </div>
              <div>
                <dt>{t("differencePages.common.group")}</dt>
                <dd>{formats.group(difference.groupLabel)}</dd>
              </div>
              <div>
                <dt>{t("differencePages.common.women")}</dt>
                <dd>{formats.figure(difference.womenValue, difference)}</dd>
              </div>
              <div>
                <dt>{t("differencePages.common.men")}</dt>
                <dd>{formats.figure(difference.menValue, difference)}</dd>
              </div>
              <div>
                <dt>{t("differencePages.common.difference")}</dt>
                <dd>
                  {formats.signedDifference(difference.difference, difference)}
                  <span className="difference-interval">{formats.interval(difference)}</span>
                </dd>
              </div>
              <div>
                <dt>{t("differencePages.common.department")}</dt>
                <dd>{difference.departmentName ?? t("differencePages.common.noDepartment")}</dd>
              </div>
              <div>
                <dt>{t("differencePages.common.status")}</dt>
                <dd>
                  <DifferenceStatusTag status={difference.status} />
                </dd>
              </div>
            </dl>
            {difference.clear === null && <p className="hint">{t("differencePages.common.notTestableHint")}</p>}
            <p className="muted">
              {difference.analysis.analysedAt
                ? difference.analysis.analysedBy
                  ? t("differencePages.detail.analysedBy", {
                      time: formatDateTime(difference.analysis.analysedAt, i18n.language),
                      name: difference.analysis.analysedBy,
                    })
                  : t("differencePages.detail.analysedAt", {
                      time: formatDateTime(difference.analysis.analysedAt, i18n.language),
                    })
                : t("differencePages.detail.notAnalysed")}
            </p>
          </section>
          {analyse ? (
            <AnalysisForm
              key={difference.id}
              orgId={orgId}
              difference={difference}
              onSaved={saved}
              onDirtyChange={setAnalysisDirty}
            />
          ) : (
            <AnalysisView analysis={difference.analysis} />
          )}
          <DifferenceMeasures
            orgId={orgId}
            difference={difference}
            canEdit={analyse}
            onChanged={refresh}
            onDirtyChange={setMeasureDirty}
          />
          <p>
            <Link to={organisationPath(orgId, "statistik/uppfoljning")}>{t("differencePages.common.toReport")}</Link>
          </p>
        </>
      )}
      {leaveGuard.dialog}
    </>
  );
}
