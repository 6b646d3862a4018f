import "../../../styles/cases.css";
import "./statistics.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { IndicatorSummary } from "../../../api/statistics-api.js";
import { listIndicators } from "../../../api/statistics-api.js";
import { ErrorAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { MissingValue } from "../../../components/missing-value.js";
import { PageHeading } from "../../../components/page-heading.js";
import { StatusMessage } from "../../../components/status-message.js";
import { TableRegion } from "../../../components/table-region.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useResource } from "../../../hooks/use-resource.js";
import { can, useMembership } from "../../../session/organisation-context.js";
import { statisticsPath } from "./statistics-paths.js";

/** What a page that removed something tells the list, to say so there. */
export interface StatisticsListState {
  readonly deleted?: string;
}

/**
 * Statistik: the organisation's indicators (name, source, latest period, flagged differences)
 * with links to each, and the population figures used as denominators; the ways to import,
 * to individual-level data and to the settings, as the user's roles allow.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const manage = can(membership, "statistics.manage");
  const { resource } = useResource(`indicators ${orgId}`, (signal) => listIndicators(orgId, undefined, signal));
  const deleted = (useLocation().state as StatisticsListState | null)?.deleted;
  useDocumentTitle(t("statisticsPages.list.title"), membership.organisation.name);
  const indicators = resource.state === "ready" ? resource.data.filter((entry) => entry.role === "indicator") : [];
  const population = resource.state === "ready" ? resource.data.filter((entry) => entry.role === "population") : [];
  return (
    <>
      <PageHeading>{t("statisticsPages.list.title")}</PageHeading>
      <p className="lead">{t("statisticsPages.list.intro")}</p>
      <StatusMessage message={deleted ? t("statisticsPages.indicator.deleted", { name: deleted }) : null} />
      <ul className="case-page-actions statistics-actions">
        {manage && (
          <li>
            <Link className="case-link-button" to={statisticsPath.import(orgId)}>
              {t("statisticsPages.list.import")}
            </Link>
          </li>
        )}
        {manage && (
          <li>
            <Link className="case-link-button case-link-button-secondary" to={statisticsPath.datasets(orgId)}>
              {t("statisticsPages.list.datasets")}
            </Link>
          </li>
        )}
        {(manage || can(membership, "statistics.settings")) && (
          <li>
            <Link className="case-link-button case-link-button-secondary" to={statisticsPath.settings(orgId)}>
              {t("statisticsPages.list.settings")}
            </Link>
          </li>
        )}
      </ul>
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <>
          <section aria-labelledby="indicators-heading" className="statistics-section">
            <h2 id="indicators-heading">{t("statisticsPages.list.indicatorsHeading")}</h2>
            {indicators.length === 0 ? (
              <p>{manage ? t("statisticsPages.list.noneManage") : t("statisticsPages.list.none")}</p>
            ) : (
              <IndicatorTable orgId={orgId} caption={t("statisticsPages.list.caption")} indicators={indicators} />
            )}
          </section>
          {population.length > 0 && (
            <section aria-labelledby="population-heading" className="statistics-section">
              <h2 id="population-heading">{t("statisticsPages.list.populationHeading")}</h2>
              <p>{t("statisticsPages.list.populationIntro")}</p>
              <IndicatorTable
                orgId={orgId}
                caption={t("statisticsPages.list.populationCaption")}
                indicators={population}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}

interface IndicatorTableProps {
  readonly orgId: string;
  readonly caption: string;
  readonly indicators: readonly IndicatorSummary[];
}

function IndicatorTable({ orgId, caption, indicators }: IndicatorTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const sorted = [...indicators].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <TableRegion labelledBy={captionId}>
      <table className="statistics-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statisticsPages.list.name")}</th>
            <th scope="col">{t("statisticsPages.list.measure")}</th>
            <th scope="col">{t("statisticsPages.list.source")}</th>
            <th scope="col">{t("statisticsPages.list.latestPeriod")}</th>
            <th scope="col" className="figure-column">
              {t("statisticsPages.list.openDifferences")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">
                <Link to={statisticsPath.indicator(orgId, indicator.id)}>{indicator.name}</Link>
              </th>
              <td>
                {t(`statisticsPages.common.measureKinds.${indicator.measureKind}`)}
                {indicator.unit && indicator.measureKind !== "share" ? ` (${indicator.unit})` : ""}
              </td>
              <td>
                {t(`statisticsPages.common.sourceKinds.${indicator.sourceKind}`)}
                {indicator.sourceLabel &&
                indicator.sourceLabel !== t(`statisticsPages.common.sourceKinds.${indicator.sourceKind}`)
                  ? `: ${indicator.sourceLabel}`
                  : ""}
              </td>
              <td>{indicator.latestPeriod ?? <MissingValue label={t("statisticsPages.list.noPeriod")} />}</td>
              <td className="figure-column">{indicator.openDifferences}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
