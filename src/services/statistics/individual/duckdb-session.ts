import { tmpdir } from "node:os";
import path from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/**
 * One short-lived, in-memory DuckDB per analysis: files are read where they lie by DuckDB's
 * own readers, nothing is stored, and everything is gone when the analysis ends. DuckDB
 * spills to a temporary folder beyond the memory limit, so a file larger than memory is
 * still analysed.
 */

/** DuckDB's memory ceiling: the budget for a 10-million-row breakdown is 2 GB in all. */
const MEMORY_LIMIT = "1GB";

/** Where DuckDB spills beyond its memory limit: the system's temporary folder, never the working directory. */
const SPILL_DIRECTORY = path.join(tmpdir(), "jamt-duckdb-spill");

/** Runs `work` with a fresh connection and always closes the database afterwards. */
export async function withDuckDb<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: MEMORY_LIMIT,
    temp_directory: SPILL_DIRECTORY,
  });
  const connection = await instance.connect();
  try {
    // Progress is tracked (for `connection.progress`) but never printed by DuckDB itself.
    await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The rows of a query as plain objects (BIGINT as bigint, DOUBLE as number, NULL as null). */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as Record<string, unknown>[];
}
