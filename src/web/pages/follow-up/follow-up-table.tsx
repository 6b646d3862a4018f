import { useTranslation } from "react-i18next";
import { type FollowUpFigures, VERDICTS } from "../../../core/index.js";
import { RowButton } from "../../components/row-button.js";
import { useFormats } from "../meetings/format.js";
import { ALL_PERIODS } from "./follow-up-query.js";
import { Share } from "./key-figures.js";
import { periodLabel } from "./period-label.js";

interface FollowUpTableProps {
  readonly periods: readonly FollowUpFigures[];
  readonly total: FollowUpFigures;
  /** The period whose cases are listed, ALL_PERIODS, or null. */
  readonly selected: string | null;
  readonly onShowCases: (period: string) => void;
}

/** The figures per period, the same numbers the charts draw, with a button per row that lists its cases. */
export function FollowUpTable({ periods, total, selected, onShowCases }: FollowUpTableProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const row = (figures: FollowUpFigures, period: string, label: string, button: string) => (
    <tr key={period} aria-current={selected === period ? "true" : undefined}>
      <th scope="row">{label}</th>
      <td className="numeric">{formats.integer(figures.cases)}</td>
      <td className="numeric">{formats.integer(figures.withGenderSection)}</td>
      <td className="numeric">
        <Share value={figures.genderSectionShare} />
      </td>
      {VERDICTS.map((verdict) => (
        <td key={verdict} className="numeric">
          {formats.integer(figures.verdicts[verdict])}
        </td>
      ))}
      <td className="numeric">{formats.integer(figures.decided)}</td>
      <td className="numeric">{formats.integer(figures.withPosition)}</td>
      <td className="numeric">
        <Share value={figures.positionShare} />
      </td>
      <td>
        <RowButton label={button} rowName={label} onClick={() => onShowCases(period)} />
      </td>
    </tr>
  );
  return (
    <div className="table-wrapper scroll-contained">
      <table className="figures-table">
        <caption>{t("decisionPages.followUp.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cases.followUp.period")}</th>
            <th scope="col" className="numeric">
              {t("cases.followUp.cases")}
            </th>
            <th scope="col" className="numeric">
              {t("cases.followUp.withGenderSection")}
            </th>
            <th scope="col" className="numeric">
              {t("cases.followUp.genderSectionShare")}
            </th>
            {VERDICTS.map((verdict) => (
              <th scope="col" key={verdict} className="numeric">
                <span className="visually-hidden">{t("cases.followUp.verdict")}: </span>
                {t(`analysis.verdicts.${verdict}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t("cases.followUp.decided")}
            </th>
            <th scope="col" className="numeric">
              {t("cases.followUp.withPosition")}
            </th>
            <th scope="col" className="numeric">
              {t("cases.followUp.positionShare")}
            </th>
            <th scope="col">{t("decisionPages.followUp.casesColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((figures) =>
            row(figures, figures.period, periodLabel(t, figures.period), t("decisionPages.followUp.showCases")),
          )}
        </tbody>
        <tfoot>{row(total, ALL_PERIODS, t("cases.followUp.total"), t("decisionPages.followUp.showAllCases"))}</tfoot>
      </table>
    </div>
  );
}
