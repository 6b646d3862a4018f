import type { SampleSummary } from "./descriptive.js";
import { CONFIDENCE_LEVEL, type EstimateOutcome, estimate, noEstimate, upperTailPoint } from "./estimate.js";
import { studentTQuantile } from "./student-t.js";

/**
 * The mean with its t interval, mean ± t(1 − α/2; n − 1) · sd/√n: exact for normally
 * distributed values and, by the central limit theorem, close for others once n is
 * moderate. For skewed measures such as costs and small n it is an approximation; the
 * median is printed beside it for that reason.
 * `no_observations` for n = 0, `too_few_observations` for n = 1 (no standard deviation).
 * An sd of 0 gives an interval of width 0.
 */
export function meanInterval(summary: SampleSummary, level: number = CONFIDENCE_LEVEL): EstimateOutcome {
  if (summary.n === 0) return noEstimate("no_observations");
  if (summary.n < 2 || summary.sd === null) return noEstimate("too_few_observations");
  const halfWidth = (studentTQuantile(upperTailPoint(level), summary.n - 1) * summary.sd) / Math.sqrt(summary.n);
  return estimate(summary.mean, summary.mean - halfWidth, summary.mean + halfWidth);
}
