import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

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

/** Legend entries in the text colour: the series colours are for shapes (3:1), not for text (4.5:1). */
export function legendText(value: string) {
  return <span className="chart-legend-text">{value}</span>;
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
