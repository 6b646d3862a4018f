import { describe, expect, it } from "vitest";
import { sumOfScores } from "./assessment-sum.js";
import { averageSum, itemAverages } from "./item-averages.js";

describe("itemAverages", () => {
  it("averages each item over the organisations that scored it, with half steps", () => {
    const averages = itemAverages(
      [
        [3, 2.5, 1],
        [2, 1.5, 2],
      ],
      3,
    );
    expect(averages).toEqual([
      { average: 2.5, organisations: 2 },
      { average: 2, organisations: 2 },
      { average: 1.5, organisations: 2 },
    ]);
  });

  it("counts an unscored item out of that item only", () => {
    const averages = itemAverages(
      [
        [3, null],
        [2, 2],
        [1, 3],
      ],
      2,
    );
    expect(averages[0]).toEqual({ average: 2, organisations: 3 });
    expect(averages[1]).toEqual({ average: 2.5, organisations: 2 });
  });

  it("gives a null mean for an item nobody scored and for an empty group", () => {
    expect(itemAverages([[null]], 1)).toEqual([{ average: null, organisations: 0 }]);
    expect(itemAverages([], 2)).toEqual([
      { average: null, organisations: 0 },
      { average: null, organisations: 0 },
    ]);
  });

  it("weighs every organisation once, whatever the size of its group", () => {
    // A group of one and a group of three compared with the network of all four.
    const small = [[1]];
    const large = [[3], [3], [2]];
    expect(itemAverages(small, 1)[0]?.average).toBe(1);
    expect(itemAverages(large, 1)[0]?.average).toBeCloseTo(8 / 3, 9);
    expect(itemAverages([...small, ...large], 1)[0]?.average).toBe(2.25);
  });

  it("rounds tiny float errors away but keeps thirds as thirds", () => {
    expect(itemAverages([[1], [1], [2]], 1)[0]?.average).toBe(1.333333333);
  });
});

describe("averageSum", () => {
  it("averages only complete assessments, since a partial sum is not comparable", () => {
    const sums = [sumOfScores([3, 3]), sumOfScores([2, 1]), sumOfScores([3, null])];
    expect(averageSum(sums)).toBe(4.5);
  });

  it("is null when no assessment is complete", () => {
    expect(averageSum([sumOfScores([null, 2])])).toBeNull();
    expect(averageSum([])).toBeNull();
  });
});
