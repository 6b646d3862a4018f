import { describe, expect, it } from "vitest";
import { DEFAULT_DIFFERENCE_THRESHOLDS, evaluateDifference, isBeyondThreshold } from "./difference-flags.js";

const thresholds = DEFAULT_DIFFERENCE_THRESHOLDS; // min cell 5, 5 points, 10 %

describe("evaluateDifference for shares", () => {
  it("flags 80 % of 70 women against 60 % of 80 men: 20 points, Newcombe interval clear of 0", () => {
    // Counts 56 and 48 give n = 56 · 100 / 80 = 70 and 48 · 100 / 60 = 80; Newcombe's hybrid Wilson interval worked out by hand in
    // proportion-gap.test.ts: 20 points (5.2431, 33.3873).
    const result = evaluateDifference(
      "share",
      { women: { value: 80, count: 56 }, men: { value: 60, count: 48 } },
      thresholds,
    );
    expect(result.difference).toBeCloseTo(20, 9);
    expect(result.interval?.lower).toBeCloseTo(5.2431, 3);
    expect(result.interval?.upper).toBeCloseTo(33.3873, 3);
    expect(result).toMatchObject({ clear: true, beyondThreshold: true, suppressed: false, flagged: true });
  });

  it("does not flag a gap beyond the threshold that is not clear: 3 of 6 women against 2 of 6 men", () => {
    // 50 % against 33.3 %: 16.7 points, but with six in each group (3 · 100 / 50, 2 · 100 / 33.3) the interval spans 0.
    const result = evaluateDifference(
      "share",
      { women: { value: 50, count: 3 }, men: { value: 100 / 3, count: 2 } },
      thresholds,
    );
    expect(result.beyondThreshold).toBe(true);
    expect(result.clear).toBe(false);
    expect(result.interval?.lower).toBeLessThan(0);
    expect(result.flagged).toBe(false);
  });

  it("does not flag 4 points even with large counts", () => {
    const result = evaluateDifference(
      "share",
      { women: { value: 54, count: 5_400 }, men: { value: 50, count: 5_000 } },
      thresholds,
    );
    expect(result.clear).toBe(true);
    expect(result.beyondThreshold).toBe(false);
    expect(result.flagged).toBe(false);
  });

  it("flags a Kolada share without counts as untestable when beyond the threshold", () => {
    const result = evaluateDifference(
      "share",
      { women: { value: 71, count: null }, men: { value: 86, count: null } },
      thresholds,
    );
    expect(result).toEqual({
      difference: -15,
      interval: null,
      clear: null,
      beyondThreshold: true,
      suppressed: false,
      flagged: true,
    });
  });

  it("never flags a figure resting on 1 … minCell − 1 individuals, whatever the gap", () => {
    const result = evaluateDifference(
      "share",
      { women: { value: 100, count: 4 }, men: { value: 10, count: 30 } },
      thresholds,
    );
    expect(result.suppressed).toBe(true);
    expect(result.flagged).toBe(false);
    // A count of 0 is not a small cell: there is nobody to reveal.
    const empty = evaluateDifference(
      "count",
      { women: { value: 0, count: 0 }, men: { value: 40, count: 40 } },
      thresholds,
    );
    expect(empty.suppressed).toBe(false);
  });

  it("derives n from a rounded share and its count, and cannot test a share of 0 (its n is unknown)", () => {
    // 5 of 7 women is written 71.4 %: n = round(500 / 71.4) = 7, the same interval as 5 of 7 exactly.
    const rounded = evaluateDifference(
      "share",
      { women: { value: 71.4, count: 5 }, men: { value: 20, count: 40 } },
      thresholds,
    );
    const exact = evaluateDifference(
      "share",
      { women: { value: 500 / 7, count: 5 }, men: { value: 20, count: 40 } },
      thresholds,
    );
    expect(rounded.interval?.lower).toBeCloseTo(exact.interval?.lower ?? Number.NaN, 9);
    const zero = evaluateDifference(
      "share",
      { women: { value: 0, count: 0 }, men: { value: 20, count: 40 } },
      thresholds,
    );
    expect(zero).toMatchObject({ clear: null, flagged: true });
  });

  it("takes exactly the threshold as beyond it", () => {
    expect(isBeyondThreshold("share", 55, 50, thresholds)).toBe(true);
    expect(isBeyondThreshold("share", 54.9, 50, thresholds)).toBe(false);
    expect(isBeyondThreshold("share", 0.1 + 0.2 + 4.7, 0, thresholds)).toBe(true);
  });
});

describe("evaluateDifference for means, rates, counts and other values", () => {
  it("gives Welch's t interval for means with n and standard deviation", () => {
    // Women n 50, mean 30, sd 10; men n 40, mean 25, sd 8. Components 100/50 = 2 and 64/40 = 1.6;
    // se = √3.6 = 1.897367; df = 3.6² / (2²/49 + 1.6²/39) = 12.96 / (0.081633 + 0.065641) = 87.9985;
    // t(0.975, 88.0) = 1.987; half width 3.7702 → (1.2298, 8.7702). Relative gap 5/30 = 16.7 % ≥ 10 %.
    const result = evaluateDifference(
      "mean",
      { women: { value: 30, count: 50, stdDev: 10 }, men: { value: 25, count: 40, stdDev: 8 } },
      thresholds,
    );
    expect(result.difference).toBe(5);
    expect(result.interval?.lower).toBeCloseTo(1.2298, 2);
    expect(result.interval?.upper).toBeCloseTo(8.7702, 2);
    expect(result).toMatchObject({ clear: true, beyondThreshold: true, flagged: true });
  });

  it("cannot test a mean without its standard deviation and flags it when beyond the threshold", () => {
    const result = evaluateDifference(
      "mean",
      { women: { value: 30, count: 50 }, men: { value: 25, count: 40 } },
      thresholds,
    );
    expect(result).toMatchObject({ interval: null, clear: null, flagged: true });
  });

  it("tests rates per 1,000 from their events (Poisson) and measures the gap relative to the larger rate", () => {
    // 200 events at 20 per 1,000 (10,000 women) and 150 at 15 per 1,000 (10,000 men): 5 per 1,000,
    // 25 % of the larger rate. Byar: 200 → (173.24, 229.69), 150 → (126.93, 176.08) per 10,000
    // → per 1,000 (17.324, 22.969) and (12.693, 17.608).
    // lower = 5 − √((20 − 17.324)² + (17.608 − 15)²) = 5 − √(7.161 + 6.802) = 1.263
    // upper = 5 + √((22.969 − 20)² + (15 − 12.693)²) = 5 + √(8.815 + 5.322) = 8.760
    const result = evaluateDifference(
      "rate",
      { women: { value: 20, count: 200 }, men: { value: 15, count: 150 } },
      thresholds,
    );
    expect(result.difference).toBe(5);
    expect(result.interval?.lower).toBeCloseTo(1.263, 2);
    expect(result.interval?.upper).toBeCloseTo(8.76, 2);
    expect(result.flagged).toBe(true);
  });

  it("does not flag a relative gap under the threshold: 95 against 100 is 5 %", () => {
    const result = evaluateDifference(
      "count",
      { women: { value: 95, count: null }, men: { value: 100, count: null } },
      thresholds,
    );
    expect(result.beyondThreshold).toBe(false);
    expect(result.flagged).toBe(false);
  });

  it("tests two counts as Poisson counts: 120 against 60 is clear", () => {
    // Byar: 120 → (99.49, 143.49), 60 → (45.79, 77.23).
    // lower = 60 − √(20.51² + 17.23²) = 60 − 26.79 = 33.21
    const result = evaluateDifference(
      "count",
      { women: { value: 120, count: null }, men: { value: 60, count: null } },
      thresholds,
    );
    expect(result.interval?.lower).toBeCloseTo(33.2, 0);
    expect(result).toMatchObject({ clear: true, flagged: true });
  });

  it("never tests a plain value (kronor, days) and flags it as untestable when beyond the threshold", () => {
    const result = evaluateDifference(
      "value",
      { women: { value: 41_000, count: 300 }, men: { value: 52_000, count: 280 } },
      thresholds,
    );
    expect(result).toMatchObject({ difference: -11_000, interval: null, clear: null, flagged: true });
  });

  it("follows the organisation's thresholds", () => {
    const strict = { minCell: 10, shareGapPoints: 25, relativeGapPercent: 50 };
    const share = evaluateDifference(
      "share",
      { women: { value: 80, count: 56 }, men: { value: 60, count: 48 } },
      strict,
    );
    expect(share.flagged).toBe(false);
    const small = evaluateDifference(
      "count",
      { women: { value: 9, count: null }, men: { value: 90, count: null } },
      strict,
    );
    expect(small.suppressed).toBe(true);
    expect(small.flagged).toBe(false);
  });
});
