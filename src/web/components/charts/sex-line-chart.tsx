import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend } from "../chart-parts.js";
import type { LegendEntry } from "./chart-export.js";
import { ChartFrame } from "./chart-frame.js";
import { anySuppressed, drawn, GRID_COLOUR, SEX_COLOURS, SEX_DASHES, TEXT_COLOUR } from "./chart-values.js";
import { useFigureFormat } from "./figure-cell.js";
import { type SexChartProps, useCellText } from "./sex-bar-chart.js";
import { SexTable } from "./sex-table.js";

const TICK = { fill: TEXT_COLOUR, fontSize: 13 };

/** A square marker for men's line, so that the two lines differ by shape as well as by dash and colour. */
function SquareDot({ cx, cy }: { readonly cx?: number; readonly cy?: number }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return (
    <rect x={cx - 4.5} y={cy - 4.5} width={9} height={9} fill="#ffffff" stroke={SEX_COLOURS.men} strokeWidth={2.5} />
  );
}

/**
 * Women's and men's figures (and the total, where there is one) over time, one line each:
 * women solid with round markers, men dashed with square ones, the total dotted. A withheld
 * figure breaks the line (nothing is drawn in its place) and is ".." in the table.
 */
export function SexLineChart({ id, title, summary, rowHeader, points, unit, minCell, fileNotes = [] }: SexChartProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const text = useCellText();
  const tableId = `${id}-table`;
  const tableCaption = t("statisticsPages.charts.tableCaption", { title });
  const withTotal = points.some((point) => point.total?.kind === "shown");
  const data = points.map((point) => ({
    label: point.label,
    women: drawn(point.women),
    men: drawn(point.men),
    total: point.total ? drawn(point.total) : null,
    womenText: text(point.women),
    menText: text(point.men),
    totalText: point.total ? text(point.total) : "–",
  }));
  const labels = {
    women: t("statisticsPages.common.women"),
    men: t("statisticsPages.common.men"),
    total: t("statisticsPages.common.total"),
  };
  const suppressedNote = anySuppressed(points)
    ? [t("statisticsPages.charts.suppressedBreaksLine", { mark: t("statisticsPages.common.suppressedMark") })]
    : [];
  const legend: LegendEntry[] = [
    { label: labels.women, colour: SEX_COLOURS.women, shape: "line" },
    { label: labels.men, colour: SEX_COLOURS.men, shape: "line", dash: SEX_DASHES.men },
    ...(withTotal
      ? [{ label: labels.total, colour: SEX_COLOURS.total, shape: "line" as const, dash: SEX_DASHES.total }]
      : []),
  ];
  const first = points[0]?.label ?? "";
  const last = points.at(-1)?.label ?? "";
  return (
    <>
      <ChartFrame
        id={id}
        title={title}
        description={t("statisticsPages.charts.linesDescription", { summary, first, last, table: tableCaption })}
        height={320}
        file={{ legend, notes: [...suppressedNote, ...fileNotes] }}
        notes={suppressedNote}
        tableId={tableId}
        tableCaption={tableCaption}
      >
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
          <XAxis dataKey="label" tick={TICK} padding={{ left: 16, right: 16 }} />
          <YAxis domain={[0, "auto"]} tickFormatter={(value: number) => format(value)} tick={TICK} width={56} />
          <Tooltip
            formatter={(_value, name, item) => {
              const payload = item.payload as Record<string, string>;
              const key = name === labels.women ? "womenText" : name === labels.men ? "menText" : "totalText";
              return [payload[key], name];
            }}
            itemStyle={{ color: TEXT_COLOUR }}
          />
          <Legend content={ChartLegend} verticalAlign="top" itemSorter={null} />
          <Line
            dataKey="women"
            name={labels.women}
            stroke={SEX_COLOURS.women}
            strokeWidth={3}
            dot={{ r: 5, strokeWidth: 2.5, fill: "#ffffff" }}
            legendType="line"
            isAnimationActive={false}
          />
          <Line
            dataKey="men"
            name={labels.men}
            stroke={SEX_COLOURS.men}
            strokeWidth={3}
            strokeDasharray={SEX_DASHES.men}
            dot={<SquareDot />}
            legendType="plainline"
            isAnimationActive={false}
          />
          {withTotal && (
            <Line
              dataKey="total"
              name={labels.total}
              stroke={SEX_COLOURS.total}
              strokeWidth={2}
              strokeDasharray={SEX_DASHES.total}
              dot={{ r: 3, fill: SEX_COLOURS.total }}
              legendType="plainline"
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ChartFrame>
      <SexTable
        id={tableId}
        caption={tableCaption}
        rowHeader={rowHeader}
        points={points}
        unit={unit}
        minCell={minCell}
      />
    </>
  );
}
