import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChecklistDefinition } from "../../../core/index.js";
import type { AssessmentColumn } from "../../api/checklist-types.js";
import { useFormats } from "../meetings/format.js";
import { useScoreFormats } from "./checklist-format.js";
import { checklistPath } from "./checklist-query.js";
import { ScoreValue } from "./score-value.js";

/** The id of the table, which the chart's text alternative names. */
export const ASSESSMENT_TABLE_ID = "assessment-table";

interface AssessmentTableProps {
  readonly orgId: string;
  readonly definition: ChecklistDefinition;
  readonly columns: readonly AssessmentColumn[];
}

/**
 * The table of a result report: one row per item (number and text), one column per occasion
 * (name and date, oldest first), and the computed sums at the foot, which say how many items
 * they cover when some were left unscored. Each occasion links to its assessment.
 */
export function AssessmentTable({ orgId, definition, columns }: AssessmentTableProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const scores = useScoreFormats();
  return (
    <div className="table-wrapper scroll-contained">
      <table className="figures-table checklist-table" id={ASSESSMENT_TABLE_ID}>
        <caption>{t("checklistPages.table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("checklistPages.table.item")}</th>
            {columns.map((column) => (
              <th scope="col" key={column.id} className="numeric occasion-column">
                <Link to={checklistPath(orgId, encodeURIComponent(column.id))}>{column.occasion}</Link>
                <span className="occasion-date">
                  <time dateTime={column.date}>{formats.shortDate(column.date)}</time>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {definition.items.map((item, index) => (
            <tr key={item.no}>
              <th scope="row" className="item-cell">
                <span className="item-no">{item.no}.</span> {scores.text(item.text)}
              </th>
              {columns.map((column) => (
                <td key={column.id} className="numeric">
                  <ScoreValue score={column.scores[index] ?? null} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("checklistPages.table.sum")}</th>
            {columns.map((column) => (
              <td key={column.id} className="numeric">
                {scores.sum(column.sum)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
