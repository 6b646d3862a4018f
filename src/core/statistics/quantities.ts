/**
 * Branded numbers for the quantities a breakdown prints side by side, so that a share
 * (0–1) cannot be passed where a rate per 1,000 or a difference in percentage points is
 * expected, nor a rate printed as a percentage. The brand exists only for the compiler; at
 * run time each is a plain number.
 */
declare const brand: unique symbol;

/** A number that the compiler keeps apart from other numbers with another brand. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A number of individuals or events: a whole number ≥ 0. */
export type Count = Brand<number, "Count">;

/** A share between 0 and 1 (not a percentage): 0.71 is 71 %. */
export type Proportion = Brand<number, "Proportion">;

/** A difference of two proportions in percentage points: 0.71 − 0.86 is −15 points. May be negative. */
export type PercentagePoints = Brand<number, "PercentagePoints">;

/** Events per 1,000 inhabitants; a difference of two rates has the same unit and may be negative. */
export type PerThousand = Brand<number, "PerThousand">;

/** Women's figure divided by men's: 1 is parity, 0.5 is half. Always > 0 where it is defined. */
export type Ratio = Brand<number, "Ratio">;

/** WARNING: throws RangeError, since a negative or fractional count is a bug in the caller, not bad data. */
export function asCount(value: number): Count {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`A count must be a whole number ≥ 0, got ${value}`);
  return value as Count;
}

/** WARNING: throws RangeError outside 0–1 (a percentage such as 71 passed by mistake). */
export function asProportion(value: number): Proportion {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`A proportion must lie in 0–1, got ${value}`);
  return value as Proportion;
}

/** Any finite number, since differences may be negative. */
export function asPercentagePoints(value: number): PercentagePoints {
  if (!Number.isFinite(value)) throw new RangeError(`Percentage points must be finite, got ${value}`);
  return value as PercentagePoints;
}

/** Any finite number, since differences of rates may be negative. */
export function asPerThousand(value: number): PerThousand {
  if (!Number.isFinite(value)) throw new RangeError(`A rate per 1,000 must be finite, got ${value}`);
  return value as PerThousand;
}

/** A finite number > 0. */
export function asRatio(value: number): Ratio {
  if (!(value > 0 && Number.isFinite(value))) throw new RangeError(`A ratio must be finite and > 0, got ${value}`);
  return value as Ratio;
}

/** 0.8 − 0.6 as 20 percentage points. */
export function percentagePointsBetween(a: Proportion, b: Proportion): PercentagePoints {
  return asPercentagePoints((a - b) * 100);
}
