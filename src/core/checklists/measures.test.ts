import { describe, expect, it } from "vitest";
import { progressPerItem, weakestItems } from "./measures.js";

describe("progressPerItem", () => {
  const measures = [
    { itemNo: 2, status: "done" as const, doneOn: "2019-08-01", createdOn: "2019-06-12", dueDate: "2019-09-01" },
    { itemNo: 2, status: "done" as const, doneOn: "2019-05-01", createdOn: "2019-01-10", dueDate: null },
    { itemNo: 2, status: "in_progress" as const, doneOn: null, createdOn: "2019-06-12", dueDate: "2019-07-01" },
    { itemNo: 3, status: "planned" as const, doneOn: null, createdOn: "2019-06-12", dueDate: "2030-01-01" },
    { itemNo: 1, status: "done" as const, doneOn: "2019-06-11", createdOn: "2019-01-10", dueDate: null },
  ];

  it("counts per item what was done on or after the last occasion, what is open and what is overdue", () => {
    const progress = progressPerItem(measures, 3, "2019-06-11", "2019-10-01");
    expect(progress).toEqual([
      { itemNo: 1, doneSinceLastOccasion: 1, open: 0, overdue: 0 },
      { itemNo: 2, doneSinceLastOccasion: 1, open: 1, overdue: 1 },
      { itemNo: 3, doneSinceLastOccasion: 0, open: 1, overdue: 0 },
    ]);
  });

  it("counts everything done when there has been no occasion yet", () => {
    expect(progressPerItem(measures, 3, null, "2019-10-01")[1]?.doneSinceLastOccasion).toBe(2);
  });
});

describe("weakestItems", () => {
  it("finds every item with the lowest score, leaving unscored items out", () => {
    expect(weakestItems([3, 2, 2, 1, 2, 2, 1, 1, 2, 2])).toEqual([4, 7, 8]);
    expect(weakestItems([null, 2.5, 1.5, null])).toEqual([3]);
    expect(weakestItems([null, null])).toEqual([]);
  });
});
