import { useTranslation } from "react-i18next";
import { caseDocumentUrl } from "../../api/case-api.js";
import type { Assignment, CaseView } from "../../api/case-types.js";
import { PageHeading } from "../../components/page-heading.js";
import { formatDate, formatDateTime } from "./case-format.js";
import { bodyName, type CaseLookups, departmentName, memberName } from "./case-lookups.js";

interface CaseHeaderProps {
  readonly orgId: string;
  readonly view: CaseView;
  readonly lookups: CaseLookups;
  /** The assignment the case reports back on, when it does and the assignment could be found. */
  readonly assignment: Assignment | null;
}

/** Diarienummer and title as the page's heading, then status, body, department, officer and the Word download. */
export function CaseHeader({ orgId, view, lookups, assignment }: CaseHeaderProps) {
  const { t, i18n } = useTranslation();
  const department = departmentName(lookups, view.departmentId);
  return (
    <header className="case-header">
      <PageHeading>
        <span className="case-number">{view.diarienummer ?? t("casePages.noDiarienummer")}</span>{" "}
        <span className="case-heading-title">{view.title}</span>
      </PageHeading>
      <dl className="details case-facts">
        <dt>{t("casePages.fields.status")}</dt>
        <dd>
          <span className={`case-status case-status-${view.status}`}>{t(`cases.statuses.${view.status}`)}</span>
        </dd>
        <dt>{t("casePages.fields.body")}</dt>
        <dd>{bodyName(lookups, view.bodyId) ?? t("casePages.unknown")}</dd>
        {department && (
          <>
            <dt>{t("casePages.fields.department")}</dt>
            <dd>{department}</dd>
          </>
        )}
        <dt>{t("casePages.fields.caseOfficer")}</dt>
        <dd>{memberName(lookups, view.caseOfficerId) ?? t("casePages.noCaseOfficer")}</dd>
        {view.reportsOnAssignmentId && (
          <>
            <dt>{t("casePages.fields.reportsOn")}</dt>
            <dd>
              {assignment
                ? t("casePages.assignmentLabel", {
                    description: assignment.description,
                    assignee: assignment.assignee,
                    due: formatDate(assignment.dueDate, i18n.language),
                  })
                : t("casePages.unknown")}
            </dd>
          </>
        )}
        <dt>{t("casePages.fields.version")}</dt>
        <dd>
          {t("casePages.versionLine", {
            version: view.version,
            time: formatDateTime(view.updatedAt, i18n.language),
          })}
        </dd>
        {view.submission && (
          <>
            <dt>{t("casePages.fields.submittedVerdict")}</dt>
            <dd>
              {t("casePages.verdictWithScore", {
                verdict: t(`analysis.verdicts.${view.submission.verdict}`),
                score: view.submission.score,
              })}
            </dd>
          </>
        )}
        {view.decidedOn && (
          <>
            <dt>{t("casePages.fields.decidedOn")}</dt>
            <dd>{formatDate(view.decidedOn, i18n.language)}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={caseDocumentUrl(orgId, view.id)} download>
          {t("casePages.downloadDocx")}
        </a>
      </p>
    </header>
  );
}
