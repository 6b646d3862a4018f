import { describe, expect, it } from "vitest";
import { parseAgeBands } from "../../core/index.js";
import { areaColumnOf, bandHolding } from "./dataset-populations.js";

describe("areaColumnOf", () => {
  it("finds the first grouping column named like an area, in Swedish or English", () => {
    expect(areaColumnOf(["diagnosgrupp", "Kommun", "län"])).toBe("Kommun");
    expect(areaColumnOf(["Län"])).toBe("Län");
    expect(areaColumnOf(["municipality"])).toBe("municipality");
    expect(areaColumnOf(["diagnosgrupp"])).toBeNull();
  });
});

describe("bandHolding", () => {
  const bands = (spec: string) => {
    const parsed = parseAgeBands(spec);
    if (parsed.kind !== "ok") throw new Error(spec);
    return parsed.bands;
  };

  it("puts SCB's ten-year bands into the breakdown's wider bands that hold them whole", () => {
    const wide = bands("0-19,20-64,65+");
    expect(bandHolding(wide, "0-9")?.label).toBe("0-19");
    expect(bandHolding(wide, "10-19")?.label).toBe("0-19");
    expect(bandHolding(wide, "90-99")?.label).toBe("65+");
    expect(bandHolding(wide, "100+10")?.label).toBe("65+");
    expect(bandHolding(wide, "37")?.label).toBe("20-64");
  });

  it("leaves out a band that straddles two of the breakdown's, and one it cannot read", () => {
    const wide = bands("0-14,15+");
    expect(bandHolding(wide, "10-19")).toBeNull();
    expect(bandHolding(wide, "tot16+")).toBeNull();
  });
});
