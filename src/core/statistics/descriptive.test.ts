import { describe, expect, it } from "vitest";
import { mean, median, sampleStandardDeviation, summarise } from "./descriptive.js";

const values = [2, 4, 4, 4, 5, 5, 7, 9];

describe("mean and median", () => {
  it("gives the mean and the median of an even count", () => {
    // Sum 40 over 8 values = 5; middle values 4 and 5 → median 4.5.
    expect(mean(values)).toBe(5);
    expect(median(values)).toBe(4.5);
  });

  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("is null for an empty list", () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });

  it("does not reorder the caller's list", () => {
    const list = [3, 1, 2];
    median(list);
    expect(list).toEqual([3, 1, 2]);
  });
});

describe("sampleStandardDeviation and summarise", () => {
  it("divides by n − 1", () => {
    // Squared deviations from 5: 9, 1, 1, 1, 0, 0, 4, 16 = 32; 32/7 = 4.571429; √ = 2.138090.
    expect(sampleStandardDeviation(values)).toBeCloseTo(2.13809, 6);
    expect(summarise(values)).toEqual({ n: 8, mean: 5, sd: expect.closeTo(Math.sqrt(32 / 7), 12) });
  });

  it("has no standard deviation for one value and no summary for none", () => {
    expect(sampleStandardDeviation([7])).toBeNull();
    expect(summarise([7])).toEqual({ n: 1, mean: 7, sd: null });
    expect(summarise([])).toBeNull();
  });

  it("keeps its precision for large values close together", () => {
    // 1e9 + 1, 1e9 + 2, 1e9 + 3: deviations −1, 0, 1; sd = √(2/2) = 1.
    expect(sampleStandardDeviation([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(1, 9);
  });
});
