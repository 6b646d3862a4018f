import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config/config.js";
import type { Database } from "./schema.js";

export type DialectName = "sqlite" | "postgres";

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The PostgreSQL schema in use, when one was configured. */
  readonly schema?: string;
  /** Closes every connection; waits for queries in flight. */
  close(): Promise<void>;
}

/** Why the database could not be opened at start; the CLI turns it into one clear sentence. */
export class DatabaseStartupError extends Error {
  constructor(
    readonly reason: "unopenable" | "unreachable",
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * Opens the configured database and proves it answers. SQLite runs in WAL mode with
 * foreign keys on; PostgreSQL uses a pool, and `schema` (when set) isolates one
 * installation or one test run inside a shared database.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === "sqlite" ? openSqlite(config.file) : openPostgres(config.url, config.schema);
}

function openSqlite(file: string): DatabaseHandle {
  let connection: SQLite.Database;
  try {
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
    connection = new SQLite(file);
    connection.pragma("journal_mode = WAL");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    connection.pragma("synchronous = NORMAL");
  } catch (error) {
    throw new DatabaseStartupError("unopenable", reasonOf(error));
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

async function openPostgres(url: string, schema: string | undefined): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new DatabaseStartupError("unreachable", reasonOf(error));
  }
  return { db, dialect: "postgres", ...(schema ? { schema } : {}), close: () => db.destroy() };
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
