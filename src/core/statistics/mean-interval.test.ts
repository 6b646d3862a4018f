import { describe, expect, it } from "vitest";
import { summarise } from "./descriptive.js";
import { meanInterval } from "./mean-interval.js";

describe("meanInterval", () => {
  it("gives mean ± t · sd/√n worked out by hand", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sd = √(32/7) = 2.138090, se = 2.138090/√8 = 0.755929.
    // t(0.975; 7) = 2.364624, half-width = 2.364624 · 0.755929 = 1.787488.
    const summary = summarise([2, 4, 4, 4, 5, 5, 7, 9]);
    if (summary === null) throw new Error("no summary");
    expect(meanInterval(summary)).toEqual({
      kind: "estimate",
      value: 5,
      interval: { lower: expect.closeTo(3.212512, 5), upper: expect.closeTo(6.787488, 5) },
    });
  });

  it("works from the summary the database gives", () => {
    // n = 31, mean 1200 kr, sd 300 kr: se = 300/√31 = 53.881591; t(0.975; 30) = 2.042272; half = 110.040888.
    const result = meanInterval({ n: 31, mean: 1200, sd: 300 });
    expect(result.kind === "estimate" && result.interval.lower).toBeCloseTo(1089.959112, 4);
  });

  it("has an interval of width 0 when every value is the same", () => {
    expect(meanInterval({ n: 4, mean: 3, sd: 0 })).toEqual({
      kind: "estimate",
      value: 3,
      interval: { lower: 3, upper: 3 },
    });
  });

  it("needs two values for an interval", () => {
    expect(meanInterval({ n: 1, mean: 3, sd: null })).toEqual({ kind: "no_estimate", reason: "too_few_observations" });
    expect(meanInterval({ n: 0, mean: 0, sd: null })).toEqual({ kind: "no_estimate", reason: "no_observations" });
  });
});
