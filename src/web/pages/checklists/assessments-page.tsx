import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import { weakestItems } from "../../../core/index.js";
import { assessmentsExportUrl, getAssessments, listChecklists } from "../../api/checklist-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { StatusMessage } from "../../components/status-message.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { currentLanguage } from "../../i18n.js";
import { can, useMembership } from "../../session/organisation-context.js";
import type { OverviewState } from "./assessment-page.js";
import { AssessmentTable } from "./assessment-table.js";
import { useScoreFormats } from "./checklist-format.js";
import { ChecklistPicker } from "./checklist-picker.js";
import { checklistPath, checklistsOf, PARAMS } from "./checklist-query.js";
import { ScaleExplanation } from "./scale-explanation.js";

/** The chart brings the chart library, which only this page needs: loaded when first shown. */
const AssessmentChart = lazy(() =>
  import("./assessment-chart.js").then((module) => ({ default: module.AssessmentChart })),
);

/**
 * Checklista: the organisation's self-assessments side by side, item by item, with computed
 * sums, as in a result report; a chart of each item's movement; downloads; and the way to a
 * new assessment and to the improvement agenda.
 */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [params, setParams] = useSearchParams();
  const chosen = params.get(PARAMS.checklist) ?? "";
  const checklists = useResource("checklists", (signal) => listChecklists(signal));
  const assessments = useResource(`assessments ${orgId} ${chosen}`, (signal) => getAssessments(orgId, chosen, signal));
  const assess = can(membership, "checklist.assess");
  const deleted = (useLocation().state as OverviewState | null)?.deleted;
  useDocumentTitle(t("checklistPages.overview.title"), membership.organisation.name);

  const own = checklists.resource.state === "ready" ? checklistsOf(orgId, checklists.resource.data) : [];
  const data = assessments.resource.state === "ready" ? assessments.resource.data : null;
  const checklistId = data?.checklist.checklistId ?? chosen;
  const keep: Record<string, string> = chosen === "" ? {} : { [PARAMS.checklist]: chosen };
  const lang = currentLanguage();
  const columns = data?.table.columns ?? [];
  const latest = columns[columns.length - 1];
  const weakest = latest ? weakestItems(latest.scores) : [];
  const tableCaption = t("checklistPages.table.caption");

  return (
    <>
      <PageHeading>{t("checklistPages.overview.title")}</PageHeading>
      <p>
        {data
          ? t("checklistPages.overview.intro", { checklist: formats.text(data.checklist.definition.name) })
          : t("checklistPages.overview.introLoading")}
      </p>
      <StatusMessage message={deleted ? t("checklistPages.overview.deleted", { occasion: deleted }) : null} />
      {checklists.resource.state === "failed" && <ErrorAlert message={checklists.resource.error.message} />}
      <ChecklistPicker
        id="overview-checklist"
        checklists={own}
        value={checklistId}
        onApply={(next) => setParams(next === "" ? {} : { [PARAMS.checklist]: next })}
      />
      <ul className="case-page-actions">
        {assess && (
          <li>
            <Link className="case-link-button" to={checklistPath(orgId, "ny", keep)}>
              {t("checklistPages.overview.newAssessment")}
            </Link>
          </li>
        )}
        <li>
          <Link className="case-link-button case-link-button-secondary" to={checklistPath(orgId, "atgarder", keep)}>
            {t("checklistPages.overview.agenda")}
          </Link>
        </li>
      </ul>
      {assessments.resource.state === "loading" && <Loading />}
      {assessments.resource.state === "failed" && <ErrorAlert message={assessments.resource.error.message} />}
      {data && (
        <>
          <p className="checklist-name">
            {t("checklistPages.common.checklistVersion", {
              name: formats.text(data.checklist.definition.name),
              version: data.checklist.version,
            })}
          </p>
          <ScaleExplanation definition={data.checklist.definition} headingId="scale-heading" />
          <section aria-labelledby="assessments-heading">
            <h2 id="assessments-heading">{t("checklistPages.overview.assessments")}</h2>
            {columns.length === 0 ? (
              <p>{assess ? t("checklistPages.overview.noneYetAssess") : t("checklistPages.overview.noneYet")}</p>
            ) : (
              <>
                <p>
                  {t("checklistPages.overview.count", { count: columns.length })}{" "}
                  {latest &&
                    weakest.length > 0 &&
                    t("checklistPages.overview.weakest", {
                      count: weakest.length,
                      occasion: latest.occasion,
                      items: weakest.join(", "),
                    })}
                </p>
                <AssessmentTable orgId={orgId} definition={data.checklist.definition} columns={columns} />
                <ul className="downloads" aria-label={t("checklistPages.overview.downloads")}>
                  {(["xlsx", "docx", "pdf"] as const).map((format) => (
                    <li key={format}>
                      <a href={assessmentsExportUrl(orgId, checklistId, format, lang)} download>
                        {t(`checklistPages.overview.download.${format}`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          {columns.length > 0 && (
            <section aria-labelledby="movement-heading">
              <h2 id="movement-heading">{t("checklistPages.overview.movement")}</h2>
              <p>{t("checklistPages.overview.movementIntro")}</p>
              <Suspense fallback={<Loading />}>
                <AssessmentChart definition={data.checklist.definition} columns={columns} tableCaption={tableCaption} />
              </Suspense>
            </section>
          )}
        </>
      )}
    </>
  );
}
