import { Migrator } from "kysely";
import type { DatabaseHandle } from "./database.js";
import { migrationProvider } from "./migrations/index.js";

export type MigrationOutcome =
  | { readonly kind: "ok"; readonly applied: readonly string[] }
  | { readonly kind: "failed"; readonly migration: string; readonly reason: string };

/** Brings the schema up to date. Each migration runs in its own transaction. */
export async function migrateToLatest({ db, dialect, schema }: DatabaseHandle): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider({ dialect }),
    migrationTableName: "jamt_migrations",
    migrationLockTableName: "jamt_migrations_lock",
    // Without it, a table of the same name in another schema would be taken for ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === "Error");
  if (error || failed) {
    return {
      kind: "failed",
      migration: failed?.migrationName ?? "?",
      reason: error instanceof Error ? error.message : String(error ?? "unknown"),
    };
  }
  return { kind: "ok", applied: results.map((result) => result.migrationName) };
}
