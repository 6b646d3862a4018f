import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FollowUpRecord } from "../../../core/index.js";
import { organisationPath } from "../../session/home-path.js";
import { useFormats } from "../meetings/format.js";

interface PeriodCasesProps {
  readonly orgId: string;
  readonly heading: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly records: readonly FollowUpRecord[];
  readonly names: ReadonlyMap<string, string>;
  readonly onClose: () => void;
}

/** The cases behind one period's figures (the drill-down), each linked to the case; historical ones marked. */
export function PeriodCases({ orgId, heading, headingRef, records, names, onClose }: PeriodCasesProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const yesNo = (value: boolean) => (value ? t("cases.followUp.yes") : t("cases.followUp.no"));
  return (
    <section aria-labelledby="period-cases-heading" className="period-cases">
      <h2 id="period-cases-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{t("decisionPages.followUp.casesCount", { count: records.length })}</p>
      {records.length > 0 && (
        <div className="table-wrapper scroll-contained">
          <table aria-labelledby="period-cases-heading">
            <thead>
              <tr>
                <th scope="col">{t("cases.followUp.diarienummer")}</th>
                <th scope="col">{t("cases.followUp.title")}</th>
                <th scope="col">{t("cases.followUp.body")}</th>
                <th scope="col">{t("cases.followUp.department")}</th>
                <th scope="col">{t("cases.followUp.date")}</th>
                <th scope="col">{t("cases.followUp.withGenderSection")}</th>
                <th scope="col">{t("cases.followUp.verdict")}</th>
                <th scope="col">{t("cases.followUp.decided")}</th>
                <th scope="col">{t("cases.followUp.withPosition")}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.caseId}>
                  <th scope="row">
                    <Link to={organisationPath(orgId, `arenden/${encodeURIComponent(record.caseId)}`)}>
                      {record.diarienummer ?? t("decisionPages.common.noDiarienummer")}
                    </Link>
                    {record.archived && <span className="tag">{t("cases.followUp.archived")}</span>}
                  </th>
                  <td>{record.title}</td>
                  <td>{names.get(record.bodyId) ?? t("decisionPages.common.unknownBody")}</td>
                  <td>{record.departmentId === null ? "" : (names.get(record.departmentId) ?? "")}</td>
                  <td>
                    <time dateTime={record.date}>{formats.shortDate(record.date)}</time>
                  </td>
                  <td>{yesNo(record.genderSection)}</td>
                  <td>{t(`analysis.verdicts.${record.verdict}`)}</td>
                  <td>{yesNo(record.decided)}</td>
                  <td>{record.decided ? yesNo(record.positionRecorded) : t("decisionPages.followUp.notDecided")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="button-secondary" onClick={onClose}>
        {t("decisionPages.followUp.hideCases")}
      </button>
    </section>
  );
}
