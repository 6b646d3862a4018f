import { describe, expect, it } from "vitest";
import { standardisedRate } from "./age-standardisation.js";
import { rateGap, standardisedRateGap } from "./rate-gap.js";

describe("rateGap", () => {
  // Women 30 events among 10,000 (3.0 ‰), men 15 among 10,000 (1.5 ‰).
  // Byar for 30: (20.236939, 42.828372) → (2.023694, 4.282837) ‰; for 15: (8.389264, 24.741631) → (0.838926, 2.474163) ‰.
  const gap = rateGap({ women: { events: 30, population: 10_000 }, men: { events: 15, population: 10_000 } });

  it("gives the difference per 1,000 with the MOVER interval on Byar's limits", () => {
    // lower = 1.5 − √((3 − 2.023694)² + (2.474163 − 1.5)²) = 1.5 − √(0.953173 + 0.948994) = 1.5 − 1.379191 = 0.120809
    // upper = 1.5 + √((4.282837 − 3)² + (1.5 − 0.838926)²) = 1.5 + √(1.645672 + 0.437019) = 1.5 + 1.443154 = 2.943154
    expect(gap.difference).toEqual({
      kind: "estimate",
      value: 1.5,
      interval: { lower: expect.closeTo(0.120809, 5), upper: expect.closeTo(2.943153, 5) },
    });
    expect(gap.clear).toBe(true);
  });

  it("gives the rate ratio with the log interval of two Poisson counts", () => {
    // R = 2; var ln R = 1/30 + 1/15 = 0.1, √ = 0.316228; z·√ = 0.619795; limits 2·e^∓0.619795 = 1.076109 and 3.717094.
    expect(gap.ratio).toEqual({
      kind: "estimate",
      value: 2,
      interval: { lower: expect.closeTo(1.076109, 5), upper: expect.closeTo(3.717094, 5) },
    });
  });

  it("gives women's share of the events", () => {
    // 30 of 45: centre (30 + 1.920729)/48.841459 = 0.653558, half 1.959964·√(30·15/45 + 0.960365)/48.841459 = 0.132853.
    expect(gap.womenShare).toEqual({
      kind: "estimate",
      value: 30 / 45,
      interval: { lower: expect.closeTo(0.520705, 5), upper: expect.closeTo(0.786411, 5) },
    });
  });

  it("has no ratio without events on both sides and no gap without a population", () => {
    const noEvents = rateGap({ women: { events: 4, population: 1000 }, men: { events: 0, population: 1000 } });
    expect(noEvents.ratio).toEqual({ kind: "no_estimate", reason: "zero_count" });
    const noPopulation = rateGap({ women: { events: 4, population: 1000 }, men: { events: 0, population: 0 } });
    expect(noPopulation.difference).toEqual({ kind: "no_estimate", reason: "no_observations" });
  });
});

describe("standardisedRateGap", () => {
  const standard = [
    { band: "0-64", population: 1 },
    { band: "65+", population: 1 },
  ];
  const women = standardisedRate(
    [
      { band: "0-64", events: 2, population: 1000 },
      { band: "65+", events: 30, population: 3000 },
    ],
    standard,
  );
  const men = standardisedRate(
    [
      { band: "0-64", events: 9, population: 3000 },
      { band: "65+", events: 12, population: 1000 },
    ],
    standard,
  );

  it("compares age-standardised rates: the difference with MOVER on Dobson's limits", () => {
    // Women 6 ‰ (3.935121, 8.689529) as in the standardisation test. Men 7.5 ‰: V = ¼·(1 + 12) = 3.25, O = 21,
    //   √(V/O) = 0.393398; Byar for 21 (12.994397, 32.102240) → (4.350612, 11.867598).
    // d = −1.5; lower = −1.5 − √(2.064879² + 4.367598²) = −6.331112; upper = −1.5 + √(2.689529² + 3.149388²) = 2.641523.
    const gap = standardisedRateGap({ women, men });
    expect(gap.difference).toEqual({
      kind: "estimate",
      value: expect.closeTo(-1.5, 12),
      interval: { lower: expect.closeTo(-6.331112, 4), upper: expect.closeTo(2.641523, 4) },
    });
    expect(gap.clear).toBe(false);
  });

  it("gives the ratio by the delta method and women's share of the two rates", () => {
    // R = 6/7.5 = 0.8; var ln R = 1.333333/36 + 3.25/56.25 = 0.037037 + 0.057778 = 0.094815, √ = 0.307920;
    // z·√ = 0.603512; limits 0.8·e^∓0.603512 = 0.437510 and 1.462824. Share R/(1 + R) = 0.444444 (0.304353, 0.593962).
    const gap = standardisedRateGap({ women, men });
    expect(gap.ratio).toEqual({
      kind: "estimate",
      value: expect.closeTo(0.8, 12),
      interval: { lower: expect.closeTo(0.43751, 4), upper: expect.closeTo(1.462824, 4) },
    });
    expect(gap.womenShare).toEqual({
      kind: "estimate",
      value: expect.closeTo(4 / 9, 12),
      interval: { lower: expect.closeTo(0.304353, 4), upper: expect.closeTo(0.593962, 4) },
    });
  });

  it("passes on the reason when a rate is missing", () => {
    const gap = standardisedRateGap({ women, men: { kind: "no_estimate", reason: "no_events" } });
    expect(gap.difference).toEqual({ kind: "no_estimate", reason: "no_events" });
    expect(gap.clear).toBeNull();
  });
});
