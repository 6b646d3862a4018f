import { describe, expect, it } from "vitest";
import { secondarySuppression } from "./secondary-suppression.js";

describe("secondarySuppression", () => {
  it("adds the smallest shown non-zero cell of a line with one withheld cell", () => {
    // Parts 3, 0, 9, 12 with total 24: the 3 is small; the 0 is passed over, 9 is taken.
    const table = { values: [3, 0, 9, 12, 24], lines: [{ parts: [0, 1, 2, 3], total: 4 }] };
    expect([...secondarySuppression(table, new Set([0]), 5)]).toEqual([2]);
  });

  it("takes a zero only when nothing else is left", () => {
    const table = { values: [3, 0, 3], lines: [{ parts: [0, 1], total: 2 }] };
    expect([...secondarySuppression(table, new Set([0, 2]), 5)]).toEqual([]);
    expect([
      ...secondarySuppression({ values: [7, 0, 7], lines: [{ parts: [0, 1], total: 2 }] }, new Set([0]), 5),
    ]).toEqual([2]);
  });

  it("does nothing when nothing is small, and goes on until no line needs more", () => {
    const table = {
      values: [2, 6, 8, 7, 9, 16],
      lines: [
        { parts: [0, 1], total: 2 },
        { parts: [3, 4], total: 5 },
        { parts: [0, 3], total: 6 },
      ],
    };
    expect(secondarySuppression(table, new Set(), 5).size).toBe(0);
    // Cell 0 (2) → its row takes 1 (6); the column {0, 3} takes 3 (7); row {3, 4} then takes 4 (9).
    expect([...secondarySuppression({ ...table, values: [...table.values, 9] }, new Set([0]), 5)].sort()).toEqual([
      1, 3, 4,
    ]);
  });
});
