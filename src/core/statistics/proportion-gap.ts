import { CONFIDENCE_LEVEL, type EstimateOutcome, estimate, noEstimate, zForLevel } from "./estimate.js";
import { type Gap, gapFrom, logRatioEstimate, moverDifference } from "./gap.js";
import { proportionEstimate } from "./proportion.js";
import { asPercentagePoints, type PercentagePoints, type Ratio } from "./quantities.js";

/** Events among n individuals, e.g. 56 of 70 women vaccinated. */
export interface ProportionCounts {
  readonly events: number;
  readonly n: number;
}

/**
 * The gap in a proportion between women and men:
 * - difference p_women − p_men in percentage points, with Newcombe's hybrid Wilson interval
 *   (method 10), which stays inside ±100 and behaves at 0 % and 100 %;
 * - ratio p_women / p_men (the risk ratio) with the log interval of Katz et al. (1978),
 *   var ln R = 1/x₁ − 1/n₁ + 1/x₂ − 1/n₂; `zero_count` when either group has no events;
 * - women's share of all events, x_women / (x_women + x_men), with its Wilson interval.
 * `no_observations` for any measure that needs a group that is empty.
 */
export function proportionGap(
  counts: { readonly women: ProportionCounts; readonly men: ProportionCounts },
  level: number = CONFIDENCE_LEVEL,
): Gap<PercentagePoints> {
  const { women, men } = counts;
  const womenShare = proportionEstimate(women.events, women.events + men.events, level);
  const pWomen = proportionEstimate(women.events, women.n, level);
  const pMen = proportionEstimate(men.events, men.n, level);
  if (pWomen.kind === "no_estimate" || pMen.kind === "no_estimate") {
    return gapFrom(noEstimate("no_observations"), noEstimate("no_observations"), womenShare);
  }
  const { lower, upper } = moverDifference(pWomen, pMen);
  const difference = estimate(
    asPercentagePoints((pWomen.value - pMen.value) * 100),
    asPercentagePoints(lower * 100),
    asPercentagePoints(upper * 100),
  );
  return gapFrom(difference, riskRatio(women, men, zForLevel(level)), womenShare);
}

function riskRatio(women: ProportionCounts, men: ProportionCounts, z: number): EstimateOutcome<Ratio> {
  if (women.events === 0 || men.events === 0) return noEstimate("zero_count");
  const logVariance = 1 / women.events - 1 / women.n + 1 / men.events - 1 / men.n;
  return logRatioEstimate(women.events / women.n / (men.events / men.n), logVariance, z);
}
