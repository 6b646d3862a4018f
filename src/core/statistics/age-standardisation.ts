import { CONFIDENCE_LEVEL, type Estimate, estimate, type NoEstimate, noEstimate } from "./estimate.js";
import { asPerThousand, type PerThousand } from "./quantities.js";
import { poissonCountInterval } from "./rate.js";

/**
 * Direct age standardisation: the rate a group would have if it had the standard
 * population's age structure, Σ wᵢ · eventsᵢ/populationᵢ with weights wᵢ = the standard's
 * share in band i. Women live longer, so crude rates of anything that rises with age make
 * women look worse off than they are; the standardised rates of women and men can be
 * compared because both use the same weights.
 *
 * The interval is Dobson et al.'s (Statistics in Medicine 10, 1991), the usual method for
 * directly standardised rates: the total count O = Σ eventsᵢ is taken as Poisson, its limits
 * (Byar's, as for crude rates) are mapped onto the rate with the weighted variance
 * V = Σ wᵢ² · eventsᵢ/populationᵢ²:  DSR + √(V/O) · (O_limit − O). Unlike the plain normal
 * approximation DSR ± z√V it is skewed like a Poisson interval; a lower limit below 0 (possible
 * when a few events fall in a heavily weighted band) is cut at 0.
 * WARNING: with fewer than about 10 events the rate rests on so few cases that publishing
 * it is questionable even when each cell passes disclosure control.
 */

/** One age band of the group: its label (as in `AgeBand.label`), events and population. */
export interface AgeBandCounts {
  readonly band: string;
  readonly events: number;
  readonly population: number;
}

/** The standard population: its size in each age band, by label (only the proportions matter). */
export type StandardPopulation = readonly { readonly band: string; readonly population: number }[];

/** A standardised rate per 1,000 with its Dobson interval, its variance (per 1,000²) and its total events. */
export interface StandardisedRate extends Estimate<PerThousand> {
  readonly variance: number;
  readonly events: number;
}

/**
 * The directly standardised rate per 1,000. Bands in the standard with a population of 0
 * carry no weight. `no_observations` when a band with weight has a population of 0 in the
 * group (its rate is unknown); `no_events` when the weighted bands hold no events at all (Dobson's
 * interval needs at least one, and a rate of 0 is better shown as the crude rate).
 * WARNING: throws RangeError when the bands of the group and the standard differ, or a
 * count is negative: both are bugs in the caller.
 */
export function standardisedRate(
  group: readonly AgeBandCounts[],
  standard: StandardPopulation,
  level: number = CONFIDENCE_LEVEL,
): StandardisedRate | NoEstimate {
  const standardTotal = standard.reduce((sum, band) => sum + band.population, 0);
  const byBand = new Map(group.map((band) => [band.band, band]));
  if (byBand.size !== group.length || group.length !== standard.length || !(standardTotal > 0)) {
    throw new RangeError("The group and the standard population must have the same age bands, each once");
  }
  let rate = 0;
  let variance = 0;
  let events = 0;
  for (const { band, population } of standard) {
    const counts = byBand.get(band);
    if (counts === undefined) throw new RangeError(`The group has no age band ${band}`);
    if (counts.events < 0 || counts.population < 0 || population < 0) throw new RangeError("Counts must be ≥ 0");
    if (population === 0) continue;
    events += counts.events;
    if (counts.population === 0) return noEstimate("no_observations");
    const weight = population / standardTotal;
    rate += (weight * counts.events) / counts.population;
    variance += (weight * weight * counts.events) / (counts.population * counts.population);
  }
  if (events === 0) return noEstimate("no_events");
  const limits = poissonCountInterval(events, level);
  const spread = Math.sqrt(variance / events);
  return {
    ...estimate(
      asPerThousand(rate * 1000),
      asPerThousand(Math.max(0, rate + spread * (limits.lower - events)) * 1000),
      asPerThousand((rate + spread * (limits.upper - events)) * 1000),
    ),
    variance: variance * 1e6,
    events,
  };
}
