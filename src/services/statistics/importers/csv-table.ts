import { CsvError, type Info, parse } from "csv-parse/sync";
import { type ImportFailure, importFailure, importMessage } from "../../../core/statistics/observation.js";
import { decodePlainText } from "../../documents/decode-text.js";
import { type CsvDelimiter, type IndicatorTable, isBlankRow, type TableRow } from "./indicator-table.js";

const DELIMITERS: readonly CsvDelimiter[] = [";", ",", "\t"];

/** Counts a character in a line, outside double quotes. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter of a CSV file from its header line: the one of `;`, `,` and tab that occurs
 * most often outside quotes, `;` on a tie (Swedish Excel writes `;`, since `,` is its decimal
 * mark), `,` when there is none.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, delimiter);
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

const SEP_LINE = /^sep=(.)$/i;

/**
 * Reads a CSV file: UTF-8 with or without a byte-order mark, or Windows-1252; `;`, `,` or tab as
 * delimiter (Excel's `sep=;` first line is honoured); CRLF or LF; quoted fields may hold the
 * delimiter, quotes ("") and line breaks. The first non-blank record is the header; blank rows are
 * skipped. A row is numbered by the line it starts on.
 */
export function readCsvTable(bytes: Uint8Array): IndicatorTable | ImportFailure {
  const decoded = decodePlainText(bytes);
  if (decoded === null) return importFailure(importMessage("statistics.import.failed.notText"));
  const text = decoded.normalize("NFC").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const firstIndex = lines.findIndex((line) => line.trim() !== "");
  if (firstIndex < 0) return importFailure(importMessage("statistics.import.failed.empty"));
  const sep = SEP_LINE.exec(lines[firstIndex]?.trim() ?? "");
  const headerIndex = sep ? lines.findIndex((line, index) => index > firstIndex && line.trim() !== "") : firstIndex;
  if (headerIndex < 0) return importFailure(importMessage("statistics.import.failed.noHeader"));
  const delimiter = sep ? (DELIMITERS.find((d) => d === sep[1]) ?? ";") : detectDelimiter(lines[headerIndex] ?? "");
  let lastLine = 0;
  let records: { record: string[]; info: Info }[];
  try {
    // With `info: true` each record comes with where it ends, which csv-parse's types do not model.
    records = parse(lines.slice(headerIndex).join("\n"), {
      delimiter,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The broken record starts on the first non-blank line after the last one read.
    const next = lines.findIndex((line, index) => index >= headerIndex + lastLine && line.trim() !== "");
    return importFailure(
      importMessage("statistics.import.failed.csvSyntax", { row: (next < 0 ? lines.length : next) + 1 }),
    );
  }
  const rows: TableRow[] = records.map(({ record, info }) => ({
    // `lines` is the line the record ends on; a quoted line break puts its start earlier.
    row: headerIndex + info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
  const header = rows.shift();
  if (header === undefined || isBlankRow(header.cells))
    return importFailure(importMessage("statistics.import.failed.noHeader"));
  return {
    kind: "table",
    format: "csv",
    delimiter,
    sheet: null,
    headers: header.cells.map((cell) => String(cell).trim()),
    rows: rows.filter((row) => !isBlankRow(row.cells)),
  };
}
