import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config/config.js";
import { type DatabaseHandle, migrateToLatest, openDatabase, settingOrInsert } from "../data/index.js";
import { buildServer } from "../http/server.js";
import { createServices, seedDemoData } from "../services/index.js";

/** The migration that failed at start, and why. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    readonly reason: string,
  ) {
    super(`${migration}: ${reason}`);
  }
}

export interface Application {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  /** True when this start loaded the demo data into an empty database. */
  readonly demoSeeded: boolean;
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * The composition root: opens and migrates the database, loads demo data into an empty
 * one (if configured), and builds the server. Used by `jamt serve` and by the tests.
 */
export async function openApplication(
  config: Config,
  options: {
    webRoot?: string;
    logStream?: NodeJS.WritableStream;
    /** false: leave the demo data to the caller (`serve` loads it only once it listens). */
    seedDemo?: boolean;
  } = {},
): Promise<Application> {
  const database = await openDatabase(config.database);
  try {
    const migration = await migrateToLatest(database);
    if (migration.kind === "failed") throw new MigrationFailedError(migration.migration, migration.reason);
    const sessionSecret =
      config.sessionSecret ??
      (await settingOrInsert(database.db, "session_secret", randomBytes(48).toString("base64url")));
    const demoSeeded =
      options.seedDemo !== false && config.demoData && (await seedDemoData(database.db)).kind === "seeded";
    const services = createServices(database.db, { dataDir: config.dataDir, koladaBaseUrl: config.koladaUrl });
    const { webRoot, logStream } = options;
    const app = await buildServer({
      config,
      db: database.db,
      services,
      sessionSecret,
      ...(webRoot ? { webRoot } : {}),
      ...(logStream ? { logStream } : {}),
    });
    return {
      app,
      database,
      demoSeeded,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
