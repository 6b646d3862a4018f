import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ASSIGNMENT_STATES, type AssignmentState, listAssignments } from "../../api/decision-api.js";
import { ErrorAlert } from "../../components/form-alert.js";
import { Loading } from "../../components/loading.js";
import { PageHeading } from "../../components/page-heading.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { useResource } from "../../hooks/use-resource.js";
import { organisationPath } from "../../session/home-path.js";
import { can, useMembership } from "../../session/organisation-context.js";
import { STATE_PARAM, STATE_SLUGS, sortAssignments, stateOfSlug } from "./assignment-state.js";
import { AssignmentTable } from "./assignment-table.js";
import "../../styles/decisions.css";

/** Uppdrag: every assignment the bodies' decisions gave, overdue first, filtered by state in the URL. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const orgId = membership.organisation.id;
  const [searchParams] = useSearchParams();
  const state = stateOfSlug(searchParams.get(STATE_PARAM));
  const { resource } = useResource(`assignments ${orgId}`, (signal) => listAssignments(orgId, signal));
  const stateLabel = state ? t(`cases.assignmentStates.${state}`) : null;
  useDocumentTitle(
    stateLabel ? `${t("decisionPages.assignments.title")}: ${stateLabel}` : t("decisionPages.assignments.title"),
    membership.organisation.name,
  );

  const all = resource.state === "ready" ? resource.data : [];
  const count = (s: AssignmentState | null) => (s === null ? all.length : all.filter((a) => a.state === s).length);
  const shown = sortAssignments(state === null ? all : all.filter((a) => a.state === state));
  const base = organisationPath(orgId, "uppdrag");

  return (
    <>
      <PageHeading>{t("decisionPages.assignments.title")}</PageHeading>
      <p>{t("decisionPages.assignments.intro")}</p>
      {resource.state === "loading" && <Loading />}
      {resource.state === "failed" && <ErrorAlert message={resource.error.message} />}
      {resource.state === "ready" && (
        <>
          <nav aria-label={t("decisionPages.assignments.filterLabel")} className="state-filter">
            <ul>
              {[null, ...ASSIGNMENT_STATES].map((s) => (
                <li key={s ?? "all"}>
                  <Link
                    to={s === null ? base : `${base}?${STATE_PARAM}=${STATE_SLUGS[s]}`}
                    aria-current={s === state ? "page" : undefined}
                  >
                    {t("decisionPages.assignments.filterOption", {
                      label: s === null ? t("decisionPages.assignments.all") : t(`cases.assignmentStates.${s}`),
                      count: count(s),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p role="status">
            {stateLabel
              ? t("decisionPages.assignments.shownFiltered", { count: shown.length, state: stateLabel.toLowerCase() })
              : t("decisionPages.assignments.shown", { count: shown.length })}
          </p>
          {shown.length > 0 && (
            <AssignmentTable
              orgId={orgId}
              assignments={shown}
              canReport={can(membership, "cases.write")}
              caption={
                stateLabel
                  ? t("decisionPages.assignments.captionFiltered", { state: stateLabel.toLowerCase() })
                  : t("decisionPages.assignments.caption")
              }
            />
          )}
        </>
      )}
    </>
  );
}
