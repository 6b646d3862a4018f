import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "./exit-codes.js";
import { csvNumber } from "./statistik-format.js";

/**
 * `jamt statistik` as a real process (through tsx, on the sources), on the invented files in
 * test/fixtures/individual and on a file holding all of Skatteverket's 7,323 test numbers.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = path.join(ROOT, "src/cli/main.ts");
const FIXTURES = path.join(ROOT, "test/fixtures/individual");
const SKATTEVERKET = path.join(ROOT, "../shared/data/skatteverket_testpersonnummer_2000-2009.csv");
const STACK_LINE = /^\s+at /m;
const PROCESS_TIMEOUT_MS = 90_000;
const MUNICIPALITIES = ["2505", "2506", "2510", "2513", "2514", "2518", "2521", "2523", "2560", "2580", "2581"];

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function statistik(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  const keep = ["PATH", "HOME", "TMPDIR"];
  const base = Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", MAIN, "statistik", ...args],
      {
        cwd: ROOT,
        env: { ...base, JAMT_LANG: "sv", ...env },
        timeout: PROCESS_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? null : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let scratch: string;
let numbers: string[];
let registerFile: string;
/** Lines (as a user counts them, header = 1) of the numbers made invalid on purpose. */
const invalidLines: number[] = [];

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "jamt-statistik-"));
  numbers = readFileSync(SKATTEVERKET, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // Every number in one of four forms, in 11 municipalities, with a cost; every 500th with a wrong check digit.
  const lines = ["personnummer;kommun;kostnad"];
  numbers.forEach((twelve, index) => {
    const forms = [
      twelve,
      `${twelve.slice(0, 8)}-${twelve.slice(8)}`,
      twelve.slice(2),
      `${twelve.slice(2, 8)}-${twelve.slice(8)}`,
    ];
    let written = forms[index % 4] as string;
    if (index % 500 === 499) {
      written = `${written.slice(0, -1)}${(Number(written.at(-1)) + 1) % 10}`;
      invalidLines.push(lines.length + 1);
    }
    lines.push(`${written};${MUNICIPALITIES[index % MUNICIPALITIES.length]};${100 + (index % 37) * 10},5`);
  });
  registerFile = path.join(scratch, "register.csv");
  writeFileSync(registerFile, `${lines.join("\n")}\n`);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Whether any of the numbers appears in `text`, in any of the forms it can be written in. */
function leakedNumbers(text: string): string[] {
  return numbers.filter((twelve) => {
    const ten = twelve.slice(2);
    return (
      text.includes(ten) ||
      text.includes(`${ten.slice(0, 6)}-${ten.slice(6)}`) ||
      text.includes(`${ten.slice(0, 6)}+${ten.slice(6)}`) ||
      text.includes(`${twelve.slice(0, 8)}-${twelve.slice(8)}`)
    );
  });
}

describe("jamt statistik", () => {
  it(
    "never prints a Skatteverket test number in a table, CSV or JSON, and reports the invalid ones by line",
    async () => {
      const common = ["--pnr", "personnummer", "--ref-date", "2025-12-31", "--by", "kommun", "--mean", "kostnad"];
      const runs = await Promise.all(
        ["table", "csv", "json"].map((format) =>
          statistik([registerFile, ...common, "--age-bands", "0-9,10-19,20+", "--format", format]),
        ),
      );
      for (const run of runs) {
        expect(run.code, run.stderr).toBe(EXIT.ok);
        expect(leakedNumbers(run.stdout)).toEqual([]);
        expect(leakedNumbers(run.stderr)).toEqual([]);
        expect(run.stderr).toContain(`${invalidLines.length} rader hade ogiltigt personnummer`);
        expect(run.stderr).toContain(`rad ${invalidLines.join(", ")}.`);
      }
      const json = JSON.parse(runs[2]?.stdout ?? "") as {
        rows: { group: Record<string, string>; sex: string; n: number | string }[];
        analysedRows: number;
        invalidIdentity: { count: number; rows: number[] };
      };
      expect(json.analysedRows).toBe(numbers.length - invalidLines.length);
      expect(json.invalidIdentity).toEqual({ count: invalidLines.length, rows: invalidLines });
      // The T rows add up to everyone analysed: nobody lost between bands and municipalities.
      const total = json.rows.filter((row) => row.sex === "T").reduce((sum, row) => sum + Number(row.n), 0);
      expect(total).toBe(json.analysedRows);
      expect(new Set(json.rows.map((row) => row.group.åldersgrupp))).toEqual(new Set(["10-19", "20+"]));
    },
    PROCESS_TIMEOUT_MS * 2,
  );

  it(
    "prints the hand-worked figures, withheld cells as .. and never as 0",
    async () => {
      const file = path.join(FIXTURES, "vardkontakter.csv");
      const args = [file, "--pnr", "personnummer", "--ref-date", "2025-12-31", "--by", "kommun", "--mean", "kostnad"];
      const [json, csv, english] = await Promise.all([
        statistik([...args, "--min-cell", "3", "--format", "json"]),
        statistik([...args, "--format", "csv"]),
        statistik([...args, "--format", "csv"], { JAMT_LANG: "en" }),
      ]);
      expect(json.code, json.stderr).toBe(EXIT.ok);
      const rows = (JSON.parse(json.stdout) as { rows: Record<string, unknown>[] }).rows;
      expect(rows.map((row) => [row.group, row.sex, row.n])).toEqual([
        [{ kommun: "2506" }, "K", 3],
        [{ kommun: "2506" }, "M", 7],
        [{ kommun: "2506" }, "T", 10],
        [{ kommun: "2580" }, "K", 8],
        [{ kommun: "2580" }, "M", 6],
        [{ kommun: "2580" }, "T", 14],
      ]);
      expect(rows[5]).toMatchObject({ median: 550, gap: { value: -250, clear: false } });
      expect(json.stderr).toContain("3 rader hade ogiltigt personnummer och räknades inte med: rad 12, 18, 29.");

      // CSV in Swedish: semicolons and a decimal comma, figures rounded (no floating-point noise).
      expect(csv.code, csv.stderr).toBe(EXIT.ok);
      const lines = csv.stdout.trim().split("\n");
      expect(lines[0]).toMatch(/^kommun;sex;n;suppressed;/);
      expect(lines.slice(1).map((line) => line.split(";").slice(0, 4).join(";"))).toEqual([
        "2506;K;..;true",
        "2506;M;..;true",
        "2506;T;10;true",
        "2580;K;..;true",
        "2580;M;..;true",
        "2580;T;14;true",
      ]);
      expect(csv.stdout).toMatch(/;-?\d+,\d+;/);
      expect(csv.stdout).not.toMatch(/\d[.,]\d{5,}/);

      // CSV in English: commas and a decimal point.
      expect(english.code, english.stderr).toBe(EXIT.ok);
      const englishLines = english.stdout.trim().split("\n");
      expect(englishLines[0]).toMatch(/^kommun,sex,n,suppressed,/);
      expect(englishLines[3]?.split(",").slice(0, 4).join(",")).toBe("2506,T,10,true");
      expect(english.stdout).toMatch(/,-?\d+\.\d+,/);
      expect(english.stdout).not.toMatch(/\d[.,]\d{5,}/);
      expect(english.stderr).toContain("3 rows had an invalid personal identity number");
    },
    PROCESS_TIMEOUT_MS * 2,
  );

  it(
    "says one invalid identity number in the singular",
    async () => {
      const oneInvalid = path.join(scratch, "en-ogiltig.csv");
      const wrong = `${numbers[10]?.slice(0, -1)}${(Number(numbers[10]?.at(-1)) + 1) % 10}`;
      writeFileSync(
        oneInvalid,
        `pnr;kostnad\n${[...numbers.slice(0, 10), wrong].map((pnr) => `${pnr};5`).join("\n")}\n`,
      );
      const [swedish, english] = await Promise.all([
        statistik([oneInvalid, "--pnr", "pnr", "--ref-date", "2025-12-31"]),
        statistik([oneInvalid, "--pnr", "pnr", "--ref-date", "2025-12-31"], { JAMT_LANG: "en" }),
      ]);
      expect(swedish.code, swedish.stderr).toBe(EXIT.ok);
      expect(swedish.stderr).toContain("1 rad hade ogiltigt personnummer och räknades inte med: rad 12.");
      expect(english.stderr).toContain("1 row had an invalid personal identity number and was left out: row 12.");
      expect(leakedNumbers(swedish.stderr + english.stderr)).toEqual([]);
    },
    PROCESS_TIMEOUT_MS * 2,
  );

  it("rounds CSV figures to at most four decimals, with a decimal comma in Swedish", () => {
    expect(csvNumber(-3.0000000000000027, "sv")).toBe("-3");
    expect(csvNumber(-3.0000000000000027, "en")).toBe("-3");
    expect(csvNumber(0.123456, "sv")).toBe("0,1235");
    expect(csvNumber(1234.5, "en")).toBe("1234.5");
    expect(csvNumber(-0.00001, "sv")).toBe("0");
  });

  it(
    "says in one sentence what is wrong with bad input, exits non-zero and never shows a stack trace",
    async () => {
      const file = path.join(FIXTURES, "vardkontakter.csv");
      const invalidOnly = path.join(scratch, "ogiltiga.csv");
      writeFileSync(invalidOnly, "pnr,kostnad\n20000101-2385,5\nokänt,7\n");
      const [missingColumn, missingFile, noValidRows, notNumeric, badDate, english] = await Promise.all([
        statistik([file, "--pnr", "personnummer", "--by", "lan"]),
        statistik([path.join(scratch, "finns-inte.csv")]),
        statistik([invalidOnly, "--pnr", "pnr", "--ref-date", "2025-12-31"]),
        statistik([path.join(FIXTURES, "ej-numerisk.csv"), "--mean", "kostnad"]),
        statistik([file, "--pnr", "personnummer", "--ref-date", "2025-02-30"]),
        statistik([file, "--pnr", "personnummer", "--by", "lan"], { JAMT_LANG: "en" }),
      ]);
      const failures = [missingColumn, missingFile, noValidRows, notNumeric, badDate, english];
      for (const run of failures) {
        expect(run.code).toBe(EXIT.usage);
        expect(run.stdout).toBe("");
        expect(run.stderr).not.toMatch(STACK_LINE);
        expect(run.stderr).not.toContain("2385");
      }
      expect(missingColumn.stderr.trim()).toBe(
        "Kolumnen ”lan” finns inte i filen. Filen har kolumnerna: personnummer, kommun, diagnosgrupp, kostnad.",
      );
      expect(missingFile.stderr).toContain("finns-inte.csv");
      expect(noValidRows.stderr).toContain("Ingen rad i filen kunde användas: 2 rader");
      expect(notNumeric.stderr).toContain("”kostnad” innehåller värden som inte är tal (2 st., första på rad 3)");
      expect(badDate.stderr).toContain("”2025-02-30” är inte ett datum");
      expect(english.stderr.trim()).toBe(
        "The file has no column “lan”. Its columns are: personnummer, kommun, diagnosgrupp, kostnad.",
      );
    },
    PROCESS_TIMEOUT_MS * 2,
  );
});
