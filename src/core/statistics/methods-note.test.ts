import { describe, expect, it } from "vitest";
import { methodsNote, methodsNoteLines } from "./methods-note.js";

const note = methodsNote({
  referenceDate: "2025-12-31",
  minCell: 5,
  sources: ["vardkontakter.csv"],
  generatedAt: "2026-01-02T08:00:00.000Z",
});

/** A translate function that shows the key and its parameters, so the test sees what is asked for. */
const echo = (key: string, params: Record<string, string | number> = {}) =>
  `${key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ""}`;

describe("methodsNote", () => {
  it("always says legal sex and marks withheld figures with ..", () => {
    expect(note).toEqual({
      legalSex: true,
      referenceDate: "2025-12-31",
      minCell: 5,
      suppressionMark: "..",
      sources: ["vardkontakter.csv"],
      generatedAt: "2026-01-02T08:00:00.000Z",
    });
  });

  it("renders legal sex, the reference date, the threshold as the largest withheld count, intervals, sources and time", () => {
    expect(methodsNoteLines(note, echo)).toEqual([
      "statisticsEngine.methods.legalSex",
      'statisticsEngine.methods.referenceDate {"date":"2025-12-31"}',
      'statisticsEngine.methods.suppression {"largest":4,"mark":".."}',
      "statisticsEngine.methods.intervals",
      'statisticsEngine.methods.sources {"sources":"vardkontakter.csv"}',
      'statisticsEngine.methods.generatedAt {"time":"2026-01-02T08:00:00.000Z"}',
    ]);
  });

  it("says ages are as given when there is no reference date, and leaves out an empty list of sources", () => {
    const lines = methodsNoteLines({ ...note, referenceDate: null, sources: [] }, echo);
    expect(lines[1]).toBe("statisticsEngine.methods.noReferenceDate");
    expect(lines.some((line) => line.includes("sources"))).toBe(false);
  });
});
