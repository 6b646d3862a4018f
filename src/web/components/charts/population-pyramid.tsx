import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend, Hatch } from "../chart-parts.js";
import { sexBarLegend } from "./chart-export.js";
import { ChartFrame } from "./chart-frame.js";
import { anySuppressed, GRID_COLOUR, SEX_COLOURS, TEXT_COLOUR } from "./chart-values.js";
import { useFigureFormat } from "./figure-cell.js";
import { type SexChartProps, useCellText } from "./sex-bar-chart.js";
import { SexTable } from "./sex-table.js";
import { SuppressionMarks } from "./suppression-marks.js";

const BAR_SIZE = 22;
const TICK = { fill: TEXT_COLOUR, fontSize: 13 };

/**
 * A population pyramid: one row per age band, the oldest at the top, women to the left and men
 * to the right of the middle line, each bar with its figure. `points` come youngest first, as
 * age bands are written. A withheld figure has no bar and the mark ".." by the middle line.
 */
export function PopulationPyramid({
  id,
  title,
  summary,
  rowHeader,
  points,
  unit,
  minCell,
  fileNotes = [],
}: SexChartProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const text = useCellText();
  const hatch = `${id}-hatch`;
  const tableId = `${id}-table`;
  const tableCaption = t("statisticsPages.charts.tableCaption", { title });
  const data = [...points].reverse().map((point) => ({
    label: point.label,
    women: point.women.kind === "shown" ? -point.women.value : 0,
    men: point.men.kind === "shown" ? point.men.value : 0,
    womenText: text(point.women),
    menText: text(point.men),
    womenLabel: point.women.kind === "shown" ? text(point.women) : "",
    menLabel: point.men.kind === "shown" ? text(point.men) : "",
  }));
  const marks = points.map((point) => ({
    label: point.label,
    women: point.women.kind === "shown" ? null : text(point.women),
    men: point.men.kind === "shown" ? null : text(point.men),
  }));
  const largest = niceMaximum(Math.max(1, ...data.map((entry) => Math.max(-entry.women, entry.men))));
  const labels = { women: t("statisticsPages.common.women"), men: t("statisticsPages.common.men") };
  const suppressedNote = anySuppressed(points)
    ? [t("statisticsPages.charts.suppressedNotDrawn", { mark: t("statisticsPages.common.suppressedMark") })]
    : [];
  const height = Math.max(200, points.length * (BAR_SIZE + 10) + 90);
  return (
    <>
      <ChartFrame
        id={id}
        title={title}
        description={t("statisticsPages.charts.pyramidDescription", {
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
          stackOffset="sign"
          accessibilityLayer={false}
          margin={{ top: 8, right: 48, bottom: 8, left: 48 }}
        >
          <defs>
            <Hatch id={hatch} colour={SEX_COLOURS.men} />
          </defs>
          <CartesianGrid stroke={GRID_COLOUR} horizontal={false} />
          <XAxis
            type="number"
            domain={[-largest, largest]}
            ticks={[-largest, -largest / 2, 0, largest / 2, largest]}
            tickFormatter={(value: number) => format(Math.abs(value))}
            tick={TICK}
          />
          <YAxis type="category" dataKey="label" tick={TICK} width={56} interval={0} />
          <ReferenceLine x={0} stroke={TEXT_COLOUR} />
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
            stackId="pyramid"
            fill={SEX_COLOURS.women}
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList dataKey="womenLabel" content={OuterLeftLabel} />
          </Bar>
          <Bar
            dataKey="men"
            name={labels.men}
            stackId="pyramid"
            fill={`url(#${hatch})`}
            stroke={SEX_COLOURS.men}
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList dataKey="menLabel" position="right" fill={TEXT_COLOUR} fontSize={12} />
          </Bar>
          <SuppressionMarks rows={marks} layout="mirrored" />
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

/** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `value`: the end of a readable axis. */
function niceMaximum(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

interface LabelProps {
  readonly x?: number | string | undefined;
  readonly y?: number | string | undefined;
  readonly width?: number | string | undefined;
  readonly height?: number | string | undefined;
  readonly value?: unknown;
}

/** Women's figure at the outer (left) end of their bar, which grows leftwards from 0. */
function OuterLeftLabel({ x, y, width, height, value }: LabelProps) {
  const left = Math.min(Number(x), Number(x) + Number(width));
  const middle = Number(y) + Number(height) / 2;
  if (!Number.isFinite(left) || !Number.isFinite(middle) || value === "" || value == null) return null;
  return (
    <text x={left - 5} y={middle} textAnchor="end" dominantBaseline="central" fill={TEXT_COLOUR} fontSize={12}>
      {String(value)}
    </text>
  );
}
