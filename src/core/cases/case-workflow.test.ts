import { describe, expect, it } from "vitest";
import { DECISION_OUTCOMES } from "./case-document.js";
import { CASE_STATUSES, decisionClosesAssignment, isEditable, statusAfterDecision } from "./case-workflow.js";
import { formatDiarienummer, parseDiarienummer } from "./diarienummer.js";

describe("the workflow of a case", () => {
  it("lets the officer edit only drafts and returned cases", () => {
    expect(CASE_STATUSES.filter(isEditable)).toEqual(["draft", "returned"]);
  });

  it("returns a referred-back case to the officer, keeps a postponed one ready and ends the rest", () => {
    expect(statusAfterDecision("referredBack")).toBe("returned");
    expect(statusAfterDecision("postponed")).toBe("approved");
    for (const outcome of ["approved", "rejected", "amended"] as const)
      expect(statusAfterDecision(outcome)).toBe("decided");
  });

  it("closes an assignment only with a decision that ends the report-back case", () => {
    expect(DECISION_OUTCOMES.filter(decisionClosesAssignment)).toEqual(["approved", "rejected", "amended"]);
  });
});

describe("diarienummer", () => {
  it("pads the running number to four digits and keeps longer ones", () => {
    expect(formatDiarienummer(7, 2026)).toBe("0007-2026");
    expect(formatDiarienummer(1206, 2019)).toBe("1206-2019");
    expect(formatDiarienummer(12345, 2026)).toBe("12345-2026");
  });

  it("reads a diarienummer back and refuses what is not one", () => {
    expect(parseDiarienummer(" 1206-2019 ")).toEqual({ number: 1206, year: 2019 });
    expect(parseDiarienummer("RS 1206-2019")).toBeNull();
    expect(parseDiarienummer("1206/2019")).toBeNull();
  });
});
