import { describe, expect, it } from "vitest";
import { studentTCdf, studentTDensity, studentTQuantile } from "./student-t.js";

describe("studentTQuantile", () => {
  it("gives the table values of t(0.975; df)", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.571, 3);
    expect(studentTQuantile(0.975, 7)).toBeCloseTo(2.365, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(studentTQuantile(0.975, 120)).toBeCloseTo(1.98, 3);
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
  });

  it("equals the closed forms for one and two degrees of freedom", () => {
    // df = 1 is the Cauchy distribution: t = tan(π(p − ½)) = tan(0.475π) = 12.7062047.
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(0.475 * Math.PI), 9);
    // df = 2: t = (2p − 1) / √(2p(1 − p)) = 0.95 / √(2 · 0.975 · 0.025) = 0.95 / 0.2207940 = 4.302653.
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 9);
  });

  it("tends to the normal 1.960 as df grows", () => {
    expect(studentTQuantile(0.975, 1e4)).toBeCloseTo(1.960201, 5);
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 6);
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963985, 9);
  });

  it("handles fractional df (Welch) between its whole neighbours", () => {
    const t = studentTQuantile(0.975, 17.165);
    expect(t).toBeLessThan(2.1098); // t(0.975; 17)
    expect(t).toBeGreaterThan(2.1009); // t(0.975; 18)
  });

  it("inverts the distribution function, in the centre and far in the tails", () => {
    for (const df of [0.7, 1.5, 3, 17.165, 250]) {
      for (const p of [0.6, 0.9, 0.975, 0.9999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });

  it("is antisymmetric about 0 and infinite at 0 and 1", () => {
    expect(studentTQuantile(0.5, 4)).toBe(0);
    expect(studentTQuantile(0.025, 5)).toBeCloseTo(-studentTQuantile(0.975, 5), 12);
    expect(studentTQuantile(1, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0, 5)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("refuses df ≤ 0 and probabilities outside 0–1", () => {
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1.975, 3)).toThrow(RangeError);
  });
});

describe("studentTCdf and studentTDensity", () => {
  it("match the closed forms for df = 1 (Cauchy) and df = 2", () => {
    // df = 1: F(t) = ½ + atan(t)/π, so F(1) = 0.75.
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14);
    // df = 2: F(t) = ½ + t / (2√(2 + t²)), so F(1) = ½ + 1/(2√3) = 0.7886751.
    expect(studentTCdf(1, 2)).toBeCloseTo(0.5 + 1 / (2 * Math.sqrt(3)), 14);
    // df = 1: f(t) = 1 / (π(1 + t²)), so f(0) = 1/π.
    expect(studentTDensity(0, 1)).toBeCloseTo(1 / Math.PI, 13);
  });

  it("is ½ at 0 and symmetric", () => {
    expect(studentTCdf(0, 9)).toBeCloseTo(0.5, 15);
    expect(studentTCdf(-1.3, 9) + studentTCdf(1.3, 9)).toBeCloseTo(1, 14);
  });
});
