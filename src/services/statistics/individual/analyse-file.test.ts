import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type BreakdownRow, parseAgeBands } from "../../../core/statistics/index.js";
import { AGE_BAND_COLUMN, analyseIndividualFile } from "./analyse-file.js";
import type { Breakdown, BreakdownOutcome } from "./types.js";

const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/individual/", import.meta.url));
const CSV = path.join(FIXTURES, "vardkontakter.csv");
const PARQUET = path.join(FIXTURES, "vardkontakter.parquet");
const identity = { column: "personnummer", referenceDate: "2025-12-31" };

function breakdown(outcome: BreakdownOutcome): Breakdown {
  if (outcome.kind !== "breakdown") throw new Error(`failed: ${JSON.stringify(outcome.reasons)}`);
  return outcome;
}

function row(rows: readonly BreakdownRow[], values: readonly string[], sex: "K" | "M" | "T"): BreakdownRow {
  const found = rows.find((r) => r.sex === sex && r.group.map((key) => key.value).join("|") === values.join("|"));
  if (!found) throw new Error(`no row ${values.join("|")} ${sex}`);
  return found;
}

function shownEstimate(reported: unknown): { value: number; interval: { lower: number; upper: number } } {
  const cell = reported as { kind: string; value: { kind: string } };
  if (cell?.kind !== "shown" || cell.value.kind !== "estimate")
    throw new Error(`not an estimate: ${JSON.stringify(reported)}`);
  return cell.value as unknown as { value: number; interval: { lower: number; upper: number } };
}

describe("analyseIndividualFile", () => {
  it("breaks care contacts down by municipality and sex with the figures worked out by hand", async () => {
    const result = breakdown(
      await analyseIndividualFile(CSV, { identity, by: ["kommun"], ageBands: null, mean: "kostnad", minCell: 3 }),
    );
    expect(result.analysedRows).toBe(24);
    expect(result.rows.map((r) => `${r.group[0]?.value} ${r.sex}`)).toEqual([
      "2506 K",
      "2506 M",
      "2506 T",
      "2580 K",
      "2580 M",
      "2580 T",
    ]);
    expect(row(result.rows, ["2580"], "K").n).toEqual({ kind: "shown", value: 8 });
    expect(row(result.rows, ["2580"], "M").n).toEqual({ kind: "shown", value: 6 });
    expect(row(result.rows, ["2506"], "K").n).toEqual({ kind: "shown", value: 3 });
    expect(row(result.rows, ["2506"], "M").n).toEqual({ kind: "shown", value: 7 });
    // Women in Luleå: 100 … 800 kr, mean 450 ± t(0.975; 7) · 100√6/√8.
    const women = shownEstimate(row(result.rows, ["2580"], "K").measures.mean);
    expect(women.value).toBeCloseTo(450, 9);
    expect(women.interval.lower).toBeCloseTo(245.2175, 3);
    expect(women.interval.upper).toBeCloseTo(654.7825, 3);
    expect(row(result.rows, ["2580"], "K").measures.median).toEqual({ kind: "shown", value: 450 });
    expect(shownEstimate(row(result.rows, ["2580"], "M").measures.mean).value).toBeCloseTo(700, 9);
    // Both: 7800 / 14, median of the 7th and 8th values (500 and 600).
    const total = row(result.rows, ["2580"], "T");
    expect(shownEstimate(total.measures.mean).value).toBeCloseTo(7800 / 14, 9);
    expect(total.measures.median).toEqual({ kind: "shown", value: 550 });
    expect(shownEstimate(total.measures.shareOfWomen).value).toBeCloseTo(8 / 14, 12);
    // Welch: −250 with df 8.1308 and se √(60000/8 + 140000/6).
    const gap = total.measures.gaps?.mean;
    if (gap?.kind !== "shown") throw new Error("mean gap withheld");
    const difference = shownEstimate({ kind: "shown", value: gap.value.difference });
    expect(difference.value).toBeCloseTo(-250, 9);
    expect(difference.interval.lower).toBeCloseTo(-653.7897, 2);
    expect(difference.interval.upper).toBeCloseTo(153.7897, 2);
    expect(gap.value.clear).toBe(false);
  });

  it("counts invalid identity numbers and reports the CSV lines a user sees, never the number", async () => {
    const result = breakdown(
      await analyseIndividualFile(CSV, { identity, by: ["kommun"], ageBands: null, minCell: 5 }),
    );
    // Line 16–17 is one record and line 26 is blank: the records are 11, 16 and 26.
    expect(result.invalidIdentity).toEqual({ count: 3, rows: [12, 18, 29] });
    expect(JSON.stringify(result)).not.toMatch(/20000101-2385|okänt|\d{10}/);
  });

  it("reads the same figures from Parquet, with Parquet row numbers for the invalid ones", async () => {
    const spec = { identity, by: ["kommun"], ageBands: null, mean: "kostnad", minCell: 3 } as const;
    const fromParquet = breakdown(await analyseIndividualFile(PARQUET, spec));
    const fromCsv = breakdown(await analyseIndividualFile(CSV, spec));
    expect(fromParquet.rows).toEqual(fromCsv.rows);
    expect(fromParquet.invalidIdentity).toEqual({ count: 3, rows: [11, 16, 26] });
  });

  it("withholds the small cell and the secondary cells, marked and never 0", async () => {
    const result = breakdown(
      await analyseIndividualFile(CSV, { identity, by: ["kommun"], ageBands: null, mean: "kostnad", minCell: 5 }),
    );
    expect(row(result.rows, ["2506"], "K").n).toEqual({ kind: "suppressed", reason: "small" });
    expect(row(result.rows, ["2506"], "M").n).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(row(result.rows, ["2580"], "K").n).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(row(result.rows, ["2580"], "M").n).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(row(result.rows, ["2506"], "T").n).toEqual({ kind: "shown", value: 10 });
    expect(row(result.rows, ["2580"], "T").n).toEqual({ kind: "shown", value: 14 });
    expect(row(result.rows, ["2506"], "K").measures.mean).toEqual({ kind: "suppressed", reason: "derived" });
    expect(row(result.rows, ["2506"], "T").measures.shareOfWomen).toEqual({ kind: "suppressed", reason: "derived" });
    expect(result.methods).toMatchObject({
      legalSex: true,
      referenceDate: "2025-12-31",
      minCell: 5,
      suppressionMark: "..",
    });
  });

  it("divides by age band from the identity numbers' birth dates", async () => {
    const bands = parseAgeBands("0-17,18+");
    if (bands.kind !== "ok") throw new Error("bands");
    const result = breakdown(
      await analyseIndividualFile(CSV, {
        identity,
        by: ["kommun"],
        ageBands: bands.bands,
        mean: "kostnad",
        minCell: 1,
      }),
    );
    expect(result.rows[0]?.group.map((key) => key.column)).toEqual(["kommun", AGE_BAND_COLUMN]);
    expect(row(result.rows, ["2580", "0-17"], "K").n).toEqual({ kind: "shown", value: 3 });
    expect(row(result.rows, ["2580", "0-17"], "M").n).toEqual({ kind: "shown", value: 2 });
    expect(row(result.rows, ["2580", "18+"], "K").n).toEqual({ kind: "shown", value: 5 });
    expect(shownEstimate(row(result.rows, ["2580", "0-17"], "K").measures.mean).value).toBeCloseTo(700, 9);
    expect(shownEstimate(row(result.rows, ["2580", "18+"], "M").measures.mean).value).toBeCloseTo(500, 9);
    expect(row(result.rows, ["2506", "18+"], "M").n).toEqual({ kind: "shown", value: 7 });
    // Arjeplog has no one under 18: no empty group is invented.
    expect(result.rows.some((r) => r.group[0]?.value === "2506" && r.group[1]?.value === "0-17")).toBe(false);
  });

  it("reads ; with decimal comma, sex and age columns, and leaves out a row whose sex cannot be read", async () => {
    const bands = parseAgeBands("0-17,18-64,65+");
    if (bands.kind !== "ok") throw new Error("bands");
    const result = breakdown(
      await analyseIndividualFile(path.join(FIXTURES, "kon-och-alder.csv"), {
        by: ["kommun"],
        ageBands: bands.bands,
        mean: "kostnad",
        minCell: 1,
      }),
    );
    expect(result.excludedRows).toBe(1);
    expect(result.analysedRows).toBe(7);
    expect(result.methods.referenceDate).toBeNull();
    expect(row(result.rows, ["0180", "18-64"], "K").measures.mean).toMatchObject({
      kind: "shown",
      value: { kind: "no_estimate", reason: "too_few_observations" },
    });
    expect(row(result.rows, ["0180", "18-64"], "K").measures.median).toEqual({ kind: "shown", value: 1250.5 });
    expect(row(result.rows, ["0180", "65+"], "K").measures.median).toEqual({ kind: "shown", value: 2000.75 });
    expect(row(result.rows, ["0180", "0-17"], "M").measures.median).toEqual({ kind: "shown", value: 99.5 });
    // SCB's codes: 2 is a woman, 1 a man.
    expect(row(result.rows, ["2580", "18-64"], "K").measures.median).toEqual({ kind: "shown", value: 10 });
    expect(row(result.rows, ["2580", "18-64"], "M").measures.median).toEqual({ kind: "shown", value: 20 });
  });

  it("gives rates per 1,000 when populations are given", async () => {
    const result = breakdown(
      await analyseIndividualFile(CSV, {
        identity,
        by: ["kommun"],
        ageBands: null,
        minCell: 3,
        populations: {
          rows: [
            { group: [{ column: "kommun", value: "2580" }], ageBand: null, sex: "K", population: 4000 },
            { group: [{ column: "kommun", value: "2580" }], ageBand: null, sex: "M", population: 3000 },
          ],
        },
      }),
    );
    expect(shownEstimate(row(result.rows, ["2580"], "K").measures.ratePerThousand).value).toBeCloseTo(2, 12);
    expect(shownEstimate(row(result.rows, ["2580"], "T").measures.ratePerThousand).value).toBeCloseTo(2, 12);
    expect(row(result.rows, ["2506"], "K").measures.ratePerThousand).toBeUndefined();
  });

  it("tells a progress listener how far it has come, ending at 100 of 100", async () => {
    const calls: [number, number | null][] = [];
    await analyseIndividualFile(CSV, {
      identity,
      by: ["kommun"],
      ageBands: null,
      minCell: 5,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.at(-1)).toEqual([100, 100]);
    expect(calls.every(([done, total]) => done >= 0 && done <= 100 && total === 100)).toBe(true);
  });

  it("fails with a value naming the missing column and the columns the file has", async () => {
    const outcome = await analyseIndividualFile(CSV, { identity, by: ["lan"], ageBands: null, minCell: 5 });
    expect(outcome).toEqual({
      kind: "failed",
      reasons: [
        {
          key: "statisticsEngine.failed.missingColumn",
          params: { column: "lan", columns: "personnummer, kommun, diagnosgrupp, kostnad" },
        },
      ],
    });
  });

  it("fails when the measure is not numeric, naming the first line", async () => {
    const outcome = await analyseIndividualFile(path.join(FIXTURES, "ej-numerisk.csv"), {
      by: [],
      ageBands: null,
      mean: "kostnad",
      minCell: 1,
    });
    expect(outcome).toEqual({
      kind: "failed",
      reasons: [{ key: "statisticsEngine.failed.notNumeric", params: { column: "kostnad", count: 2, row: 3 } }],
    });
  });

  it("fails for a missing file, an unreadable one, and a file without one valid row", async () => {
    const missing = await analyseIndividualFile(path.join(FIXTURES, "finns-inte.csv"), {
      by: [],
      ageBands: null,
      minCell: 5,
    });
    expect(missing).toMatchObject({ kind: "failed", reasons: [{ key: "statisticsEngine.failed.notFound" }] });
    const scratch = path.join(tmpdir(), `jamt-engine-${process.pid}`);
    writeFileSync(`${scratch}-trasig.parquet`, Buffer.from("PAR1 inte parquet alls"));
    const broken = await analyseIndividualFile(`${scratch}-trasig.parquet`, { by: [], ageBands: null, minCell: 5 });
    expect(broken).toMatchObject({ kind: "failed", reasons: [{ key: "statisticsEngine.failed.unreadable" }] });
    writeFileSync(`${scratch}-ogiltiga.csv`, "pnr,kostnad\n20000101-2385,5\nokänt,7\n");
    const none = await analyseIndividualFile(`${scratch}-ogiltiga.csv`, {
      identity: { column: "pnr", referenceDate: "2025-12-31" },
      by: [],
      ageBands: null,
      minCell: 5,
    });
    expect(none).toEqual({
      kind: "failed",
      reasons: [{ key: "statisticsEngine.failed.noValidRows", params: { invalid: 2 } }],
    });
    expect(JSON.stringify(none)).not.toContain("2385");
  });
});
