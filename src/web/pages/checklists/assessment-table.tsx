import { type RefObject, useEffect, useRef, useState } from "react";
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
  const wrapper = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(wrapper);
  const captionId = `${ASSESSMENT_TABLE_ID}-caption`;
  const hintId = `${ASSESSMENT_TABLE_ID}-scroll-hint`;
  return (
    <>
      {scrolls && (
        <p className="scroll-hint" id={hintId}>
          <span aria-hidden="true">↔ </span>
          {t("checklistPages.table.scrollHint")}
        </p>
      )}
      {/* A region of its own that the keyboard can reach, so that the arrow keys scroll the table sideways. */}
      <div
        ref={wrapper}
        className="table-wrapper scroll-contained scroll-region"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={scrolls ? hintId : undefined}
        tabIndex={scrolls ? 0 : undefined}
      >
        <table className="figures-table checklist-table" id={ASSESSMENT_TABLE_ID}>
          <caption id={captionId}>{t("checklistPages.table.caption")}</caption>
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
    </>
  );
}

/** Whether the element is narrower than its content (the table scrolls sideways), kept up to date as it resizes. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
