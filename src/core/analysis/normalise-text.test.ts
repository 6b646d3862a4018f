import { describe, expect, it } from "vitest";
import { normaliseText, originalSlice } from "./normalise-text.js";

/** The original text behind each folded match of `pattern`. */
function originalsOf(original: string, pattern: RegExp): string[] {
  const normalised = normaliseText(original);
  return [...normalised.text.matchAll(pattern)].map((match) =>
    originalSlice(original, normalised, match.index, match.index + match[0].length),
  );
}

describe("normaliseText", () => {
  it("folds case and Swedish letters to plain lower-case ASCII", () => {
    expect(normaliseText("Jämställd HÄLSA för Åsa och Örjan").text).toBe("jamstalld halsa for asa och orjan");
  });

  it("maps every folded character back to where it came from in the original", () => {
    const original = "Kvinnor  och\tmän";
    const normalised = normaliseText(original);
    expect(normalised.text).toBe("kvinnor och man");
    expect(originalSlice(original, normalised, 12, 15)).toBe("män");
    expect(originalSlice(original, normalised, 0, normalised.text.length)).toBe(original);
  });

  it("joins a word hyphenated across a line break and still quotes the original", () => {
    const original = "arbetet med jämställdhets-\nintegrering fortsätter";
    expect(normaliseText(original).text).toBe("arbetet med jamstalldhetsintegrering fortsatter");
    expect(originalsOf(original, /jamstalldhetsintegrering/g)).toEqual(["jämställdhets-\nintegrering"]);
  });

  it("keeps a suspended hyphen before och, as in hälso- och sjukvård", () => {
    expect(normaliseText("hälso-\noch sjukvården").text).toBe("halso-\noch sjukvarden");
  });

  it("reads an ampersand next to a letter as the Ä that OCR lost, but leaves a free-standing one alone", () => {
    expect(normaliseText("&rendet").text).toBe("arendet");
    expect(normaliseText("kvinnor & män").text).toBe("kvinnor & man");
  });

  it("repairs UTF-8 read as Latin-1 or Windows-1251 and maps both characters to one", () => {
    const latin1 = "pÃ¥verkan avseende jÃ¤mstÃ¤lldhet";
    expect(normaliseText(latin1).text).toBe("paverkan avseende jamstalldhet");
    expect(originalsOf(latin1, /paverkan/g)).toEqual(["pÃ¥verkan"]);
    expect(normaliseText("pГҐverkan fГ¶r mГ¤n").text).toBe("paverkan for man");
  });

  it("collapses spaces, keeps single line breaks and at most two in a row", () => {
    expect(normaliseText("  ett \t två\r\n tre\n\n\n\nfyra  ").text).toBe("ett tva\ntre\n\nfyra");
  });

  it("drops combining marks, soft hyphens and zero-width characters and splits ligatures", () => {
    expect(normaliseText("ja\u0308mst\u00adall\u200bd ﬁnansiering").text).toBe("jamstalld finansiering");
  });

  it("turns typographic dashes into hyphens", () => {
    expect(normaliseText("delmål 1–3").text).toBe("delmal 1-3");
  });
});
