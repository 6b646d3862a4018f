import { describe, expect, it } from "vitest";
import { buildChecklistTable } from "./checklist-table.js";
import { SKR_CHECKLIST } from "./skr-checklist.js";

describe("buildChecklistTable", () => {
  it("puts occasions in date order with computed sums, as in a result report", () => {
    const table = buildChecklistTable(SKR_CHECKLIST, [
      { id: "c", occasion: "BM3", date: "2019-06-11", scores: [3, 2, 2, 2, 2, 2, 1, 2, 2, 2] },
      { id: "a", occasion: "Uppstart", date: "2018-09-20", scores: [3, 2, 2, 1, 2, 2, 1, 1, 2, 2] },
      { id: "d", occasion: "BM5", date: "2020-02-11", scores: [3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3] },
      { id: "b", occasion: "BM1", date: "2018-11-27", scores: [3, 2, 2, 1, 2, 2, 1, 1, 2, 2] },
    ]);
    expect(table.columns.map((column) => [column.occasion, column.sum.sum])).toEqual([
      ["Uppstart", 18],
      ["BM1", 18],
      ["BM3", 20],
      ["BM5", 24],
    ]);
  });

  it("pads short score lists with unscored items and cuts long ones to the checklist's items", () => {
    const table = buildChecklistTable(SKR_CHECKLIST, [
      { id: "x", occasion: "Kort", date: "2020-01-01", scores: [2, 2] },
      { id: "y", occasion: "Lång", date: "2020-02-01", scores: Array.from({ length: 12 }, () => 1) },
    ]);
    expect(table.columns[0]?.scores).toHaveLength(10);
    expect(table.columns[0]?.sum).toMatchObject({ sum: 4, scoredItems: 2, complete: false });
    expect(table.columns[1]?.sum).toMatchObject({ sum: 10, scoredItems: 10, complete: true });
  });
});
