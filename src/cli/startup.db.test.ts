import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ORGANISATIONS } from "../services/demo/demo-data.js";
import { DEMO_PASSWORD } from "../services/index.js";
import { EXIT } from "./exit-codes.js";

/**
 * The built `jamt` CLI as a real process: exit codes and messages when it cannot start,
 * the welcome text, demo data, and a graceful shutdown that loses no write in flight.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = path.join(ROOT, "dist/cli/main.js");
/** No spawned process may live longer than this, whatever the test does. */
const PROCESS_TIMEOUT_MS = 25_000;
const STACK_LINE = /^\s+at /m;
const WELCOME_END = /Avsluta med Ctrl\+C/;

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Run {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  readonly exited: Promise<Exit>;
}

const running = new Set<Run>();
let scratch: string;

beforeAll(() => {
  // Incremental: cheap when dist/ is already up to date with the sources.
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  scratch = mkdtempSync(path.join(tmpdir(), "jamt-startup-"));
});

afterEach(async () => {
  for (const run of running) run.child.kill("SIGKILL");
  await Promise.all([...running].map((run) => run.exited));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Only what Node needs, so that the developer's own PORT, DATABASE_URL or LANG cannot leak in. */
function baseEnvironment(): Record<string, string> {
  const keep = ["PATH", "HOME", "TMPDIR", "SystemRoot"];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
}

/** Starts `jamt serve` with exactly this environment (plus PATH and HOME); killed after PROCESS_TIMEOUT_MS. */
function startCli(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [CLI, "serve"], {
    cwd: scratch,
    env: { ...baseEnvironment(), JAMT_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), PROCESS_TIMEOUT_MS);
  const run: Run = {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited: new Promise<Exit>((resolve) => {
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        running.delete(run);
        resolve({ code, signal, stdout, stderr });
      });
    }),
  };
  running.add(run);
  return run;
}

/** Runs `jamt serve` until it stops by itself (it is expected to refuse to start). */
function runCli(env: Record<string, string>): Promise<Exit> {
  return startCli(env).exited;
}

/** Resolves once standard output matches; rejects if the process ends first. */
function waitForOutput(run: Run, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(run.stdout())) return false;
      run.child.stdout?.off("data", check);
      resolve(run.stdout());
      return true;
    };
    if (check()) return;
    run.child.stdout?.on("data", check);
    void run.exited.then((exit) => {
      if (!check())
        reject(new Error(`jamt exited (${exit.code}) before printing ${pattern}:\n${exit.stdout}\n${exit.stderr}`));
    });
  });
}

/**
 * Waits until the server has answered a request. WARNING: the welcome text alone is not enough
 * before a SIGTERM: `serve` prints it before it installs its signal handlers.
 */
async function waitUntilServing(run: Run, port: number): Promise<void> {
  await waitForOutput(run, WELCOME_END);
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(response.status).toBe(200);
}

/** Starts the server on a free port, stops it with SIGTERM once it serves, and returns what it printed. */
async function startAndStop(env: Record<string, string>): Promise<Exit & { readonly port: number }> {
  const port = await freePort();
  const run = startCli({ ...env, PORT: String(port), HOST: "127.0.0.1" });
  await waitUntilServing(run, port);
  run.child.kill("SIGTERM");
  return { ...(await run.exited), port };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function freshDir(name: string): string {
  return mkdtempSync(path.join(scratch, `${name}-`));
}

function readSqlite<T>(dataDir: string, query: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, "jamt.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

/** Every non-empty line the process wrote to standard error. */
function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

describe("the jamt CLI refuses to start with one clear message", () => {
  it("exits with the database code and one Swedish sentence naming DATABASE_URL when PostgreSQL cannot be reached", async () => {
    const exit = await runCli({ DATABASE_URL: "postgres://127.0.0.1:1/none" });
    expect(exit.code).toBe(EXIT.database);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toHaveLength(1);
    expect(exit.stderr).toMatch(/^Jämt kan inte starta: .*Kontrollera DATABASE_URL/);
  });

  it("says the same in English when JAMT_LANG=en", async () => {
    const exit = await runCli({ DATABASE_URL: "postgres://127.0.0.1:1/none", JAMT_LANG: "en" });
    expect(exit.code).toBe(EXIT.database);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toHaveLength(1);
    expect(exit.stderr).toMatch(/^Jämt cannot start: .*Check DATABASE_URL/);
  });

  it("exits with the database code and names JAMT_DATA_DIR when the SQLite folder cannot be created", async () => {
    const file = path.join(freshDir("not-a-folder"), "file");
    writeFileSync(file, "a regular file, not a folder\n");
    const exit = await runCli({ JAMT_DATA_DIR: path.join(file, "data") });
    expect(exit.code).toBe(EXIT.database);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toHaveLength(1);
    expect(exit.stderr).toMatch(/^Jämt kan inte starta: .*JAMT_DATA_DIR/);
  });

  it("exits with the configuration code and lists every bad variable in one message", async () => {
    const exit = await runCli({ PORT: "abc", DATABASE_URL: "mysql://x", JAMT_DATA_DIR: freshDir("config") });
    expect(exit.code).toBe(EXIT.config);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    const [headline, ...problems] = lines(exit.stderr);
    expect(headline).toBe("Jämt kan inte starta: inställningarna är felaktiga.");
    expect(problems).toEqual([expect.stringMatching(/^ {2}- PORT: /), expect.stringMatching(/^ {2}- DATABASE_URL: /)]);
  });

  it("exits with the listen code and names the port when it is already in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const dataDir = freshDir("port");
    try {
      const exit = await runCli({ PORT: String(port), HOST: "127.0.0.1", JAMT_DATA_DIR: dataDir });
      expect(exit.code).toBe(EXIT.listen);
      expect(exit.stderr).not.toMatch(STACK_LINE);
      expect(lines(exit.stderr)).toEqual([
        `Jämt kan inte starta: port ${port} används redan. Välj en annan med PORT=….`,
      ]);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
    // The failed start loaded no demo data, so the next start still shows the logins.
    const next = await startAndStop({ JAMT_DATA_DIR: dataDir });
    expect(next.stdout).toContain("admin@norrbotten.demo");
  });
});

describe("the jamt CLI starts", () => {
  it("prints its address and the demo logins on the first start", async () => {
    const exit = await startAndStop({ JAMT_DATA_DIR: freshDir("first") });
    expect(exit.code).toBe(EXIT.ok);
    expect(exit.stdout).toContain(`Jämt körs på http://localhost:${exit.port}`);
    expect(exit.stdout).toContain("admin@norrbotten.demo");
    expect(exit.stdout).toContain("handlaggare@norrbotten.demo");
    expect(exit.stdout).toContain(DEMO_PASSWORD);
  });

  it("loads the demo data only into an empty database", async () => {
    const dataDir = freshDir("twice");
    const first = await startAndStop({ JAMT_DATA_DIR: dataDir });
    expect(first.code).toBe(EXIT.ok);
    expect(first.stdout).toContain("admin@norrbotten.demo");

    const second = await startAndStop({ JAMT_DATA_DIR: dataDir });
    expect(second.code).toBe(EXIT.ok);
    expect(second.stdout).toContain("Jämt körs på http://localhost:");
    expect(second.stdout).not.toContain("@norrbotten.demo");
    expect(second.stdout).not.toContain(DEMO_PASSWORD);

    const organisations = readSqlite(dataDir, (db) => db.prepare("select count(*) as n from organisations").get());
    expect(organisations).toEqual({ n: DEMO_ORGANISATIONS.length });
  });
});

type Outcome =
  | { readonly kind: "response"; readonly status: number; readonly body: string; readonly cookies: readonly string[] }
  | { readonly kind: "cut-off"; readonly error: string };

/** A browser-like client over real HTTP: one cookie jar, the CSRF token sent on every write. */
class HttpClient {
  private cookie = "";
  private csrfToken = "";

  constructor(
    private readonly port: number,
    private readonly agent: http.Agent,
  ) {}

  /**
   * Sends a request; `sent` resolves once it is written to the socket (telling whether the socket
   * was an open keep-alive connection), `outcome` when it is answered or fails.
   */
  send(
    method: string,
    url: string,
    json?: unknown,
  ): { sent: Promise<{ reusedSocket: boolean }>; outcome: Promise<Outcome> } {
    const body = json === undefined ? undefined : JSON.stringify(json);
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== "GET") headers["x-csrf-token"] = this.csrfToken;
    if (body !== undefined) headers["content-type"] = "application/json";
    const request = http.request({ host: "127.0.0.1", port: this.port, method, path: url, headers, agent: this.agent });
    const sent = new Promise<{ reusedSocket: boolean }>((resolve) =>
      request.on("finish", () => resolve({ reusedSocket: request.reusedSocket })),
    );
    const outcome = new Promise<Outcome>((resolve) => {
      request.on("error", (error) => resolve({ kind: "cut-off", error: String(error) }));
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("error", (error) => resolve({ kind: "cut-off", error: String(error) }));
        response.on("end", () =>
          resolve({
            kind: "response",
            status: response.statusCode ?? 0,
            body: text,
            cookies: response.headers["set-cookie"] ?? [],
          }),
        );
      });
    });
    request.end(body);
    return { sent, outcome };
  }

  /** Sends a request that must succeed; keeps the session cookie it sets. */
  async call<T>(method: string, url: string, json?: unknown): Promise<T> {
    const outcome = await this.send(method, url, json).outcome;
    if (outcome.kind !== "response" || outcome.status >= 300)
      throw new Error(`${method} ${url}: ${JSON.stringify(outcome)}`);
    const session = outcome.cookies.find((cookie) => cookie.startsWith("jamt_session="));
    if (session) this.cookie = session.split(";")[0] ?? "";
    return JSON.parse(outcome.body) as T;
  }

  async login(email: string): Promise<void> {
    this.csrfToken = (await this.call<{ csrfToken: string }>("GET", "/api/v1/auth/csrf")).csrfToken;
    await this.call("POST", "/api/v1/auth/login", { email, password: DEMO_PASSWORD });
    // The session is new after log-in, and so is its CSRF secret.
    this.csrfToken = (await this.call<{ csrfToken: string }>("GET", "/api/v1/auth/csrf")).csrfToken;
  }
}

describe("the jamt CLI shuts down gracefully", () => {
  const WRITES = 20;

  it("answers every write in flight at SIGTERM and keeps every write it confirmed", async () => {
    const dataDir = freshDir("shutdown");
    const port = await freePort();
    const server = startCli({ PORT: String(port), HOST: "127.0.0.1", JAMT_DATA_DIR: dataDir });
    await waitUntilServing(server, port);

    const agent = new http.Agent({ keepAlive: true, maxSockets: WRITES });
    try {
      const client = new HttpClient(port, agent);
      await client.login("admin@norrbotten.demo");
      const me = await client.call<{ memberships: { organisation: { id: string } }[] }>("GET", "/api/v1/me");
      const organisationId = me.memberships[0]?.organisation.id;
      expect(organisationId).toBeDefined();
      const departments = `/api/v1/organisations/${organisationId}/departments`;

      // Open one connection per write first, so that the writes go out at once on connections
      // the server has already accepted; what is measured is the shutdown, not the TCP handshake.
      await Promise.all(Array.from({ length: WRITES }, () => client.call("GET", departments)));

      const names = Array.from({ length: WRITES }, (_, i) => `Avstängningsprov ${i + 1}`);
      const writes = names.map((name) => client.send("POST", departments, { name }));
      let answered = 0;
      for (const write of writes) void write.outcome.then(() => answered++);
      const sent = await Promise.all(writes.map((write) => write.sent));
      const answeredBeforeSignal = answered;
      server.child.kill("SIGTERM");
      const outcomes = await Promise.all(writes.map((write) => write.outcome));
      const exit = await server.exited;

      expect(
        sent.filter((s) => !s.reusedSocket),
        "writes sent on a new connection",
      ).toEqual([]);
      expect(answeredBeforeSignal, "writes still in flight at SIGTERM").toBeLessThan(WRITES);
      expect(exit.code, exit.stderr).toBe(EXIT.ok);
      const cutOff = outcomes.filter((outcome) => outcome.kind === "cut-off");
      expect(cutOff, "requests cut off without an answer").toEqual([]);
      const statuses = outcomes.map((outcome) => (outcome.kind === "response" ? outcome.status : 0));
      expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);

      const confirmed = names.filter((_, i) => statuses[i] === 201);
      const stored = readSqlite(dataDir, (db) =>
        db
          .prepare("select name from departments where organisation_id = ? and name like 'Avstängningsprov %'")
          .all(organisationId)
          .map((row) => (row as { name: string }).name),
      );
      // Confirmed writes are kept; writes refused with 503 never started.
      expect(stored.toSorted()).toEqual(confirmed.toSorted());
    } finally {
      agent.destroy();
    }
  });
});
