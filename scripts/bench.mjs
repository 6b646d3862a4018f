// `npm run bench`: measures the gender impact analyser, then load-tests the built server on
// SQLite and, when a PostgreSQL URL is given, on PostgreSQL, then the statistics engine on a
// 10-million-row file. `npm run bench -- --only=analyser` (or http, statistics) runs one part;
// `--rows=N` and `--repeat=N` size the statistics part. What is measured: bench/README.md.
import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { benchAnalyser } from "../bench/analyser.mjs";
import { measure, warmUp } from "../bench/measure.mjs";
import { formatTable, loudNotice } from "../bench/report.mjs";
import { login, startServer } from "../bench/server.mjs";
import { benchStatistics } from "../bench/statistics.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(ROOT, "dist/cli/main.js");
const OUT = path.join(ROOT, "bench/out");
const CONNECTIONS = 50;
const SECONDS = 10;
const ACCOUNT = "handlaggare@norrbotten.demo";
const PARTS = ["analyser", "http", "statistics"];

/** `--only=analyser`, `--only=http` or `--only=statistics`; every part when not given. */
function partsToRun(args) {
  const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (only === undefined) return PARTS;
  if (!PARTS.includes(only)) {
    console.error(`Unknown part "${only}"; use --only=${PARTS.join(" or --only=")}.`);
    process.exit(2);
  }
  return [only];
}

/** The databases to run on: a fresh SQLite folder always, a fresh PostgreSQL schema when a URL is given. */
function databases() {
  const list = [sqlite()];
  const url = process.env.JAMT_BENCH_DATABASE_URL || process.env.JAMT_TEST_DATABASE_URL;
  if (url) list.push(postgres(url));
  else {
    console.warn(
      loudNotice([
        "PostgreSQL HOPPAS ÖVER / PostgreSQL SKIPPED:",
        "set JAMT_BENCH_DATABASE_URL (or JAMT_TEST_DATABASE_URL) = postgres://… to benchmark it too.",
      ]),
    );
  }
  return list;
}

function sqlite() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jamt-bench-"));
  return {
    name: "sqlite",
    env: { JAMT_DATA_DIR: dir, DATABASE_URL: "", JAMT_DATABASE_SCHEMA: "" },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgres(url) {
  const schema = `jamt_bench_${randomBytes(6).toString("hex")}`;
  return {
    name: "postgres",
    env: { DATABASE_URL: url, JAMT_DATABASE_SCHEMA: schema },
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

/** Starts a server on `database`, measures the baseline and the authenticated read, stops it. */
async function benchmark(database) {
  console.log(`\n${database.name}: starting the server …`);
  const server = await startServer(CLI, { ...database.env, JAMT_DEMO_DATA: "1" });
  try {
    const { cookie, organisationId } = await login(server.url, ACCOUNT);
    const endpoints = [
      { endpoint: "GET /healthz", url: `${server.url}/healthz`, headers: {} },
      {
        endpoint: "GET /api/v1/organisations/:id/bodies",
        url: `${server.url}/api/v1/organisations/${organisationId}/bodies`,
        headers: { cookie },
      },
    ];
    const rows = [];
    for (const { endpoint, url, headers } of endpoints) {
      console.log(`${database.name}: ${endpoint}, ${CONNECTIONS} connections, ${SECONDS} s …`);
      await warmUp({ url, headers, connections: CONNECTIONS });
      rows.push({
        database: database.name,
        endpoint,
        ...(await measure({ url, headers, connections: CONNECTIONS, seconds: SECONDS })),
      });
    }
    const [baseline, authenticated] = rows;
    authenticated.ratio = authenticated.requestsPerSecond / baseline.requestsPerSecond;
    return rows;
  } finally {
    const code = await server.stop();
    await database.drop();
    console.log(`${database.name}: server stopped (exit code ${code}), database removed`);
  }
}

const parts = partsToRun(process.argv.slice(2));
const startedAt = new Date();
const analyser = parts.includes("analyser") ? await benchAnalyser() : undefined;

const rows = [];
if (parts.includes("http")) {
  if (!existsSync(CLI)) {
    console.log("dist/ is missing: npm run build …");
    execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
  }
  for (const database of databases()) rows.push(...(await benchmark(database)));
  console.log(`\n${formatTable(rows)}\n`);
}

/** A whole-number option `--name=N`, or the fallback. */
function numberOption(args, name, fallback) {
  const value = args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? fallback : Number.parseInt(value, 10);
}

const statistics = parts.includes("statistics")
  ? await benchStatistics({
      rows: numberOption(process.argv.slice(2), "rows", 10_000_000),
      repeat: numberOption(process.argv.slice(2), "repeat", 3),
    })
  : undefined;

mkdirSync(OUT, { recursive: true });
const file = path.join(OUT, `results-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
const environment = { node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.release()}` };
writeFileSync(
  file,
  `${JSON.stringify({ startedAt, environment, analyser, statistics, connections: CONNECTIONS, seconds: SECONDS, results: rows }, null, 2)}\n`,
);
console.log(`results: ${path.relative(ROOT, file)}`);
