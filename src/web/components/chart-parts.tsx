import type { CSSProperties, ReactElement, ReactNode } from "react";
import { type LegendPayload, ResponsiveContainer } from "recharts";

/*
 * Pieces shared by the charts. They bring the chart library, so only the lazily loaded chart
 * modules import them.
 */

interface ChartFigureProps {
  /** The caption gets the id `${id}-title`. */
  readonly id: string;
  readonly title: string;
  /** What the chart shows, read instead of the drawing; names the table with the same numbers. */
  readonly description: string;
  /** Classes beside "chart". */
  readonly className?: string;
  /** The drawing's height in pixels. */
  readonly height?: number;
  /** Shown under the drawing, inside the figure. */
  readonly note?: ReactNode;
  readonly children: ReactElement;
}

/** A chart with a visible title; screen readers get the description and are sent to the table. */
export function ChartFigure({ id, title, description, className, height = 320, note, children }: ChartFigureProps) {
  return (
    <figure className={className ? `chart ${className}` : "chart"} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div role="img" aria-label={description} className="chart-drawing">
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </div>
      {note}
    </figure>
  );
}

/**
 * The legend of every chart, for `<Legend content={ChartLegend} />`: a list with one entry per
 * series, its shape drawn beside its name in the text colour (the series colours are for shapes,
 * 3:1, not for text, 4.5:1). The shapes are hidden from assistive technology, which gets the
 * names alone; recharts' own legend labels each shape "… legend icon", in English.
 */
export function ChartLegend({ payload }: { readonly payload?: readonly LegendPayload[] | undefined }) {
  const entries = (payload ?? []).filter((entry) => entry.type !== "none");
  if (entries.length === 0) return null;
  return (
    <ul className="recharts-default-legend chart-legend" style={LEGEND_STYLE}>
      {entries.map((entry, index) => (
        <li key={`${String(entry.dataKey ?? "")}-${index}`} className="recharts-legend-item" style={LEGEND_ITEM_STYLE}>
          <svg
            width={ICON_SIZE}
            height={ICON_SIZE}
            viewBox={`0 0 ${ICON_BOX} ${ICON_BOX}`}
            aria-hidden="true"
            focusable="false"
            style={LEGEND_ICON_STYLE}
          >
            <LegendIcon entry={entry} />
          </svg>
          <span className="chart-legend-text">{entry.value}</span>
        </li>
      ))}
    </ul>
  );
}

const ICON_SIZE = 14;
const ICON_BOX = 32;
const LEGEND_STYLE: CSSProperties = { margin: 0, padding: 0, listStyle: "none", textAlign: "center" };
const LEGEND_ITEM_STYLE: CSSProperties = { display: "inline-block", marginRight: 10 };
const LEGEND_ICON_STYLE: CSSProperties = { display: "inline-block", verticalAlign: "middle", marginRight: 4 };

/** The series' shape as the chart draws it: a bar's fill (hatched or solid), a line with its dashes. */
function LegendIcon({ entry }: { readonly entry: LegendPayload }) {
  const colour = entry.color ?? "#1b1b1b";
  const drawn = (entry.payload ?? {}) as { readonly stroke?: unknown; readonly strokeDasharray?: unknown };
  const half = ICON_BOX / 2;
  if (entry.type === "line" || entry.type === "plainline") {
    const dashes = typeof drawn.strokeDasharray === "string" ? drawn.strokeDasharray : undefined;
    return (
      <>
        <line x1={0} y1={half} x2={ICON_BOX} y2={half} stroke={colour} strokeWidth={4} strokeDasharray={dashes} />
        {entry.type === "line" && (
          <circle cx={half} cy={half} r={ICON_BOX / 6} fill="#ffffff" stroke={colour} strokeWidth={4} />
        )}
      </>
    );
  }
  if (entry.type === "rect" || entry.type === "square" || entry.type === undefined) {
    const outline = typeof drawn.stroke === "string" && drawn.stroke !== "#ffffff" ? drawn.stroke : undefined;
    return (
      <rect
        x={1}
        y={ICON_BOX / 8}
        width={ICON_BOX - 2}
        height={(ICON_BOX * 3) / 4}
        fill={colour}
        stroke={outline}
        strokeWidth={outline ? 2 : undefined}
      />
    );
  }
  return <circle cx={half} cy={half} r={half - 2} fill={colour} />;
}

/** A diagonal hatch in `colour`, for a series drawn hatched rather than solid; use it as `url(#id)`. */
export function Hatch({ id, colour }: { readonly id: string; readonly colour: string }) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="8" height="8" fill={colour} />
      <rect width="3" height="8" fill="#ffffff" fillOpacity="0.5" />
    </pattern>
  );
}
