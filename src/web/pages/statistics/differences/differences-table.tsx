import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DifferenceSummary } from "../../../api/difference-api.js";
import { TableRegion } from "../../../components/table-region.js";
import { organisationPath } from "../../../session/home-path.js";
import { useDifferenceFormats } from "./difference-format.js";
import { DifferenceStatusTag } from "./difference-status-tag.js";

interface DifferencesTableProps {
  readonly orgId: string;
  readonly caption: string;
  readonly differences: readonly DifferenceSummary[];
  /** The period column is left out when every row has the same period (the caption names it). */
  readonly showPeriod: boolean;
  /** The department column is left out in the report, where the section names it. */
  readonly showDepartment: boolean;
}

/**
 * Flagged differences: the indicator (a link to the difference), the group, women's and men's
 * figures, the difference with its interval or "kan inte prövas statistiskt", and the status.
 */
export function DifferencesTable({ orgId, caption, differences, showPeriod, showDepartment }: DifferencesTableProps) {
  const { t } = useTranslation();
  const formats = useDifferenceFormats();
  const captionId = useId();
  return (
    <TableRegion labelledBy={captionId} className="scroll-contained">
      <table className="differences-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("differencePages.common.indicator")}</th>
            {showPeriod && <th scope="col">{t("differencePages.common.period")}</th>}
            <th scope="col">{t("differencePages.common.group")}</th>
            <th scope="col" className="numeric">
              {t("differencePages.common.women")}
            </th>
            <th scope="col" className="numeric">
              {t("differencePages.common.men")}
            </th>
            <th scope="col">{t("differencePages.common.difference")}</th>
            {showDepartment && <th scope="col">{t("differencePages.common.department")}</th>}
            <th scope="col">{t("differencePages.common.status")}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => (
            <tr key={difference.id}>
              <th scope="row">
                <Link to={organisationPath(orgId, `statistik/skillnader/${encodeURIComponent(difference.id)}`)}>
                  {difference.indicatorName}
                </Link>
              </th>
              {showPeriod && <td>{difference.period}</td>}
              <td>{formats.group(difference.groupLabel)}</td>
              <td className="numeric">{formats.figure(difference.womenValue, difference)}</td>
              <td className="numeric">{formats.figure(difference.menValue, difference)}</td>
              <td>
                <span className="difference-value">{formats.signedDifference(difference.difference, difference)}</span>
                <span className={difference.clear === null ? "difference-interval untestable" : "difference-interval"}>
                  {formats.interval(difference)}
                </span>
              </td>
              {showDepartment && (
                <td>
                  {difference.departmentName ?? (
                    <span className="muted">{t("differencePages.common.noDepartment")}</span>
                  )}
                </td>
              )}
              <td>
                <DifferenceStatusTag status={difference.status} />
                {!difference.flagged && (
                  <span className="state-note">{t("differencePages.common.noLongerFlagged")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
