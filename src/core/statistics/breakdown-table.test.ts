import { describe, expect, it } from "vitest";
import type { BreakdownRow } from "./breakdown-row.js";
import { breakdownRows, type GroupSums, type MeasureSummary } from "./breakdown-table.js";

const kommun = (value: string) => [{ column: "kommun", value }];

/** Women 2, 4, 6 and men 1, 2, 3, 4 (kronor), summarised as the engine's query would. */
const women: MeasureSummary = { n: 3, mean: 4, sd: 2, median: 4 };
const men: MeasureSummary = { n: 4, mean: 2.5, sd: Math.sqrt(5 / 3), median: 2.5 };
const all: MeasureSummary = { n: 7, mean: 19 / 7, sd: 1.6761634196950517, median: 3 };

const small: GroupSums = {
  group: kommun("2505"),
  women: { n: 3, measure: women },
  men: { n: 4, measure: men },
  total: { n: 7, measure: all },
};

function row(rows: readonly BreakdownRow[], value: string, sex: "K" | "M" | "T"): BreakdownRow {
  const found = rows.find((r) => r.group[0]?.value === value && r.sex === sex);
  if (!found) throw new Error(`no row ${value} ${sex}`);
  return found;
}

function estimateOf(reported: unknown): { value: number; interval: { lower: number; upper: number } } {
  const cell = reported as { kind: string; value: { kind: string } };
  if (cell.kind !== "shown" || cell.value.kind !== "estimate")
    throw new Error(`not shown: ${JSON.stringify(reported)}`);
  return cell.value as unknown as { value: number; interval: { lower: number; upper: number } };
}

describe("breakdownRows", () => {
  it("gives a K, an M and a T row per group with means, t intervals, medians and the Welch gap (worked by hand)", () => {
    const rows = breakdownRows([small], { minCell: 1 });
    expect(rows.map((r) => r.sex)).toEqual(["K", "M", "T"]);
    expect(row(rows, "2505", "K").n).toEqual({ kind: "shown", value: 3 });
    // Women: 4 ± t(0.975; 2) · 2/√3 = 4 ± 4.302653 · 1.154701.
    const womenMean = estimateOf(row(rows, "2505", "K").measures.mean);
    expect(womenMean.value).toBe(4);
    expect(womenMean.interval.lower).toBeCloseTo(-0.968275, 5);
    expect(womenMean.interval.upper).toBeCloseTo(8.968275, 5);
    const menMean = estimateOf(row(rows, "2505", "M").measures.mean);
    expect(menMean.interval.lower).toBeCloseTo(0.44574, 5);
    expect(row(rows, "2505", "M").measures.median).toEqual({ kind: "shown", value: 2.5 });
    // Welch: df = (4/3 + 5/12)² / ((4/3)²/2 + (5/12)²/3) = 3.2347; 1.5 ± t(0.975; 3.2347) · √1.75.
    const total = row(rows, "2505", "T");
    const gap = total.measures.gaps?.mean;
    if (gap?.kind !== "shown") throw new Error("gap withheld");
    const difference = gap.value.difference;
    if (difference.kind !== "estimate") throw new Error("no difference");
    expect(difference.value).toBeCloseTo(1.5, 9);
    expect(difference.interval.lower).toBeCloseTo(-2.542328, 4);
    expect(difference.interval.upper).toBeCloseTo(5.542328, 4);
    expect(gap.value.clear).toBe(false);
    // Share of women 3/7 and the mean of all seven.
    expect(estimateOf(total.measures.shareOfWomen).value).toBeCloseTo(3 / 7, 12);
    expect(estimateOf(total.measures.mean).value).toBeCloseTo(19 / 7, 12);
    expect(total.suppressed).toBeNull();
  });

  it("withholds small counts and the secondary cells that would give them back, never as 0", () => {
    const big = (w: number, m: number, value: string): GroupSums => ({
      group: kommun(value),
      women: { n: w },
      men: { n: m },
      total: { n: w + m },
    });
    // Arjeplog has 3 women: withheld. Its row would give them back (15 − 12), so men 12 goes too;
    // women's column would give them back (13 − 10), so Arvidsjaur's women go, and then its men.
    const rows = breakdownRows([big(10, 8, "2505"), big(3, 12, "2506")], { minCell: 5 });
    const cell = (value: string, sex: "K" | "M" | "T") => row(rows, value, sex).n;
    expect(cell("2506", "K")).toEqual({ kind: "suppressed", reason: "small" });
    expect(cell("2506", "M")).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(cell("2505", "K")).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(cell("2505", "M")).toEqual({ kind: "suppressed", reason: "secondary" });
    expect(cell("2505", "T")).toEqual({ kind: "shown", value: 18 });
    expect(cell("2506", "T")).toEqual({ kind: "shown", value: 15 });
    // Measures resting on a withheld count are withheld too, and the rows say so.
    const total = row(rows, "2506", "T");
    expect(total.measures.shareOfWomen).toEqual({ kind: "suppressed", reason: "derived" });
    expect(total.measures.gaps?.proportion).toEqual({ kind: "suppressed", reason: "derived" });
    expect(total.suppressed).toBe("derived");
    expect(row(rows, "2506", "K").suppressed).toBe("small");
    expect(JSON.stringify(rows)).not.toMatch(/"value":3\b/);
  });

  it("withholds a mean over fewer than N values even when the group's count is shown", () => {
    const sums: GroupSums = {
      group: kommun("2510"),
      women: { n: 20, measure: { n: 2, mean: 900, sd: 100, median: 900 } },
      men: { n: 20, measure: { n: 20, mean: 500, sd: 50, median: 480 } },
      total: { n: 40, measure: { n: 22, mean: 536.36, sd: 150, median: 500 } },
    };
    const rows = breakdownRows([sums], { minCell: 5 });
    expect(row(rows, "2510", "K").measures.mean).toEqual({ kind: "suppressed", reason: "derived" });
    expect(row(rows, "2510", "K").measures.median).toEqual({ kind: "suppressed", reason: "derived" });
    expect(row(rows, "2510", "M").measures.median).toEqual({ kind: "shown", value: 480 });
    expect(row(rows, "2510", "T").measures.gaps?.mean).toEqual({ kind: "suppressed", reason: "derived" });
  });

  it("gives rates per 1,000 from populations and the gap in rate (events 30 of 1,000 women, 10 of 1,000 men)", () => {
    const sums: GroupSums = {
      group: kommun("2580"),
      women: { n: 30 },
      men: { n: 10 },
      total: { n: 40 },
      population: { women: 1000, men: 1000 },
    };
    const rows = breakdownRows([sums], { minCell: 5 });
    expect(estimateOf(row(rows, "2580", "K").measures.ratePerThousand).value).toBe(30);
    expect(estimateOf(row(rows, "2580", "T").measures.ratePerThousand).value).toBe(20);
    const gap = row(rows, "2580", "T").measures.gaps?.rate;
    if (gap?.kind !== "shown" || gap.value.difference.kind !== "estimate") throw new Error("no rate gap");
    expect(gap.value.difference.value).toBeCloseTo(20, 9);
    expect(gap.value.clear).toBe(true);
  });

  it("standardises rates to the standard population by age band", () => {
    // Women: 10/1000 young and 40/500 old; men: 10/1000 and 20/500. Standard: equal halves.
    // Women: 0.5·10 + 0.5·80 = 45 per 1,000; men: 0.5·10 + 0.5·40 = 25 per 1,000.
    const sums: GroupSums = {
      group: kommun("2581"),
      women: { n: 50 },
      men: { n: 30 },
      total: { n: 80 },
      bands: [
        { band: "0-64", women: { events: 10, population: 1000 }, men: { events: 10, population: 1000 } },
        { band: "65+", women: { events: 40, population: 500 }, men: { events: 20, population: 500 } },
      ],
    };
    const standard = [
      { band: "0-64", population: 5000 },
      { band: "65+", population: 5000 },
    ];
    const rows = breakdownRows([sums], { minCell: 5, standard });
    expect(estimateOf(row(rows, "2581", "K").measures.standardisedRate).value).toBeCloseTo(45, 9);
    expect(estimateOf(row(rows, "2581", "M").measures.standardisedRate).value).toBeCloseTo(25, 9);
    const gap = row(rows, "2581", "T").measures.gaps?.standardisedRate;
    if (gap?.kind !== "shown" || gap.value.difference.kind !== "estimate") throw new Error("no gap");
    expect(gap.value.difference.value).toBeCloseTo(20, 9);
  });
});
