import "../../../styles/decisions.css";
import "../../../styles/checklists.css";
import "./differences.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { listDifferences } from "../../../api/difference-api.js";
import { listDepartments } from "../../../api/jamt-api.js";
import { listIndicators } from "../../../api/statistics-api.js";
import { ErrorAlert } from "../../../components/form-alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { useDocumentTitle } from "../../../hooks/use-document-title.js";
import { useResource } from "../../../hooks/use-resource.js";
import { organisationPath } from "../../../session/home-path.js";
import { useMembership } from "../../../session/organisation-context.js";
import { DifferenceFilters, filterFromSearch, searchFromFilter } from "./difference-filters.js";
import { DifferencesTable } from "./differences-table.js";

/**
 * Skillnader: the flagged differences between women and men, filtered by follow-up period,
 * department, status and indicator (kept in the URL), each linking to its analysis.
 */
export function DifferenceListPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromSearch(searchParams);
  const key = `${orgId} ${searchFromFilter(filter)}`;
  const answer = useResource(`differences ${key}`, (signal) => listDifferences(orgId, filter, signal));
  const departments = useResource(`departments ${orgId}`, (signal) => listDepartments(orgId, signal));
  const indicators = useResource(`indicators ${orgId}`, (signal) => listIndicators(orgId, undefined, signal));
  useDocumentTitle(t("differencePages.list.title"), membership.organisation.name);

  const data = answer.resource.state === "ready" ? answer.resource.data : null;
  const shown = data ? data.differences.filter((difference) => difference.flagged) : [];
  const unflagged = data ? data.differences.filter((difference) => !difference.flagged) : [];
  const filtered =
    filter.period !== "" || filter.departmentId !== "" || filter.status !== "" || (filter.indicatorId ?? "") !== "";
  // An indicator asked for in the URL is named by its differences while the list of indicators loads.
  const askedName = data?.differences.find(
    (difference) => difference.indicatorId === filter.indicatorId,
  )?.indicatorName;
  const indicatorChoices =
    indicators.resource.state === "ready"
      ? indicators.resource.data
      : filter.indicatorId && askedName
        ? [{ id: filter.indicatorId, name: askedName }]
        : [];
  const caption =
    filter.period === ""
      ? t("differencePages.list.caption")
      : t("differencePages.list.captionPeriod", { period: filter.period });

  return (
    <>
      <PageHeading>{t("differencePages.list.title")}</PageHeading>
      <p>{t("differencePages.list.intro")}</p>
      <p>
        <Link to={organisationPath(orgId, "statistik/uppfoljning")}>{t("differencePages.common.toReport")}</Link>
      </p>
      {departments.resource.state === "failed" && <ErrorAlert message={departments.resource.error.message} />}
      <DifferenceFilters
        value={filter}
        periods={data?.periods ?? []}
        departments={departments.resource.state === "ready" ? departments.resource.data : []}
        indicators={indicatorChoices}
        onApply={(next) => setSearchParams(searchFromFilter(next))}
      />
      <p role="status" className="selection-status">
        {data && t("differencePages.list.count", { count: shown.length })}
      </p>
      {answer.resource.state === "loading" && <Loading />}
      {answer.resource.state === "failed" && <ErrorAlert message={answer.resource.error.message} />}
      {data &&
        (shown.length === 0 ? (
          <p>{filtered ? t("differencePages.list.none") : t("differencePages.list.noneAtAll")}</p>
        ) : (
          <>
            <p className="hint">{t("differencePages.list.figuresHint")}</p>
            <DifferencesTable
              orgId={orgId}
              caption={caption}
              differences={shown}
              showPeriod={filter.period === ""}
              showDepartment={true}
            />
          </>
        ))}
      {unflagged.length > 0 && (
        <section aria-labelledby="unflagged-heading">
          <h2 id="unflagged-heading">{t("differencePages.common.noLongerFlagged")}</h2>
          <p>{t("differencePages.common.noLongerFlaggedHint")}</p>
          <DifferencesTable
            orgId={orgId}
            caption={t("differencePages.common.noLongerFlagged")}
            differences={unflagged}
            showPeriod={filter.period === ""}
            showDepartment={true}
          />
        </section>
      )}
    </>
  );
}
