import { describe, expect, it } from "vitest";
import { breakdownRow } from "./breakdown-row.js";
import { estimate } from "./estimate.js";
import { asCount, asProportion } from "./quantities.js";
import { shown, suppressed } from "./reported.js";

const group = [
  { column: "kommun", value: "0180" },
  { column: "åldersgrupp", value: "20-39" },
];

describe("breakdownRow", () => {
  it("is not suppressed when everything in it is shown", () => {
    const row = breakdownRow({
      group,
      sex: "T",
      n: shown(asCount(120)),
      measures: { shareOfWomen: shown(estimate(asProportion(0.5), asProportion(0.41), asProportion(0.59))) },
    });
    expect(row.suppressed).toBeNull();
  });

  it("carries n's reason when n is withheld", () => {
    const row = breakdownRow({ group, sex: "K", n: suppressed("small"), measures: { mean: suppressed("derived") } });
    expect(row.suppressed).toBe("small");
  });

  it("is marked derived when n is shown but a measure or a gap is withheld", () => {
    const withMeasure = breakdownRow({
      group,
      sex: "K",
      n: shown(asCount(12)),
      measures: { median: suppressed("derived") },
    });
    expect(withMeasure.suppressed).toBe("derived");
    const withGap = breakdownRow({
      group,
      sex: "T",
      n: shown(asCount(12)),
      measures: { gaps: { mean: suppressed("derived") } },
    });
    expect(withGap.suppressed).toBe("derived");
  });
});
