import type { Kysely, Migration, MigrationProvider } from "kysely";
import type { DialectName } from "../database.js";
import * as foundation from "./0001-foundation.js";
import * as cases from "./0002-cases.js";
import * as checklists from "./0003-checklists.js";
import * as statistics from "./0004-statistics.js";

/** What a migration may know besides the connection: which database it runs on. */
export interface MigrationContext {
  readonly dialect: DialectName;
}

interface MigrationModule {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}

/**
 * Every migration, in order. Forward-only: a released migration is never edited or
 * reversed; a change is a new migration appended here.
 */
const MIGRATIONS: ReadonlyArray<readonly [name: string, module: MigrationModule]> = [
  ["0001-foundation", foundation],
  ["0002-cases", cases],
  ["0003-checklists", checklists],
  ["0004-statistics", statistics],
];

export function migrationProvider(context: MigrationContext): MigrationProvider {
  return {
    async getMigrations() {
      const entries = MIGRATIONS.map(([name, module]): [string, Migration] => [
        name,
        { up: (db) => module.up(db, context) },
      ]);
      return Object.fromEntries(entries);
    },
  };
}
