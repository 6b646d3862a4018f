import { describe, expect, it } from "vitest";
import { proportionEstimate, shareOfWomen, wilsonInterval } from "./proportion.js";

// Throughout: z = 1.959964, z² = 3.841459.
// Wilson: centre = (x + z²/2) / (n + z²), half-width = z·√(x(n − x)/n + z²/4) / (n + z²).

describe("wilsonInterval", () => {
  it("gives the score interval worked out by hand for 8 of 20", () => {
    // centre = (8 + 1.920729) / 23.841459 = 0.416113
    // half   = 1.959964 · √(8·12/20 + 0.960365) / 23.841459 = 1.959964 · 2.400076 / 23.841459 = 0.197306
    const interval = wilsonInterval(8, 20);
    expect(interval.lower).toBeCloseTo(0.218807, 5);
    expect(interval.upper).toBeCloseTo(0.613418, 5);
  });

  it("starts at exactly 0 for no events and ends at exactly 1 when all count", () => {
    // x = 0: centre = half = (z²/2)/(n + z²), so lower = 0 and upper = z²/(n + z²) = 3.841459/13.841459.
    expect(wilsonInterval(0, 10)).toEqual({ lower: 0, upper: expect.closeTo(0.277533, 5) });
    // x = n: lower = n/(n + z²) = 10/13.841459, upper = 1.
    expect(wilsonInterval(10, 10)).toEqual({ lower: expect.closeTo(0.722467, 5), upper: 1 });
  });

  it("narrows at a lower confidence level", () => {
    const ninety = wilsonInterval(8, 20, 0.9);
    const ninetyFive = wilsonInterval(8, 20);
    expect(ninety.lower).toBeGreaterThan(ninetyFive.lower);
    expect(ninety.upper).toBeLessThan(ninetyFive.upper);
  });

  it("refuses impossible counts, which are bugs in the caller", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });
});

describe("proportionEstimate and shareOfWomen", () => {
  it("gives the share of women with its Wilson interval", () => {
    // 71 women and 29 men: p = 0.71.
    // centre = (71 + 1.920729) / 103.841459 = 0.702231
    // half   = 1.959964 · √(71·29/100 + 0.960365) / 103.841459 = 1.959964 · 4.642495 / 103.841459 = 0.087620
    const share = shareOfWomen({ women: 71, men: 29 });
    expect(share).toEqual({
      kind: "estimate",
      value: 0.71,
      interval: { lower: expect.closeTo(0.614611, 5), upper: expect.closeTo(0.789852, 5) },
    });
  });

  it("says there are no observations for an empty group instead of dividing by 0", () => {
    expect(shareOfWomen({ women: 0, men: 0 })).toEqual({ kind: "no_estimate", reason: "no_observations" });
    expect(proportionEstimate(0, 0)).toEqual({ kind: "no_estimate", reason: "no_observations" });
  });
});
