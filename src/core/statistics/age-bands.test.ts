import { describe, expect, it } from "vitest";
import { ageBandOf, DEFAULT_AGE_BANDS, formatAgeBands, parseAgeBands } from "./age-bands.js";

function bandsOf(spec: string) {
  const parsed = parseAgeBands(spec);
  if (parsed.kind !== "ok") throw new Error(`not ok: ${JSON.stringify(parsed)}`);
  return parsed.bands;
}

function problemOf(spec: string) {
  const parsed = parseAgeBands(spec);
  return parsed.kind === "invalid" ? parsed.problem : null;
}

describe("parseAgeBands", () => {
  it("reads the bands analysts write, ending with an open band", () => {
    expect(bandsOf("0-19,20-39,40-64,65-79,80+")).toEqual([
      { label: "0-19", lower: 0, upper: 19 },
      { label: "20-39", lower: 20, upper: 39 },
      { label: "40-64", lower: 40, upper: 64 },
      { label: "65-79", lower: 65, upper: 79 },
      { label: "80+", lower: 80, upper: null },
    ]);
  });

  it("accepts spaces, an en dash and single years, and writes the labels plainly", () => {
    expect(formatAgeBands(bandsOf(" 0 – 19 , 20-39, 40 +"))).toBe("0-19,20-39,40+");
    expect(formatAgeBands(bandsOf("0,1-4,5+"))).toBe("0,1-4,5+");
    expect(bandsOf("0+")).toEqual([{ label: "0+", lower: 0, upper: null }]);
  });

  it("round-trips through formatAgeBands", () => {
    const spec = "0-17,18-64,65+";
    expect(formatAgeBands(bandsOf(spec))).toBe(spec);
  });

  it("says which part is garbled, counting parts from 1", () => {
    expect(problemOf("")).toEqual({ kind: "empty" });
    expect(problemOf("0-19,20-39,40-64,abc")).toEqual({ kind: "garbled", part: "abc", position: 4 });
    expect(problemOf("0-19,,20+")).toEqual({ kind: "garbled", part: "", position: 2 });
    expect(problemOf("0-19;20+")).toEqual({ kind: "garbled", part: "0-19;20+", position: 1 });
    expect(problemOf("0-200,201+")).toEqual({ kind: "garbled", part: "0-200", position: 1 });
  });

  it("refuses a reversed band", () => {
    expect(problemOf("19-0,20+")).toEqual({ kind: "reversed", part: "19-0" });
  });

  it("refuses bands that leave some ages without a band", () => {
    expect(problemOf("5-19,20+")).toEqual({ kind: "not_from_zero", first: "5-19" });
    expect(problemOf("0-19,25+")).toEqual({ kind: "gap", after: "0-19", before: "25+" });
    expect(problemOf("0-19,20-39")).toEqual({ kind: "no_open_end", last: "20-39" });
  });

  it("refuses bands that put an age in two bands", () => {
    expect(problemOf("0-19,15-39,40+")).toEqual({ kind: "overlap", after: "0-19", before: "15-39" });
    expect(problemOf("0-19,0-19,20+")).toEqual({ kind: "overlap", after: "0-19", before: "0-19" });
    expect(problemOf("0-19,20+,30-39")).toEqual({ kind: "open_band_not_last", part: "20+" });
  });
});

describe("DEFAULT_AGE_BANDS and ageBandOf", () => {
  it("has ten-year bands from 0-9 to 90+", () => {
    expect(formatAgeBands(DEFAULT_AGE_BANDS)).toBe("0-9,10-19,20-29,30-39,40-49,50-59,60-69,70-79,80-89,90+");
  });

  it("puts each age in its band, including the edges and the open end", () => {
    const labelOf = (age: number) => ageBandOf(DEFAULT_AGE_BANDS, age)?.label ?? null;
    expect(labelOf(0)).toBe("0-9");
    expect(labelOf(9)).toBe("0-9");
    expect(labelOf(10)).toBe("10-19");
    expect(labelOf(89)).toBe("80-89");
    expect(labelOf(90)).toBe("90+");
    expect(labelOf(107)).toBe("90+");
  });

  it("counts completed years and has no band for an impossible age", () => {
    const bands = bandsOf("0-19,20-39,40-64,65-79,80+");
    expect(ageBandOf(bands, 19.9)?.label).toBe("0-19");
    expect(ageBandOf(bands, 65)?.label).toBe("65-79");
    expect(ageBandOf(bands, -1)).toBeNull();
    expect(ageBandOf(bands, Number.NaN)).toBeNull();
  });
});
