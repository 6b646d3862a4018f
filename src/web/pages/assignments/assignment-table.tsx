import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CASE_STATUSES } from "../../../core/index.js";
import type { Assignment } from "../../api/decision-api.js";
import { organisationPath } from "../../session/home-path.js";
import { useFormats } from "../meetings/format.js";
import { CheckIcon, ClockIcon, WarningIcon } from "../meetings/icons.js";

interface AssignmentTableProps {
  readonly orgId: string;
  /** In the order to show. */
  readonly assignments: readonly Assignment[];
  readonly caption: string;
  /** Whether to offer registering a report-back case (case officers). */
  readonly canReport?: boolean;
}

/** Assignments with the deciding case and its §, the due date, the state (icon and text) and report-back cases. */
export function AssignmentTable({ orgId, assignments, caption, canReport = false }: AssignmentTableProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const caseLink = (id: string) => organisationPath(orgId, `arenden/${encodeURIComponent(id)}`);
  return (
    <div className="table-wrapper scroll-contained">
      <table className="assignment-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("decisionPages.assignments.description")}</th>
            <th scope="col">{t("decisionPages.assignments.assignee")}</th>
            <th scope="col">{t("decisionPages.assignments.dueDate")}</th>
            <th scope="col">{t("decisionPages.assignments.state")}</th>
            <th scope="col">{t("decisionPages.assignments.decision")}</th>
            <th scope="col">{t("decisionPages.assignments.reports")}</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => (
            <tr key={assignment.id} className={`assignment-${assignment.state}`}>
              <th scope="row" className="preserve-lines">
                {assignment.description}
              </th>
              <td>{assignment.assignee}</td>
              <td>
                <time dateTime={assignment.dueDate}>{formats.shortDate(assignment.dueDate)}</time>
              </td>
              <td>
                <span className={`state state-${assignment.state}`}>
                  {assignment.state === "overdue" && <WarningIcon />}
                  {assignment.state === "open" && <ClockIcon />}
                  {assignment.state === "closed" && <CheckIcon />}
                  <span>{t(`cases.assignmentStates.${assignment.state}`)}</span>
                </span>
                {assignment.state === "closed" && assignment.closedAt && (
                  <span className="state-note">
                    {t("decisionPages.assignments.closedOn", { date: formats.shortDate(assignment.closedAt) })}
                  </span>
                )}
              </td>
              <td>
                <Link to={caseLink(assignment.decision.caseId)}>
                  {assignment.decision.diarienummer ?? t("decisionPages.common.noDiarienummer")}
                </Link>
                <span className="case-title">{assignment.decision.title}</span>
                <span className="state-note">
                  {t("decisionPages.assignments.paragraphOn", {
                    paragraph: assignment.decision.paragraph,
                    date: formats.shortDate(assignment.decision.decidedOn),
                  })}
                </span>
              </td>
              <td>
                {assignment.reportCases.length === 0 ? (
                  t("decisionPages.assignments.noReports")
                ) : (
                  <ul className="plain-list">
                    {assignment.reportCases.map((report) => (
                      <li key={report.id}>
                        <Link to={caseLink(report.id)}>{report.diarienummer ?? report.title}</Link>
                        {report.diarienummer && <span className="case-title">{report.title}</span>}
                        <span className="state-note">
                          <CaseStatusText status={report.status} />
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {canReport && assignment.state !== "closed" && (
                  <Link
                    className="state-note"
                    to={organisationPath(orgId, `arenden/nytt?uppdrag=${encodeURIComponent(assignment.id)}`)}
                  >
                    {t("decisionPages.assignments.registerReport")}
                    <span className="visually-hidden">: {assignment.description}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A case status in words; a status this version does not know is shown as it is. */
function CaseStatusText({ status }: { readonly status: string }) {
  const { t } = useTranslation();
  const known = CASE_STATUSES.find((s) => s === status);
  return <>{known ? t(`cases.statuses.${known}`) : status}</>;
}
