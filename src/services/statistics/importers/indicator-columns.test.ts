import { describe, expect, it } from "vitest";
import { guessColumnMapping, mergeMapping, resolveColumns } from "./indicator-columns.js";

describe("the column mapping", () => {
  it("is guessed from Swedish headers, a code column taking the area and a name column its name", () => {
    const headers = ["Indikator", "Indikatornamn", "År", "Kommunkod", "Kommun", "Kön", "Ålder", "Värde", "Antal"];
    expect(guessColumnMapping(headers)).toEqual({
      indicator: "Indikator",
      indicatorName: "Indikatornamn",
      period: "År",
      area: "Kommunkod",
      areaName: "Kommun",
      sex: "Kön",
      ageBand: "Ålder",
      value: "Värde",
      count: "Antal",
      unit: null,
      dimensions: [],
    });
  });

  it("is guessed from English headers, other columns kept as dimensions", () => {
    const headers = ["Indicator", "Year", "Area", "Area name", "Sex", "Age", "Diagnosis group", "Value", "Count", ""];
    expect(guessColumnMapping(headers)).toMatchObject({
      indicator: "Indicator",
      period: "Year",
      area: "Area",
      areaName: "Area name",
      sex: "Sex",
      ageBand: "Age",
      value: "Value",
      count: "Count",
      dimensions: ["Diagnosis group"],
    });
  });

  it("takes a lone Kommun, Område or Period as it stands", () => {
    expect(guessColumnMapping(["Kommun", "Period", "KPI", "Värde"])).toMatchObject({
      area: "Kommun",
      areaName: null,
      period: "Period",
      indicator: "KPI",
    });
    expect(guessColumnMapping(["OMRÅDE", "ÅR"])).toMatchObject({ area: "OMRÅDE", period: "ÅR" });
  });

  it("lets the user's choices win, a column moved to a field leaving the dimensions, null meaning none", () => {
    // "Värde", no longer the value, is not made a dimension: the user adds it if it is one.
    const guessed = guessColumnMapping(["Indikator", "År", "Kommun", "Kön", "Utfall 2", "Värde"]);
    expect(guessed.dimensions).toEqual(["Utfall 2"]);
    const chosen = mergeMapping(guessed, { value: "Utfall 2", sex: null });
    expect(chosen).toMatchObject({ value: "Utfall 2", sex: null, dimensions: [] });
    expect(mergeMapping(guessed, { dimensions: [] }).dimensions).toEqual([]);
  });

  it("takes a column chosen in other case or without accents out of the dimensions too", () => {
    const headers = ["Indikator", "År", "Kommun", "Kön", "Utfall 2", "Värde"];
    const chosen = mergeMapping(guessColumnMapping(headers), { value: "utfall 2" });
    expect(chosen.dimensions).toEqual([]);
    expect(resolveColumns(headers, chosen)).toMatchObject({ kind: "resolved", columns: { value: 4, dimensions: [] } });
  });

  it("is checked against the headers, ignoring case and accents, and every problem is named", () => {
    const headers = ["Indikator", "År", "Kommun", "Kön", "Värde"];
    const resolved = resolveColumns(headers, { ...guessColumnMapping(headers), sex: "kon" });
    expect(resolved).toMatchObject({
      kind: "resolved",
      columns: { indicator: 0, period: 1, area: 2, sex: 3, value: 4 },
    });
    const wrong = resolveColumns(headers, {
      ...guessColumnMapping(headers),
      value: null,
      count: "Antal",
      ageBand: "År",
    });
    expect(wrong).toEqual({
      kind: "failed",
      reasons: [
        { key: "statistics.import.failed.columnMappedTwice", params: { column: "År" } },
        { key: "statistics.import.failed.unknownColumn", params: { column: "Antal" } },
        { key: "statistics.import.failed.missingColumn.value", params: {} },
      ],
    });
  });
});
