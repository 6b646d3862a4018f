import type { StandardisedRate } from "./age-standardisation.js";
import {
  CONFIDENCE_LEVEL,
  type EstimateOutcome,
  estimate,
  type NoEstimate,
  noEstimate,
  zForLevel,
} from "./estimate.js";
import { type Gap, gapFrom, logRatioEstimate, moverDifference, shareFromRatio } from "./gap.js";
import { proportionEstimate } from "./proportion.js";
import { asPerThousand, type PerThousand, type Ratio } from "./quantities.js";
import { type RateCounts, ratePerThousand } from "./rate.js";

/**
 * The gap in a crude rate per 1,000 between women and men:
 * - difference in rate per 1,000, MOVER on the two Byar intervals;
 * - the rate ratio with the log interval, var ln R = 1/x₁ + 1/x₂ (Poisson counts);
 *   `zero_count` when either group has no events;
 * - women's share of all events, with its Wilson interval (given the total, women's count is
 *   binomial).
 * `no_observations` for a difference or ratio when either population is 0.
 */
export function rateGap(
  counts: { readonly women: RateCounts; readonly men: RateCounts },
  level: number = CONFIDENCE_LEVEL,
): Gap<PerThousand> {
  const { women, men } = counts;
  const womenShare = proportionEstimate(women.events, women.events + men.events, level);
  const womenRate = ratePerThousand(women, level);
  const menRate = ratePerThousand(men, level);
  if (womenRate.kind === "no_estimate" || menRate.kind === "no_estimate") {
    return gapFrom(noEstimate("no_observations"), noEstimate("no_observations"), womenShare);
  }
  const { lower, upper } = moverDifference(womenRate, menRate);
  const difference = estimate(
    asPerThousand(womenRate.value - menRate.value),
    asPerThousand(lower),
    asPerThousand(upper),
  );
  const ratio: EstimateOutcome<Ratio> =
    women.events === 0 || men.events === 0
      ? noEstimate("zero_count")
      : logRatioEstimate(womenRate.value / menRate.value, 1 / women.events + 1 / men.events, zForLevel(level));
  return gapFrom(difference, ratio, womenShare);
}

/**
 * The gap between women's and men's directly standardised rates (same standard population):
 * - difference per 1,000, MOVER on the two Dobson intervals;
 * - ratio with the log interval, var ln R ≈ V₁/DSR₁² + V₂/DSR₂² (delta method);
 * - women's share of the two standardised rates, DSR₁ / (DSR₁ + DSR₂): the share of events
 *   women would have if both sexes were equally many with the standard's age structure.
 * Each takes the reason of a missing rate when there is one.
 */
export function standardisedRateGap(
  rates: { readonly women: StandardisedRate | NoEstimate; readonly men: StandardisedRate | NoEstimate },
  level: number = CONFIDENCE_LEVEL,
): Gap<PerThousand> {
  const { women, men } = rates;
  if (women.kind === "no_estimate" || men.kind === "no_estimate") {
    const missing = women.kind === "no_estimate" ? women : (men as NoEstimate);
    return gapFrom(missing, missing, missing);
  }
  const { lower, upper } = moverDifference(women, men);
  const difference = estimate(asPerThousand(women.value - men.value), asPerThousand(lower), asPerThousand(upper));
  const logVariance = women.variance / women.value ** 2 + men.variance / men.value ** 2;
  const ratio = logRatioEstimate(women.value / men.value, logVariance, zForLevel(level));
  return gapFrom(difference, ratio, shareFromRatio(ratio, 1, 1));
}
