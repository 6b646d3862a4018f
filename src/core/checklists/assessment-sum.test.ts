import { describe, expect, it } from "vitest";
import { sumOfScores } from "./assessment-sum.js";

describe("sumOfScores", () => {
  it("adds half steps exactly: Norrbotten's BM5 comes to 24", () => {
    expect(sumOfScores([3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3])).toEqual({
      sum: 24,
      scoredItems: 10,
      itemCount: 10,
      complete: true,
    });
  });

  it("counts unscored items out and says how many items the sum covers", () => {
    const sum = sumOfScores([3, null, 2, null, 1.5]);
    expect(sum.sum).toBe(6.5);
    expect(sum.scoredItems).toBe(3);
    expect(sum.itemCount).toBe(5);
    expect(sum.complete).toBe(false);
  });

  it("gives zero over zero items when nothing is scored, never NaN", () => {
    expect(sumOfScores([null, null])).toEqual({ sum: 0, scoredItems: 0, itemCount: 2, complete: false });
  });

  it("does not show binary noise for tenth steps", () => {
    expect(sumOfScores([0.1, 0.2]).sum).toBe(0.3);
  });
});
