import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { periodOf } from "../../../core/index.js";
import { followUpExportUrl, getFollowUp } from "../../api/decision-api.js";
import { listBodies, listDepartments } from "../../api/jamt-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { currentLanguage } from "../../i18n.js";
import { useMembership } from "../../session/organisation-context.js";
import { FollowUpFilters } from "./follow-up-filters.js";
import { ALL_PERIODS, PARAMS, queryFromSearch, searchFromQuery } from "./follow-up-query.js";
import { FollowUpTable } from "./follow-up-table.js";
import { KeyFigures } from "./key-figures.js";
import { PeriodCases } from "./period-cases.js";
import { periodLabel } from "./period-label.js";
import "../../styles/decisions.css";

/** The charts bring the chart library, which only this page needs: loaded when first shown. */
const FollowUpCharts = lazy(() =>
  import("./follow-up-charts.js").then((module) => ({ default: module.FollowUpCharts })),
);

/**
 * Uppföljning: the board's evaluation of the work with gender-equal decisions. The selection
 * and the period whose cases are listed are kept in the URL.
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromSearch(searchParams);
  const selected = searchParams.get(PARAMS.period);
  const key = `${orgId} ${searchFromQuery(query)}`;
  const summary = useResource(`follow-up ${key}`, (signal) => getFollowUp(orgId, query, signal));
  const bodies = useResource(`bodies ${orgId}`, (signal) => listBodies(orgId, signal));
  const departments = useResource(`departments ${orgId}`, (signal) => listDepartments(orgId, signal));
  const casesHeading = useRef<HTMLHeadingElement>(null);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const [focus, setFocus] = useState<"cases" | "table" | null>(null);
  useDocumentTitle(t("decisionPages.followUp.title"), membership.organisation.name);

  // The URL may change in a transition after the click, so focus waits until its target is shown.
  useEffect(() => {
    if (focus === null) return;
    const target = focus === "cases" ? (selected === null ? null : casesHeading.current) : tableHeading.current;
    if (!target) return;
    target.focus();
    setFocus(null);
  }, [focus, selected]);

  const bodyList = bodies.resource.state === "ready" ? bodies.resource.data : [];
  const departmentList = departments.resource.state === "ready" ? departments.resource.data : [];
  const names = new Map([...bodyList, ...departmentList].map((unit) => [unit.id, unit.name]));
  const lang = currentLanguage();

  const showCases = (period: string) => {
    setSearchParams(searchFromQuery(query, period));
    setFocus("cases");
  };
  const hideCases = () => {
    setSearchParams(searchFromQuery(query), { replace: true });
    setFocus("table");
  };

  const data = summary.resource.state === "ready" ? summary.resource.data : null;
  const records =
    data === null || selected === null
      ? []
      : selected === ALL_PERIODS
        ? data.cases
        : data.cases.filter((record) => periodOf(record.date, query.granularity) === selected);

  return (
    <>
      <PageHeading>{t("decisionPages.followUp.title")}</PageHeading>
      <p>{t("decisionPages.followUp.intro")}</p>
      {(bodies.resource.state === "failed" || departments.resource.state === "failed") && (
        <ErrorAlert message={t("decisionPages.followUp.namesFailed")} />
      )}
      <FollowUpFilters
        value={query}
        bodies={bodyList}
        departments={departmentList}
        onApply={(next) => setSearchParams(searchFromQuery(next))}
      />
      <p role="status" className="selection-status">
        {data &&
          t("decisionPages.followUp.selectionStatus", {
            count: data.total.cases,
            granularity: t(`decisionPages.followUp.granularities.${query.granularity}`).toLowerCase(),
          })}
      </p>
      {summary.resource.state === "loading" && <Loading />}
      {summary.resource.state === "failed" && <ErrorAlert message={summary.resource.error.message} />}
      {data && (
        <>
          <ul className="downloads" aria-label={t("decisionPages.followUp.downloads")}>
            <li>
              <a href={followUpExportUrl(orgId, query, "csv", lang)} download>
                {t("decisionPages.followUp.downloadCsv")}
              </a>
            </li>
            <li>
              <a href={followUpExportUrl(orgId, query, "xlsx", lang)} download>
                {t("decisionPages.followUp.downloadXlsx")}
              </a>
            </li>
          </ul>
          <section aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading">{t("decisionPages.followUp.keyFigures")}</h2>
            <KeyFigures total={data.total} />
          </section>
          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading" ref={tableHeading} tabIndex={-1}>
              {t("decisionPages.followUp.trend")}
            </h2>
            {data.periods.length === 0 ? (
              <p>{t("decisionPages.followUp.noCases")}</p>
            ) : (
              <>
                <p>{t("decisionPages.followUp.trendIntro")}</p>
                <Suspense fallback={<Loading />}>
                  <FollowUpCharts periods={data.periods} />
                </Suspense>
                <FollowUpTable periods={data.periods} total={data.total} selected={selected} onShowCases={showCases} />
              </>
            )}
          </section>
          {selected !== null && (
            <PeriodCases
              orgId={orgId}
              heading={
                selected === ALL_PERIODS
                  ? t("decisionPages.followUp.allCasesHeading")
                  : t("decisionPages.followUp.periodCasesHeading", { period: periodLabel(t, selected) })
              }
              headingRef={casesHeading}
              records={records}
              names={names}
              onClose={hideCases}
            />
          )}
        </>
      )}
    </>
  );
}
