import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { analyseIndividualFile } from "./analyse-file.js";
import { convertIndividualFile } from "./convert-file.js";
import { queryRows, withDuckDb } from "./duckdb-session.js";
import { sqlString } from "./sql-text.js";

const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/individual/", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "jamt-convert-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("convertIndividualFile", () => {
  it("writes Parquet with kon and alder and without the identity column or any number from it", async () => {
    const target = path.join(scratch, "dataset.parquet");
    const outcome = await convertIndividualFile(path.join(FIXTURES, "vardkontakter.csv"), target, {
      identity: { column: "personnummer", referenceDate: "2025-12-31" },
    });
    expect(outcome).toMatchObject({
      kind: "converted",
      rowCount: 24,
      invalidIdentity: { count: 3, rows: [12, 18, 29] },
      excludedRows: 0,
      referenceDate: "2025-12-31",
    });
    if (outcome.kind !== "converted") return;
    expect(outcome.columns.map((column) => column.name)).toEqual(["kommun", "diagnosgrupp", "kostnad", "kon", "alder"]);
    const rows = await withDuckDb((connection) =>
      queryRows(
        connection,
        `SELECT kommun, kon, alder, count(*) AS n FROM read_parquet(${sqlString(target)}) GROUP BY ALL ORDER BY ALL`,
      ),
    );
    expect(rows).toEqual([
      { kommun: "2506", kon: "K", alder: 21, n: 3n },
      { kommun: "2506", kon: "M", alder: 21, n: 7n },
      { kommun: "2580", kon: "K", alder: 17, n: 3n },
      { kommun: "2580", kon: "K", alder: 25, n: 5n },
      { kommun: "2580", kon: "M", alder: 17, n: 2n },
      { kommun: "2580", kon: "M", alder: 25, n: 4n },
    ]);
    // Not one identity number, in any form, in the bytes of the file.
    const bytes = readFileSync(target).toString("latin1");
    expect(bytes).not.toMatch(/\d{6}[-+]?\d{4}/);
  });

  it("gives a converted dataset that the breakdown reads through kon and alder", async () => {
    const target = path.join(scratch, "again.parquet");
    await convertIndividualFile(path.join(FIXTURES, "vardkontakter.csv"), target, {
      identity: { column: "personnummer", referenceDate: "2025-12-31" },
    });
    const outcome = await analyseIndividualFile(target, {
      by: ["kommun"],
      ageBands: null,
      minCell: 3,
      mean: "kostnad",
    });
    expect(outcome.kind).toBe("breakdown");
    if (outcome.kind !== "breakdown") return;
    expect(outcome.analysedRows).toBe(24);
    expect(outcome.invalidIdentity.count).toBe(0);
  });

  it("fails with a value for a missing identity column or a bad reference date", async () => {
    const source = path.join(FIXTURES, "vardkontakter.csv");
    const target = path.join(scratch, "never.parquet");
    expect(
      await convertIndividualFile(source, target, { identity: { column: "pnr", referenceDate: "2025-12-31" } }),
    ).toMatchObject({
      kind: "failed",
      reasons: [{ key: "statisticsEngine.failed.missingColumn", params: { column: "pnr" } }],
    });
    expect(
      await convertIndividualFile(source, target, {
        identity: { column: "personnummer", referenceDate: "2025-02-30" },
      }),
    ).toMatchObject({ kind: "failed", reasons: [{ key: "statisticsEngine.failed.badReferenceDate" }] });
  });
});
