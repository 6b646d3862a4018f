import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend, Hatch } from "../chart-parts.js";
import { sexBarLegend } from "./chart-export.js";
import { ChartFrame } from "./chart-frame.js";
import { anySuppressed, type ChartCell, GRID_COLOUR, SEX_COLOURS, type SexPoint, TEXT_COLOUR } from "./chart-values.js";
import { useFigureFormat } from "./figure-cell.js";
import { SexTable } from "./sex-table.js";
import { SuppressionMarks } from "./suppression-marks.js";

export interface SexChartProps {
  /** Prefix of the ids of the figure, its hatching and its table. */
  readonly id: string;
  readonly title: string;
  /** What the chart is about, for the text alternative ("Andel vaccinerade per område 2023"). */
  readonly summary: string;
  readonly rowHeader: string;
  readonly points: readonly SexPoint[];
  readonly unit?: string | undefined;
  readonly minCell: number | null;
  /** Lines written into downloaded files under the legend (source, period). */
  readonly fileNotes?: readonly string[];
}

const BAR_SIZE = 16;
const BAR_GAP = 2;
const TICK = { fill: TEXT_COLOUR, fontSize: 13 };

/** The text written at a bar's end: the figure, ".." when withheld, "–" when missing. */
export function useCellText(): (cell: ChartCell) => string {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (cell) =>
    cell.kind === "shown"
      ? format(cell.value)
      : cell.kind === "suppressed"
        ? t("statisticsPages.common.suppressedMark")
        : "–";
}

/**
 * Bars of women and men side by side for each place (area, group), laid on their side so that
 * long names stay readable on a phone. Each bar carries its figure at its end; a withheld
 * figure has no bar but the mark ".." at the axis, explained under the chart and in the table.
 */
export function SexBarChart({ id, title, summary, rowHeader, points, unit, minCell, fileNotes = [] }: SexChartProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const text = useCellText();
  const hatch = `${id}-hatch`;
  const tableId = `${id}-table`;
  const tableCaption = t("statisticsPages.charts.tableCaption", { title });
  const data = points.map((point) => ({
    label: point.label,
    // Withheld and missing figures are drawn as no bar (0 wide); their label says which.
    women: point.women.kind === "shown" ? point.women.value : 0,
    men: point.men.kind === "shown" ? point.men.value : 0,
    womenText: text(point.women),
    menText: text(point.men),
    // Bars that are drawn carry their figure at the end; the others get a mark at the 0 line.
    womenLabel: point.women.kind === "shown" ? text(point.women) : "",
    menLabel: point.men.kind === "shown" ? text(point.men) : "",
  }));
  const marks = points.map((point) => ({
    label: point.label,
    women: point.women.kind === "shown" ? null : text(point.women),
    men: point.men.kind === "shown" ? null : text(point.men),
  }));
  const suppressedNote = anySuppressed(points)
    ? [t("statisticsPages.charts.suppressedNotDrawn", { mark: t("statisticsPages.common.suppressedMark") })]
    : [];
  const labels = { women: t("statisticsPages.common.women"), men: t("statisticsPages.common.men") };
  const longest = Math.max(...points.map((point) => point.label.length), 4);
  const height = Math.max(160, points.length * (BAR_SIZE * 2 + 14) + 80);
  return (
    <>
      <ChartFrame
        id={id}
        title={title}
        description={t("statisticsPages.charts.barsDescription", {
          summary,
          count: points.length,
          table: tableCaption,
        })}
        height={height}
        file={{ legend: sexBarLegend(labels, hatch), notes: [...suppressedNote, ...fileNotes] }}
        notes={suppressedNote}
        tableId={tableId}
        tableCaption={tableCaption}
      >
        <BarChart
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          barGap={BAR_GAP}
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
        >
          <defs>
            <Hatch id={hatch} colour={SEX_COLOURS.men} />
          </defs>
          <CartesianGrid stroke={GRID_COLOUR} horizontal={false} />
          <XAxis type="number" domain={[0, "auto"]} tickFormatter={(value: number) => format(value)} tick={TICK} />
          <YAxis type="category" dataKey="label" tick={TICK} width={Math.min(160, longest * 7 + 16)} interval={0} />
          <Tooltip
            formatter={(_value, name, item) => {
              const payload = item.payload as Record<string, string>;
              return [name === labels.women ? payload.womenText : payload.menText, name];
            }}
            itemStyle={{ color: TEXT_COLOUR }}
          />
          <Legend content={ChartLegend} verticalAlign="top" itemSorter={null} />
          <Bar
            dataKey="women"
            name={labels.women}
            fill={SEX_COLOURS.women}
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList dataKey="womenLabel" position="right" fill={TEXT_COLOUR} fontSize={12} />
          </Bar>
          <Bar
            dataKey="men"
            name={labels.men}
            fill={`url(#${hatch})`}
            stroke={SEX_COLOURS.men}
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList dataKey="menLabel" position="right" fill={TEXT_COLOUR} fontSize={12} />
          </Bar>
          <SuppressionMarks rows={marks} layout="side-by-side" offset={(BAR_SIZE + BAR_GAP) / 2} />
        </BarChart>
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
