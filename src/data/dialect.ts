import { type Kysely, sql } from "kysely";
import type { DialectName } from "./database.js";

/**
 * The few places where SQLite and PostgreSQL differ. Everything else (migrations,
 * queries) is written once in Kysely and runs unchanged on both.
 */

/** True when a write failed on a UNIQUE or PRIMARY KEY constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Makes a table refuse UPDATE and DELETE, so that what is written there stays as written. */
export async function makeAppendOnly(db: Kysely<unknown>, dialect: DialectName, table: string): Promise<void> {
  if (dialect === "sqlite") {
    for (const operation of ["update", "delete"] as const) {
      await sql
        .raw(
          `create trigger ${table}_no_${operation} before ${operation} on ${table}
           begin select raise(abort, '${table} is append-only'); end`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `create function ${table}_append_only() returns trigger language plpgsql as $$
       begin raise exception '${table} is append-only'; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_append_only before update or delete on ${table}
       for each statement execute function ${table}_append_only()`,
    )
    .execute(db);
}
