import { describe, expect, it } from "vitest";
import { logGamma, regularizedIncompleteBeta } from "./special-functions.js";

describe("logGamma", () => {
  it("gives ln((n−1)!) at whole numbers", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
  });

  it("gives ln √π at ½ and follows Γ(x + 1) = x·Γ(x), also below ½ by reflection", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(10.5) - logGamma(9.5)).toBeCloseTo(Math.log(9.5), 12);
    expect(logGamma(1.1) - logGamma(0.1)).toBeCloseTo(Math.log(0.1), 12);
  });

  it("refuses x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe("regularizedIncompleteBeta", () => {
  it("matches the closed forms I_x(1, 1) = x, I_x(a, 1) = xᵃ and I_x(1, b) = 1 − (1 − x)ᵇ", () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.6, 3, 1)).toBeCloseTo(0.216, 14); // 0.6³
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 14); // 0.5904
  });

  it("matches I_x(2, 2) = 3x² − 2x³", () => {
    // x = 0.3: 3 · 0.09 − 2 · 0.027 = 0.27 − 0.054 = 0.216.
    expect(regularizedIncompleteBeta(0.3, 2, 2)).toBeCloseTo(0.216, 14);
  });

  it("is ½ at x = ½ when a = b, and obeys I_x(a, b) = 1 − I_{1−x}(b, a)", () => {
    expect(regularizedIncompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
    expect(regularizedIncompleteBeta(0.9, 2.5, 0.5)).toBeCloseTo(1 - regularizedIncompleteBeta(0.1, 0.5, 2.5), 14);
  });

  it("is 0 and 1 at the ends and refuses x outside 0–1", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.2, 2, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});
