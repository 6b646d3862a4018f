import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type KoladaPage, type KoladaPageOutcome, parseKoladaText } from "./kolada-response.js";

/** Made-up Kolada pages (test/fixtures/kolada/README.md). */
const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/kolada/", import.meta.url));

function page(name: string): KoladaPage {
  const outcome: KoladaPageOutcome = parseKoladaText(readFileSync(FIXTURES + name));
  if (outcome.kind !== "imported") throw new Error(`not read: ${JSON.stringify(outcome.reasons)}`);
  return outcome;
}

describe("a saved Kolada page", () => {
  it("gives women, men and total for each municipality, ids with their leading zeros", () => {
    const read = page("n01951-page-1.json");
    expect(read.rejected).toEqual([]);
    expect(read.observations.map(({ areaCode, sex, value }) => [areaCode, sex, value])).toEqual([
      ["0180", "K", 81.4],
      ["0180", "M", 76.2],
      ["0180", "T", 78.9],
      ["0380", "K", 79.5],
      ["0380", "M", null],
      ["0380", "T", 77],
    ]);
    expect(read.observations[0]).toEqual({
      indicatorId: "N01951",
      indicatorName: null,
      period: "2023",
      areaCode: "0180",
      areaName: null,
      sex: "K",
      ageBand: null,
      dimensions: {},
      value: 81.4,
      count: null,
      unit: null,
      status: null,
      source: { kind: "kolada" },
    });
  });

  it("keeps a null value missing, with Kolada's status", () => {
    const missing = page("n01951-page-1.json").observations.find((observation) => observation.value === null);
    expect(missing).toMatchObject({ areaCode: "0380", sex: "M", value: null, status: "Uppgift saknas" });
  });

  it("warns that a page pointing to a next one is not the whole answer", () => {
    const read = page("n01951-page-1.json");
    expect(read.nextUrl).toContain("page=2");
    expect(read.warnings).toEqual([
      { key: "statistics.import.warnings.morePages", params: { url: read.nextUrl as string } },
    ]);
    expect(page("n01951-page-2.json").warnings).toEqual([]);
  });

  it("reads a period given as text like one given as a number, and does not take a group's member count for people", () => {
    const read = page("n01951-page-2.json");
    expect(read.nextUrl).toBeNull();
    expect(new Set(read.observations.map((observation) => observation.period))).toEqual(new Set(["2023"]));
    expect(read.observations.find((observation) => observation.areaCode === "G124163")).toMatchObject({
      value: 75.1,
      count: null,
    });
  });

  it("keeps a real 0 as 0, and a KPI not divided by sex as total", () => {
    const read = page("n00945-undivided.json");
    expect(read.observations.map(({ areaCode, period, sex, value }) => [areaCode, period, sex, value])).toEqual([
      ["0000", "2022", "T", 0],
      ["0000", "2023", "T", 12.75],
    ]);
  });

  it("rejects broken entries by their position and keeps the rest", () => {
    const read = page("broken-entries.json");
    expect(read.rejected).toEqual([
      { row: 1, reason: { key: "statistics.import.rejected.unknownSex", params: { value: "X" } } },
      { row: 2, reason: { key: "statistics.import.rejected.valueNotNumber", params: { value: "74,1" } } },
      { row: 3, reason: { key: "statistics.import.rejected.areaNotText", params: { value: 180 } } },
      { row: 4, reason: { key: "statistics.import.rejected.missingIndicator", params: {} } },
    ]);
    expect(read.observations.map(({ areaCode, sex, value }) => [areaCode, sex, value])).toEqual([
      ["0180", "T", 78],
      ["2584", "M", 69.2],
    ]);
    expect(read.nextUrl).toBeNull();
  });

  it("fails as a whole when it is not JSON or not Kolada's shape", () => {
    expect(parseKoladaText("not json")).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.notJson", params: {} }],
    });
    expect(parseKoladaText('{"data": []}')).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.notKolada", params: {} }],
    });
  });
});
