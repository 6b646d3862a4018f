import { describe, expect, it } from "vitest";
import { estimate, noEstimate } from "./estimate.js";
import { gapFrom, logRatioEstimate, moverDifference, shareFromRatio } from "./gap.js";
import { asRatio } from "./quantities.js";

describe("moverDifference", () => {
  it("reduces to d ± √(h₁² + h₂²) when both intervals are symmetric", () => {
    // 10 ± 3 and 4 ± 4: d = 6, spread √(9 + 16) = 5.
    expect(moverDifference(estimate(10, 7, 13), estimate(4, 0, 8))).toEqual({ lower: 1, upper: 11 });
  });

  it("keeps the skew of each interval: the first's lower arm with the second's upper arm", () => {
    // 0.5 (0.2, 0.6) and 0.3 (0.2, 0.7): lower = 0.2 − √(0.3² + 0.4²) = −0.3; upper = 0.2 + √(0.1² + 0.1²) = 0.341421.
    const interval = moverDifference(estimate(0.5, 0.2, 0.6), estimate(0.3, 0.2, 0.7));
    expect(interval.lower).toBeCloseTo(-0.3, 12);
    expect(interval.upper).toBeCloseTo(0.341421, 6);
  });
});

describe("logRatioEstimate and shareFromRatio", () => {
  it("puts the limits at R · exp(∓q√v), reciprocal for the inverse ratio", () => {
    // R = 2, v = 0.25, q = 2: spread 1; limits 2/e = 0.735759 and 2e = 5.436564.
    const ratio = logRatioEstimate(2, 0.25, 2);
    expect(ratio.interval.lower).toBeCloseTo(2 / Math.E, 12);
    expect(ratio.interval.upper).toBeCloseTo(2 * Math.E, 12);
    const inverse = logRatioEstimate(0.5, 0.25, 2);
    expect(inverse.interval.upper).toBeCloseTo(1 / ratio.interval.lower, 12);
  });

  it("turns a ratio into women's share with weights: 3 women at ratio 2 against 1 man gives 6/7", () => {
    const share = shareFromRatio(estimate(asRatio(2), asRatio(1), asRatio(4)), 3, 1);
    // value 3·2/(3·2 + 1) = 6/7; limits 3/(3 + 1) = 0.75 and 12/13.
    expect(share).toEqual({ kind: "estimate", value: 6 / 7, interval: { lower: 0.75, upper: 12 / 13 } });
    expect(shareFromRatio(noEstimate("zero_count"), 1, 1)).toEqual(noEstimate("zero_count"));
  });
});

describe("gapFrom", () => {
  it("marks a gap as clear only when the interval of the difference excludes 0", () => {
    const ratio = estimate(asRatio(1.5), asRatio(1.1), asRatio(2));
    const share = noEstimate("no_observations");
    expect(gapFrom(estimate(5, 1, 9), ratio, share).clear).toBe(true);
    expect(gapFrom(estimate(5, -1, 11), ratio, share).clear).toBe(false);
    expect(gapFrom(noEstimate("too_few_observations"), ratio, share).clear).toBeNull();
  });
});
