import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../data/index.js";
import { seedDemoData } from "../services/index.js";
import { EXIT } from "./exit-codes.js";

/**
 * The built `jamt indikatorer` as a real process, on a SQLite data folder holding the demo
 * data, with indicator files of invented figures written here.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = path.join(ROOT, "dist/cli/main.js");
const STACK_LINE = /^\s+at /m;
const PROCESS_TIMEOUT_MS = 60_000;
const NORRBOTTEN = "Region Norrbotten (demo)";

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let dataDir: string;

/** Headers the import guesses; row 4 (the third data row) has a value that is not a number. */
function fileWithBadRow(key: string): string {
  return [
    "Indikator;Namn;År;Kommunkod;Kön;Värde;Antal",
    `${key};Andel chefer;2024;2580;K;45,5;120`,
    `${key};Andel chefer;2024;2580;M;54,5;140`,
    `${key};Andel chefer;2025;2580;K;okänt;100`,
    `${key};Andel chefer;2025;2580;M;50;100`,
    "",
  ].join("\n");
}

/** Headers nothing is guessed from: every column must be named by a flag. */
const UNGUESSABLE = [
  "Mått,Tidpunkt,Ort,Kategori,Resultat",
  "CLI-OWN,2023,0180,K,12.5",
  "CLI-OWN,2023,0180,M,7.25",
  "",
].join("\n");

function write(name: string, text: string): string {
  const file = path.join(dataDir, name);
  writeFileSync(file, text);
  return file;
}

beforeAll(async () => {
  // Incremental, like the checklista tests: what matters is that the command itself was built.
  spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  expect(existsSync(path.join(ROOT, "dist/cli/indikatorer.js")), "the CLI is built").toBe(true);
  dataDir = mkdtempSync(path.join(tmpdir(), "jamt-indikatorer-"));
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

/** Runs `jamt indikatorer …` on the demo data folder, with only PATH and HOME from the environment. */
function indikatorer(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  const keep = ["PATH", "HOME", "TMPDIR", "SystemRoot"];
  const base = Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "indikatorer", ...args],
      { env: { ...base, JAMT_DATA_DIR: dataDir, ...env }, timeout: PROCESS_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The values stored for the indicator with this key in the organisation, as "period sex value". */
async function storedValues(key: string, organisation = NORRBOTTEN): Promise<string[]> {
  const database = await openDatabase({ kind: "sqlite", file: path.join(dataDir, "jamt.sqlite") });
  try {
    const rows = await database.db
      .selectFrom("indicator_values")
      .innerJoin("indicators", "indicators.id", "indicator_values.indicator_id")
      .innerJoin("organisations", "organisations.id", "indicators.organisation_id")
      .where("indicators.source_key", "=", key)
      .where("organisations.name", "=", organisation)
      .select(["indicator_values.period", "indicator_values.sex", "indicator_values.value"])
      .execute();
    return rows.map((row) => `${row.period} ${row.sex} ${row.value}`).sort();
  } finally {
    await database.close();
  }
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

describe("jamt indikatorer --preview", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("prints the guessed mapping, the first rows and the rejected row with its number, and stores nothing", async () => {
    const file = write("chefer.csv", fileWithBadRow("CLI-PREVIEW"));
    const exit = await indikatorer([file, "--org", NORRBOTTEN, "--preview"]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    expect(exit.stderr).toBe("");
    const out = lines(exit.stdout);
    expect(out[0]).toBe("Fil: chefer.csv (CSV), 4 rader.");
    expect(out).toContain("  Indikator           Indikator");
    expect(out).toContain("  Period              År");
    expect(out).toContain("  Område              Kommunkod");
    expect(out).toContain("  Värde               Värde");
    expect(out).toContain("  Indikatorns namn    –");
    // Unmapped columns are kept as further breakdowns.
    expect(out).toContain("  Övriga indelningar  Namn");
    expect(out).toContain("De första 4 raderna:");
    expect(out.find((line) => /^\s+2\s/.test(line))).toMatch(/^\s+2\s+CLI-PREVIEW\s+2024\s+2580\s+K\s+–\s+45,5\s+120/);
    expect(out).toContain("    4  avvisas: Värdet ”okänt” är inte ett tal. Lämna cellen tom om värdet saknas.");
    expect(out).toContain("1 rad avvisas:");
    expect(out).toContain("  Rad 4: Värdet ”okänt” är inte ett tal. Lämna cellen tom om värdet saknas.");
    expect(out.at(-1)).toBe("Förhandsvisning: inget har sparats.");
    expect(await storedValues("CLI-PREVIEW")).toEqual([]);
  });

  it("lays the column flags over the guesses: a file of headers nothing is guessed from, and a moved column", async () => {
    const file = write("egna.csv", UNGUESSABLE);
    const guessed = await indikatorer([file, "--org", NORRBOTTEN, "--preview"]);
    expect(guessed.code).toBe(EXIT.usage);
    expect(lines(guessed.stderr)).toEqual([
      "Kolumnvalet passar inte filen ”egna.csv”. Inget har sparats.",
      "  Välj vilken kolumn som anger indikatorn.",
      "  Välj vilken kolumn som anger perioden (till exempel år).",
      "  Välj vilken kolumn som anger området (till exempel kommun).",
      "  Välj vilken kolumn som anger värdet.",
      "Filens kolumner: ”Mått”, ”Tidpunkt”, ”Ort”, ”Kategori”, ”Resultat”.",
    ]);
    const chosen = ["--indicator", "Mått", "--period", "Tidpunkt", "--area", "Ort", "--sex", "Kategori"];
    const mapped = await indikatorer([file, "--org", NORRBOTTEN, "--preview", ...chosen, "--value", "resultat"]);
    expect(mapped.code, mapped.stderr).toBe(EXIT.ok);
    const out = lines(mapped.stdout);
    expect(out).toContain("  Indikator           Mått");
    expect(out).toContain("  Kön                 Kategori");
    expect(out).toContain("  Värde               Resultat");
    expect(out).toContain("  Övriga indelningar  –");
    expect(out.find((line) => /^\s+3\s/.test(line))).toMatch(/^\s+3\s+CLI-OWN\s+2023\s+0180\s+M\s+–\s+7,25\s+–$/);
    expect(out).toContain("Inga rader avvisas.");

    // A guessed dimension named by a flag becomes that field and leaves the breakdowns.
    const moved = await indikatorer([
      write("namn.csv", fileWithBadRow("CLI-X")),
      "--preview",
      "--indicator-name",
      "Namn",
    ]);
    expect(moved.code, moved.stderr).toBe(EXIT.ok);
    expect(lines(moved.stdout)).toEqual(
      expect.arrayContaining(["  Indikatorns namn    Namn", "  Övriga indelningar  –"]),
    );
    expect(await storedValues("CLI-OWN")).toEqual([]);
  });
});

describe("jamt indikatorer importing", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("refuses a file with a rejected row: names the row and why, stores nothing, exits 1", async () => {
    const file = write("vägrad.csv", fileWithBadRow("CLI-REFUSED"));
    const exit = await indikatorer([file, "--org", NORRBOTTEN]);
    expect(exit.code).toBe(EXIT.partial);
    expect(exit.stdout).toBe("");
    expect(lines(exit.stderr)).toEqual([
      "1 rad kunde inte importeras, så inget har sparats. Rätta raden, eller importera utan den med --skip-rejected.",
      "  Rad 4: Värdet ”okänt” är inte ett tal. Lämna cellen tom om värdet saknas.",
    ]);
    expect(await storedValues("CLI-REFUSED")).toEqual([]);
  });

  it("stores the good rows with --skip-rejected, says what it imported and lists the row left out", async () => {
    const file = write("godkänd.csv", fileWithBadRow("CLI-SKIP"));
    const exit = await indikatorer([
      file,
      "--org",
      NORRBOTTEN,
      "--skip-rejected",
      "--indicator-name",
      "Namn",
      "--measure",
      "share",
      "--unit",
      "procent",
    ]);
    expect(exit.code, exit.stderr).toBe(EXIT.ok);
    expect(exit.stderr).toBe("");
    expect(lines(exit.stdout)).toEqual([
      `Importerade 3 värden till ${NORRBOTTEN}:`,
      expect.stringMatching(
        /^ {2}Andel chefer \(Andel \(procent\), procent\): perioder 2024, 2025; \d+ flaggade? skillnad/,
      ),
      "1 avvisad rad lämnades utanför:",
      "  Rad 4: Värdet ”okänt” är inte ett tal. Lämna cellen tom om värdet saknas.",
    ]);
    expect(await storedValues("CLI-SKIP")).toEqual(["2024 K 45.5", "2024 M 54.5", "2025 M 50"]);
  });
});

describe("jamt indikatorer used wrongly", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("names a column flag the file lacks and the columns it has, stores nothing, exits 2", async () => {
    const file = write("fel-kolumn.csv", fileWithBadRow("CLI-COLUMN").replace(/;okänt;/, ";50;"));
    const exit = await indikatorer([file, "--org", NORRBOTTEN, "--value", "Andel"]);
    expect(exit.code).toBe(EXIT.usage);
    expect(exit.stdout).toBe("");
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toEqual([
      "Kolumnvalet passar inte filen ”fel-kolumn.csv”. Inget har sparats.",
      "  Kolumnen ”Andel” finns inte i filen.",
      "Filens kolumner: ”Indikator”, ”Namn”, ”År”, ”Kommunkod”, ”Kön”, ”Värde”, ”Antal”.",
    ]);
    expect(await storedValues("CLI-COLUMN")).toEqual([]);
  });

  it("names the organisations close to an unknown name and exits 2", async () => {
    const exit = await indikatorer([write("org.csv", fileWithBadRow("CLI-ORG")), "--org", "Region Norbotten"]);
    expect(exit.code).toBe(EXIT.usage);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(lines(exit.stderr)).toEqual([
      "Organisationen ”Region Norbotten” finns inte.",
      `Menade du: ”${NORRBOTTEN}”?`,
    ]);
  });

  it("says in one sentence that a file is missing, unreadable as indicators, or that --org is missing", async () => {
    const missing = await indikatorer([path.join(dataDir, "finns-inte.csv"), "--org", NORRBOTTEN]);
    expect(missing.code).toBe(EXIT.usage);
    expect(lines(missing.stderr)).toEqual([`Filen ”${path.join(dataDir, "finns-inte.csv")}” finns inte.`]);
    const wrongKind = await indikatorer([write("anteckning.pdf", "inte en tabell"), "--org", NORRBOTTEN]);
    expect(wrongKind.code).toBe(EXIT.usage);
    expect(wrongKind.stderr).not.toMatch(STACK_LINE);
    expect(lines(wrongKind.stderr)).toEqual([
      "Filen ”anteckning.pdf” kunde inte läsas som indikatorer. Inget har sparats.",
      "  Filformatet stöds inte. Använd .csv eller .xlsx.",
    ]);
    const noOrg = await indikatorer([write("utan-org.csv", fileWithBadRow("CLI-NOORG"))]);
    expect(noOrg.code).toBe(EXIT.usage);
    expect(lines(noOrg.stderr)).toEqual([expect.stringMatching(/^Ange organisationen med --org/)]);
    const measure = await indikatorer([write("mått.csv", UNGUESSABLE), "--org", NORRBOTTEN, "--measure", "procent"]);
    expect(measure.code).toBe(EXIT.usage);
    expect(lines(measure.stderr)).toEqual(["Okänt mått: procent. Välj share, rate, mean, count eller value."]);
  });
});

describe("jamt indikatorer in English", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("previews, refuses and names an unknown column in English with JAMT_LANG=en", async () => {
    const file = write("managers.csv", fileWithBadRow("CLI-ENGLISH"));
    const preview = await indikatorer([file, "--org", NORRBOTTEN, "--preview"], { JAMT_LANG: "en" });
    expect(preview.code, preview.stderr).toBe(EXIT.ok);
    const out = lines(preview.stdout);
    expect(out[0]).toBe("File: managers.csv (CSV), 4 rows.");
    expect(out).toContain("The first 4 rows:");
    expect(out.find((line) => /^\s+2\s/.test(line))).toMatch(/\s45\.5\s+120\s/);
    expect(out).toContain("1 row is rejected:");
    expect(out.at(-1)).toBe("Preview: nothing has been saved.");
    const refused = await indikatorer([file, "--org", NORRBOTTEN], { JAMT_LANG: "en" });
    expect(refused.code).toBe(EXIT.partial);
    expect(lines(refused.stderr)[0]).toBe(
      "1 row could not be imported, so nothing has been saved. Correct the row, or import without it with --skip-rejected.",
    );
    expect(lines(refused.stderr)[1]).toMatch(/^ {2}Row 4: /);
    const column = await indikatorer([file, "--org", NORRBOTTEN, "--period", "Year"], { JAMT_LANG: "en" });
    expect(column.code).toBe(EXIT.usage);
    expect(lines(column.stderr)[0]).toBe(
      'The column choices do not fit the file "managers.csv". Nothing has been saved.',
    );
    const organisation = await indikatorer([file, "--org", "Ankeborgs kommun"], { JAMT_LANG: "en" });
    expect(organisation.code).toBe(EXIT.usage);
    expect(lines(organisation.stderr)[0]).toBe('There is no organisation "Ankeborgs kommun".');
    expect(await storedValues("CLI-ENGLISH")).toEqual([]);
  });
});
