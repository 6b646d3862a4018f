import ExcelJS from "exceljs";
import { type ImportFailure, importFailure, importMessage } from "../../../core/statistics/observation.js";
import { type Cell, type IndicatorTable, isBlankRow, type TableRow } from "./indicator-table.js";

/** A worksheet cell's value as text or a number: formulas by their result, dates as ISO dates. */
export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  if ("result" in value) return value.result === undefined ? null : cellOf(value.result);
  return null;
}

/** "2024-03-01" for a date at midnight (UTC, as Excel's serial dates are read), else the full ISO time. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * Reads a worksheet of an .xlsx workbook: the one named `sheet`, else the first. The first
 * non-blank row is the header; blank rows are skipped; each row keeps its number in Excel.
 * Rows are as wide as the header, or wider where a cell beyond it holds something.
 *
 * WARNING: exceljs unpacks the whole archive in memory. Callers limit the file's size; the
 * archive is not yet inspected for a zip bomb as .docx files are (documents/docx-archive-guard).
 */
export async function readXlsxTable(bytes: Uint8Array, sheet?: string): Promise<IndicatorTable | ImportFailure> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); at run time it takes Node's.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return importFailure(importMessage("statistics.import.failed.unreadableWorkbook"));
  }
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (worksheet === undefined) {
    return importFailure(importMessage("statistics.import.failed.noWorksheet", { sheet: sheet ?? "" }));
  }
  const all: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    all.push({ row: number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  const rows = all.filter((row) => !isBlankRow(row.cells));
  const header = rows.shift();
  if (header === undefined) return importFailure(importMessage("statistics.import.failed.empty"));
  const headers = header.cells.map((cell) => (cell === null ? "" : String(cell).trim()));
  return {
    kind: "table",
    format: "xlsx",
    delimiter: null,
    sheet: worksheet.name,
    headers,
    rows: rows.map((row) => ({ row: row.row, cells: padded(row.cells, headers.length) })),
  };
}

function padded(cells: readonly Cell[], width: number): Cell[] {
  return cells.length >= width ? [...cells] : [...cells, ...Array<Cell>(width - cells.length).fill(null)];
}
