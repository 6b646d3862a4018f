import {
  type AgeBandCounts,
  type StandardisedRate,
  type StandardPopulation,
  standardisedRate,
} from "./age-standardisation.js";
import {
  type BreakdownGaps,
  type BreakdownMeasures,
  type BreakdownRow,
  breakdownRow,
  type GroupKey,
} from "./breakdown-row.js";
import { countGap } from "./count-gap.js";
import type { SampleSummary } from "./descriptive.js";
import type { NoEstimate } from "./estimate.js";
import { meanGap } from "./mean-gap.js";
import { meanInterval } from "./mean-interval.js";
import { shareOfWomen } from "./proportion.js";
import { ratePerThousand } from "./rate.js";
import { rateGap, standardisedRateGap } from "./rate-gap.js";
import { type CountCell, deriveMeasure, type Reported, shown, suppressed } from "./reported.js";
import { isSmallCount, protectSexTable } from "./sex-table-suppression.js";

/**
 * Turns the sums of a breakdown (what one grouped query over an individual-level file gives:
 * per group and sex the number of individuals and the summary of a measure) into the rows
 * that are printed and exported, with every estimate, interval and gap, and disclosure
 * control applied: counts through `protectSexTable` (small cells and the secondary cells
 * that would give them back), every measure through `deriveMeasure` on the counts it rests
 * on. A mean or median over fewer than N values is withheld too, since the mean of one
 * person's cost is that person's cost.
 */

/** A measure (cost, days …) over the individuals of one group and sex that have a value of it. */
export interface MeasureSummary {
  /** How many individuals have a value (missing values left out). */
  readonly n: number;
  /** null when n = 0. */
  readonly mean: number | null;
  /** The sample standard deviation; null when n < 2. */
  readonly sd: number | null;
  readonly median: number | null;
}

/** One sex (or both together) in one group. */
export interface SexSums {
  /** Individuals (rows) in the group. */
  readonly n: number;
  readonly measure?: MeasureSummary | undefined;
}

/** Events and population of one sex in one age band, for direct standardisation. */
export interface BandSums {
  readonly band: string;
  readonly women: { readonly events: number; readonly population: number };
  readonly men: { readonly events: number; readonly population: number };
}

/** The sums of one group. The total must be over the same individuals as women and men together. */
export interface GroupSums {
  readonly group: readonly GroupKey[];
  readonly women: SexSums;
  readonly men: SexSums;
  readonly total: SexSums;
  /** The group's population by sex (e.g. from SCB), for rates per 1,000; absent when unknown. */
  readonly population?: { readonly women: number; readonly men: number } | undefined;
  /** Events and populations by age band, for age-standardised rates; needs `standard`. */
  readonly bands?: readonly BandSums[] | undefined;
}

export interface BreakdownTableOptions {
  /** The disclosure threshold N: counts of 1 … N−1 are withheld. */
  readonly minCell: number;
  /** The standard population for age-standardised rates (the same bands as `GroupSums.bands`). */
  readonly standard?: StandardPopulation | undefined;
}

/**
 * The rows of a breakdown: for each group in input order a row for women (K), men (M) and
 * both (T). The T row carries women's share of the group and the gaps between women and men.
 * The groups together are one table for secondary suppression, so pass all the groups of
 * one breakdown in one call.
 */
export function breakdownRows(groups: readonly GroupSums[], options: BreakdownTableOptions): BreakdownRow[] {
  const table = protectSexTable(
    groups.map((group) => ({ key: group, women: group.women.n, men: group.men.n })),
    { minCell: options.minCell },
  );
  return table.rows.flatMap((cells) => {
    const group = cells.key;
    const standardised = standardisedRates(group, options.standard);
    const sexRow = (sex: "K" | "M", cell: CountCell, sums: SexSums, population: number | undefined) =>
      breakdownRow({
        group: group.group,
        sex,
        n: cell,
        measures: {
          ...summaryMeasures(sums, cell, options.minCell),
          ...(population === undefined
            ? {}
            : { ratePerThousand: deriveMeasure([cell], () => ratePerThousand({ events: sums.n, population })) }),
          ...(standardised === null
            ? {}
            : { standardisedRate: deriveMeasure([cell], () => standardised[sex === "K" ? "women" : "men"]) }),
        },
      });
    const population = group.population;
    const total: BreakdownMeasures = {
      shareOfWomen: deriveMeasure([cells.women, cells.total], () =>
        shareOfWomen({ women: group.women.n, men: group.men.n }),
      ),
      ...summaryMeasures(group.total, cells.total, options.minCell),
      ...(population === undefined
        ? {}
        : {
            ratePerThousand: deriveMeasure([cells.total], () =>
              ratePerThousand({ events: group.total.n, population: population.women + population.men }),
            ),
          }),
      ...(standardised === null ? {} : { standardisedRate: deriveMeasure([cells.total], () => standardised.total) }),
      gaps: gaps(group, cells.women, cells.men, options.minCell, standardised),
    };
    return [
      sexRow("K", cells.women, group.women, population?.women),
      sexRow("M", cells.men, group.men, population?.men),
      breakdownRow({ group: group.group, sex: "T", n: cells.total, measures: total }),
    ];
  });
}

/** Mean with its t interval and median, when the breakdown has a measure. */
function summaryMeasures(sums: SexSums, cell: CountCell, minCell: number): BreakdownMeasures {
  const measure = sums.measure;
  if (measure === undefined) return {};
  const basis = measureBasis(cell, measure, minCell);
  return {
    mean: deriveMeasure(basis, () => meanInterval(sampleSummary(measure))),
    median: deriveMeasure(basis, () => measure.median),
  };
}

/** The cells a mean rests on: the group's count, and its number of values unless that is small. */
function measureBasis(cell: CountCell, measure: MeasureSummary, minCell: number): Reported<unknown>[] {
  return [cell, isSmallCount(measure.n, minCell) ? suppressed("small") : shown(measure.n)];
}

function sampleSummary(measure: MeasureSummary): SampleSummary {
  return { n: measure.n, mean: measure.mean ?? 0, sd: measure.sd };
}

function gaps(
  group: GroupSums,
  women: CountCell,
  men: CountCell,
  minCell: number,
  standardised: StandardisedRates | null,
): BreakdownGaps {
  const both = [women, men];
  const womenMeasure = group.women.measure;
  const menMeasure = group.men.measure;
  const population = group.population;
  return {
    proportion: deriveMeasure(both, () => countGap({ women: group.women.n, men: group.men.n })),
    ...(womenMeasure === undefined || menMeasure === undefined
      ? {}
      : {
          mean: deriveMeasure(
            [...measureBasis(women, womenMeasure, minCell), ...measureBasis(men, menMeasure, minCell)],
            () => meanGap({ women: sampleSummary(womenMeasure), men: sampleSummary(menMeasure) }),
          ),
        }),
    ...(population === undefined
      ? {}
      : {
          rate: deriveMeasure(both, () =>
            rateGap({
              women: { events: group.women.n, population: population.women },
              men: { events: group.men.n, population: population.men },
            }),
          ),
        }),
    ...(standardised === null
      ? {}
      : { standardisedRate: deriveMeasure(both, () => standardisedRateGap(standardised)) }),
  };
}

interface StandardisedRates {
  readonly women: StandardisedRate | NoEstimate;
  readonly men: StandardisedRate | NoEstimate;
  readonly total: StandardisedRate | NoEstimate;
}

function standardisedRates(group: GroupSums, standard: StandardPopulation | undefined): StandardisedRates | null {
  if (standard === undefined || group.bands === undefined) return null;
  const of = (pick: (band: BandSums) => { events: number; population: number }): AgeBandCounts[] =>
    (group.bands ?? []).map((band) => ({ band: band.band, ...pick(band) }));
  return {
    women: standardisedRate(
      of((band) => band.women),
      standard,
    ),
    men: standardisedRate(
      of((band) => band.men),
      standard,
    ),
    total: standardisedRate(
      of((band) => ({
        events: band.women.events + band.men.events,
        population: band.women.population + band.men.population,
      })),
      standard,
    ),
  };
}
