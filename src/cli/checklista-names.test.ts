import { describe, expect, it } from "vitest";
import { closeNames, editDistance } from "./checklista-names.js";

const NAMES = ["Region Gävleborg (demo)", "Region Norrbotten (demo)", "Region Västerbotten (demo)", "SKR (demo)"];

describe("closeNames", () => {
  it("suggests the name a part of it was given for, ignoring case and accents", () => {
    expect(closeNames("norrbotten", NAMES)).toEqual(["Region Norrbotten (demo)"]);
    expect(closeNames("region vasterbotten", NAMES)).toEqual(["Region Västerbotten (demo)"]);
  });

  it("suggests a name a few typing errors away", () => {
    expect(closeNames("Region Norbotten (demo)", NAMES)).toEqual(["Region Norrbotten (demo)"]);
    expect(closeNames("Region Norbotten", NAMES)).toEqual(["Region Norrbotten (demo)"]);
  });

  it("suggests nothing for a name unlike any, and at most three names", () => {
    expect(closeNames("Kommunen i Ankeborg", NAMES)).toEqual([]);
    expect(closeNames("Region", NAMES)).toHaveLength(3);
    expect(closeNames("   ", NAMES)).toEqual([]);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
