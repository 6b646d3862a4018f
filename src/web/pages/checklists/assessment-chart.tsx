import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { type ChecklistDefinition, scalePoints } from "../../../core/index.js";
import type { AssessmentColumn } from "../../api/checklist-types.js";
import { ChartFigure, ChartLegend } from "../../components/chart-parts.js";
import { ASSESSMENT_TABLE_ID } from "./assessment-table.js";
import { useScoreFormats } from "./checklist-format.js";

/**
 * Line colours with at least 3:1 against white (WCAG 1.4.11); the lines also differ by dash
 * pattern and by the legend's words, and the table holds every number, so nothing depends on
 * colour alone.
 */
const COLOURS = [
  "#13385c",
  "#b35900",
  "#1e6b34",
  "#8c1d18",
  "#5a2d82",
  "#005595",
  "#6b5d00",
  "#a8326e",
  "#00707a",
  "#4a5560",
] as const;
const DASHES = ["", "6 4", "2 3", "10 3 2 3"] as const;
/** More points than this on the axis and only whole numbers are written. */
const MAX_TICKS = 9;

interface AssessmentChartProps {
  readonly definition: ChecklistDefinition;
  readonly columns: readonly AssessmentColumn[];
  /** The caption of the table with the same figures, which the description names. */
  readonly tableCaption: string;
}

/**
 * Each item's movement from occasion to occasion, one line per item. The items drawn are
 * chosen with checkboxes so that the chart stays readable; screen readers get a description
 * and are sent to the table, which has every figure.
 */
export function AssessmentChart({ definition, columns, tableCaption }: AssessmentChartProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const [shown, setShown] = useState<readonly number[]>(() => definition.items.map((item) => item.no));
  const points = scalePoints(definition.scale);
  const ticks = points.length <= MAX_TICKS ? points : points.filter(Number.isInteger);
  const data = columns.map((column) => ({
    occasion: column.occasion,
    ...Object.fromEntries(definition.items.map((item, index) => [`item${item.no}`, column.scores[index] ?? null])),
  }));
  const itemName = (no: number) => t("checklistPages.chart.itemName", { no });
  const first = columns[0];
  const last = columns[columns.length - 1];
  const description =
    !first || !last
      ? t("checklistPages.chart.descriptionNone", { table: tableCaption })
      : t("checklistPages.chart.description", {
          count: shown.length,
          items: shown.join(", "),
          first: first.occasion,
          last: last.occasion,
          table: tableCaption,
        });
  const toggle = (no: number, on: boolean) =>
    setShown(definition.items.map((item) => item.no).filter((n) => (n === no ? on : shown.includes(n))));

  return (
    <div className="checklist-chart">
      <fieldset className="checkboxes chart-items">
        <legend>{t("checklistPages.chart.pickItems")}</legend>
        <div className="chart-item-options">
          {definition.items.map((item, index) => (
            <div className="checkbox" key={item.no}>
              <input
                type="checkbox"
                id={`chart-item-${item.no}`}
                checked={shown.includes(item.no)}
                onChange={(event) => toggle(item.no, event.target.checked)}
              />
              <label htmlFor={`chart-item-${item.no}`}>
                <span className="chart-swatch" aria-hidden="true">
                  <svg width="28" height="10" focusable="false">
                    <line
                      x1="0"
                      y1="5"
                      x2="28"
                      y2="5"
                      stroke={COLOURS[index % COLOURS.length]}
                      strokeWidth="3"
                      strokeDasharray={DASHES[index % DASHES.length]}
                    />
                  </svg>
                </span>
                {itemName(item.no)}
                <span className="visually-hidden">: {formats.text(item.text)}</span>
              </label>
            </div>
          ))}
        </div>
        <div className="actions">
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => setShown(definition.items.map((item) => item.no))}
          >
            {t("checklistPages.chart.all")}
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => setShown([])}>
            {t("checklistPages.chart.none")}
          </button>
        </div>
      </fieldset>
      {shown.length === 0 ? (
        <p className="chart-empty">
          {t("checklistPages.chart.noneShown")} <a href={`#${ASSESSMENT_TABLE_ID}`}>{tableCaption}</a>
        </p>
      ) : (
        <ChartFigure
          id="assessment-chart"
          title={t("checklistPages.chart.title")}
          description={description}
          height={360}
          note={
            <p className="chart-note">
              {t("checklistPages.chart.tableNote")} <a href={`#${ASSESSMENT_TABLE_ID}`}>{tableCaption}</a>
            </p>
          }
        >
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#d5dde5" vertical={false} />
            <XAxis dataKey="occasion" tick={{ fill: "#1b1b1b" }} padding={{ left: 24, right: 24 }} />
            <YAxis
              domain={[definition.scale.min, definition.scale.max]}
              ticks={ticks}
              tickFormatter={(value: number) => formats.score(value)}
              tick={{ fill: "#1b1b1b" }}
              width={48}
              allowDecimals
            />
            <Tooltip
              formatter={(value) =>
                typeof value === "number" ? formats.score(value) : t("checklistPages.common.unscored")
              }
            />
            <Legend content={ChartLegend} itemSorter={null} />
            {definition.items.map((item, index) =>
              shown.includes(item.no) ? (
                <Line
                  key={item.no}
                  type="linear"
                  dataKey={`item${item.no}`}
                  name={itemName(item.no)}
                  stroke={COLOURS[index % COLOURS.length]}
                  strokeWidth={2.5}
                  strokeDasharray={DASHES[index % DASHES.length]}
                  dot={{ r: 4, strokeWidth: 2, fill: "#ffffff" }}
                  legendType="plainline"
                  connectNulls
                  isAnimationActive={false}
                />
              ) : null,
            )}
          </LineChart>
        </ChartFigure>
      )}
    </div>
  );
}
