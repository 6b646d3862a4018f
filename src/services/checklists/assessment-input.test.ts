import { describe, expect, it } from "vitest";
import { InvalidInputError, SKR_CHECKLIST } from "../../core/index.js";
import { assertItems, assertOccasionDate, tidyEvidence, tidyOccasion, tidyParticipants } from "./assessment-input.js";

function refusal(run: () => void): { key: string; params: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return { key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error("nothing was refused");
}

describe("an assessment's input", () => {
  it("keeps the occasion's name as written, without stray spaces", () => {
    expect(tidyOccasion("  BM1 ")).toBe("BM1");
    expect(tidyOccasion("Uppföljning \t våren")).toBe("Uppföljning våren");
    expect(refusal(() => tidyOccasion("   ")).key).toBe("checklists.errors.emptyOccasion");
  });

  it("accepts half steps and unscored items, and names the scale when a score is off it or between its steps", () => {
    expect(() =>
      assertItems(SKR_CHECKLIST, [
        { no: 1, score: 2.5 },
        { no: 2, score: null },
        { no: 10, score: 1 },
      ]),
    ).not.toThrow();
    expect(refusal(() => assertItems(SKR_CHECKLIST, [{ no: 3, score: 0 }]))).toEqual({
      key: "checklists.errors.scoreOffScale",
      params: { no: 3, score: 0, min: 1, max: 3, step: 0.5 },
    });
    expect(refusal(() => assertItems(SKR_CHECKLIST, [{ no: 3, score: 1.75 }])).key).toBe(
      "checklists.errors.scoreOffStep",
    );
  });

  it("refuses an item the checklist does not have, and one given twice", () => {
    expect(refusal(() => assertItems(SKR_CHECKLIST, [{ no: 0, score: 2 }]))).toEqual({
      key: "checklists.errors.unknownItem",
      params: { no: 0, count: 10 },
    });
    const twice = [
      { no: 4, score: 2 },
      { no: 4, score: 3 },
    ];
    expect(refusal(() => assertItems(SKR_CHECKLIST, twice)).key).toBe("checklists.errors.duplicateItem");
  });

  it("allows an occasion up to a year ahead, and names the latest date allowed", () => {
    expect(() => assertOccasionDate("2027-07-01", "2026-07-01")).not.toThrow();
    expect(refusal(() => assertOccasionDate("2027-07-02", "2026-07-01"))).toEqual({
      key: "checklists.errors.occasionTooFarAhead",
      params: { latest: "2027-07-01" },
    });
    expect(refusal(() => assertOccasionDate("2026-02-30", "2026-07-01")).key).toBe(
      "checklists.errors.invalidOccasionDate",
    );
  });

  it("keeps each participant once and drops blanks; trims evidence", () => {
    expect(tidyParticipants([" Controller", "Controller", "", "Regiondirektör "])).toEqual([
      "Controller",
      "Regiondirektör",
    ]);
    expect(
      tidyEvidence({ text: " Protokoll ", links: [{ kind: "url", url: " https://skr.se ", label: " SKR " }] }),
    ).toEqual({ text: "Protokoll", links: [{ kind: "url", url: "https://skr.se", label: "SKR" }] });
  });
});
