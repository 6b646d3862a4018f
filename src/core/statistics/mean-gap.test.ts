import { describe, expect, it } from "vitest";
import { meanGap, welchDegreesOfFreedom } from "./mean-gap.js";

describe("welchDegreesOfFreedom", () => {
  it("gives the Welch–Satterthwaite df worked out by hand", () => {
    // Women n = 10, sd 10: a = 100/10 = 10. Men n = 12, sd 8: b = 64/12 = 5.333333.
    // (a + b)² = 235.111111; a²/9 = 11.111111; b²/11 = 2.585859; df = 235.111111/13.696970 = 17.165192.
    expect(welchDegreesOfFreedom({ n: 10, component: 10 }, { n: 12, component: 64 / 12 })).toBeCloseTo(17.165192, 5);
  });

  it("is 2(n − 1) for two groups of the same size and spread, and null when nothing varies", () => {
    expect(welchDegreesOfFreedom({ n: 16, component: 4 }, { n: 16, component: 4 })).toBeCloseTo(30, 12);
    expect(welchDegreesOfFreedom({ n: 5, component: 0 }, { n: 7, component: 0 })).toBeNull();
  });
});

describe("meanGap", () => {
  it("gives Welch's interval for the difference of means", () => {
    // Women n = 16, mean 52, sd 8; men n = 16, mean 46, sd 8. se² = 64/16 + 64/16 = 8, se = 2.828427;
    // df = 8²/(4²/15 + 4²/15) = 30; t(0.975; 30) = 2.042272; half-width 5.776418; 6 ± 5.776418.
    const { difference, clear } = meanGap({ women: { n: 16, mean: 52, sd: 8 }, men: { n: 16, mean: 46, sd: 8 } });
    expect(difference).toEqual({
      kind: "estimate",
      value: 6,
      interval: { lower: expect.closeTo(0.223582, 5), upper: expect.closeTo(11.776418, 5) },
    });
    expect(clear).toBe(true);
  });

  it("puts a fractional df between the intervals of its whole neighbours", () => {
    // df = 17.165 as above, se = √(10 + 5.333333) = 3.915780; t(17) = 2.1098 and t(18) = 2.1009.
    const { difference } = meanGap({ women: { n: 10, mean: 50, sd: 10 }, men: { n: 12, mean: 40, sd: 8 } });
    if (difference.kind !== "estimate") throw new Error("no estimate");
    expect(difference.interval.lower).toBeGreaterThan(10 - 2.1098 * 3.91578);
    expect(difference.interval.lower).toBeLessThan(10 - 2.1009 * 3.91578);
  });

  it("gives the ratio of means on the log scale and women's share of the total from it", () => {
    // Women n = 16, mean 50, sd 10; men n = 16, mean 40, sd 8 (same coefficient of variation 0.2).
    // R = 1.25. Components 100/(16·2500) = 0.0025 and 64/(16·1600) = 0.0025: v = 0.005, √v = 0.070711, df = 30.
    // 2.042272 · 0.070711 = 0.144410; limits 1.25·e^∓0.144410 = 1.081915 and 1.444198.
    // Share of the total: 16·50/(16·50 + 16·40) = 800/1440 = 0.555556; limits R/(R + 1): 0.519673 and 0.590868.
    const { ratio, womenShare } = meanGap({ women: { n: 16, mean: 50, sd: 10 }, men: { n: 16, mean: 40, sd: 8 } });
    expect(ratio).toEqual({
      kind: "estimate",
      value: 1.25,
      interval: { lower: expect.closeTo(1.081915, 5), upper: expect.closeTo(1.444198, 5) },
    });
    expect(womenShare).toEqual({
      kind: "estimate",
      value: expect.closeTo(800 / 1440, 12),
      interval: { lower: expect.closeTo(0.519673, 5), upper: expect.closeTo(0.590868, 5) },
    });
  });

  it("needs two values in each group and positive means for the ratio", () => {
    const oneMan = meanGap({ women: { n: 5, mean: 10, sd: 2 }, men: { n: 1, mean: 12, sd: null } });
    expect(oneMan.difference).toEqual({ kind: "no_estimate", reason: "too_few_observations" });
    expect(oneMan.clear).toBeNull();
    const noMen = meanGap({ women: { n: 5, mean: 10, sd: 2 }, men: { n: 0, mean: 0, sd: null } });
    expect(noMen.ratio).toEqual({ kind: "no_estimate", reason: "no_observations" });
    const negative = meanGap({ women: { n: 5, mean: -3, sd: 2 }, men: { n: 5, mean: 4, sd: 2 } });
    expect(negative.ratio).toEqual({ kind: "no_estimate", reason: "non_positive_mean" });
    expect(negative.difference.kind).toBe("estimate");
  });

  it("gives intervals of width 0 when neither group varies", () => {
    const { difference, clear } = meanGap({ women: { n: 3, mean: 7, sd: 0 }, men: { n: 4, mean: 5, sd: 0 } });
    expect(difference).toEqual({ kind: "estimate", value: 2, interval: { lower: 2, upper: 2 } });
    expect(clear).toBe(true);
  });
});
