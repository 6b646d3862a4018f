import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ImportOutcome, ImportResult, Observation } from "../../../core/statistics/observation.js";
import { parseScbResponse } from "./scb-response.js";

/** The real SCB responses in ../shared/data (see its SOURCES.md), read as they are. */
const DATA = fileURLToPath(new URL("../../../../../shared/data/", import.meta.url));
const TAB6471 = "scb_pxweb_v2_TAB6471_population_region_age_sex_month.jsonstat2.json";
const TAB3554 = "scb_pxweb_v2_TAB3554_median_income_sex_total_1plus2.jsonstat2.json";
const JSONSTAT1 = "scb_pxweb_v1_BefolkningNy_kon_2017.jsonstat1.json";
const PLAIN = "scb_pxweb_v1_BefolkningNy_region_civilstand_alder_kon_2024.json";

function read(name: string): { text: string; result: ImportResult } {
  const text = readFileSync(DATA + name, "utf8");
  return { text, result: imported(parseScbResponse(text)) };
}

function imported(outcome: ImportOutcome): ImportResult {
  if (outcome.kind !== "imported") throw new Error(`not imported: ${JSON.stringify(outcome.reasons)}`);
  return outcome;
}

function find(observations: readonly Observation[], match: Partial<Observation>): Observation {
  const found = observations.filter((observation) =>
    Object.entries(match).every(([key, value]) => observation[key as keyof Observation] === value),
  );
  expect(found).toHaveLength(1);
  return found[0] as Observation;
}

describe("SCB's JSON-stat 2.0 (TAB6471, population by county, age, sex and month)", () => {
  const { text, result } = read(TAB6471);

  it("gives every one of the 2,772 cells, none rejected", () => {
    expect(result.observations).toHaveLength(2772);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("maps TotSa, 1 and 2 to total, men and women by their labels and codes", () => {
    const sexes = result.observations.map((observation) => observation.sex);
    expect(sexes.filter((sex) => sex === "T")).toHaveLength(924);
    expect(sexes.filter((sex) => sex === "M")).toHaveLength(924);
    expect(sexes.filter((sex) => sex === "K")).toHaveLength(924);
    const cell = { areaCode: "01", period: "2026M01" } as const;
    const ofSex = (sex: Observation["sex"]) =>
      find(
        result.observations.filter((observation) => observation.ageBand?.code === "0-9"),
        { ...cell, sex },
      ).value;
    // The value array's order is TotSa, 1 (män), 2 (kvinnor) for Stockholm, 0-9 years, January.
    expect([ofSex("T"), ofSex("M"), ofSex("K")]).toEqual([245284, 125373, 119906]);
  });

  it("keeps each total exactly as SCB published it, though it differs from women + men", () => {
    const raw = JSON.parse(text) as { value: number[] };
    expect(result.observations.map((observation) => observation.value)).toEqual(raw.value);
    const key = (observation: Observation) =>
      `${observation.areaCode}|${observation.ageBand?.code}|${observation.period}`;
    const bySex = new Map<string, Partial<Record<string, number | null>>>();
    for (const observation of result.observations) {
      bySex.set(key(observation), { ...bySex.get(key(observation)), [observation.sex ?? ""]: observation.value });
    }
    const differing = [...bySex.values()].filter((cell) => cell.T !== (cell.K ?? 0) + (cell.M ?? 0));
    expect(differing.length).toBeGreaterThan(100);
  });

  it("reads the county, the age band, the month, the content and its unit", () => {
    const first = result.observations[0];
    expect(first).toEqual({
      indicatorId: "000007SF",
      indicatorName: "Folkmängden per månad",
      period: "2026M01",
      areaCode: "01",
      areaName: "Stockholms län",
      sex: "T",
      ageBand: { code: "0-9", label: "0-9 år" },
      dimensions: {},
      value: 245284,
      count: null,
      unit: "antal",
      status: null,
      source: {
        kind: "scb",
        table: "TAB6471",
        label: "Folkmängden per månad efter region, ålder, kön och månad",
        updated: "2026-06-08T06:00:00Z",
      },
    });
    expect(new Set(result.observations.map((observation) => observation.areaCode)).size).toBe(21);
    expect(result.observations.some((observation) => observation.ageBand?.label === "100+ år")).toBe(true);
  });
});

describe("SCB's JSON-stat 2.0 (TAB3554, median income, total coded 1+2)", () => {
  const { result } = read(TAB3554);

  it("maps 1, 2 and 1+2 to men, women and total, although they come in another order than in TAB6471", () => {
    const values = (sex: Observation["sex"]) =>
      result.observations.filter((observation) => observation.sex === sex).map((observation) => observation.value);
    expect(values("M")).toEqual([332.8, 343.9, 359.9]);
    expect(values("K")).toEqual([254.6, 263, 277.3]);
    expect(values("T")).toEqual([291.9, 301.5, 316.6]);
    expect(result.observations.map((observation) => observation.period).slice(0, 3)).toEqual(["2020", "2021", "2022"]);
  });

  it("reads the malformed update time without failing, and says so", () => {
    expect(result.observations).toHaveLength(9);
    expect(result.rejected).toEqual([]);
    expect(result.observations[0]?.source).toMatchObject({ table: "TAB3554", updated: "2024-01-12T05:52:00Z" });
    expect(result.warnings).toContainEqual({
      key: "statistics.import.warnings.repairedUpdated",
      params: { updated: "2024-01-12T05: 52: 00Z", read: "2024-01-12T05:52:00Z" },
    });
  });

  it("puts a table without regions on the whole country, and keeps the unit and the age total", () => {
    expect(result.observations[0]).toMatchObject({
      areaCode: "00",
      areaName: "Riket",
      unit: "tkr",
      indicatorId: "HE0110J8",
      ageBand: { code: "tot16+", label: "totalt 16+ år" },
    });
    expect(result.warnings).toContainEqual({
      key: "statistics.import.warnings.noAreaDimension",
      params: { code: "00", name: "Riket" },
    });
  });
});

describe("SCB's JSON-stat 1.x (BefolkningNy, wrapped in `dataset`)", () => {
  it("reads the one cell: men, 2017", () => {
    const { result } = read(JSONSTAT1);
    expect(result.rejected).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicatorId: "BE0101N1",
        indicatorName: "Folkmängd",
        period: "2017",
        areaCode: "00",
        areaName: "Riket",
        sex: "M",
        ageBand: null,
        dimensions: {},
        value: 5082662,
        count: null,
        unit: "antal personer",
        status: null,
        source: {
          kind: "scb",
          table: "TAB638",
          label: "Folkmängd efter kön, tabellinnehåll och år",
          updated: "2025-02-21T07:00:00Z",
        },
      },
    ]);
  });
});

describe("SCB's plain v1 json format (BefolkningNy by region, marital status, age and sex)", () => {
  it("reads the text value as a number, sex by its code, and the other dimensions by their codes", () => {
    const { result } = read(PLAIN);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.observations).toEqual([
      {
        indicatorId: "BE0101N1",
        indicatorName: "Folkmängd",
        period: "2024",
        areaCode: "00",
        areaName: null,
        sex: "M",
        ageBand: { code: "0", label: "0" },
        dimensions: { Civilstand: { code: "OG", label: "OG" } },
        value: 50937,
        count: null,
        unit: null,
        status: null,
        source: {
          kind: "scb",
          table: null,
          label: "Folkmängd efter region, civilstånd, ålder, kön, år och tabellinnehåll",
          updated: "2025-02-21T07:00:00Z",
        },
      },
    ]);
  });

  it("keeps '..' and '.' as missing, and rejects an entry of the wrong shape by its position", () => {
    const document = {
      columns: [
        { code: "Region", text: "region", type: "d" },
        { code: "Kon", text: "kön", type: "d" },
        { code: "Tid", text: "år", type: "t" },
        { code: "BE0101N1", text: "Folkmängd", type: "c" },
      ],
      data: [
        { key: ["0180", "2", "2024"], values: [".."] },
        { key: ["0180", "1", "2024"], values: ["."] },
        { key: ["0180", "2024"], values: ["5"] },
        { key: ["0180", "1+2", "2024"], values: ["1024"] },
      ],
    };
    const result = imported(parseScbResponse(JSON.stringify(document)));
    expect(result.observations.map(({ sex, value, status }) => ({ sex, value, status }))).toEqual([
      { sex: "K", value: null, status: ".." },
      { sex: "M", value: null, status: "." },
      { sex: "T", value: 1024, status: null },
    ]);
    expect(result.rejected).toEqual([
      { row: 3, reason: { key: "statistics.import.rejected.malformedEntry", params: {} } },
    ]);
  });
});

describe("SCB responses in general", () => {
  /** A small JSON-stat 2.0 table with English labels, a sex dimension called "sex", and indexes as an array. */
  const english = {
    version: "2.0",
    class: "dataset",
    label: "Test table",
    id: ["Region", "sex", "Tid"],
    size: [1, 4, 1],
    role: { time: ["Tid"] },
    dimension: {
      Region: { label: "region", category: { index: { "0180": 0 }, label: { "0180": "Stockholm" } } },
      sex: {
        label: "sex",
        category: { index: ["A", "B", "C", "D"], label: { A: "total", B: "women", C: "men", D: "unknown" } },
      },
      Tid: { label: "year", category: { index: { "2024": 0 } } },
    },
    value: [10, null, 4, 1],
    status: { "1": ".." },
  };

  it("map sex by English labels whatever the codes and their order, and keep a null value missing", () => {
    const result = imported(parseScbResponse(JSON.stringify(english)));
    expect(result.observations.map(({ sex, value, status }) => ({ sex, value, status }))).toEqual([
      { sex: "T", value: 10, status: null },
      { sex: "K", value: null, status: ".." },
      { sex: "M", value: 4, status: null },
    ]);
    expect(result.rejected).toEqual([
      { row: 4, reason: { key: "statistics.import.rejected.unknownSex", params: { value: "unknown" } } },
    ]);
  });

  it("are read from bytes with a byte-order mark too", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(english)}`);
    expect(imported(parseScbResponse(bytes)).observations).toHaveLength(3);
  });

  it("fail as a whole when they are not JSON, not SCB's, or have no time dimension", () => {
    expect(parseScbResponse("<html>")).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.notJson", params: {} }],
    });
    expect(parseScbResponse('{"values": []}')).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.notScb", params: {} }],
    });
    const timeless = { ...english, id: ["Region", "sex"], size: [1, 4], role: {}, value: [1, 2, 3, 4] };
    expect(parseScbResponse(JSON.stringify(timeless))).toEqual({
      kind: "failed",
      reasons: [{ key: "statistics.import.failed.noTimeDimension", params: {} }],
    });
  });
});
