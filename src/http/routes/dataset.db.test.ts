import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { type TestDatabase, testDatabases } from "../../../test/support/test-database.js";

/**
 * Individual-level datasets, and THE IDENTITY-NUMBER TEST: a file of Skatteverket's test
 * numbers (and a few invalid ones) is uploaded, broken down, exported and saved as an
 * indicator; then the database (the SQLite file, or every text column of every table on
 * PostgreSQL), the Parquet file, the server's debug log, every answer and every export are
 * searched for the numbers in their 12- and 10-digit forms. None may be there.
 */

const SHARED = path.resolve(import.meta.dirname, "../../../../shared/data");
const VALID: string[] = readFileSync(path.join(SHARED, "skatteverket_testpersonnummer_2000-2009.csv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.trim())
  .filter((line) => /^\d{12}$/.test(line));

/** Invalid numbers and the lines (header = line 1) they are put on. */
const INVALID = [
  { line: 12, number: `${VALID[0]?.slice(0, 11)}${(Number(VALID[0]?.slice(11)) + 1) % 10}` }, // wrong check digit
  { line: 25, number: "20001301-2384" }, // month 13
  { line: 40, number: "200502310003" }, // 31 February
];

/** Every number in the forms it must never be found in: 12 digits and 10 digits (separators removed before matching). */
const FORBIDDEN = new Set(
  [...VALID, ...INVALID.map((entry) => entry.number.replace(/\D/g, ""))].flatMap((digits) => [digits, digits.slice(2)]),
);

/** The numbers found in a text: any run of digits (with - or + between) holding a forbidden 10- or 12-digit form. */
function identityNumbersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d[\d+-]{8,}\d/g)) {
    const digits = match[0].replace(/[+-]/g, "");
    for (const length of [10, 12]) {
      for (let start = 0; start + length <= digits.length; start++) {
        const candidate = digits.slice(start, start + length);
        if (FORBIDDEN.has(candidate)) found.push(candidate);
      }
    }
  }
  return found;
}

/** The dataset file: the numbers written as 12 digits, as YYMMDD-NNNC and as YYYYMMDD-NNNC; four people in Arjeplog. */
function datasetCsv(): { text: string; people: number } {
  const lines = ["personnummer,kommun,diagnosgrupp,kostnad"];
  let index = 0;
  const invalidAt = new Map(INVALID.map((entry) => [entry.line, entry.number]));
  for (const number of VALID) {
    while (invalidAt.has(lines.length + 1)) {
      lines.push(`${invalidAt.get(lines.length + 1)},2580,J,500`);
    }
    const written =
      index % 3 === 0
        ? number
        : index % 3 === 1
          ? `${number.slice(2, 8)}-${number.slice(8)}`
          : `${number.slice(0, 8)}-${number.slice(8)}`;
    const kommun = index < 4 ? "2506" : ["2580", "2581", "2584"][index % 3];
    const diagnosis = ["F", "J", "M"][index % 3];
    lines.push(`${written},${kommun},${diagnosis},${100 + ((index * 37) % 900)}`);
    index++;
  }
  return { text: `${lines.join("\n")}\n`, people: VALID.length };
}

describe.each(testDatabases())("individual-level datasets on $name", (databaseFactory) => {
  let t: TestApp;
  let database: TestDatabase;
  let analyst: TestClient;
  let base: string;
  let dataDir: string;
  const log: string[] = [];
  /** Every answer's body and every export's text, to search afterwards. */
  const answers: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "jamt-datasets-"));
    const logStream = new PassThrough();
    logStream.on("data", (chunk: Buffer) => log.push(chunk.toString("utf8")));
    database = databaseFactory.create();
    t = await startTestApp(database, { dataDir, logLevel: "debug" }, logStream);
    analyst = await t.loginAs("analytiker@norrbotten.demo");
    const admin = await t.loginAs("admin@norrbotten.demo");
    base = `/api/v1/organisations/${(await admin.get("/api/v1/me")).json().memberships[0].organisation.id}`;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(response: Promise<{ statusCode: number; body: string; rawPayload: Buffer }>) {
    const answer = await response;
    answers.push(answer.body);
    return answer;
  }

  let datasetId: string;

  it("converts an uploaded file to Parquet without the identity numbers, reporting invalid ones by row only", async () => {
    const { text, people } = datasetCsv();
    const response = await call(
      analyst.upload(
        `${base}/datasets?fileName=vardkontakter.csv&name=V%C3%A5rdkontakter&pnrColumn=personnummer&referenceDate=2026-01-01`,
        new TextEncoder().encode(text),
      ),
    );
    expect(response.statusCode, response.body).toBe(201);
    const dataset = JSON.parse(response.body);
    datasetId = dataset.id;
    expect(dataset).toMatchObject({
      name: "Vårdkontakter",
      fileName: "vardkontakter.csv",
      rowCount: people,
      referenceDate: "2026-01-01",
      invalidIdentity: { count: 3, rows: INVALID.map((entry) => entry.line) },
    });
    const columns = dataset.columns.map((c: { name: string }) => c.name);
    expect(columns).toEqual(expect.arrayContaining(["kommun", "diagnosgrupp", "kostnad", "kon", "alder"]));
    expect(columns).not.toContain("personnummer");
    expect(readdirSync(path.join(dataDir, "datasets"))).toEqual([`${datasetId}.parquet`]);
    expect(readdirSync(path.join(dataDir, "uploads"))).toEqual([]);
    const listed = JSON.parse((await call(analyst.get(`${base}/datasets`))).body).datasets;
    expect(listed.map((d: { id: string }) => d.id)).toContain(datasetId);
  });

  it("breaks the dataset down by area with the mean cost, withholding the small area, and exports it", async () => {
    const response = await call(
      analyst.post(`${base}/datasets/${datasetId}/breakdown`, {
        by: ["kommun"],
        ageBands: "0-19,20-64,65+",
        mean: "kostnad",
      }),
    );
    expect(response.statusCode, response.body).toBe(200);
    const { rows, minCell, methods } = JSON.parse(response.body);
    expect(minCell).toBe(5);
    expect(methods).toMatchObject({ legalSex: true, referenceDate: "2026-01-01", minCell: 5, suppressionMark: ".." });
    const lulea = rows.filter((row: { group: { value: string }[] }) => row.group[0]?.value === "2580");
    expect(lulea.length).toBeGreaterThan(0);
    const arjeplog = rows.filter((row: { group: { value: string }[] }) => row.group[0]?.value === "2506");
    expect(arjeplog.length).toBeGreaterThan(0);
    for (const row of arjeplog) expect(row.n, JSON.stringify(row)).toEqual({ kind: "suppressed" });
    for (const row of arjeplog) expect(row.suppressed).toBe(true);
    // Small, secondary and derived cells look alike to the reader: no reason leaves the server.
    expect(response.body).not.toMatch(/"(small|secondary|derived)"/);

    const csv = await call(
      analyst.get(`${base}/datasets/${datasetId}/breakdown.csv?by=kommun&ageBands=0-19,20-64,65%2B&mean=kostnad`),
    );
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.split(/\r?\n/);
    const arjeplogLines = lines.filter((line) => line.startsWith("2506;"));
    expect(arjeplogLines.length).toBeGreaterThan(0);
    for (const line of arjeplogLines) expect(line.split(";")[3]).toBe("..");
    expect(csv.body).toContain("Vårdkontakter");

    const xlsx = await call(analyst.get(`${base}/datasets/${datasetId}/breakdown.xlsx?by=kommun&mean=kostnad`));
    expect(xlsx.statusCode).toBe(200);
    answers.push(await workbookText(xlsx.rawPayload));
  });

  it("gives rates per 1,000 inhabitants with an imported population as the denominator", async () => {
    const population = [
      "Indikator;År;Kommun;Kön;Värde",
      ...["2580", "2581", "2584", "2506"].flatMap((kommun) => [
        `Folkmängd;2025;${kommun};K;40000`,
        `Folkmängd;2025;${kommun};M;40000`,
      ]),
    ].join("\n");
    const imported = await call(
      analyst.upload(
        `${base}/indicators/import?fileName=folkmangd.csv&role=population`,
        new TextEncoder().encode(population),
      ),
    );
    expect(imported.statusCode, imported.body).toBe(201);
    const populationId = JSON.parse(imported.body).indicators[0].id;
    const response = await call(
      analyst.post(`${base}/datasets/${datasetId}/breakdown`, {
        by: ["kommun"],
        populationIndicatorId: populationId,
        populationPeriod: "2025",
      }),
    );
    expect(response.statusCode, response.body).toBe(200);
    const rows = JSON.parse(response.body).rows as {
      group: { value: string }[];
      sex: string;
      n: { kind: string; value?: number };
      measures: { ratePerThousand?: { kind: string; value?: { kind: string; value: number } } };
    }[];
    const women = rows.find((row) => row.group[0]?.value === "2580" && row.sex === "K");
    expect(women?.n.kind).toBe("shown");
    expect(women?.measures.ratePerThousand?.value?.value).toBeCloseTo(((women?.n.value as number) / 40000) * 1000, 6);
    const missing = await call(
      analyst.post(`${base}/datasets/${datasetId}/breakdown`, { by: ["kommun"], populationIndicatorId: datasetId }),
    );
    expect(missing.statusCode).toBe(404);
  });

  it("saves the breakdown as an indicator whose view and export apply disclosure control", async () => {
    const saved = await call(
      analyst.post(`${base}/datasets/${datasetId}/indicator`, {
        name: "Kostnad per patient",
        period: "2025",
        by: ["kommun"],
        mean: "kostnad",
        measureKind: "mean",
      }),
    );
    expect(saved.statusCode, saved.body).toBe(201);
    const summary = JSON.parse(saved.body);
    expect(summary).toMatchObject({ sourceKind: "dataset", measureKind: "mean", periods: ["2025"] });
    const view = JSON.parse((await call(analyst.get(`${base}/indicators/${summary.id}`))).body);
    const arjeplog = view.values.filter((v: { areaCode: string }) => v.areaCode === "2506");
    expect(arjeplog.length).toBe(3);
    for (const value of arjeplog) expect(value.value).toEqual({ kind: "suppressed" });
    const lulea = view.values.find((v: { areaCode: string; sex: string }) => v.areaCode === "2580" && v.sex === "K");
    expect(lulea.value.kind).toBe("shown");
    expect(lulea.count.kind).toBe("shown");
    await call(analyst.get(`${base}/indicators/${summary.id}/export.csv`));
    const noMean = await call(
      analyst.post(`${base}/datasets/${datasetId}/indicator`, {
        name: "Utan kolumn",
        period: "2025",
        by: [],
        measureKind: "mean",
      }),
    );
    expect(noMean.statusCode).toBe(400);
    expect(JSON.parse(noMean.body).error.code).toBe("mean_required");
    const xlsx = await call(analyst.get(`${base}/indicators/${summary.id}/export.xlsx`));
    answers.push(await workbookText(xlsx.rawPayload));
  });

  it("refuses bad uploads with a clear message, and leaves no file behind", async () => {
    const missingColumn = await call(
      analyst.upload(`${base}/datasets?fileName=fel.csv&pnrColumn=pnr`, new TextEncoder().encode(datasetCsv().text)),
    );
    expect(missingColumn.statusCode).toBe(400);
    expect(JSON.parse(missingColumn.body).error.code).toBe("dataset_failed");
    const onlyInvalid = await call(
      analyst.upload(
        `${base}/datasets?fileName=ogiltiga.csv&pnrColumn=personnummer`,
        new TextEncoder().encode(`personnummer,kommun\n${INVALID.map((entry) => `${entry.number},2580`).join("\n")}\n`),
      ),
    );
    expect(onlyInvalid.statusCode).toBe(400);
    const broken = await call(
      analyst.upload(
        `${base}/datasets?fileName=trasig.csv&pnrColumn=personnummer`,
        // Past DuckDB's sample of the first 20,480 lines, so that the file is read as CSV and fails late.
        new TextEncoder().encode(
          `personnummer,kommun\n${Array.from({ length: 25_000 }, (_, i) => `${VALID[i % VALID.length]},2580`).join("\n")}\n${VALID[2]},2580,"aldrig avslutad\n`,
        ),
      ),
    );
    expect(broken.statusCode).toBe(400);
    const brokenDetails = JSON.parse(broken.body)
      .error.details.map((d: { message: string }) => d.message)
      .join(" ");
    expect(brokenDetails).toContain("”trasig.csv”");
    expect(brokenDetails).not.toContain(dataDir);
    const wrongFormat = await call(analyst.upload(`${base}/datasets?fileName=data.xlsx`, new Uint8Array([1, 2, 3])));
    expect(wrongFormat.statusCode).toBe(400);
    expect(JSON.parse(wrongFormat.body).error.code).toBe("unsupported_dataset_format");
    expect(readdirSync(path.join(dataDir, "uploads"))).toEqual([]);
    expect(readdirSync(path.join(dataDir, "datasets"))).toEqual([`${datasetId}.parquet`]);
  });

  it("never lets an identity number reach the database, the Parquet file, the log, an answer or an export", async () => {
    // The search itself finds what it looks for, in every form.
    expect(identityNumbersIn(`x ${VALID[5]} y`)).toContain(VALID[5]);
    expect(identityNumbersIn(`x ${VALID[5]?.slice(2, 8)}-${VALID[5]?.slice(8)} y`)).toEqual([VALID[5]?.slice(2)]);
    expect(identityNumbersIn(`"${VALID[5]?.slice(0, 8)}-${VALID[5]?.slice(8)}"`)).toContain(VALID[5]);

    expect(identityNumbersIn(answers.join("\n"))).toEqual([]);
    expect(identityNumbersIn(log.join(""))).toEqual([]);
    expect(log.join("").length).toBeGreaterThan(1000); // debug logging did run

    const parquet = path.join(dataDir, "datasets", `${datasetId}.parquet`);
    expect(identityNumbersIn(readFileSync(parquet).toString("latin1"))).toEqual([]);
    expect(identityNumbersIn(await parquetText(parquet))).toEqual([]);

    expect(identityNumbersIn(await databaseText(t, database))).toEqual([]);
  });

  it("deletes a dataset together with its Parquet file", async () => {
    const deleted = await analyst.delete(`${base}/datasets/${datasetId}`);
    expect(deleted.statusCode).toBe(204);
    expect(existsSync(path.join(dataDir, "datasets", `${datasetId}.parquet`))).toBe(false);
    expect((await analyst.get(`${base}/datasets/${datasetId}`)).statusCode).toBe(404);
  });
});

async function workbookText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      cells.push((row.values as unknown[]).map((value) => String(value ?? "")).join(" | "));
    });
  });
  return cells.join("\n");
}

/** Every value of the Parquet file as text, read by DuckDB. */
async function parquetText(file: string): Promise<string> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`);
    const names = reader.columnNames().join(",");
    return `${names}\n${reader
      .getRows()
      .map((row) => row.map((value) => String(value)).join(","))
      .join("\n")}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The SQLite file (and its write-ahead log) as bytes, or every text column of every table on PostgreSQL. */
async function databaseText(t: TestApp, database: TestDatabase): Promise<string> {
  if (database.config.kind === "sqlite") {
    const file = database.config.file;
    return [file, `${file}-wal`]
      .filter((name) => existsSync(name))
      .map((name) => readFileSync(name).toString("latin1"))
      .join("\n");
  }
  const db = t.application.database.db;
  const schema = database.config.schema as string;
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = ${schema} and data_type in ('text', 'character varying', 'json', 'jsonb')`.execute(db);
  expect(columns.rows.length).toBeGreaterThan(20);
  const texts: string[] = [];
  for (const { table_name, column_name } of columns.rows) {
    const rows = await sql<{
      value: string | null;
    }>`select ${sql.ref(`${schema}.${table_name}.${column_name}`)}::text as value from ${sql.table(`${schema}.${table_name}`)}`.execute(
      db,
    );
    for (const row of rows.rows) if (row.value !== null) texts.push(row.value);
  }
  return texts.join("\n");
}
