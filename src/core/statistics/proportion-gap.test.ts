import { describe, expect, it } from "vitest";
import { proportionGap } from "./proportion-gap.js";

// 56 of 70 women (0.8) and 48 of 80 men (0.6); z = 1.959964, z² = 3.841459.
// Wilson, women: centre (56 + 1.920729)/73.841459 = 0.784393, half 1.959964·√(11.2 + 0.960365)/73.841459 = 0.092560
//   → (0.691834, 0.876953).
// Wilson, men:   centre (48 + 1.920729)/83.841459 = 0.595418, half 1.959964·√(19.2 + 0.960365)/83.841459 = 0.104964
//   → (0.490455, 0.700382).
const counts = { women: { events: 56, n: 70 }, men: { events: 48, n: 80 } };

describe("proportionGap", () => {
  it("gives the difference in percentage points with Newcombe's hybrid Wilson interval", () => {
    // d = 0.2.
    // lower = 0.2 − √((0.8 − 0.691834)² + (0.700382 − 0.6)²) = 0.2 − √(0.011700 + 0.010077) = 0.2 − 0.147569 = 0.052431
    // upper = 0.2 + √((0.876953 − 0.8)² + (0.6 − 0.490455)²) = 0.2 + √(0.005922 + 0.012000) = 0.2 + 0.133873 = 0.333873
    const { difference, clear } = proportionGap(counts);
    expect(difference).toEqual({
      kind: "estimate",
      value: expect.closeTo(20, 9),
      interval: { lower: expect.closeTo(5.2431, 3), upper: expect.closeTo(33.3873, 3) },
    });
    expect(clear).toBe(true);
  });

  it("gives the risk ratio with Katz's log interval", () => {
    // R = 0.8/0.6 = 1.333333; var ln R = 1/56 − 1/70 + 1/48 − 1/80 = 0.011905, √ = 0.109109;
    // z·√ = 0.213850; limits 1.333333·e^∓0.213850 = 1.076626 and 1.651249.
    const { ratio } = proportionGap(counts);
    expect(ratio).toEqual({
      kind: "estimate",
      value: expect.closeTo(4 / 3, 12),
      interval: { lower: expect.closeTo(1.076626, 5), upper: expect.closeTo(1.651249, 5) },
    });
  });

  it("gives women's share of everyone with the event, with its Wilson interval", () => {
    // 56 of 104: centre (56 + 1.920729)/107.841459 = 0.537091, half 1.959964·√(56·48/104 + 0.960365)/107.841459 = 0.094098.
    const { womenShare } = proportionGap(counts);
    expect(womenShare).toEqual({
      kind: "estimate",
      value: 56 / 104,
      interval: { lower: expect.closeTo(0.442993, 5), upper: expect.closeTo(0.63119, 5) },
    });
  });

  it("is not clear when the interval of the difference reaches 0", () => {
    // 6/10 against 5/10: 10 points on ten people each is well within chance.
    expect(proportionGap({ women: { events: 6, n: 10 }, men: { events: 5, n: 10 } }).clear).toBe(false);
  });

  it("has no ratio when a group has no events, and no difference for an empty group", () => {
    const noneAmongMen = proportionGap({ women: { events: 3, n: 40 }, men: { events: 0, n: 40 } });
    expect(noneAmongMen.ratio).toEqual({ kind: "no_estimate", reason: "zero_count" });
    expect(noneAmongMen.difference.kind).toBe("estimate");
    const noMen = proportionGap({ women: { events: 3, n: 40 }, men: { events: 0, n: 0 } });
    expect(noMen.difference).toEqual({ kind: "no_estimate", reason: "no_observations" });
    expect(noMen.clear).toBeNull();
  });
});
