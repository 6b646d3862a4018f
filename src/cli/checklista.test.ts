import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKR_CHECKLIST } from "../core/index.js";
import { migrateToLatest, openDatabase } from "../data/index.js";
import { seedDemoData } from "../services/index.js";
import { EXIT } from "./exit-codes.js";

/**
 * The built `jamt checklista` as a real process, on a SQLite data folder holding the demo
 * data (as `jamt serve` loads it into an empty database).
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = path.join(ROOT, "dist/cli/main.js");
const STACK_LINE = /^\s+at /m;
const PROCESS_TIMEOUT_MS = 60_000;
const NORRBOTTEN = "Region Norrbotten (demo)";
/** The network's organiser: an organisation of the demo without a single assessment. */
const SKR = "SKR (demo)";
const OCCASIONS = ["Uppstart", "BM1", "BM3", "BM5"];

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let dataDir: string;

beforeAll(async () => {
  // Incremental, like the granska tests. Type errors elsewhere in the tree do not stop tsc emitting;
  // what matters here is that the command itself was built.
  spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  expect(existsSync(path.join(ROOT, "dist/cli/checklista.js")), "the CLI is built").toBe(true);
  dataDir = mkdtempSync(path.join(tmpdir(), "jamt-checklista-"));
  const database = await openDatabase({ kind: "sqlite", file: path.join(dataDir, "jamt.sqlite") });
  try {
    await migrateToLatest(database);
    expect((await seedDemoData(database.db)).kind).toBe("seeded");
  } finally {
    await database.close();
  }
}, 180_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `jamt checklista …` on the demo data folder, with only PATH and HOME from the environment. */
function checklista(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  const keep = ["PATH", "HOME", "TMPDIR", "SystemRoot"];
  const base = Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "checklista", ...args],
      { env: { ...base, JAMT_DATA_DIR: dataDir, ...env }, timeout: PROCESS_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

describe("jamt checklista on the demo data", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("prints one JSON object per assessment with the occasion, date, ten scores and the sums 18, 18, 20, 24", async () => {
    const exit = await checklista(["--org", NORRBOTTEN, "--format", "json"]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    expect(exit.stderr).toBe("");
    const items = JSON.parse(exit.stdout) as { occasion: string; date: string; scores: number[]; sum: number }[];
    expect(items.map((item) => Object.keys(item).sort())).toEqual(Array(4).fill(["date", "occasion", "scores", "sum"]));
    expect(items.map((item) => item.occasion)).toEqual(OCCASIONS);
    expect(items.map((item) => item.date)).toEqual(["2018-09-20", "2018-11-27", "2019-06-11", "2020-02-11"]);
    expect(items.map((item) => item.sum)).toEqual([18, 18, 20, 24]);
    expect(items[0]?.scores).toEqual([3, 2, 2, 1, 2, 2, 1, 1, 2, 2]);
    expect(items[3]?.scores).toEqual([3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3]);
  });

  it("prints an aligned table: an occasion per column over its date, an item per row, the sums at the foot", async () => {
    const exit = await checklista(["--org", NORRBOTTEN]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    const [title, header, dates, rule, ...rows] = lines(exit.stdout);
    expect(title).toBe(`${NORRBOTTEN} – Checklista för jämställdhetsintegrering`);
    expect(header).toMatch(/^Nr\s+Uppstart\s+BM1\s+BM3\s+BM5\s+Punkt$/);
    expect(dates?.trim().split(/\s+/)).toEqual(["2018-09-20", "2018-11-27", "2019-06-11", "2020-02-11"]);
    expect(rule).toMatch(/^[- ]+$/);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe(`${" 1"}           3           3           3           3  ${SKR_CHECKLIST.items[0]?.text.sv}`);
    expect(rows[2]).toMatch(/^ 3\s+2\s+2\s+2\s+1,5 {2}De högsta cheferna/);
    expect(rows[10]).toMatch(/^\s+18\s+18\s+20\s+24 {2}Summa$/);
    // The figures of one column end in the same place on every line.
    const ends = [header, ...rows].map((line) => (line ?? "").indexOf("  ", 4));
    expect(new Set(ends.slice(1)).size).toBe(1);
  });

  it("prints CSV for Swedish Excel: semicolons, a decimal comma and the sum row", async () => {
    const exit = await checklista(["--org", NORRBOTTEN, "--format", "csv"]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    const rows = lines(exit.stdout);
    expect(rows[0]).toBe("Nr;Punkt;Uppstart 2018-09-20;BM1 2018-11-27;BM3 2019-06-11;BM5 2020-02-11");
    expect(rows[2]).toBe(`2;${SKR_CHECKLIST.items[1]?.text.sv};2;2;2;2,5`);
    expect(rows.at(-1)).toBe(";Summa;18;18;20;24");
    expect(rows).toHaveLength(12);
  });

  it("speaks English with JAMT_LANG=en, with commas and a decimal point in CSV", async () => {
    const table = await checklista(["--org", NORRBOTTEN], { JAMT_LANG: "en" });
    expect(table.code).toBe(EXIT.ok);
    const [title, header] = lines(table.stdout);
    expect(title).toBe(`${NORRBOTTEN} – Checklist for gender mainstreaming`);
    expect(header).toMatch(/^No\.\s+Uppstart\s+BM1\s+BM3\s+BM5\s+Item$/);
    expect(lines(table.stdout).at(-1)).toMatch(/^\s+18\s+18\s+20\s+24 {2}Total$/);
    const csv = await checklista(["--org", NORRBOTTEN, "--format", "csv"], { JAMT_LANG: "en" });
    const rows = lines(csv.stdout);
    expect(rows[2]).toBe(`2,${SKR_CHECKLIST.items[1]?.text.en},2,2,2,2.5`);
    expect(rows.at(-1)).toBe(",Total,18,18,20,24");
  });

  it("prints another region's own series, named by its checklist's key", async () => {
    const exit = await checklista([
      "--org",
      "Region Västerbotten (demo)",
      "--checklist",
      "skr-2015",
      "--format",
      "json",
    ]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    const items = JSON.parse(exit.stdout) as { occasion: string; sum: number }[];
    expect(items.map((item) => item.occasion)).toEqual([...OCCASIONS, "Uppstart 2026"]);
    expect(items.map((item) => item.sum)).toEqual([13, 14, 18, 22.5, 25.5]);
  });
});

describe("jamt checklista for an organisation without assessments", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("says so in one sentence instead of a table, and exits ok", async () => {
    const exit = await checklista(["--org", SKR]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    expect(exit.stderr).toBe("");
    expect(exit.stdout).toBe(
      `${SKR} har inga bedömningar med checklistan ”Checklista för jämställdhetsintegrering”.\n`,
    );
    const english = await checklista(["--org", SKR], { JAMT_LANG: "en" });
    expect(english.code, english.stderr).toBe(EXIT.ok);
    expect(english.stdout).toBe(`${SKR} has no assessments with the checklist "Checklist for gender mainstreaming".\n`);
  });

  it("prints an empty JSON array, and CSV with the header row alone", async () => {
    const json = await checklista(["--org", SKR, "--format", "json"]);
    expect(json.code, json.stderr).toBe(EXIT.ok);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const csv = await checklista(["--org", SKR, "--format", "csv"]);
    expect(csv.code, csv.stderr).toBe(EXIT.ok);
    expect(csv.stdout).toBe("Nr;Punkt\n");
    for (const exit of [json, csv]) expect(exit.stderr).toBe("");
  });
});

describe("jamt checklista used wrongly", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("names the organisations close to an unknown name and exits with the usage code", async () => {
    const exit = await checklista(["--org", "Region Norbotten"]);
    expect(exit.code).toBe(EXIT.usage);
    expect(exit.stdout).toBe("");
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toEqual([
      "Organisationen ”Region Norbotten” finns inte.",
      `Menade du: ”${NORRBOTTEN}”?`,
    ]);
  });

  it("lists the organisations there are when none is close, in English with JAMT_LANG=en", async () => {
    const exit = await checklista(["--org", "Ankeborgs kommun"], { JAMT_LANG: "en" });
    expect(exit.code).toBe(EXIT.usage);
    const [first, second] = lines(exit.stderr);
    expect(first).toBe('There is no organisation "Ankeborgs kommun".');
    expect(second).toMatch(/^Organisations there are: .*"Region Gävleborg \(demo\)"/);
  });

  it("exits with the usage code and one sentence without --org, for an unknown format or checklist", async () => {
    const missing = await checklista([]);
    expect(missing.code).toBe(EXIT.usage);
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/^Ange organisationen med --org/)]);
    const format = await checklista(["--org", NORRBOTTEN, "--format", "xml"]);
    expect(format.code).toBe(EXIT.usage);
    expect(lines(format.stderr)).toEqual(["Okänt format: xml. Välj table, csv eller json."]);
    const checklist = await checklista(["--org", NORRBOTTEN, "--checklist", "skr-2030"]);
    expect(checklist.code).toBe(EXIT.usage);
    expect(lines(checklist.stderr)).toEqual([expect.stringMatching(/^Checklistan ”skr-2030” finns inte\./)]);
    for (const exit of [missing, format, checklist]) {
      expect(exit.stdout).toBe("");
      expect(exit.stderr).not.toMatch(STACK_LINE);
    }
  });
});
