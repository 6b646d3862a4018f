import { CONFIDENCE_LEVEL, type EstimateOutcome, estimate, type Interval, noEstimate, zForLevel } from "./estimate.js";
import { asCount, asProportion, type Proportion } from "./quantities.js";

/**
 * The Wilson score interval for a proportion `events / n` (Wilson 1927): the set of p for
 * which a score test would not reject, at the given level. Chosen over the textbook Wald
 * interval p ± z√(p(1−p)/n) because that one collapses to a point at 0 and 1 and covers far
 * too seldom for small n, both common in small groups. It never leaves 0–1 and is 0 at its
 * lower end for 0 events (and 1 at its upper end when every one counts).
 * WARNING: throws RangeError unless events and n are whole numbers with 0 ≤ events ≤ n and n > 0.
 */
export function wilsonInterval(events: number, n: number, level: number = CONFIDENCE_LEVEL): Interval<Proportion> {
  asCount(events);
  asCount(n);
  if (n === 0 || events > n) throw new RangeError(`A proportion needs 0 ≤ events ≤ n and n > 0, got ${events}/${n}`);
  const z = zForLevel(level);
  const z2 = z * z;
  const centre = (events + z2 / 2) / (n + z2);
  const halfWidth = (z * Math.sqrt((events * (n - events)) / n + z2 / 4)) / (n + z2);
  return {
    lower: asProportion(events === 0 ? 0 : Math.max(0, centre - halfWidth)),
    upper: asProportion(events === n ? 1 : Math.min(1, centre + halfWidth)),
  };
}

/** The proportion `events / n` with its Wilson interval; `no_observations` when n = 0. */
export function proportionEstimate(
  events: number,
  n: number,
  level: number = CONFIDENCE_LEVEL,
): EstimateOutcome<Proportion> {
  if (n === 0) return noEstimate("no_observations");
  const { lower, upper } = wilsonInterval(events, n, level);
  return estimate(asProportion(events / n), lower, upper);
}

/**
 * The share of women in a group of women and men (counts of individuals), with its Wilson
 * interval: 71 women and 29 men give 0.71. `no_observations` for an empty group.
 */
export function shareOfWomen(
  counts: { readonly women: number; readonly men: number },
  level: number = CONFIDENCE_LEVEL,
): EstimateOutcome<Proportion> {
  return proportionEstimate(counts.women, counts.women + counts.men, level);
}
