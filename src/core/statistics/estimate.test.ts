import { describe, expect, it } from "vitest";
import { estimate, isStatisticallyClear, noEstimate, upperTailPoint, zForLevel } from "./estimate.js";

describe("confidence levels", () => {
  it("puts the upper limit of a 95 % interval at 0.975", () => {
    expect(upperTailPoint(0.95)).toBeCloseTo(0.975, 15);
    expect(upperTailPoint()).toBeCloseTo(0.975, 15);
  });

  it("uses z = 1.960 for 95 % and 1.645 for 90 % (normal table)", () => {
    expect(zForLevel()).toBeCloseTo(1.959964, 6);
    expect(zForLevel(0.9)).toBeCloseTo(1.644854, 6);
  });

  it("refuses a level given as a percentage", () => {
    expect(() => zForLevel(95)).toThrow(RangeError);
    expect(() => upperTailPoint(0)).toThrow(RangeError);
  });
});

describe("isStatisticallyClear", () => {
  it("is true when the interval of the difference lies wholly above or below 0", () => {
    expect(isStatisticallyClear(estimate(15, 4.2, 25.8))).toBe(true);
    expect(isStatisticallyClear(estimate(-15, -25.8, -4.2))).toBe(true);
  });

  it("is false when the interval reaches 0", () => {
    expect(isStatisticallyClear(estimate(3, -1, 7))).toBe(false);
    expect(isStatisticallyClear(estimate(3, 0, 6))).toBe(false);
  });

  it("is null when there is no estimate, so that cannot-tell is not read as no difference", () => {
    expect(isStatisticallyClear(noEstimate("too_few_observations"))).toBeNull();
  });
});
