import { open } from "node:fs/promises";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { type ImportFailure, importFailure, importMessage } from "../../../core/statistics/index.js";
import { safeDuckDbDetail } from "./duckdb-error.js";
import { queryRows } from "./duckdb-session.js";
import { sqlIdentifier, sqlString } from "./sql-text.js";

/**
 * An individual-level file as DuckDB reads it where it lies: Parquet, or CSV with whatever
 * delimiter DuckDB's sniffer finds (`,`, `;`, tab …). A file with `;` is read with decimal
 * comma, as Swedish Excel writes it. Columns that hold codes or identity numbers are read as
 * text so that leading zeros ("0180", "000101-…") survive.
 */
export interface SourceFile {
  readonly format: "csv" | "parquet";
  readonly path: string;
  /** The file's name, for messages and the methods note. */
  readonly name: string;
  readonly columns: readonly SourceColumn[];
  /** A FROM-able relation over every row. */
  readonly relation: string;
  /** The same with a 1-based `__row` column, for finding the row numbers of bad rows. */
  readonly numberedRelation: string;
}

export interface SourceColumn {
  readonly name: string;
  readonly type: string;
}

const PARQUET_MAGIC = "PAR1";
const INTEGER_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;

/**
 * Opens `filePath` for reading by DuckDB, with `textColumns` read as text where they exist.
 * An ImportFailure when the file is missing, empty or neither CSV nor Parquet.
 */
export async function openSource(
  connection: DuckDBConnection,
  filePath: string,
  textColumns: readonly string[],
  options: { readonly integersAsText?: boolean } = {},
): Promise<SourceFile | ImportFailure> {
  const name = path.basename(filePath);
  const head = await readHead(filePath);
  if (head === null) return importFailure(importMessage("statisticsEngine.failed.notFound", { file: name }));
  if (head.length === 0) return importFailure(importMessage("statisticsEngine.failed.empty", { file: name }));
  try {
    if (head.toString("latin1", 0, 4) === PARQUET_MAGIC) {
      const reader = `read_parquet(${sqlString(filePath)})`;
      const columns = await describe(connection, reader);
      return {
        format: "parquet",
        path: filePath,
        name,
        columns,
        relation: reader,
        numberedRelation: `(SELECT *, file_row_number + 1 AS __row FROM read_parquet(${sqlString(filePath)}, file_row_number = true))`,
      };
    }
    return await openCsv(connection, filePath, name, textColumns, options.integersAsText ?? false);
  } catch (error) {
    return importFailure(
      importMessage("statisticsEngine.failed.unreadable", { file: name, detail: safeDuckDbDetail(error) }),
    );
  }
}

async function openCsv(
  connection: DuckDBConnection,
  filePath: string,
  name: string,
  textColumns: readonly string[],
  integersAsText: boolean,
): Promise<SourceFile | ImportFailure> {
  let sniffed = await sniff(connection, filePath, "");
  if (sniffed.delimiter === ";") sniffed = await sniff(connection, filePath, ", decimal_separator = ','");
  if (sniffed.columns.length === 0)
    return importFailure(importMessage("statisticsEngine.failed.empty", { file: name }));
  const asText = new Set(textColumns);
  const columns = sniffed.columns.map((column) => ({
    name: column.name,
    type: asText.has(column.name) || (integersAsText && INTEGER_TYPE.test(column.type)) ? "VARCHAR" : column.type,
  }));
  // Sniffed once, read with what was found: DuckDB need not sniff again for every query.
  const quote = sniffed.quote === "(empty)" ? '"' : sniffed.quote;
  const options = [
    "auto_detect = false",
    `header = ${sniffed.header}`,
    `skip = ${sniffed.skip}`,
    `delim = ${sqlString(sniffed.delimiter)}`,
    `quote = ${sqlString(quote)}`,
    `escape = ${sqlString(sniffed.escape === "(empty)" ? quote : sniffed.escape)}`,
    ...(sniffed.delimiter === ";" ? ["decimal_separator = ','"] : []),
    `columns = {${columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(", ")}}`,
  ];
  const reader = `read_csv(${sqlString(filePath)}, ${options.join(", ")})`;
  return {
    format: "csv",
    path: filePath,
    name,
    columns,
    relation: reader,
    // WITH ORDINALITY numbers the records from 1; the header is line 1, so a record's line is
    // one more (csv-lines.ts corrects this for fields that span lines and for blank lines).
    numberedRelation: `(SELECT *, ordinality + 1 AS __row FROM ${reader} WITH ORDINALITY)`,
  };
}

interface Sniffed {
  readonly delimiter: string;
  readonly quote: string;
  readonly escape: string;
  readonly skip: number;
  readonly header: boolean;
  readonly columns: readonly SourceColumn[];
}

/** DuckDB's guess at the file's dialect and column types, from a sample of its rows. */
async function sniff(connection: DuckDBConnection, filePath: string, extra: string): Promise<Sniffed> {
  const reader = await connection.runAndReadAll(
    `SELECT Delimiter, Quote, Escape, SkipRows, HasHeader, Columns FROM sniff_csv(${sqlString(filePath)}${extra})`,
  );
  const [row] = reader.getRowObjectsJson() as Record<string, unknown>[];
  const columns = (row?.Columns as { name: string; type: string }[] | undefined) ?? [];
  return {
    delimiter: String(row?.Delimiter ?? ","),
    quote: String(row?.Quote ?? '"'),
    escape: String(row?.Escape ?? "(empty)"),
    skip: Number(row?.SkipRows ?? 0),
    header: row?.HasHeader !== false,
    columns: columns.map((column) => ({ name: String(column.name), type: String(column.type) })),
  };
}

async function describe(connection: DuckDBConnection, reader: string): Promise<SourceColumn[]> {
  const rows = await queryRows(connection, `DESCRIBE SELECT * FROM ${reader}`);
  return rows.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
}

/** The first bytes of the file; null when it does not exist or is not a file. */
async function readHead(filePath: string): Promise<Buffer | null> {
  try {
    const handle = await open(filePath, "r");
    try {
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** The column's quoted name, or a failure naming it and the columns the file has. */
export function requireColumn(source: SourceFile, column: string): string | ImportFailure {
  if (source.columns.some((c) => c.name === column)) return sqlIdentifier(column);
  return importFailure(importMessage("statisticsEngine.failed.missingColumn", { column, columns: columnList(source) }));
}

/** The file's column names for a message: "pnr, kommun, kostnad". */
export function columnList(source: SourceFile): string {
  return source.columns.map((column) => column.name).join(", ");
}

/** Whether a DuckDB type is a number (integers, decimals, floating point). */
export function isNumericType(type: string): boolean {
  return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/.test(
    type,
  );
}
