import { useXAxisScale, useYAxisTicks } from "recharts";
import { TEXT_COLOUR } from "./chart-values.js";

/** The marks of one row of a horizontal bar chart: the text written where a bar is missing, or null where a bar is drawn. */
export interface RowMarks {
  readonly label: string;
  readonly women: string | null;
  readonly men: string | null;
}

interface SuppressionMarksProps {
  readonly rows: readonly RowMarks[];
  /**
   * Where the two bars of a row lie: `side-by-side` (women above men, each `offset` pixels from
   * the row's middle) or `mirrored` (a pyramid: women left of 0, men right of it, on one line).
   */
  readonly layout: "side-by-side" | "mirrored";
  readonly offset?: number;
}

/**
 * Writes ".." (withheld) or "–" (missing) at the 0 line where a horizontal bar chart has no bar,
 * inside the drawing, so that a withheld figure is never an unexplained gap and never looks
 * like 0. The marks are part of the SVG, so downloaded files have them too; screen readers
 * get the same figures from the table.
 */
export function SuppressionMarks({ rows, layout, offset = 9 }: SuppressionMarksProps) {
  const ticks = useYAxisTicks();
  const xScale = useXAxisScale();
  if (!ticks || !xScale) return null;
  const zero = Number(xScale(0));
  if (!Number.isFinite(zero)) return null;
  const marks = rows.flatMap((row) => {
    const tick = ticks.find((entry) => entry.value === row.label);
    if (!tick) return [];
    const y = tick.coordinate;
    const women =
      row.women === null
        ? []
        : [
            layout === "mirrored"
              ? { key: `${row.label}-K`, x: zero - 5, y, anchor: "end" as const, text: row.women }
              : { key: `${row.label}-K`, x: zero + 5, y: y - offset, anchor: "start" as const, text: row.women },
          ];
    const men =
      row.men === null
        ? []
        : [
            {
              key: `${row.label}-M`,
              x: zero + 5,
              y: layout === "mirrored" ? y : y + offset,
              anchor: "start" as const,
              text: row.men,
            },
          ];
    return [...women, ...men];
  });
  return (
    <g className="suppression-marks" aria-hidden="true">
      {marks.map((mark) => (
        <text
          key={mark.key}
          x={mark.x}
          y={mark.y}
          textAnchor={mark.anchor}
          dominantBaseline="central"
          fill={TEXT_COLOUR}
          fontSize={13}
          fontWeight={700}
        >
          {mark.text}
        </text>
      ))}
    </g>
  );
}
