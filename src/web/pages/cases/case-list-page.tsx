import "../../styles/cases.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { listCases } from "../../api/case-api.js";
import type { CaseFilter } from "../../api/case-types.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { CaseFilters } from "./case-filters.js";
import { loadCaseLookups } from "./case-lookups.js";
import { CaseTable } from "./case-table.js";

const FILTER_KEYS = ["status", "bodyId", "search"] as const;

/** The filter in the address (?status=…&bodyId=…&search=…), so that a filtered list can be bookmarked and shared. */
function filterOf(params: URLSearchParams): CaseFilter {
  return { status: params.get("status") ?? "", bodyId: params.get("bodyId") ?? "", search: params.get("search") ?? "" };
}

/** Ärenden: every case of the organisation, filtered by status, body and text. */
export function CaseListPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const filtered = FILTER_KEYS.some((key) => filter[key] !== "");
  const lookups = useResource(`lookups ${orgId}`, (signal) => loadCaseLookups(orgId, signal));
  const { resource } = useResource(`${orgId} ${JSON.stringify(filter)}`, (signal) => listCases(orgId, filter, signal));
  useDocumentTitle(t("casePages.list.title"), membership.organisation.name);

  const apply = (next: CaseFilter) => {
    const query = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key].trim() !== "") query.set(key, next[key].trim());
    setParams(query);
  };

  return (
    <>
      <PageHeading>{t("casePages.list.title")}</PageHeading>
      <p>{t("casePages.list.intro")}</p>
      {(can(membership, "cases.write") || can(membership, "cases.decide")) && (
        <ul className="case-page-actions">
          {can(membership, "cases.write") && (
            <li>
              <Link className="case-link-button" to={organisationPath(orgId, "arenden/nytt")}>
                {t("casePages.list.newCase")}
              </Link>
            </li>
          )}
          <li>
            <Link
              className="case-link-button case-link-button-secondary"
              to={organisationPath(orgId, "arenden/importera")}
            >
              {t("casePages.list.importCases")}
            </Link>
          </li>
        </ul>
      )}
      <CaseFilters
        key={params.toString()}
        value={filter}
        bodies={lookups.resource.state === "ready" ? lookups.resource.data.bodies : []}
        onApply={apply}
      />
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <>
          <p role="status">
            {resource.data.length === 0
              ? filtered
                ? t("casePages.list.emptyFiltered")
                : t("casePages.list.empty")
              : t("casePages.list.count", { count: resource.data.length })}
          </p>
          {resource.data.length === 0 && !filtered && can(membership, "cases.write") && (
            <p>{t("casePages.list.emptyHowTo")}</p>
          )}
          {resource.data.length > 0 && (
            <CaseTable
              orgId={orgId}
              cases={resource.data}
              lookups={lookups.resource.state === "ready" ? lookups.resource.data : null}
            />
          )}
        </>
      )}
    </>
  );
}
