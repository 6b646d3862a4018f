import { CONFIDENCE_LEVEL, type EstimateOutcome, estimate, type Interval, noEstimate, zForLevel } from "./estimate.js";
import { asCount, asPerThousand, type PerThousand } from "./quantities.js";

/**
 * Rates per 1,000 inhabitants. The count is treated as Poisson, not binomial: a count of
 * events (care contacts, admissions) may exceed the population, since one person can have
 * many, and even for counts of persons the population is large beside the count, where
 * Poisson and binomial agree. Wilson on count/population would fail in the first case.
 *
 * The interval for the count is Byar's approximation to the exact (Garwood) Poisson
 * interval (Breslow & Day 1987), the method English public-health statistics use for rates.
 * It is closed-form (no iterative chi-square quantile) and within 1 % of the exact limits from
 * about 5 events (the upper limit from 0, 3.67 against the exact 3.69). Below 5 its lower
 * limit is too low, but counts of 1–4 are suppressed before anything is shown.
 */

/**
 * Byar's limits for a Poisson count O:
 *   lower = O · (1 − 1/(9O) − z/(3√O))³            (0 when O = 0)
 *   upper = (O+1) · (1 − 1/(9(O+1)) + z/(3√(O+1)))³
 * WARNING: throws RangeError unless the count is a whole number ≥ 0.
 */
export function poissonCountInterval(count: number, level: number = CONFIDENCE_LEVEL): Interval {
  asCount(count);
  const z = zForLevel(level);
  const lower = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

/** Events and the population they occurred in (SCB's population of the same group and year). */
export interface RateCounts {
  readonly events: number;
  readonly population: number;
}

/**
 * The crude rate 1000 · events / population with Byar's interval scaled the same way.
 * `no_observations` when the population is 0.
 * WARNING: throws RangeError for a negative or fractional count or a negative population.
 */
export function ratePerThousand(counts: RateCounts, level: number = CONFIDENCE_LEVEL): EstimateOutcome<PerThousand> {
  if (!(counts.population >= 0)) throw new RangeError(`A population must be ≥ 0, got ${counts.population}`);
  if (counts.population === 0) return noEstimate("no_observations");
  const scale = 1000 / counts.population;
  const { lower, upper } = poissonCountInterval(counts.events, level);
  return estimate(asPerThousand(counts.events * scale), asPerThousand(lower * scale), asPerThousand(upper * scale));
}
