import type { Count } from "./quantities.js";

/**
 * What a published table holds in each place: a value, or the mark that it was withheld
 * and why. There is deliberately no way to hold a suppressed cell's value, so it can never
 * be printed, exported or shown as 0 by accident.
 * - `small`: fewer individuals than the threshold (primary suppression);
 * - `secondary`: withheld so that a small cell cannot be recomputed from the totals;
 * - `derived`: a measure (mean, share, rate, gap) computed from a withheld count.
 * WARNING: print all three with the same mark (e.g. ".."): a reader who can tell the small
 * cells from the secondary ones learns more than the table should reveal. The reason is
 * for the methods note and for tests.
 */
export type SuppressionReason = "small" | "secondary" | "derived";

/** A figure that is published. */
export interface Shown<T> {
  readonly kind: "shown";
  readonly value: T;
}

/** A figure that is withheld: only the reason is kept. */
export interface Suppressed<R extends SuppressionReason = SuppressionReason> {
  readonly kind: "suppressed";
  readonly reason: R;
}

/** A count in a protected table. */
export type CountCell = Shown<Count> | Suppressed<"small" | "secondary">;

/** Any published figure: a count, or a measure derived from counts. */
export type Reported<T> = Shown<T> | Suppressed;

/** A figure that may be published. */
export function shown<T>(value: T): Shown<T> {
  return { kind: "shown", value };
}

/** The mark of a withheld figure, with the reason (never its value). */
export function suppressed<R extends SuppressionReason>(reason: R): Suppressed<R> {
  return { kind: "suppressed", reason };
}

/**
 * A measure that may be shown only if every count it rests on is shown: the share of women
 * in a row rests on the women's and the total cells, women's mean cost on the women's cell,
 * a gap on both sexes' cells. A share or rate of a withheld count would give the count
 * back (share × total), so the measure is withheld too, as `derived`. `compute` runs only
 * when the measure may be shown.
 */
export function deriveMeasure<T>(from: readonly Reported<unknown>[], compute: () => T): Reported<T> {
  return from.every((cell) => cell.kind === "shown") ? shown(compute()) : suppressed("derived");
}

/**
 * A withheld figure as it leaves Jämt (API answers, pages): the mark alone, without the
 * reason, so that small, secondary and derived cells look the same to every reader.
 */
export interface Withheld {
  readonly kind: "suppressed";
}

/** A figure as published: its value, or only the mark that it is withheld. */
export type Published<T> = Shown<T> | Withheld;

/** The same figure without the reason it was withheld, if it was. */
export function publish<T>(figure: Reported<T>): Published<T> {
  return figure.kind === "suppressed" ? { kind: "suppressed" } : figure;
}
