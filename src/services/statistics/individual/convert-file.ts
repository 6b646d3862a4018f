import type { DuckDBConnection } from "@duckdb/node-api";
import { type ImportFailure, importFailure, importMessage } from "../../../core/statistics/index.js";
import { safeDuckDbDetail } from "./duckdb-error.js";
import { queryRows, withDuckDb } from "./duckdb-session.js";
import { MAX_REPORTED_ROWS, rowNumbersWhere } from "./invalid-rows.js";
import { withProgress } from "./query-progress.js";
import { planRows, ROW_STATE, textColumnsOf } from "./row-source.js";
import { openSource, type SourceColumn } from "./source-file.js";
import { sqlIdentifier, sqlString } from "./sql-text.js";
import type { ConversionOutcome, ConvertOptions } from "./types.js";

/** The derived columns every converted dataset has. */
/** Column names that hold codes, kept as text. */
const CODE_NAME = /kod|code|kommun|municipality|region|l[aä]n|omr[aå]de|area|id$/i;

export const DERIVED_COLUMNS = { sex: "kon", age: "alder" } as const;

/**
 * Converts an individual-level file (CSV or Parquet) to a Parquet dataset that Jämt can keep:
 * every column of the file except the identity number, plus `kon` ('K'/'M', legal sex) and
 * `alder` (completed years at the reference date, or the age column's whole years). Rows
 * with an invalid identity number, or no readable sex, are left out and counted; the invalid
 * ones are reported by row number. The identity column never reaches the target file.
 * Columns already named kon or alder are replaced by the derived ones.
 *
 * Two scans: one that counts (and, only when there are invalid rows, one that finds their
 * numbers), then the copy. An ImportFailure for a missing or unreadable file, a missing
 * column, a bad reference date, or a file in which no row can be used.
 */
export async function convertIndividualFile(
  sourcePath: string,
  targetParquetPath: string,
  options: ConvertOptions,
): Promise<ConversionOutcome> {
  return withDuckDb(async (connection) => {
    const source = await openSource(connection, sourcePath, textColumnsOf(options), { integersAsText: true });
    if ("kind" in source) return source;
    const plan = planRows(source, { ...options, ageBands: null });
    if ("kind" in plan) return plan;
    const derived = new Set<string>([DERIVED_COLUMNS.sex, DERIVED_COLUMNS.age]);
    const keptNames = source.columns
      .map((column) => column.name)
      .filter((name) => name !== plan.identityColumn && !derived.has(name.toLowerCase()));
    const kept = keptNames.map(sqlIdentifier);
    const rows = plan.relation(`(SELECT * FROM ${source.relation})`, kept);
    try {
      const integers = await integerColumns(connection, source.relation, source.columns, keptNames);
      const [counts] = await queryRows(
        connection,
        `SELECT count(*) FILTER (WHERE __state = ${ROW_STATE.invalidIdentity}) AS invalid,
                count(*) FILTER (WHERE __state = ${ROW_STATE.noSex}) AS excluded,
                count(*) FILTER (WHERE __state = ${ROW_STATE.usable}) AS usable
         FROM ${rows}`,
      );
      const invalid = Number(counts?.invalid ?? 0);
      const excluded = Number(counts?.excluded ?? 0);
      if (Number(counts?.usable ?? 0) === 0) {
        return importFailure(importMessage("statisticsEngine.failed.noValidRows", { invalid: invalid + excluded }));
      }
      const invalidRows = invalid > 0 ? await rowNumbersWhere(connection, source, plan, "invalidIdentity") : [];
      const columns = keptNames.map((name) =>
        integers.has(name) ? `CAST(${sqlIdentifier(name)} AS BIGINT) AS ${sqlIdentifier(name)}` : sqlIdentifier(name),
      );
      const select = [...columns, `__sex AS ${DERIVED_COLUMNS.sex}`, `__age AS ${DERIVED_COLUMNS.age}`].join(", ");
      await withProgress(connection, options.onProgress, () =>
        connection.run(
          `COPY (SELECT ${select} FROM ${rows} WHERE __state = ${ROW_STATE.usable})
           TO ${sqlString(targetParquetPath)} (FORMAT parquet, COMPRESSION zstd)`,
        ),
      );
      const written = await queryRows(
        connection,
        `DESCRIBE SELECT * FROM read_parquet(${sqlString(targetParquetPath)})`,
      );
      const [count] = await queryRows(
        connection,
        `SELECT count(*) AS n FROM read_parquet(${sqlString(targetParquetPath)})`,
      );
      return {
        kind: "converted",
        rowCount: Number(count?.n ?? 0),
        columns: written.map((row) => ({ name: String(row.column_name), type: String(row.column_type) })),
        invalidIdentity: { count: invalid, rows: invalidRows.slice(0, MAX_REPORTED_ROWS) },
        excludedRows: excluded,
        referenceDate: plan.referenceDate,
      };
    } catch (error) {
      return failed(source.name, error);
    }
  });
}

/**
 * The text columns (CSV columns read as text so that codes keep their leading zeros) whose
 * every value is a whole number written without one, which are stored as numbers: "0180"
 * stays text, "1250" becomes 1250. A column named like a code (kommun, kod, region, län …)
 * stays text whatever it holds, so that its values match codes elsewhere ("2580" with "0180").
 */
async function integerColumns(
  connection: DuckDBConnection,
  relation: string,
  columns: readonly SourceColumn[],
  names: readonly string[],
): Promise<Set<string>> {
  const text = columns.filter(
    (column) => column.type === "VARCHAR" && names.includes(column.name) && !CODE_NAME.test(column.name),
  );
  if (text.length === 0) return new Set();
  const checks = text.map(
    (column, index) =>
      `bool_and(${sqlIdentifier(column.name)} IS NULL OR regexp_full_match(${sqlIdentifier(column.name)}, '-?[1-9][0-9]{0,17}|0')) AS c${index}`,
  );
  const [row] = await queryRows(connection, `SELECT ${checks.join(", ")} FROM ${relation}`);
  return new Set(text.filter((_, index) => row?.[`c${index}`] === true).map((column) => column.name));
}

function failed(file: string, error: unknown): ImportFailure {
  return importFailure(importMessage("statisticsEngine.failed.unreadable", { file, detail: safeDuckDbDetail(error) }));
}
