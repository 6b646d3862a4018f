import { describe, expect, it } from "vitest";
import { breakdownRow } from "./breakdown-row.js";
import { estimate } from "./estimate.js";
import { publishBreakdownRow } from "./published-breakdown.js";
import { asCount } from "./quantities.js";
import { shown, suppressed } from "./reported.js";

describe("publishBreakdownRow", () => {
  it("keeps shown figures as they are and withholds small, secondary and derived ones alike", () => {
    const mean = shown(estimate(2400, 2100, 2700));
    const row = breakdownRow({
      group: [{ column: "kommun", value: "2580" }],
      sex: "K",
      n: suppressed("secondary"),
      measures: { mean, median: suppressed("derived"), gaps: { mean: suppressed("small") } },
    });

    const published = publishBreakdownRow(row);

    expect(published).toEqual({
      group: [{ column: "kommun", value: "2580" }],
      sex: "K",
      n: { kind: "suppressed" },
      measures: { mean, median: { kind: "suppressed" }, gaps: { mean: { kind: "suppressed" } } },
      suppressed: true,
    });
    expect(JSON.stringify(published)).not.toMatch(/small|secondary|derived/);
  });

  it("says a row with nothing withheld is not suppressed", () => {
    const row = breakdownRow({ group: [], sex: "T", n: shown(asCount(12)), measures: {} });
    expect(publishBreakdownRow(row)).toMatchObject({ n: { kind: "shown", value: 12 }, suppressed: false });
  });
});
