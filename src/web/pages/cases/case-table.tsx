import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CaseView } from "../../api/case-types.js";
import { organisationPath } from "../../session/home-path.js";
import { bodyName, type CaseLookups, memberName } from "./case-lookups.js";

interface CaseTableProps {
  readonly orgId: string;
  readonly cases: readonly CaseView[];
  /** Names of bodies and officers; null while they load (the ids are not shown). */
  readonly lookups: CaseLookups | null;
}

/** The cases, most recently changed first; the title links to the case. */
export function CaseTable({ orgId, cases, lookups }: CaseTableProps) {
  const { t } = useTranslation();
  const name = (found: string | undefined) => found ?? (lookups ? t("casePages.unknown") : "");
  return (
    <div className="table-wrapper">
      <table className="case-table">
        <caption>{t("casePages.list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("casePages.fields.diarienummer")}</th>
            <th scope="col">{t("casePages.fields.title")}</th>
            <th scope="col">{t("casePages.fields.body")}</th>
            <th scope="col">{t("casePages.fields.status")}</th>
            <th scope="col">{t("casePages.fields.caseOfficer")}</th>
            <th scope="col">{t("casePages.fields.submittedVerdict")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((view) => (
            <tr key={view.id}>
              <td className="case-nowrap">{view.diarienummer ?? t("casePages.noDiarienummer")}</td>
              <th scope="row">
                <Link to={organisationPath(orgId, `arenden/${encodeURIComponent(view.id)}`)}>{view.title}</Link>
              </th>
              <td>{name(lookups ? bodyName(lookups, view.bodyId) : undefined)}</td>
              <td>
                <span className={`case-status case-status-${view.status}`}>{t(`cases.statuses.${view.status}`)}</span>
              </td>
              <td>
                {view.caseOfficerId === null
                  ? t("casePages.noCaseOfficer")
                  : name(lookups ? memberName(lookups, view.caseOfficerId) : undefined)}
              </td>
              <td>
                {view.submission
                  ? t("casePages.verdictWithScore", {
                      verdict: t(`analysis.verdicts.${view.submission.verdict}`),
                      score: view.submission.score,
                    })
                  : t("casePages.list.notSubmitted")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
