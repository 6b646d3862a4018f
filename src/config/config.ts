import path from "node:path";
import { z } from "zod";

/** Where the application keeps its data: SQLite in a folder, or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly kind: "sqlite"; readonly file: string }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string };

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /** Load the demo organisations into an empty database at start. */
  readonly demoData: boolean;
  /** Secret that signs session cookies; when absent one is generated and kept in the database. */
  readonly sessionSecret: string | undefined;
  /** Honour X-Forwarded-* from a reverse proxy (needed for Secure cookies behind HTTPS). */
  readonly trustProxy: boolean;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Largest accepted request body, in bytes. */
  readonly bodyLimit: number;
  /** Failed or not, this many login attempts per account and address within the window. */
  readonly loginAttempts: { readonly max: number; readonly windowMs: number };
  /** Kolada's API v3, for live imports of key figures (a mirror or a test server may stand in). */
  readonly koladaUrl: string;
}

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

const environmentSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  JAMT_DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  JAMT_DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, "must be a lower-case SQL identifier")
    .optional(),
  JAMT_DEMO_DATA: booleanFlag.default(true),
  JAMT_SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JAMT_TRUST_PROXY: booleanFlag.default(false),
  // "warn" keeps a pilot's terminal readable; "info" logs every request as a JSON line.
  JAMT_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
  JAMT_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  JAMT_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  JAMT_LOGIN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  JAMT_KOLADA_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, "must start with http:// or https://")
    .default("https://api.kolada.se/v3"),
});

/** Every environment variable that is wrong, one line each, so that all can be fixed at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}

/** Reads and validates the configuration once, at start; the rest of the code sees only the result. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const blankAsMissing = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(blankAsMissing);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.JAMT_DATA_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL, ...(e.JAMT_DATABASE_SCHEMA ? { schema: e.JAMT_DATABASE_SCHEMA } : {}) }
      : { kind: "sqlite", file: path.join(dataDir, "jamt.sqlite") },
    demoData: e.JAMT_DEMO_DATA,
    sessionSecret: e.JAMT_SESSION_SECRET,
    trustProxy: e.JAMT_TRUST_PROXY,
    logLevel: e.JAMT_LOG_LEVEL,
    bodyLimit: e.JAMT_BODY_LIMIT,
    loginAttempts: { max: e.JAMT_LOGIN_MAX_ATTEMPTS, windowMs: e.JAMT_LOGIN_WINDOW_SECONDS * 1000 },
    koladaUrl: e.JAMT_KOLADA_URL,
  };
}

/** A database address safe to print: the password of a PostgreSQL URL is masked. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === "sqlite") return database.file;
  try {
    const url = new URL(database.url);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres://…";
  }
}
