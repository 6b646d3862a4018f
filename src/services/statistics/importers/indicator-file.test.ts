import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ImportOutcome, ImportResult, Observation } from "../../../core/statistics/observation.js";
import {
  type IndicatorFile,
  MAX_INDICATOR_FILE_BYTES,
  parseIndicatorFile,
  previewIndicatorFile,
} from "./indicator-file.js";

/** Made-up indicator files (test/fixtures/indicators/README.md). */
const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/indicators/", import.meta.url));

function fixture(name: string): IndicatorFile {
  return { name, bytes: readFileSync(FIXTURES + name) };
}

function imported(outcome: ImportOutcome): ImportResult {
  if (outcome.kind !== "imported") throw new Error(`not imported: ${JSON.stringify(outcome.reasons)}`);
  return outcome;
}

const brief = (observation: Observation | undefined) =>
  observation && {
    area: observation.areaCode,
    sex: observation.sex,
    value: observation.value,
    count: observation.count,
    status: observation.status,
  };

/** A workbook as an analyst might make it: an info sheet first, the data on "Data" below a blank row. */
async function workbook(): Promise<IndicatorFile> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Info").getCell("A1").value = "Påhittade siffror för Jämts tester";
  const sheet = book.addWorksheet("Data");
  sheet.getRow(2).values = ["Indikator", "År", "Kommun", "Kön", "Värde", "Antal"];
  sheet.getRow(3).values = [{ richText: [{ text: "N019" }, { text: "51" }] }, 2023, 180, "Kvinnor", 81.4, 120];
  sheet.getRow(4).values = ["N01951", 2023, "0180", "Män", "76,2", { formula: "F3-22", result: 98 }];
  sheet.getRow(6).values = ["N01951", 2023, "0180", "okänt", 70, 5];
  sheet.getRow(7).values = ["N01951", 2023, "0180", "Totalt", null, null];
  sheet.getRow(8).values = ["N01951", new Date(Date.UTC(2023, 0, 1)), "2584", "T", 74.5, 3];
  sheet.getRow(9).values = ["N01951", 2024, "2584", "T", { error: "#N/A" }, 3];
  return { name: "indikatorer.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

describe("an indicator file", () => {
  it("is read from Swedish CSV with ;, decimal commas and spaces between thousands", async () => {
    const result = imported(await parseIndicatorFile(fixture("semikolon-decimalkomma.csv")));
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.observations).toHaveLength(8);
    expect(result.observations[0]).toEqual({
      indicatorId: "U09800",
      indicatorName: "Andel som känner sig trygga",
      period: "2023",
      areaCode: "0180",
      areaName: "Stockholm",
      sex: "K",
      ageBand: { code: "16-84", label: "16-84" },
      dimensions: {},
      value: 71.4,
      count: 1204,
      unit: null,
      status: null,
      source: { kind: "file", name: "semikolon-decimalkomma.csv" },
    });
    expect(result.observations.slice(1).map(brief)).toEqual([
      { area: "0180", sex: "M", value: 86, count: 1131, status: null },
      { area: "0180", sex: "T", value: 78.5, count: 2335, status: null },
      { area: "2584", sex: "K", value: null, count: null, status: ".." },
      { area: "2584", sex: "M", value: null, count: null, status: null },
      { area: "2584", sex: "T", value: 80.25, count: 412, status: null },
      { area: "2584", sex: "K", value: 12345.5, count: 87, status: null },
      { area: "2584", sex: "M", value: -1234.5, count: 64, status: null },
    ]);
  });

  it("is read from English CSV with commas, quoted fields, SCB's 1 and 2, and a further dimension", async () => {
    const result = imported(await parseIndicatorFile(fixture("komma-engelska.csv")));
    expect(result.rejected).toEqual([]);
    expect(result.observations.map((observation) => [observation.sex, observation.value])).toEqual([
      ["K", 41.5],
      ["M", 58.25],
      ["T", 50.1],
      ["K", 77],
      ["M", 32.5],
    ]);
    expect(result.observations[0]).toMatchObject({
      areaCode: "0025",
      areaName: "Region Norrbotten",
      ageBand: { code: "0-19" },
      dimensions: { "Diagnosis group": { code: "Injuries, poisoning", label: "Injuries, poisoning" } },
      count: 830,
    });
  });

  it("is read from Windows-1252 as old Excel saves it", async () => {
    const result = imported(await parseIndicatorFile(fixture("windows-1252.csv")));
    expect(
      result.observations.map((observation) => [observation.areaCode, observation.sex, observation.value]),
    ).toEqual([
      ["Örnsköldsvik", "K", 52.3],
      ["Örnsköldsvik", "M", 38.9],
    ]);
  });

  it("reports every broken row with its line and reason, and imports the others", async () => {
    const result = imported(await parseIndicatorFile(fixture("trasiga-rader.csv")));
    const reason = (key: string, params: Record<string, string | number> = {}) => ({
      key: `statistics.import.rejected.${key}`,
      params,
    });
    expect(result.rejected).toEqual([
      { row: 3, reason: reason("unknownSex", { value: "X" }) },
      { row: 4, reason: reason("valueNotNumber", { value: "abc" }) },
      { row: 5, reason: reason("missingIndicator") },
      { row: 7, reason: reason("wrongColumnCount", { expected: 6, found: 4 }) },
      { row: 8, reason: reason("countNotWholeNumber", { value: "3,5" }) },
      { row: 9, reason: reason("duplicateRow", { firstRow: 2 }) },
      { row: 10, reason: reason("valueNotNumber", { value: "12 %" }) },
      { row: 11, reason: reason("missingPeriod") },
      { row: 12, reason: reason("missingArea") },
      { row: 13, reason: reason("missingSex") },
      { row: 14, reason: reason("wrongColumnCount", { expected: 6, found: 7 }) },
    ]);
    expect(result.observations.map(brief)).toEqual([
      { area: "0180", sex: "K", value: 81.4, count: 120, status: null },
      { area: "2584", sex: "T", value: 74.5, count: 19, status: null },
    ]);
  });

  it("is read from a worksheet by name, with Excel's row numbers, formulas by their result and dates as dates", async () => {
    const result = imported(await parseIndicatorFile(await workbook(), { sheet: "Data" }));
    expect(result.observations.map((observation) => [observation.indicatorId, observation.period])).toEqual([
      ["N01951", "2023"],
      ["N01951", "2023"],
      ["N01951", "2023"],
      ["N01951", "2023-01-01"],
    ]);
    expect(result.observations.map(brief)).toEqual([
      { area: "180", sex: "K", value: 81.4, count: 120, status: null },
      { area: "0180", sex: "M", value: 76.2, count: 98, status: null },
      { area: "0180", sex: "T", value: null, count: null, status: null },
      { area: "2584", sex: "T", value: 74.5, count: 3, status: null },
    ]);
    expect(result.rejected).toEqual([
      { row: 6, reason: { key: "statistics.import.rejected.unknownSex", params: { value: "okänt" } } },
      { row: 9, reason: { key: "statistics.import.rejected.valueNotNumber", params: { value: "#N/A" } } },
    ]);
  });

  it("warns when a worksheet holds area codes as numbers, which lose their leading zeros", async () => {
    const result = imported(await parseIndicatorFile(await workbook(), { sheet: "Data" }));
    expect(result.warnings).toEqual([
      { key: "statistics.import.warnings.numericAreaCode", params: { column: "Kommun" } },
    ]);
  });

  it("reads the first worksheet unless told, and fails for a sheet it does not have", async () => {
    const file = await workbook();
    expect(await parseIndicatorFile(file)).toMatchObject({ kind: "failed" });
    expect(await parseIndicatorFile(file, { sheet: "Blad9" })).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.noWorksheet", params: { sheet: "Blad9" } }],
    });
  });

  it("fails as a whole for a mapping that does not fit, a format it does not read, and bytes that are no workbook", async () => {
    expect(await parseIndicatorFile(fixture("trasiga-rader.csv"), { mapping: { value: "Utfall" } })).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.unknownColumn", params: { column: "Utfall" } }],
    });
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await parseIndicatorFile({ name: "siffror.pdf", bytes })).toMatchObject({
      reasons: [{ key: "statistics.import.failed.unsupportedFormat" }],
    });
    expect(await parseIndicatorFile({ name: "siffror.xlsx", bytes })).toMatchObject({
      reasons: [{ key: "statistics.import.failed.unreadableWorkbook" }],
    });
    expect(await parseIndicatorFile({ name: "tom.csv", bytes: new Uint8Array() })).toMatchObject({
      reasons: [{ key: "statistics.import.failed.empty" }],
    });
    expect(
      await parseIndicatorFile({ name: "stor.csv", bytes: new Uint8Array(MAX_INDICATOR_FILE_BYTES + 1) }),
    ).toMatchObject({ reasons: [{ key: "statistics.import.failed.tooLarge", params: { max: 25 } }] });
  });
});

describe("an indicator file's preview", () => {
  it("shows the headers, the guessed mapping and the first rows as they would be imported", async () => {
    const preview = await previewIndicatorFile(fixture("trasiga-rader.csv"), { rows: 3 });
    expect(preview).toMatchObject({
      kind: "preview",
      format: "csv",
      delimiter: ";",
      sheet: null,
      headers: ["Indikator", "År", "Kommun", "Kön", "Värde", "Antal"],
      mapping: { indicator: "Indikator", period: "År", area: "Kommun", sex: "Kön", value: "Värde", count: "Antal" },
      missing: [],
      problems: [],
      totalRows: 13,
      warnings: [],
    });
    if (preview.kind !== "preview") return;
    expect(preview.rows.map((row) => [row.row, row.outcome?.kind])).toEqual([
      [2, "observation"],
      [3, "rejected"],
      [4, "rejected"],
    ]);
    expect(preview.rows[0]?.cells).toEqual(["N01951", "2023", "0180", "K", "81,4", "120"]);
  });

  it("shows the raw rows and what is missing while the mapping is incomplete", async () => {
    const preview = await previewIndicatorFile(fixture("trasiga-rader.csv"), { rows: 1, mapping: { value: null } });
    expect(preview).toMatchObject({
      missing: ["value"],
      problems: [{ key: "statistics.import.failed.missingColumn.value", params: {} }],
      rows: [{ row: 2, cells: ["N01951", "2023", "0180", "K", "81,4", "120"], outcome: null }],
    });
  });

  it("finds a workbook's sheet and its header below blank rows", async () => {
    const preview = await previewIndicatorFile(await workbook(), { sheet: "Data", rows: 1 });
    expect(preview).toMatchObject({
      format: "xlsx",
      delimiter: null,
      sheet: "Data",
      headers: ["Indikator", "År", "Kommun", "Kön", "Värde", "Antal"],
      totalRows: 6,
      rows: [{ row: 3, cells: ["N01951", 2023, 180, "Kvinnor", 81.4, 120] }],
    });
  });
});
