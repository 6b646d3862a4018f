import type { DuckDBConnection } from "@duckdb/node-api";
import type { ProgressListener } from "./types.js";

/** How often DuckDB's progress is read while a query runs. */
const POLL_MS = 250;

/**
 * Runs `work` (a query on `connection`) and meanwhile tells `listener` how far DuckDB has
 * come: its percentage of the query, as done out of 100. DuckDB runs the query on its own
 * threads, so the event loop is free to poll. Without a listener nothing is polled.
 */
export async function withProgress<T>(
  connection: DuckDBConnection,
  listener: ProgressListener | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (listener === undefined) return work();
  const timer = setInterval(() => {
    const { percentage } = connection.progress;
    if (percentage >= 0) listener(Math.min(100, Math.round(percentage)), 100);
  }, POLL_MS);
  try {
    const result = await work();
    listener(100, 100);
    return result;
  } finally {
    clearInterval(timer);
  }
}
