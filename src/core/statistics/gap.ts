import { type Estimate, type EstimateOutcome, type Interval, isStatisticallyClear, noEstimate } from "./estimate.js";
import { asProportion, asRatio, type Proportion, type Ratio } from "./quantities.js";

/**
 * The gap between women and men in one measure, always women first: the difference
 * women − men (in percentage points for proportions, per 1,000 for rates, the measure's unit
 * for means), the ratio women / men, and women's share of the total. Each has its 95 %
 * interval; `clear` says whether the interval of the difference excludes 0.
 */
export interface Gap<D extends number = number> {
  readonly difference: EstimateOutcome<D>;
  readonly ratio: EstimateOutcome<Ratio>;
  readonly womenShare: EstimateOutcome<Proportion>;
  /** null when the difference has no interval: "cannot tell" is not "no difference". */
  readonly clear: boolean | null;
}

/** Assembles a gap and derives `clear` from the difference, so the two cannot disagree. */
export function gapFrom<D extends number>(
  difference: EstimateOutcome<D>,
  ratio: EstimateOutcome<Ratio>,
  womenShare: EstimateOutcome<Proportion>,
): Gap<D> {
  return { difference, ratio, womenShare, clear: isStatisticallyClear(difference) };
}

/**
 * The interval of a difference θ₁ − θ₂ from the intervals of θ₁ and θ₂ by the method of
 * variance estimates recovery (MOVER; Zou & Donner 2008):
 *   lower = d − √((θ₁ − l₁)² + (u₂ − θ₂)²),  upper = d + √((u₁ − θ₁)² + (θ₂ − l₂)²).
 * With Wilson intervals this is exactly Newcombe's hybrid score method 10 (1998) for a
 * difference of proportions; with Poisson intervals it serves rates and standardised rates.
 * It keeps the skew of each interval near 0, where the plain normal difference does not.
 */
export function moverDifference(first: Estimate, second: Estimate): Interval {
  const d = first.value - second.value;
  const lowerSpread = Math.hypot(first.value - first.interval.lower, second.interval.upper - second.value);
  const upperSpread = Math.hypot(first.interval.upper - first.value, second.value - second.interval.lower);
  return { lower: d - lowerSpread, upper: d + upperSpread };
}

/**
 * A ratio with its interval on the log scale, exp(ln R ± q·√v), where v is the variance of
 * ln R and q the normal or t quantile. The interval is never below 0 and is symmetric in the
 * sense that women / men and men / women give reciprocal limits.
 * WARNING: the ratio must be > 0; callers return `zero_count` or `non_positive_mean` first.
 */
export function logRatioEstimate(ratio: number, logVariance: number, quantile: number): Estimate<Ratio> {
  const spread = quantile * Math.sqrt(logVariance);
  return {
    kind: "estimate",
    value: asRatio(ratio),
    interval: { lower: asRatio(ratio * Math.exp(-spread)), upper: asRatio(ratio * Math.exp(spread)) },
  };
}

/**
 * Women's share of the total, written as a function of the ratio R of women's to men's
 * figure: share = a·R / (a·R + b), where a and b weigh women and men (their numbers when
 * the total is a sum over individuals, 1 and 1 for standardised rates). It rises with R, so
 * the limits of R give the limits of the share.
 */
export function shareFromRatio(
  ratio: EstimateOutcome<Ratio>,
  womenWeight: number,
  menWeight: number,
): EstimateOutcome<Proportion> {
  if (ratio.kind === "no_estimate") return noEstimate(ratio.reason);
  const share = (r: number) => asProportion((womenWeight * r) / (womenWeight * r + menWeight));
  return {
    kind: "estimate",
    value: share(ratio.value),
    interval: { lower: share(ratio.interval.lower), upper: share(ratio.interval.upper) },
  };
}
