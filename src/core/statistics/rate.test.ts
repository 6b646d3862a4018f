import { describe, expect, it } from "vitest";
import { poissonCountInterval, ratePerThousand } from "./rate.js";

// Byar, z = 1.959964: lower = O(1 − 1/(9O) − z/(3√O))³, upper = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³.

describe("poissonCountInterval", () => {
  it("gives Byar's limits worked out by hand for 20 events", () => {
    // lower: 1 − 1/180 − 1.959964/(3·4.472136) = 1 − 0.005556 − 0.146085 = 0.848359; ³ = 0.610571; · 20 = 12.2114
    // upper: 1 − 1/189 + 1.959964/(3·4.582576) = 1 − 0.005291 + 0.142566 = 1.137275; ³ = 1.470947; · 21 = 30.8899
    const interval = poissonCountInterval(20);
    expect(interval.lower).toBeCloseTo(12.2114, 3);
    expect(interval.upper).toBeCloseTo(30.8899, 3);
  });

  it("starts at 0 for no events, with the upper limit (1 − 1/9 + z/3)³ = 3.668", () => {
    // 1 − 0.111111 + 0.653321 = 1.542210; ³ = 3.668012.
    expect(poissonCountInterval(0)).toEqual({ lower: 0, upper: expect.closeTo(3.668012, 5) });
  });

  it("refuses a fractional count", () => {
    expect(() => poissonCountInterval(2.5)).toThrow(RangeError);
  });
});

describe("ratePerThousand", () => {
  it("scales the count and its limits to 1,000 inhabitants", () => {
    // 20 events among 8,000: 2.5 per 1,000; limits 12.2114/8 = 1.52643 and 30.8899/8 = 3.86124.
    expect(ratePerThousand({ events: 20, population: 8000 })).toEqual({
      kind: "estimate",
      value: 2.5,
      interval: { lower: expect.closeTo(1.52643, 4), upper: expect.closeTo(3.86124, 4) },
    });
  });

  it("allows more events than inhabitants, since one person can have many contacts", () => {
    const rate = ratePerThousand({ events: 12, population: 10 });
    expect(rate.kind === "estimate" && rate.value).toBe(1200);
  });

  it("has no rate for a population of 0", () => {
    expect(ratePerThousand({ events: 0, population: 0 })).toEqual({ kind: "no_estimate", reason: "no_observations" });
    expect(() => ratePerThousand({ events: 1, population: -5 })).toThrow(RangeError);
  });
});
