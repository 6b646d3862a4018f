import {
  type ImportFailure,
  type ImportMessage,
  type ImportOutcome,
  importFailure,
  importMessage,
  type Observation,
  type ObservationSource,
  type RejectedRow,
} from "../../../core/statistics/observation.js";
import { readCsvTable } from "./csv-table.js";
import {
  type ColumnMapping,
  duplicateHeaderWarnings,
  guessColumnMapping,
  mergeMapping,
  missingFields,
  type RequiredField,
  type ResolvedColumns,
  resolveColumns,
} from "./indicator-columns.js";
import { observationKey, observationOfRow, type RowOutcome } from "./indicator-row.js";
import type { Cell, CsvDelimiter, IndicatorTable, TableFormat, TableRow } from "./indicator-table.js";
import { readXlsxTable } from "./xlsx-table.js";

/**
 * Aggregated indicators from an analyst's CSV or XLSX file: a preview to check the columns
 * before anything is imported, and the full reading, in which every row is an observation or
 * a rejected row with its number and reason. Never throws for bad input.
 */

/** Largest indicator file read: 25 MB, checked before it is parsed. */
export const MAX_INDICATOR_FILE_BYTES = 25 * 1024 * 1024;

export interface IndicatorFile {
  /** The file's name; its extension (.csv, .txt, .xlsx) says the format. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface IndicatorFileOptions {
  /** Columns chosen by the user, laid over the guessed ones; null for "no such column". */
  readonly mapping?: Partial<ColumnMapping>;
  /** The worksheet of a workbook; the first unless given. */
  readonly sheet?: string;
}

export interface PreviewRow {
  readonly row: number;
  readonly cells: readonly Cell[];
  /** What the row becomes, or null while the mapping has problems. */
  readonly outcome: RowOutcome | null;
}

export interface IndicatorPreview {
  readonly kind: "preview";
  readonly format: TableFormat;
  readonly delimiter: CsvDelimiter | null;
  readonly sheet: string | null;
  readonly headers: readonly string[];
  /** The guessed mapping with the user's choices laid over it. */
  readonly mapping: ColumnMapping;
  readonly missing: readonly RequiredField[];
  /** What must be put right in the mapping before the file can be imported; empty when it can. */
  readonly problems: readonly ImportMessage[];
  readonly rows: readonly PreviewRow[];
  /** The number of data rows in the whole file. */
  readonly totalRows: number;
  readonly warnings: readonly ImportMessage[];
}

/** The format a name claims: .csv, .txt and .tsv are read as CSV, .xlsx as a workbook. */
export function formatOfFileName(name: string): TableFormat | null {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "txt" || extension === "tsv") return "csv";
  return extension === "xlsx" ? "xlsx" : null;
}

async function readTable(file: IndicatorFile, sheet: string | undefined): Promise<IndicatorTable | ImportFailure> {
  const format = formatOfFileName(file.name);
  if (format === null) return importFailure(importMessage("statistics.import.failed.unsupportedFormat"));
  if (file.bytes.byteLength > MAX_INDICATOR_FILE_BYTES) {
    return importFailure(
      importMessage("statistics.import.failed.tooLarge", { max: MAX_INDICATOR_FILE_BYTES / (1024 * 1024) }),
    );
  }
  if (file.bytes.byteLength === 0) return importFailure(importMessage("statistics.import.failed.empty"));
  return format === "csv" ? readCsvTable(file.bytes) : readXlsxTable(file.bytes, sheet);
}

/** Each row's outcome; a row that repeats an earlier one's figure (same indicator, period, area, …) is rejected. */
function readRows(
  rows: readonly TableRow[],
  columns: ResolvedColumns,
  headerCount: number,
  source: ObservationSource,
): RowOutcome[] {
  const firstRows = new Map<string, number>();
  return rows.map((row) => {
    const outcome = observationOfRow(row, columns, headerCount, source);
    if (outcome.kind === "rejected") return outcome;
    const key = observationKey(outcome.observation);
    const first = firstRows.get(key);
    if (first === undefined) {
      firstRows.set(key, row.row);
      return outcome;
    }
    return {
      kind: "rejected",
      rejected: { row: row.row, reason: importMessage("statistics.import.rejected.duplicateRow", { firstRow: first }) },
    };
  });
}

/** A warning when area codes are numbers in a workbook: Excel drops leading zeros ("0180" → 180). */
function numericAreaWarnings(table: IndicatorTable, columns: ResolvedColumns): ImportMessage[] {
  const area = columns.area;
  if (area === null || !table.rows.some((row) => typeof row.cells[area] === "number")) return [];
  return [importMessage("statistics.import.warnings.numericAreaCode", { column: table.headers[area] ?? "" })];
}

/**
 * The first `rows` data rows (20 unless given) as they would be imported, with the headers, the
 * mapping guessed from them (with `options.mapping` laid over it) and what is missing from it.
 */
export async function previewIndicatorFile(
  file: IndicatorFile,
  options: IndicatorFileOptions & { readonly rows?: number } = {},
): Promise<IndicatorPreview | ImportFailure> {
  const table = await readTable(file, options.sheet);
  if (table.kind === "failed") return table;
  const mapping = mergeMapping(guessColumnMapping(table.headers), options.mapping);
  const resolved = resolveColumns(table.headers, mapping);
  const shown = table.rows.slice(0, Math.max(0, options.rows ?? 20));
  const outcomes =
    resolved.kind === "resolved"
      ? readRows(shown, resolved.columns, table.headers.length, { kind: "file", name: file.name })
      : null;
  return {
    kind: "preview",
    format: table.format,
    delimiter: table.delimiter,
    sheet: table.sheet,
    headers: table.headers,
    mapping,
    missing: missingFields(mapping),
    problems: resolved.kind === "failed" ? resolved.reasons : [],
    rows: shown.map((row, index) => ({ row: row.row, cells: row.cells, outcome: outcomes?.[index] ?? null })),
    totalRows: table.rows.length,
    warnings: [
      ...duplicateHeaderWarnings(table.headers),
      ...(resolved.kind === "resolved" ? numericAreaWarnings(table, resolved.columns) : []),
    ],
  };
}

/**
 * Reads the whole file with the guessed mapping (and `options.mapping` laid over it). A mapping
 * that names a column the file lacks, or leaves a required field without one, fails the file
 * as a whole; otherwise each row is an observation or a rejected row.
 */
export async function parseIndicatorFile(
  file: IndicatorFile,
  options: IndicatorFileOptions = {},
): Promise<ImportOutcome> {
  const table = await readTable(file, options.sheet);
  if (table.kind === "failed") return table;
  const mapping = mergeMapping(guessColumnMapping(table.headers), options.mapping);
  const resolved = resolveColumns(table.headers, mapping);
  if (resolved.kind === "failed") return { kind: "failed", reasons: resolved.reasons };
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  const source: ObservationSource = { kind: "file", name: file.name };
  for (const outcome of readRows(table.rows, resolved.columns, table.headers.length, source)) {
    if (outcome.kind === "observation") observations.push(outcome.observation);
    else rejected.push(outcome.rejected);
  }
  const warnings = [...duplicateHeaderWarnings(table.headers), ...numericAreaWarnings(table, resolved.columns)];
  return { kind: "imported", observations, rejected, warnings };
}
