import type { BreakdownGaps, BreakdownRow, GroupKey } from "./breakdown-row.js";
import type { SexCode } from "./observation.js";
import type { Count } from "./quantities.js";
import { type Published, publish, type Reported } from "./reported.js";

/** Each `Reported` field of T as `Published`: the same figures, withheld ones without their reason. */
type PublishedFields<T> = {
  readonly [K in keyof T]: T[K] extends Reported<infer V> | undefined ? Published<V> : never;
};

/**
 * A breakdown row as it leaves Jämt: every withheld figure only as `{ kind: "suppressed" }`
 * and the row's flag a plain yes or no, so that no reader can tell a small cell from one
 * withheld to protect it (see `SuppressionReason`). The engine's `BreakdownRow` keeps the
 * reasons for the methods note and tests; this is what API answers and pages carry.
 */
export interface PublishedBreakdownRow {
  readonly group: readonly GroupKey[];
  readonly sex: SexCode;
  readonly n: Published<Count>;
  readonly measures: PublishedFields<Omit<BreakdownRow["measures"], "gaps">> & {
    readonly gaps?: PublishedFields<BreakdownGaps>;
  };
  /** True when anything in the row is withheld. */
  readonly suppressed: boolean;
}

/** The row without its suppression reasons. */
export function publishBreakdownRow(row: BreakdownRow): PublishedBreakdownRow {
  const { gaps, ...measures } = row.measures;
  return {
    group: row.group,
    sex: row.sex,
    n: publish(row.n),
    measures: { ...publishEach(measures), ...(gaps ? { gaps: publishEach(gaps) } : {}) },
    suppressed: row.suppressed !== null,
  };
}

function publishEach<T extends object>(figures: T): PublishedFields<T> {
  const entries = Object.entries(figures).map(([key, figure]) => [key, publish(figure as Reported<unknown>)]);
  return Object.fromEntries(entries) as PublishedFields<T>;
}
