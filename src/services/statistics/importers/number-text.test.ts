import { describe, expect, it } from "vitest";
import { readNumberText } from "./number-text.js";

const number = (value: number) => ({ kind: "number", value });

describe("numbers written as text", () => {
  it("read the Swedish decimal comma and spaces between thousands", () => {
    expect(readNumberText("71,4")).toEqual(number(71.4));
    expect(readNumberText(" 1 204 ")).toEqual(number(1204));
    expect(readNumberText("12 345,50")).toEqual(number(12345.5));
    expect(readNumberText("1\u00a0234,5")).toEqual(number(1234.5));
    expect(readNumberText("2\u202f500\u202f000")).toEqual(number(2500000));
    expect(readNumberText("−3,2")).toEqual(number(-3.2));
    expect(readNumberText("-1 234,5")).toEqual(number(-1234.5));
    expect(readNumberText(",5")).toEqual(number(0.5));
  });

  it("read a decimal point, exponents, and thousands marks beside the other decimal mark", () => {
    expect(readNumberText("74.1")).toEqual(number(74.1));
    expect(readNumberText("1e3")).toEqual(number(1000));
    expect(readNumberText("1.234,5")).toEqual(number(1234.5));
    expect(readNumberText("1,234.5")).toEqual(number(1234.5));
  });

  it("read a lone comma the Swedish way", () => {
    expect(readNumberText("1,234")).toEqual(number(1.234));
  });

  it("keep zero as zero, and missing markers as missing", () => {
    expect(readNumberText("0")).toEqual(number(0));
    expect(readNumberText("-0")).toEqual(number(0));
    expect(readNumberText("")).toEqual({ kind: "missing", marker: null });
    expect(readNumberText("..")).toEqual({ kind: "missing", marker: ".." });
    expect(readNumberText("-")).toEqual({ kind: "missing", marker: "-" });
    expect(readNumberText("Saknas")).toEqual({ kind: "missing", marker: "Saknas" });
  });

  it("refuse what is not a number alone", () => {
    for (const text of ["abc", "12 %", "1,2,3", "1 23", "12kr", "1.2.3,4,5", "NaN", "Infinity"]) {
      expect(readNumberText(text), text).toEqual({ kind: "invalid" });
    }
  });
});
