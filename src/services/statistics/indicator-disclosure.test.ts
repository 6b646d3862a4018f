import { describe, expect, it } from "vitest";
import type { IndicatorValueRow } from "../../data/index.js";
import { discloseValues, individualsBehind } from "./indicator-disclosure.js";

let next = 0;
function value(
  area: string,
  sex: "K" | "M" | "T" | null,
  figure: number | null,
  count: number | null,
  extra: Partial<IndicatorValueRow> = {},
): IndicatorValueRow {
  next += 1;
  return {
    id: `v${next}`,
    indicator_id: "i",
    period: "2024",
    area_code: area,
    area_name: null,
    sex,
    age_band: null,
    dimensions: "{}",
    group_key: JSON.stringify([area, null, []]),
    value: figure,
    count,
    std_dev: null,
    status: null,
    ...extra,
  };
}

const SHARE = { measureKind: "share", sourceKind: "file" };
const kinds = (rows: ReturnType<typeof discloseValues>) => rows.map((row) => row.value.kind);

describe("discloseValues", () => {
  it("withholds a value resting on 1 to minCell − 1 individuals, and shows 0 and minCell", () => {
    const rows = [value("A", null, 50, 1), value("B", null, 20, 4), value("C", null, 0, 0), value("D", null, 10, 5)];
    expect(kinds(discloseValues(rows, SHARE, 5))).toEqual(["suppressed", "suppressed", "shown", "shown"]);
    expect(discloseValues(rows, SHARE, 5)[1]).toMatchObject({
      value: { kind: "suppressed" },
      count: { kind: "suppressed" },
    });
  });

  it("keeps no figure and no reason in a withheld value", () => {
    const [withheld] = discloseValues([value("A", null, 75, 3)], SHARE, 5);
    expect(withheld?.value).toEqual({ kind: "suppressed" });
    expect(JSON.stringify(withheld?.value)).not.toContain("75");
  });

  it("withholds a second cell of a sex table so that a small one cannot be recomputed from the total", () => {
    const rows = [
      value("A", "K", 3, 3),
      value("A", "M", 40, 40),
      value("A", "T", 43, 43),
      value("B", "K", 30, 30),
      value("B", "M", 35, 35),
      value("B", "T", 65, 65),
    ];
    const disclosed = discloseValues(rows, SHARE, 5);
    const arow = disclosed.slice(0, 3).filter((row) => row.value.kind === "suppressed");
    expect(disclosed[0]?.value.kind).toBe("suppressed");
    expect(arow.length).toBeGreaterThanOrEqual(2);
  });

  it("withholds only the small cell where no total is published beside it, leaving the other areas alone", () => {
    const rows = [
      value("2584", "K", 66, 3),
      value("2584", "M", 70, 40),
      value("2580", "K", 63, 1210),
      value("2580", "M", 54.2, 1120),
      value("2581", "K", 60, 800),
      value("2581", "M", 58, 760),
    ];
    expect(kinds(discloseValues(rows, SHARE, 5))).toEqual(["suppressed", "shown", "shown", "shown", "shown", "shown"]);
  });

  it("protects along the areas when one area is the exact sum of the others, as a county beside its municipalities", () => {
    const rows = [
      value("25", "K", 70, 2013),
      value("25", "M", 60, 1920),
      value("2584", "K", 66, 3),
      value("2584", "M", 70, 40),
      value("2580", "K", 63, 1210),
      value("2580", "M", 54.2, 1120),
      value("2581", "K", 60, 800),
      value("2581", "M", 58, 760),
    ];
    const disclosed = discloseValues(rows, SHARE, 5);
    // Without a second withheld woman, 2013 − 1210 − 800 would give Kiruna's 3 back.
    const withheldWomen = disclosed.filter((row) => row.row.sex === "K" && row.value.kind === "suppressed");
    expect(withheldWomen.length).toBeGreaterThanOrEqual(2);
  });

  it("leaves values without counts from SCB and Kolada as they are, but reads a file's own count of individuals", () => {
    const scb = [value("A", "K", 3, null), value("A", "M", 4, null)];
    expect(kinds(discloseValues(scb, { measureKind: "count", sourceKind: "scb" }, 5))).toEqual(["shown", "shown"]);
    expect(kinds(discloseValues(scb, { measureKind: "count", sourceKind: "file" }, 5))).toEqual([
      "suppressed",
      "suppressed",
    ]);
    expect(individualsBehind({ count: null, value: 2.5 }, { measureKind: "count", sourceKind: "file" })).toBeNull();
  });

  it("keeps a missing value missing, never 0", () => {
    const [missing] = discloseValues([value("A", "K", null, null)], SHARE, 5);
    expect(missing?.value).toEqual({ kind: "shown", value: null });
  });

  it("protects each period and age band as its own table", () => {
    const rows = [
      value("A", "K", 2, 2, { period: "2023" }),
      value("A", "M", 20, 20, { period: "2023" }),
      value("A", "K", 12, 12, { period: "2024" }),
      value("A", "M", 20, 20, { period: "2024" }),
    ];
    expect(kinds(discloseValues(rows, SHARE, 5)).slice(2)).toEqual(["shown", "shown"]);
  });
});
