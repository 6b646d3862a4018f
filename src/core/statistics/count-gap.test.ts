import { describe, expect, it } from "vitest";
import { countGap } from "./count-gap.js";

describe("countGap", () => {
  it("reads difference, ratio and share off women's share and its Wilson interval (71 women, 29 men)", () => {
    // Wilson by hand: z = 1.959964, centre (71 + z²/2)/(100 + z²) = 0.702231, half-width 0.087620.
    const gap = countGap({ women: 71, men: 29 });
    expect(gap.womenShare).toMatchObject({ value: 0.71 });
    if (gap.womenShare.kind !== "estimate" || gap.difference.kind !== "estimate" || gap.ratio.kind !== "estimate")
      throw new Error("expected estimates");
    expect(gap.womenShare.interval.lower).toBeCloseTo(0.614611, 5);
    expect(gap.womenShare.interval.upper).toBeCloseTo(0.789852, 5);
    expect(gap.difference.value).toBeCloseTo(42, 9);
    expect(gap.difference.interval.lower).toBeCloseTo(22.9222, 3);
    expect(gap.difference.interval.upper).toBeCloseTo(57.9703, 3);
    expect(gap.ratio.value).toBeCloseTo(2.448276, 5);
    expect(gap.ratio.interval.lower).toBeCloseTo(1.594781, 5);
    expect(gap.ratio.interval.upper).toBeCloseTo(3.758543, 5);
    expect(gap.clear).toBe(true);
  });

  it("is not clear when women and men are equally many", () => {
    const gap = countGap({ women: 6, men: 6 });
    expect(gap.difference).toMatchObject({ value: 0 });
    if (gap.difference.kind !== "estimate") throw new Error("expected an estimate");
    expect(gap.difference.interval.lower).toBeCloseTo(-49.2437, 3);
    expect(gap.clear).toBe(false);
  });

  it("has no ratio when one sex is absent, and nothing at all for an empty group", () => {
    expect(countGap({ women: 5, men: 0 }).ratio).toEqual({ kind: "no_estimate", reason: "zero_count" });
    const empty = countGap({ women: 0, men: 0 });
    expect(empty.difference).toEqual({ kind: "no_estimate", reason: "no_observations" });
    expect(empty.clear).toBeNull();
  });
});
