import { describe, expect, it } from "vitest";
import { DEFAULT_DIFFERENCE_THRESHOLDS } from "../../core/index.js";
import type { SexFigureRow } from "../../data/index.js";
import { evaluatePairs, newDifference, sameFigures } from "./difference-refresh.js";

const figure = (overrides: Partial<SexFigureRow>): SexFigureRow => ({
  indicator_id: "ind",
  measure_kind: "share",
  period: "2024",
  group_key: "g",
  sex: "K",
  area_code: "2580",
  area_name: "Luleå",
  age_band: null,
  dimensions: "{}",
  value: 80,
  count: 56,
  std_dev: null,
  ...overrides,
});

describe("evaluatePairs", () => {
  it("pairs women's and men's figures of a group and leaves out totals and groups with a figure missing", () => {
    const pairs = evaluatePairs(
      [
        figure({ sex: "K", value: 80, count: 56 }),
        figure({ sex: "M", value: 60, count: 48 }),
        figure({ sex: "T", value: 69, count: 104 }),
        figure({ group_key: "h", sex: "K", value: 50 }),
        figure({ group_key: "h", sex: "M", value: null }),
        figure({ group_key: "i", sex: "K", value: 50 }),
      ],
      DEFAULT_DIFFERENCE_THRESHOLDS,
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ indicatorId: "ind", period: "2024", groupKey: "g" });
    expect(pairs[0]?.figures).toMatchObject({ women_value: 80, men_value: 60, clear: 1, flagged: 1 });
    expect(JSON.parse(pairs[0]?.figures.group_label ?? "")).toEqual({
      area: "Luleå",
      areaCode: "2580",
      ageBand: null,
      dimensions: {},
    });
  });

  it("labels a group by its area code when it has no name, with age band and the labels of further dimensions", () => {
    const dimensions = JSON.stringify({ diagnos: { code: "E11", label: "Diabetes typ 2" } });
    const [pair] = evaluatePairs(
      [
        figure({
          sex: "K",
          area_name: null,
          age_band: "65-79",
          dimensions,
          measure_kind: "count",
          value: 120,
          count: null,
        }),
        figure({
          sex: "M",
          area_name: null,
          age_band: "65-79",
          dimensions,
          measure_kind: "count",
          value: 60,
          count: null,
        }),
      ],
      DEFAULT_DIFFERENCE_THRESHOLDS,
    );
    expect(JSON.parse(pair?.figures.group_label ?? "")).toEqual({
      area: "2580",
      areaCode: "2580",
      ageBand: "65-79",
      dimensions: { diagnos: "Diabetes typ 2" },
    });
  });

  it("measures an unknown kind like a plain value: relative gap, never tested", () => {
    const [pair] = evaluatePairs(
      [figure({ sex: "K", measure_kind: "index", value: 10 }), figure({ sex: "M", measure_kind: "index", value: 20 })],
      DEFAULT_DIFFERENCE_THRESHOLDS,
    );
    expect(pair?.figures).toMatchObject({ clear: null, flagged: 1, difference_lower: null });
  });
});

describe("newDifference and sameFigures", () => {
  it("makes an unanalysed difference at version 1 whose figures are the same as the pair's", () => {
    const [pair] = evaluatePairs(
      [figure({ sex: "K" }), figure({ sex: "M", value: 60, count: 48 })],
      DEFAULT_DIFFERENCE_THRESHOLDS,
    );
    if (!pair) throw new Error("no pair");
    const row = newDifference("org", pair, "2026-12-06T05:00:00.000Z");
    expect(row).toMatchObject({ organisation_id: "org", judgment: null, version: 1, subgoals: "[]", flagged: 1 });
    expect(sameFigures(row, pair.figures)).toBe(true);
    expect(sameFigures({ ...row, women_value: 81 }, pair.figures)).toBe(false);
  });
});
