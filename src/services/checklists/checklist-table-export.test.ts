import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readZipEntry } from "../../../test/support/zip-entry.js";
import { buildChecklistTable, type ItemScore, SKR_CHECKLIST } from "../../core/index.js";
import { readDocumentText } from "../documents/read-document.js";
import type { ChecklistTableExport } from "./assessment.service.js";
import {
  checklistTableBlocks,
  checklistTableDocx,
  checklistTablePdf,
  checklistTableXlsx,
  exportFileStem,
} from "./checklist-table-export.js";

const SERIES: readonly [string, string, ItemScore[]][] = [
  ["BM1", "2018-11-27", [3, 2, 2, 1, 2, 2, 1, 1, 2, 2]],
  ["Uppstart", "2018-09-20", [3, 2, 2, 1, 2, 2, 1, 1, 2, 2]],
  ["BM5", "2020-02-11", [3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3]],
  ["Extra", "2020-06-01", [3, 2.5, null, 2, 2.5, 2, 3, 2, 2.5, 3]],
];

const DATA: ChecklistTableExport = {
  organisationName: "Region Norrbotten",
  table: buildChecklistTable(
    SKR_CHECKLIST,
    SERIES.map(([occasion, date, scores]) => ({ id: occasion, occasion, date, scores })),
  ),
};

async function textOf(format: "docx" | "pdf", locale: "sv" | "en" = "sv"): Promise<string> {
  const render = format === "docx" ? checklistTableDocx : checklistTablePdf;
  const outcome = await readDocumentText({ name: `tabell.${format}`, bytes: await render(DATA, locale) });
  if (outcome.kind !== "read") throw new Error(`could not read the ${format} back: ${JSON.stringify(outcome)}`);
  return outcome.text.replace(/\s+/g, " ");
}

describe("the table of assessments as a document", () => {
  it("has the checklist as its title, the organisation, a table in date order and the scale under it", () => {
    const document = checklistTableBlocks(DATA, "sv");
    expect(document.metadata.title).toBe("Checklista för jämställdhetsintegrering – Region Norrbotten");
    expect(document.blocks.map((block) => block.kind)).toEqual(["heading", "text", "table", "text"]);
    const table = document.blocks[2];
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.header).toEqual([
      "Nr",
      "Punkt",
      "Uppstart\n2018-09-20",
      "BM1\n2018-11-27",
      "BM5\n2020-02-11",
      "Extra\n2020-06-01",
    ]);
    expect(table.rows).toHaveLength(10);
    expect(table.rows[1]).toEqual(["2", SKR_CHECKLIST.items[1]?.text.sv, "2", "2", "2,5", "2,5"]);
    expect(table.rows[2]?.at(-1)).toBe("–");
    expect(table.footer).toEqual(["", "Summa", "18", "18", "24", "22,5 (9 av 10 punkter)"]);
    const scale = document.blocks[3];
    expect(scale).toMatchObject({ kind: "text" });
    expect(scale?.kind === "text" && scale.text).toBe(
      "Skala 1–3 i steg om 0,5: 1 Ej påbörjat / finns inte; 2 Behöver utvecklas; 3 Genomfört, det finns / vi gör.",
    );
  });

  it("speaks English with the English item texts and a decimal point", () => {
    const table = checklistTableBlocks(DATA, "en").blocks[2];
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.header.slice(0, 2)).toEqual(["No.", "Item"]);
    expect(table.rows[0]?.[1]).toBe(SKR_CHECKLIST.items[0]?.text.en);
    expect(table.footer?.at(-1)).toBe("22.5 (9 of 10 items)");
  });

  it("says there are no assessments yet instead of printing an empty table", () => {
    const empty = { ...DATA, table: { ...DATA.table, columns: [] } };
    const blocks = checklistTableBlocks(empty, "sv").blocks;
    expect(blocks.some((block) => block.kind === "table")).toBe(false);
    expect(blocks).toContainEqual({ kind: "text", text: "Inga bedömningar är gjorda ännu." });
  });

  it("names the file after the organisation without letters a file system may mangle", () => {
    expect(exportFileStem({ ...DATA, organisationName: "Region Västerbotten (demo)" }, "sv")).toBe(
      "sjalvskattning-region-vasterbotten-demo",
    );
  });
});

describe.each(["docx", "pdf"] as const)("the table as .%s", (format) => {
  it("reads back with the items, the occasions and the sums in date order", async () => {
    const text = await textOf(format);
    expect(text).toContain("Checklista för jämställdhetsintegrering");
    expect(text).toContain("Den politiska församlingen har tagit beslut om jämställdhetsintegrering.");
    expect(text.indexOf("Uppstart")).toBeLessThan(text.indexOf("BM1"));
    expect(text).toMatch(/Summa 18 18 24 22,5 \(9 av 10 punkter\)/);
  });
});

describe("the table as .docx", () => {
  it("is a real Word table whose heading row repeats on every page", async () => {
    const xml = await readZipEntry(await checklistTableDocx(DATA, "sv"), "word/document.xml");
    expect(xml).toContain("<w:tbl>");
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(12);
  });
});

describe("the table as XLSX", () => {
  it("has scores as numbers, blanks where unscored, and a partial sum that cannot pass for a full one", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await checklistTableXlsx(DATA, "sv")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Självskattning");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Nr",
      "Punkt",
      "Uppstart\n2018-09-20",
      "BM1\n2018-11-27",
      "BM5\n2020-02-11",
      "Extra\n2020-06-01",
    ]);
    expect(sheet.getRow(3).values).toEqual([undefined, 2, SKR_CHECKLIST.items[1]?.text.sv, 2, 2, 2.5, 2.5]);
    expect(sheet.getRow(4).getCell(6).value).toBeNull();
    expect(sheet.rowCount).toBe(12);
    const sums = sheet.getRow(12);
    expect([2, 3, 4, 5, 6].map((column) => sums.getCell(column).value)).toEqual([
      "Summa",
      18,
      18,
      24,
      "22,5 (9 av 10 punkter)",
    ]);
  });
});
