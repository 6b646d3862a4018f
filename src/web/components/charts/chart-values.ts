/**
 * What the statistics charts and their tables hold in each place: a figure, a figure withheld
 * by disclosure control (written ".."), or no figure at all (written "–"). A withheld figure
 * keeps no value, so no chart can draw it as 0 by mistake.
 */
export type ChartCell =
  | { readonly kind: "shown"; readonly value: number }
  | { readonly kind: "suppressed" }
  | { readonly kind: "missing" };

export const MISSING: ChartCell = { kind: "missing" };

/** A reported figure (as the API publishes it) as a chart cell; no figure is "missing", never 0. */
export function cellOf(
  figure:
    | { readonly kind: "shown"; readonly value: number | null }
    | { readonly kind: "suppressed" }
    | null
    | undefined,
): ChartCell {
  if (!figure) return MISSING;
  if (figure.kind === "suppressed") return { kind: "suppressed" };
  return figure.value === null || !Number.isFinite(figure.value) ? MISSING : { kind: "shown", value: figure.value };
}

/** The number to draw, or null where nothing is drawn (withheld or missing). */
export function drawn(cell: ChartCell): number | null {
  return cell.kind === "shown" ? cell.value : null;
}

/** One place on a chart (an area, a period, an age band) with women's, men's and, where known, the total figure. */
export interface SexPoint {
  /** The category as the axis and the table's row header write it. */
  readonly label: string;
  readonly women: ChartCell;
  readonly men: ChartCell;
  readonly total?: ChartCell;
}

/** Whether any cell of the points is withheld, so that the chart and table explain "..". */
export function anySuppressed(points: readonly SexPoint[]): boolean {
  return points.some((point) =>
    [point.women, point.men, point.total].some((cell) => cell !== undefined && cell.kind === "suppressed"),
  );
}

/**
 * Colours of the sexes, each at least 3:1 against white and against the other's hatching
 * (WCAG 1.4.11): women a solid dark violet, men a teal hatched with white stripes, the total a
 * dark grey drawn dashed. The legend names each, the bars carry their values, and the table
 * below holds every figure, so nothing depends on colour alone.
 */
export const SEX_COLOURS = { women: "#5a2d82", men: "#00707a", total: "#4a5560" } as const;
/** The dash of men's line and of the total's; women's line is solid. */
export const SEX_DASHES = { women: "", men: "7 4", total: "2 3" } as const;
export const TEXT_COLOUR = "#1b1b1b";
export const GRID_COLOUR = "#d5dde5";
