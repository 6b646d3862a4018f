import { describe, expect, it } from "vitest";
import {
  asCount,
  asPercentagePoints,
  asPerThousand,
  asProportion,
  asRatio,
  percentagePointsBetween,
} from "./quantities.js";

describe("branded quantities", () => {
  it("accepts whole counts from 0 and refuses negative or fractional ones", () => {
    expect(asCount(0)).toBe(0);
    expect(asCount(17)).toBe(17);
    expect(() => asCount(-1)).toThrow(RangeError);
    expect(() => asCount(2.5)).toThrow(RangeError);
    expect(() => asCount(Number.NaN)).toThrow(RangeError);
  });

  it("refuses a percentage passed as a proportion", () => {
    expect(asProportion(0.71)).toBe(0.71);
    expect(asProportion(1)).toBe(1);
    expect(() => asProportion(71)).toThrow(RangeError);
    expect(() => asProportion(-0.1)).toThrow(RangeError);
  });

  it("lets differences be negative but not infinite", () => {
    expect(asPercentagePoints(-15)).toBe(-15);
    expect(asPerThousand(-2.5)).toBe(-2.5);
    expect(() => asPerThousand(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("keeps ratios strictly positive", () => {
    expect(asRatio(0.5)).toBe(0.5);
    expect(() => asRatio(0)).toThrow(RangeError);
  });

  it("turns two proportions into a difference in percentage points", () => {
    // Kvinnor 71 %, män 86 %: 0.71 − 0.86 = −0.15, i.e. −15 points.
    expect(percentagePointsBetween(asProportion(0.71), asProportion(0.86))).toBeCloseTo(-15, 10);
  });
});
