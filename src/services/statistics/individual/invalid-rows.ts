import type { DuckDBConnection } from "@duckdb/node-api";
import { csvLinesOfRecords } from "./csv-lines.js";
import { queryRows } from "./duckdb-session.js";
import type { RowPlan } from "./row-source.js";
import { ROW_STATE } from "./row-source.js";
import type { SourceFile } from "./source-file.js";

/** At most this many row numbers are reported; the count is always complete. */
export const MAX_REPORTED_ROWS = 1000;

/**
 * The numbers of the first rows in a given state (an invalid identity number, a measure that
 * is not a number), as the user sees them: the line of a CSV file, the row of a Parquet file.
 * A second pass over the file, run only when the first found such rows. Only row numbers
 * leave DuckDB, never a value.
 */
export async function rowNumbersWhere(
  connection: DuckDBConnection,
  source: SourceFile,
  plan: RowPlan,
  condition: "invalidIdentity" | "badMeasure",
  limit: number = MAX_REPORTED_ROWS,
): Promise<number[]> {
  const where = condition === "invalidIdentity" ? `__state = ${ROW_STATE.invalidIdentity}` : "__bad";
  const rows = await queryRows(
    connection,
    `SELECT __row FROM ${plan.relation(source.numberedRelation, ["__row"])} WHERE ${where} ORDER BY __row LIMIT ${limit}`,
  );
  const numbers = rows.map((row) => Number(row.__row));
  if (source.format !== "csv") return numbers;
  // __row is the record's ordinal + 1; a field spanning lines or a blank line moves the real line.
  const lines = await csvLinesOfRecords(
    source.path,
    numbers.map((row) => row - 1),
  );
  return numbers.map((row) => lines.get(row - 1) ?? row);
}
