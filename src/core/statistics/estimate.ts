import { normalQuantile } from "./normal-quantile.js";

/** A confidence interval; `lower ≤ upper`, in the unit of the estimate it belongs to. */
export interface Interval<T extends number = number> {
  readonly lower: T;
  readonly upper: T;
}

/** A point estimate with its confidence interval (95 % unless the caller chose another level). */
export interface Estimate<T extends number = number> {
  readonly kind: "estimate";
  readonly value: T;
  readonly interval: Interval<T>;
}

/**
 * Why a measure cannot be estimated, for a plain-language message:
 * - `no_observations`: the group is empty (n = 0 or a population of 0);
 * - `too_few_observations`: a standard deviation needs at least two values;
 * - `zero_count`: a ratio on the log scale needs at least one event in each group;
 * - `non_positive_mean`: a ratio of means needs both means > 0;
 * - `no_events`: a standardised rate's interval (Dobson) needs at least one event.
 */
export type NoEstimateReason =
  | "no_observations"
  | "too_few_observations"
  | "zero_count"
  | "non_positive_mean"
  | "no_events";

/** Why there is no estimate; see `NoEstimateReason`. */
export interface NoEstimate {
  readonly kind: "no_estimate";
  readonly reason: NoEstimateReason;
}

/** The outcome of every estimator in this module: an estimate, or the reason there is none. */
export type EstimateOutcome<T extends number = number> = Estimate<T> | NoEstimate;

/** The confidence level every interval uses unless told otherwise. */
export const CONFIDENCE_LEVEL = 0.95;

/** An estimate from its value and limits (lower ≤ value ≤ upper is the caller's duty). */
export function estimate<T extends number>(value: T, lower: T, upper: T): Estimate<T> {
  return { kind: "estimate", value, interval: { lower, upper } };
}

/** The outcome "no estimate", with the reason. */
export function noEstimate(reason: NoEstimateReason): NoEstimate {
  return { kind: "no_estimate", reason };
}

/**
 * The probability below the upper limit of a two-sided interval: 0.975 for a level of 0.95.
 * WARNING: throws RangeError unless 0 < level < 1.
 */
export function upperTailPoint(level: number = CONFIDENCE_LEVEL): number {
  if (!(level > 0 && level < 1))
    throw new RangeError(`A confidence level must lie strictly between 0 and 1, got ${level}`);
  return (1 + level) / 2;
}

/** The standard normal quantile for a two-sided interval at `level`: 1.959964 at 0.95. */
export function zForLevel(level: number = CONFIDENCE_LEVEL): number {
  return normalQuantile(upperTailPoint(level));
}

/**
 * "Statistically clear": the interval of a difference excludes 0 (at its confidence level).
 * null when there is no interval, so that "not clear" and "cannot tell" stay apart.
 */
export function isStatisticallyClear(difference: EstimateOutcome): boolean | null {
  if (difference.kind === "no_estimate") return null;
  return difference.interval.lower > 0 || difference.interval.upper < 0;
}
