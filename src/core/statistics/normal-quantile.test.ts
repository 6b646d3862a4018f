import { describe, expect, it } from "vitest";
import { normalQuantile } from "./normal-quantile.js";

describe("normalQuantile", () => {
  it("gives the familiar table values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
    expect(normalQuantile(0.8413447)).toBeCloseTo(1, 6); // Φ(1) = 0.8413447
  });

  it("is 0 at the median and antisymmetric about it", () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.001, 0.025, 0.3, 0.45]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 12);
  });

  it("stays accurate far out in the tails", () => {
    // Φ(−6) = 9.865876e-10 and Φ(−10) = 7.619853e-24 (tables of the normal tail).
    expect(normalQuantile(9.865876e-10)).toBeCloseTo(-6, 5);
    expect(normalQuantile(7.619853e-24)).toBeCloseTo(-10, 5);
  });

  it("is infinite at 0 and 1 and refuses anything outside", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
