import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "../../src/config/config.js";

export interface TestDatabase {
  readonly name: "sqlite" | "postgres";
  readonly config: DatabaseConfig;
  /** Removes the database (SQLite file or PostgreSQL schema). */
  drop(): Promise<void>;
}

type Factory = { readonly name: TestDatabase["name"]; create(): TestDatabase };

/**
 * The databases every integration suite runs against: always SQLite, and PostgreSQL when
 * JAMT_TEST_DATABASE_URL is set. Each call to `create` isolates one suite: its own
 * SQLite file, or its own PostgreSQL schema.
 */
export function testDatabases(): Factory[] {
  const factories: Factory[] = [{ name: "sqlite", create: createSqlite }];
  const url = process.env.JAMT_TEST_DATABASE_URL;
  if (url) factories.push({ name: "postgres", create: () => createPostgres(url) });
  return factories;
}

function createSqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "jamt-test-"));
  return {
    name: "sqlite",
    config: { kind: "sqlite", file: path.join(dir, "jamt.sqlite") },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function createPostgres(url: string): TestDatabase {
  const schema = `jamt_test_${randomBytes(6).toString("hex")}`;
  return {
    name: "postgres",
    config: { kind: "postgres", url, schema },
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
