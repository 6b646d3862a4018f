import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** A connection or an open transaction: repositories work with either. */
export type Executor = Kysely<Database>;

/** Counts come back as number (SQLite) or string/bigint (PostgreSQL). */
export function toCount(value: string | number | bigint | null | undefined): number {
  return Number(value ?? 0);
}
