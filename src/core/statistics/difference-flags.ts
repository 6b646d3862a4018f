import type { SampleSummary } from "./descriptive.js";
import { type EstimateOutcome, estimate, type Interval, isStatisticallyClear, noEstimate } from "./estimate.js";
import { moverDifference } from "./gap.js";
import { meanGap } from "./mean-gap.js";
import { proportionGap } from "./proportion-gap.js";
import { poissonCountInterval } from "./rate.js";
import { rateGap } from "./rate-gap.js";
import { DEFAULT_MIN_CELL } from "./sex-table-suppression.js";

/**
 * Whether the difference between women's and men's figure of one indicator, in one period
 * and group, is beyond the organisation's threshold and statistically clear: the rule that
 * puts a difference on the follow-up list ("flaggad skillnad").
 */

/** What an indicator's figures are: how the difference is measured and which interval it gets. */
export const INDICATOR_MEASURE_KINDS = ["share", "rate", "mean", "count", "value"] as const;
/** The same union as `IndicatorMeasureKind` of main-difference.ts, kept local so each file stands alone. */
type MeasureKind = (typeof INDICATOR_MEASURE_KINDS)[number];

/**
 * One sex's figure as stored with an indicator:
 * - `share`: per cent 0–100, `count` the individuals (or events) it counts, the numerator:
 *   71 % with count 355 means 355 of 500;
 * - `rate`: per 1,000, `count` the events behind it;
 * - `mean`: the mean, `count` the individuals (n) and `stdDev` their sample standard deviation;
 * - `count`: the number itself (`count` may repeat it or be null);
 * - `value`: anything else (kronor, days): never testable.
 */
export interface FlagFigure {
  readonly value: number;
  /** Individuals or events behind the value, where the source gives them. */
  readonly count: number | null;
  readonly stdDev?: number | null | undefined;
}

/** The organisation's thresholds (statistics_settings; defaults 5, 5 and 10). */
export interface DifferenceThresholds {
  /** Counts of 1 … minCell − 1 are withheld, and never flagged (a flag would reveal them). */
  readonly minCell: number;
  /** A difference in shares is beyond the threshold from this many percentage points. */
  readonly shareGapPoints: number;
  /** Any other difference is beyond it from this many per cent of the larger figure. */
  readonly relativeGapPercent: number;
}

export const DEFAULT_DIFFERENCE_THRESHOLDS: DifferenceThresholds = {
  minCell: DEFAULT_MIN_CELL,
  shareGapPoints: 5,
  relativeGapPercent: 10,
};

export interface DifferenceEvaluation {
  /** Women − men: percentage points for shares (given as per cent), else the indicator's unit. */
  readonly difference: number;
  /** The 95 % interval of the difference, or null when the figures have no counts to test. */
  readonly interval: Interval | null;
  /** true: the interval excludes 0; false: it does not; null: cannot be tested ("kan inte prövas"). */
  readonly clear: boolean | null;
  /** |difference| reaches the threshold (percentage points for shares, relative otherwise). */
  readonly beyondThreshold: boolean;
  /** A figure rests on 1 … minCell − 1 individuals or events: never flagged. */
  readonly suppressed: boolean;
  /** Beyond the threshold, not suppressed, and clear or untestable. */
  readonly flagged: boolean;
}

/**
 * Evaluates one pair of figures. A share with its count gets Newcombe's hybrid Wilson interval
 * (n = count × 100 / share, rounded; a share of 0 has no n and cannot be tested), a mean with n and standard deviation Welch's t interval, a
 * rate with its events and a count the MOVER difference of two Poisson (Byar) intervals.
 * Figures without what their interval needs cannot be tested (`clear` null) and are flagged
 * when beyond the threshold, so that a Kolada figure with a large gap is not passed over.
 * WARNING: shares must be per cent (0–100), not proportions (0–1).
 */
export function evaluateDifference(
  kind: MeasureKind,
  figures: { readonly women: FlagFigure; readonly men: FlagFigure },
  thresholds: DifferenceThresholds,
): DifferenceEvaluation {
  const { women, men } = figures;
  const difference = women.value - men.value;
  const suppressed = isSuppressed(kind, women, thresholds.minCell) || isSuppressed(kind, men, thresholds.minCell);
  const tested = differenceInterval(kind, women, men);
  const interval = tested.kind === "estimate" ? tested.interval : null;
  const clear = isStatisticallyClear(tested);
  const beyondThreshold = isBeyondThreshold(kind, women.value, men.value, thresholds);
  return {
    difference,
    interval,
    clear,
    beyondThreshold,
    suppressed,
    flagged: beyondThreshold && !suppressed && clear !== false,
  };
}

/**
 * Shares: |w − m| ≥ shareGapPoints percentage points. Other kinds: |w − m| / max(|w|, |m|) ≥
 * relativeGapPercent %; two zeros are no difference. A small tolerance keeps 15.000000001
 * and 14.999999999 (floating-point noise of the same figure) on the same side.
 */
export function isBeyondThreshold(
  kind: MeasureKind,
  women: number,
  men: number,
  thresholds: DifferenceThresholds,
): boolean {
  const gap = Math.abs(women - men);
  if (kind === "share") return gap >= thresholds.shareGapPoints - 1e-9;
  const larger = Math.max(Math.abs(women), Math.abs(men));
  if (larger === 0) return false;
  return (gap / larger) * 100 >= thresholds.relativeGapPercent - 1e-9;
}

/** The count behind a figure that disclosure control looks at: for `count` figures the value itself. */
function countBehind(kind: MeasureKind, figure: FlagFigure): number | null {
  if (figure.count !== null) return figure.count;
  return kind === "count" && Number.isInteger(figure.value) ? figure.value : null;
}

function isSuppressed(kind: MeasureKind, figure: FlagFigure, minCell: number): boolean {
  const count = countBehind(kind, figure);
  return count !== null && count >= 1 && count < minCell;
}

function differenceInterval(kind: MeasureKind, women: FlagFigure, men: FlagFigure): EstimateOutcome {
  switch (kind) {
    case "share":
      return shareDifference(women, men);
    case "mean":
      return meanDifference(women, men);
    case "rate":
      return rateDifference(women, men);
    case "count":
      return countDifference(women, men);
    case "value":
      return noEstimate("no_observations");
  }
}

function shareDifference(women: FlagFigure, men: FlagFigure): EstimateOutcome {
  const counts = (figure: FlagFigure) => {
    const events = figure.count;
    if (events === null || !Number.isInteger(events) || events <= 0) return null;
    if (!(figure.value > 0 && figure.value <= 100)) return null;
    return { events, n: Math.max(events, Math.round((events * 100) / figure.value)) };
  };
  const w = counts(women);
  const m = counts(men);
  if (w === null || m === null) return noEstimate("no_observations");
  return proportionGap({ women: w, men: m }).difference;
}

function meanDifference(women: FlagFigure, men: FlagFigure): EstimateOutcome {
  const summary = (figure: FlagFigure): SampleSummary | null => {
    const sd = figure.stdDev ?? null;
    if (figure.count === null || sd === null || !(sd >= 0)) return null;
    return { n: figure.count, mean: figure.value, sd };
  };
  const w = summary(women);
  const m = summary(men);
  if (w === null || m === null) return noEstimate("no_observations");
  return meanGap({ women: w, men: m }).difference;
}

/** The population behind a rate per 1,000 follows from its events: 1000 · events / rate. */
function rateDifference(women: FlagFigure, men: FlagFigure): EstimateOutcome {
  const counts = (figure: FlagFigure) => {
    const events = figure.count;
    if (events === null || !Number.isInteger(events) || events <= 0 || !(figure.value > 0)) return null;
    return { events, population: (1000 * events) / figure.value };
  };
  const w = counts(women);
  const m = counts(men);
  if (w === null || m === null) return noEstimate("no_observations");
  return rateGap({ women: w, men: m }).difference;
}

/** Two counts of events as Poisson counts: the MOVER difference of their Byar intervals. */
function countDifference(women: FlagFigure, men: FlagFigure): EstimateOutcome {
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  if (!whole(women.value) || !whole(men.value)) return noEstimate("no_observations");
  const poisson = (value: number) => estimate(value, ...limits(poissonCountInterval(value)));
  const { lower, upper } = moverDifference(poisson(women.value), poisson(men.value));
  return estimate(women.value - men.value, lower, upper);
}

function limits(interval: Interval): [number, number] {
  return [interval.lower, interval.upper];
}
