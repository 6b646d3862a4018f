/**
 * A CSV file or a worksheet as a table of cells: its header and its data rows, each with the
 * row number the user sees (the line in a text editor, the row in Excel).
 */

/** A cell: text (CSV, text cells), a number (numeric cells), or null (an empty worksheet cell). */
export type Cell = string | number | null;

export interface TableRow {
  /** 1-based, counting the header row and any blank rows before it. */
  readonly row: number;
  readonly cells: readonly Cell[];
}

export type TableFormat = "csv" | "xlsx";

/** The fields a CSV file may be split by. */
export type CsvDelimiter = ";" | "," | "\t";

export interface IndicatorTable {
  readonly kind: "table";
  readonly format: TableFormat;
  /** The CSV delimiter found, or null for a workbook. */
  readonly delimiter: CsvDelimiter | null;
  /** The worksheet read, or null for CSV. */
  readonly sheet: string | null;
  /** The header row's texts, trimmed; "" for a column without a header. */
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

/** The text of a cell, trimmed; "" for an empty one. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

/** True when no cell of the row holds anything. */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cellText(cell) === "");
}
