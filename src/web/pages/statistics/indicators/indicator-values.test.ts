import { describe, expect, it } from "vitest";
import type { IndicatorValueView } from "../../../api/statistics-api.js";
import { areasOf, defaultArea } from "./indicator-values.js";

function value(areaCode: string, areaName: string, sex: "K" | "M"): IndicatorValueView {
  return {
    period: "2024",
    areaCode,
    areaName,
    sex,
    ageBand: null,
    dimensions: {},
    value: { kind: "shown", value: 1 },
    count: null,
  };
}

const values = ["K", "M"].flatMap((sex) => [
  value("2580", "Luleå", sex as "K"),
  value("2505", "Arjeplog", sex as "K"),
  value("25", "Norrbottens län", sex as "K"),
  value("2584", "Kiruna", sex as "K"),
]);

describe("areasOf", () => {
  it("puts the broadest area (shortest code) first, then the others by name", () => {
    expect(areasOf(values, "sv").map((area) => area.code)).toEqual(["25", "2505", "2584", "2580"]);
  });

  it("puts the country first when there is one", () => {
    const withCountry = [...values, value("00", "Riket", "K"), value("00", "Riket", "M")];
    expect(areasOf(withCountry, "sv")[0]?.code).toBe("00");
  });
});

describe("defaultArea", () => {
  it("chooses the broadest area, not the first by name", () => {
    expect(defaultArea(values, areasOf(values, "sv"), "2024", "sv")).toBe("25");
  });

  it("chooses the broadest area whose figures of women and men are both shown", () => {
    const withoutMen = values.filter((entry) => !(entry.areaCode === "25" && entry.sex === "M"));
    expect(defaultArea(withoutMen, areasOf(withoutMen, "sv"), "2024", "sv")).toBe("2505");
  });
});
