import { describe, expect, it } from "vitest";
import { standardisedRate } from "./age-standardisation.js";

// Women are older here: few young women, many old ones; for men the reverse.
//   band    women: events / population   men: events / population
//   0-64            2 / 1,000 (2 ‰)            9 / 3,000 (3 ‰)
//   65+            30 / 3,000 (10 ‰)          12 / 1,000 (12 ‰)
// Crude: women 32/4,000 = 8 ‰, men 21/4,000 = 5.25 ‰ — women look worse off although men's
// rate is higher in both bands.
const women = [
  { band: "0-64", events: 2, population: 1000 },
  { band: "65+", events: 30, population: 3000 },
];
const men = [
  { band: "0-64", events: 9, population: 3000 },
  { band: "65+", events: 12, population: 1000 },
];
const halfAndHalf = [
  { band: "0-64", population: 50_000 },
  { band: "65+", population: 50_000 },
];

describe("standardisedRate", () => {
  it("corrects crude rates that mislead when the age structures differ", () => {
    // Standard weights ½ and ½: women ½·2 + ½·10 = 6 ‰, men ½·3 + ½·12 = 7.5 ‰.
    const w = standardisedRate(women, halfAndHalf);
    const m = standardisedRate(men, halfAndHalf);
    expect(w.kind === "estimate" && w.value).toBeCloseTo(6, 12);
    expect(m.kind === "estimate" && m.value).toBeCloseTo(7.5, 12);
  });

  it("gives Dobson's interval worked out by hand", () => {
    // Women, in ‰: V = ¼·(2/1000² + 30/3000²)·10⁶ = ¼·(2 + 3.333333) = 1.333333; O = 32; √(V/O) = 0.204124.
    // Byar for 32: lower 32·(1 − 1/288 − 1.959964/(3·5.656854))³ = 32·0.881036³ = 21.884198;
    //              upper 33·(1 − 1/297 + 1.959964/(3·5.744563))³ = 33·1.110361³ = 45.175950.
    // Limits 6 + 0.204124·(21.884198 − 32) = 3.935121 and 6 + 0.204124·(45.175950 − 32) = 8.689529.
    expect(standardisedRate(women, halfAndHalf)).toEqual({
      kind: "estimate",
      value: expect.closeTo(6, 12),
      interval: { lower: expect.closeTo(3.935121, 5), upper: expect.closeTo(8.689529, 5) },
      variance: expect.closeTo(4 / 3, 12),
      events: 32,
    });
  });

  it("uses only the proportions of the standard population", () => {
    // Weights 0.3 and 0.7: 0.3·2 + 0.7·10 = 7.6 ‰ whether the standard is given as 3,000/7,000 or 0.3/0.7.
    const a = standardisedRate(women, [
      { band: "65+", population: 7000 },
      { band: "0-64", population: 3000 },
    ]);
    const b = standardisedRate(women, [
      { band: "0-64", population: 0.3 },
      { band: "65+", population: 0.7 },
    ]);
    expect(a.kind === "estimate" && a.value).toBeCloseTo(7.6, 12);
    expect(b).toEqual(a);
  });

  it("says why when it cannot estimate", () => {
    const noEvents = women.map((band) => ({ ...band, events: 0 }));
    expect(standardisedRate(noEvents, halfAndHalf)).toEqual({ kind: "no_estimate", reason: "no_events" });
    const emptyBand = [
      { band: "0-64", events: 2, population: 1000 },
      { band: "65+", events: 0, population: 0 },
    ];
    expect(standardisedRate(emptyBand, halfAndHalf)).toEqual({ kind: "no_estimate", reason: "no_observations" });
  });

  it("refuses bands that do not match the standard, a bug in the caller", () => {
    expect(() => standardisedRate(women, [{ band: "0-64", population: 1 }])).toThrow(RangeError);
    expect(() =>
      standardisedRate(women, [
        { band: "0-64", population: 1 },
        { band: "80+", population: 1 },
      ]),
    ).toThrow(RangeError);
  });
});
