import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { type Application, openApplication } from "../../src/cli/application.js";
import { type Config, loadConfig } from "../../src/config/config.js";
import { DEMO_PASSWORD } from "../../src/services/index.js";
import type { TestDatabase } from "./test-database.js";

export interface TestApp {
  readonly application: Application;
  readonly app: FastifyInstance;
  /** A new client with its own cookie jar (one browser). */
  client(options?: { language?: string }): TestClient;
  /** A client already logged in as a demo account. */
  loginAs(email: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** Opens the whole application (migrations, demo data, server) on a test database; HTTP stays in-process. */
export async function startTestApp(
  database: TestDatabase,
  overrides: Partial<Config> = {},
  logStream?: NodeJS.WritableStream,
): Promise<TestApp> {
  // A data folder of its own (datasets are written there), removed on close.
  const dataDir = mkdtempSync(path.join(tmpdir(), "jamt-data-"));
  const config: Config = {
    ...loadConfig({ JAMT_LOG_LEVEL: "silent" }),
    dataDir,
    database: database.config,
    ...overrides,
  };
  const application = await openApplication(config, logStream ? { logStream } : {});
  const client = (options: { language?: string } = {}) => new TestClient(application.app, options.language ?? "sv");
  return {
    application,
    app: application.app,
    client,
    async loginAs(email: string) {
      const c = client();
      const response = await c.post("/api/v1/auth/login", { email, password: DEMO_PASSWORD });
      if (response.statusCode !== 200) throw new Error(`login as ${email} failed: ${response.body}`);
      return c;
    },
    async close() {
      await application.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Keeps cookies between requests and sends the CSRF token on every state-changing one, like the web front end. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly language: string,
  ) {}

  get(url: string) {
    return this.request({ method: "GET", url });
  }

  post(url: string, payload?: unknown) {
    return this.withCsrf({ method: "POST", url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  put(url: string, payload: unknown) {
    return this.withCsrf({ method: "PUT", url, payload: payload as object });
  }

  patch(url: string, payload: unknown) {
    return this.withCsrf({ method: "PATCH", url, payload: payload as object });
  }

  delete(url: string) {
    return this.withCsrf({ method: "DELETE", url });
  }

  /** Sends raw file bytes, as the import page does. */
  upload(url: string, bytes: Uint8Array) {
    return this.withCsrf({
      method: "POST",
      url,
      payload: Buffer.from(bytes),
      headers: { "content-type": "application/octet-stream" },
    });
  }

  /** A request exactly as given, with cookies but nothing added. */
  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      ...options,
      headers: {
        "accept-language": this.language,
        ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") } : {}),
        ...options.headers,
      },
    });
    for (const cookie of response.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === "") this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** Fetches a CSRF token for the current session (a new one after log-in and log-out). */
  async fetchCsrfToken(): Promise<string> {
    const response = await this.request({ method: "GET", url: "/api/v1/auth/csrf" });
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return this.csrfToken;
  }

  private async withCsrf(options: InjectOptions): Promise<LightMyRequestResponse> {
    const token = await this.fetchCsrfToken();
    return this.request({ ...options, headers: { "x-csrf-token": token, ...options.headers } });
  }
}
