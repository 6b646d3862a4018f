import type { SampleSummary } from "./descriptive.js";
import { CONFIDENCE_LEVEL, type EstimateOutcome, estimate, noEstimate, upperTailPoint } from "./estimate.js";
import { type Gap, gapFrom, logRatioEstimate, shareFromRatio } from "./gap.js";
import type { Ratio } from "./quantities.js";
import { studentTQuantile } from "./student-t.js";

/**
 * The Welch–Satterthwaite degrees of freedom for two variance components aᵢ = sᵢ²/nᵢ:
 * (a₁ + a₂)² / (a₁²/(n₁−1) + a₂²/(n₂−1)). Lies between min(n₁, n₂) − 1 and n₁ + n₂ − 2.
 * null when both components are 0 (no variation at all).
 */
export function welchDegreesOfFreedom(
  first: { readonly n: number; readonly component: number },
  second: { readonly n: number; readonly component: number },
): number | null {
  const total = first.component + second.component;
  if (total === 0) return null;
  return (total * total) / (first.component ** 2 / (first.n - 1) + second.component ** 2 / (second.n - 1));
}

/**
 * The gap in a mean (cost per patient, days …) between women and men:
 * - difference mean_women − mean_men in the measure's unit, with Welch's t interval (no
 *   assumption of equal variances; df by Welch–Satterthwaite);
 * - ratio mean_women / mean_men with a log interval by the delta method,
 *   var ln R ≈ s₁²/(n₁m₁²) + s₂²/(n₂m₂²), and a t quantile with Satterthwaite's df for those
 *   components; `non_positive_mean` unless both means are > 0;
 * - women's share of the total (Σ over women / Σ over everyone = n₁m₁ / (n₁m₁ + n₂m₂)), its
 *   interval taken from the ratio's (the share rises with the ratio).
 * `too_few_observations` unless both groups have at least two values. When neither group
 * varies the intervals have width 0.
 */
export function meanGap(
  summaries: { readonly women: SampleSummary; readonly men: SampleSummary },
  level: number = CONFIDENCE_LEVEL,
): Gap {
  const { women, men } = summaries;
  if (women.n < 2 || men.n < 2 || women.sd === null || men.sd === null) {
    const reason = women.n === 0 || men.n === 0 ? "no_observations" : "too_few_observations";
    return gapFrom(noEstimate(reason), noEstimate(reason), noEstimate(reason));
  }
  const p = upperTailPoint(level);
  const d = women.mean - men.mean;
  const womenPart = { n: women.n, component: women.sd ** 2 / women.n };
  const menPart = { n: men.n, component: men.sd ** 2 / men.n };
  const df = welchDegreesOfFreedom(womenPart, menPart);
  const halfWidth = df === null ? 0 : studentTQuantile(p, df) * Math.sqrt(womenPart.component + menPart.component);
  const ratio = ratioOfMeans(women, men, p);
  return gapFrom(estimate(d, d - halfWidth, d + halfWidth), ratio, shareFromRatio(ratio, women.n, men.n));
}

function ratioOfMeans(women: SampleSummary, men: SampleSummary, p: number): EstimateOutcome<Ratio> {
  if (!(women.mean > 0 && men.mean > 0)) return noEstimate("non_positive_mean");
  const womenPart = { n: women.n, component: (women.sd ?? 0) ** 2 / (women.n * women.mean ** 2) };
  const menPart = { n: men.n, component: (men.sd ?? 0) ** 2 / (men.n * men.mean ** 2) };
  const df = welchDegreesOfFreedom(womenPart, menPart);
  const quantile = df === null ? 0 : studentTQuantile(p, df);
  return logRatioEstimate(women.mean / men.mean, womenPart.component + menPart.component, quantile);
}
