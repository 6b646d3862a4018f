import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDocx, samplePdf } from "../../test/support/sample-documents.js";
import { CRITERION_IDS } from "../core/analysis/types.js";
import { EXIT } from "./exit-codes.js";

/**
 * The built `jamt granska` as a real process, on the Swedish case texts in test/fixtures/cases
 * plus a .docx and a .pdf made from one of them and a corrupt file.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = path.join(ROOT, "dist/cli/main.js");
const FIXTURES = path.join(ROOT, "test/fixtures/cases");
const STACK_LINE = /^\s+at /m;
const PROCESS_TIMEOUT_MS = 60_000;

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let scratch: string;
/** The fixtures (text), the .docx and .pdf made from `SOURCE`, and `trasig.pdf`. */
let mixed: string;
/** Only readable documents. */
let readable: string;
let fixtureNames: string[];
/** A full analysis (verdict good in test/fixtures/cases/README.md): the .docx and .pdf are made from it. */
const SOURCE = "god-vardcentral.txt";
/** The case without a gender impact section (verdict missing in the README). */
const NO_SECTION = "amnesfalla-utan-avsnitt.txt";

beforeAll(async () => {
  // Incremental: cheap when dist/ is already up to date with the sources.
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  scratch = mkdtempSync(path.join(tmpdir(), "jamt-granska-"));
  fixtureNames = readdirSync(FIXTURES)
    .filter((name) => /\.(txt|md)$/.test(name) && name !== "README.md")
    .sort();
  expect(fixtureNames, "test/fixtures/cases holds the good case").toContain(SOURCE);

  mixed = path.join(scratch, "ärenden");
  mkdirSync(mixed);
  for (const name of fixtureNames) copyFileSync(path.join(FIXTURES, name), path.join(mixed, name));
  const lines = readFileSync(path.join(FIXTURES, SOURCE), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  const stem = SOURCE.replace(/\.(txt|md)$/, "");
  writeFileSync(path.join(mixed, `${stem}.docx`), await sampleDocx(lines));
  // A page wide enough that no paragraph wraps: the PDF's lines are the text's lines.
  writeFileSync(path.join(mixed, `${stem}.pdf`), await samplePdf(lines, { size: [14_400, 842] }));
  writeFileSync(path.join(mixed, "trasig.pdf"), "%PDF-1.7\ninte en riktig pdf");
  writeFileSync(path.join(mixed, ".dold.txt"), "en dold fil granskas inte");
  writeFileSync(path.join(mixed, "anteckningar.odt"), "ignoreras i en mapp");

  readable = path.join(scratch, "läsbara");
  mkdirSync(path.join(readable, "undermapp"), { recursive: true });
  copyFileSync(path.join(FIXTURES, SOURCE), path.join(readable, SOURCE));
  copyFileSync(path.join(FIXTURES, SOURCE), path.join(readable, "undermapp", SOURCE));
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs `jamt granska …` in the scratch folder, with only PATH and HOME from the environment. */
function granska(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  const keep = ["PATH", "HOME", "TMPDIR", "SystemRoot"];
  const base = Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "granska", ...args],
      { cwd: scratch, env: { ...base, ...env }, timeout: PROCESS_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
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

/** Every file `jamt granska ärenden` should review, as it shows them (relative to the scratch folder). */
function expectedFiles(): string[] {
  const stem = SOURCE.replace(/\.(txt|md)$/, "");
  return [...fixtureNames, `${stem}.docx`, `${stem}.pdf`, "trasig.pdf"].map((name) => path.join("ärenden", name));
}

let mixedJson: Promise<Exit> | undefined;
/** `jamt granska ärenden --format json`, run once for the tests that only read its output. */
function granskaMixedAsJson(): Promise<Exit> {
  mixedJson ??= granska(["ärenden", "--format", "json"]);
  return mixedJson;
}

interface JsonItem {
  readonly file: string;
  readonly genderSection?: string;
  readonly verdict?: string;
  readonly score?: number;
  readonly criteria?: { id: string; met: boolean; evidence: string[]; advice: string }[];
  readonly error?: { reason: string; message: string };
}

describe("jamt granska with a folder of case documents", () => {
  it("prints a table with a row per file, names the corrupt file on standard error and exits with 1", async () => {
    const exit = await granska(["ärenden"]);
    expect(exit.code, exit.stderr).toBe(EXIT.partial);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    const [header, rule, ...rows] = lines(exit.stdout);
    expect(header).toMatch(/^fil\s+jämställdhetsavsnitt\s+bedömning\s+poäng\s+uppfyllda kriterier$/);
    expect(rule).toMatch(/^[- ]+$/);
    expect(rows.map((row) => row.split(/\s{2,}/)[0])).toEqual(expectedFiles().sort(byShownOrder));
    const corrupt = rows.find((row) => row.startsWith(path.join("ärenden", "trasig.pdf")));
    expect(corrupt).toContain("kunde inte läsas");
    for (const row of rows.filter((r) => r !== corrupt)) {
      expect(row).toMatch(/\s(finns|saknas)\s.*\s\d+\s+\d+\/12$/);
    }
    const errors = lines(exit.stderr).filter((line) => line.includes("trasig.pdf"));
    expect(errors).toEqual([expect.stringMatching(/^ärenden\/trasig\.pdf: Filen är skadad/)]);
    expect(exit.stderr).not.toContain(".dold.txt");
    expect(exit.stdout).not.toContain("anteckningar.odt");
  });

  it("prints one JSON array with exactly the documented fields per document", async () => {
    const exit = await granskaMixedAsJson();
    expect(exit.code, exit.stderr).toBe(EXIT.partial);
    const items = JSON.parse(exit.stdout) as JsonItem[];
    expect(items.map((item) => item.file).sort()).toEqual(expectedFiles().sort());
    for (const item of items) {
      if (item.file.endsWith("trasig.pdf")) {
        expect(item).toEqual({ file: item.file, error: { reason: "corrupt", message: expect.any(String) } });
        continue;
      }
      expect(Object.keys(item).sort()).toEqual(["criteria", "file", "genderSection", "score", "verdict"]);
      expect(["present", "absent"]).toContain(item.genderSection);
      expect(["missing", "insufficient", "adequate", "good"]).toContain(item.verdict);
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(100);
      expect(item.criteria?.map((criterion) => criterion.id)).toEqual([...CRITERION_IDS]);
      for (const criterion of item.criteria ?? []) {
        expect(Object.keys(criterion).sort()).toEqual(["advice", "evidence", "id", "met"]);
      }
    }
  });

  it("gives the .docx and the .pdf made from a case text the same assessment as the text itself", async () => {
    const items = JSON.parse((await granskaMixedAsJson()).stdout) as JsonItem[];
    const stem = SOURCE.replace(/\.(txt|md)$/, "");
    const assessment = (name: string) => {
      const item = items.find((candidate) => candidate.file === path.join("ärenden", name));
      const met = item?.criteria?.filter((criterion) => criterion.met).map((criterion) => criterion.id);
      return { genderSection: item?.genderSection, verdict: item?.verdict, score: item?.score, met };
    };
    const original = assessment(SOURCE);
    expect(original).toMatchObject({ genderSection: "present", verdict: "good" });
    expect(assessment(`${stem}.docx`)).toEqual(original);
    expect(assessment(`${stem}.pdf`)).toEqual(original);
  });

  it("reports a case without a gender impact section as absent and missing", async () => {
    const items = JSON.parse((await granskaMixedAsJson()).stdout) as JsonItem[];
    const item = items.find((candidate) => candidate.file === path.join("ärenden", NO_SECTION));
    expect(item).toMatchObject({ genderSection: "absent", verdict: "missing", score: 0 });
  });

  it("prints CSV with a header and one row per file, one 1/0 column per criterion", async () => {
    const exit = await granska(["ärenden", "--format", "csv"]);
    expect(exit.code, exit.stderr).toBe(EXIT.partial);
    const [header, ...rows] = parseCsv(exit.stdout);
    expect(header).toEqual(["file", "genderSection", "verdict", "score", ...CRITERION_IDS, "error"]);
    expect(rows.map((row) => row[0]).sort()).toEqual(expectedFiles().sort());
    for (const row of rows) {
      if (row[0]?.endsWith("trasig.pdf")) {
        expect(row.at(-1)).toBe("corrupt");
        continue;
      }
      expect(row.slice(4, 4 + CRITERION_IDS.length).every((cell) => cell === "1" || cell === "0")).toBe(true);
      expect(row.at(-1)).toBe("");
    }
  });

  it("exits with 0 when every file could be read, reviewing sub-folders too", async () => {
    const exit = await granska(["läsbara"]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    expect(exit.stderr).toBe("");
    const rows = lines(exit.stdout).slice(2);
    expect(rows.map((row) => row.split(/\s{2,}/)[0])).toEqual([
      path.join("läsbara", SOURCE),
      path.join("läsbara", "undermapp", SOURCE),
    ]);
  });

  it("reviews files given one by one, in the order given", async () => {
    const second = path.join("ärenden", SOURCE);
    const first = path.join("läsbara", "undermapp", SOURCE);
    const exit = await granska([first, second, "--format", "json"]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    expect((JSON.parse(exit.stdout) as JsonItem[]).map((item) => item.file)).toEqual([first, second]);
  });

  it("reports a file given by name in a format it cannot read, and exits with 1", async () => {
    const exit = await granska([path.join("ärenden", "anteckningar.odt"), "--format", "json"]);
    expect(exit.code).toBe(EXIT.partial);
    expect(JSON.parse(exit.stdout)).toEqual([
      {
        file: path.join("ärenden", "anteckningar.odt"),
        error: { reason: "unsupportedFormat", message: expect.any(String) },
      },
    ]);
    expect(exit.stderr).toContain("ärenden/anteckningar.odt: Filformatet stöds inte");
  });

  it("speaks English with JAMT_LANG=en", async () => {
    const exit = await granska(["ärenden"], { JAMT_LANG: "en" });
    expect(exit.code).toBe(EXIT.partial);
    expect(lines(exit.stdout)[0]).toMatch(/^file\s+gender section\s+verdict\s+score\s+criteria met$/);
    expect(exit.stdout).toContain("could not be read");
    expect(exit.stderr).toMatch(/^ärenden\/trasig\.pdf: The file is damaged/m);
  });
});

describe("jamt granska used wrongly", () => {
  it("exits with the usage code and one sentence for an unknown format", async () => {
    const exit = await granska(["läsbara", "--format", "xml"]);
    expect(exit.code).toBe(EXIT.usage);
    expect(exit.stdout).toBe("");
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toEqual(["Okänt format: xml. Välj table, json eller csv."]);
  });

  it("exits with the usage code and names a path that does not exist, reviewing nothing", async () => {
    const exit = await granska(["läsbara", "finns-inte.pdf"]);
    expect(exit.code).toBe(EXIT.usage);
    expect(exit.stdout).toBe("");
    expect(lines(exit.stderr)).toEqual(["Sökvägen finns inte: finns-inte.pdf"]);
  });

  it("exits with the usage code when no file is given", async () => {
    const exit = await granska([]);
    expect(exit.code).toBe(EXIT.usage);
    expect(exit.stdout).toBe("");
    expect(exit.stderr).not.toMatch(STACK_LINE);
  });

  it("exits with the usage code when a folder holds no documents", async () => {
    const empty = path.join(scratch, "tom");
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, "bild.png"), "");
    const exit = await granska(["tom"]);
    expect(exit.code).toBe(EXIT.usage);
    expect(lines(exit.stderr)).toEqual([expect.stringMatching(/^Inga dokument/)]);
  });
});

/** The order the command promises within one folder: Swedish alphabetical, numbers by value. */
function byShownOrder(a: string, b: string): number {
  return new Intl.Collator("sv", { numeric: true }).compare(a, b);
}

/** RFC 4180: fields separated by commas, quoted with "" when they hold a comma, quote or line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
