/**
 * Descriptive statistics of a measure (cost per patient, days in care …) over the
 * individuals of a group. Values must be finite numbers; the caller drops missing values
 * first and reports how many it dropped. The arguments are never changed.
 */

/** The arithmetic mean; null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The middle value, or the mean of the two middle values for an even count; null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/**
 * The three numbers every interval for a mean needs. The analysis engine gets them from SQL
 * (`count`, `avg`, `stddev_samp`); `summarise` computes them from a list.
 */
export interface SampleSummary {
  readonly n: number;
  readonly mean: number;
  /** The sample standard deviation (divisor n − 1); null when n < 2. */
  readonly sd: number | null;
}

/**
 * n, mean and sample standard deviation in one pass by Welford's method, which does not lose
 * precision when the values are large and close together (costs in kronor). null for an
 * empty list.
 */
export function summarise(values: readonly number[]): SampleSummary | null {
  if (values.length === 0) return null;
  let runningMean = 0;
  let sumOfSquares = 0;
  let n = 0;
  for (const value of values) {
    n += 1;
    const delta = value - runningMean;
    runningMean += delta / n;
    sumOfSquares += delta * (value - runningMean);
  }
  return { n, mean: runningMean, sd: n < 2 ? null : Math.sqrt(sumOfSquares / (n - 1)) };
}

/** The sample standard deviation (divisor n − 1); null for fewer than two values. */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  return summarise(values)?.sd ?? null;
}
