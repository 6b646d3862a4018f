import { describe, expect, it } from "vitest";
import { isSexDimension, sexOfCategory, sexOfText } from "./sex-codes.js";

describe("sex codes", () => {
  it("read Kolada's letters, Swedish and English words in any case, and SCB's 1 and 2", () => {
    expect(["K", "k", "Kvinnor", "kvinna", "women", "Female", "2"].map(sexOfText)).toEqual(Array(7).fill("K"));
    expect(["M", "m", "Män", "MÄN", "man", "men", "Male", "1"].map(sexOfText)).toEqual(Array(8).fill("M"));
    expect(["T", "Totalt", "total", "TotSa", "1+2", "Båda könen", "both sexes"].map(sexOfText)).toEqual(
      Array(7).fill("T"),
    );
  });

  it("read SCB's long total labels as total, not as women or men", () => {
    expect(sexOfText("totalt, samtliga män och kvinnor")).toBe("T");
    expect(sexOfText("Total, men and women")).toBe("T");
    expect(sexOfText("kvinnor och män")).toBe("T");
  });

  it("know nothing of other texts", () => {
    expect(sexOfText("X")).toBeNull();
    expect(sexOfText("okänt")).toBeNull();
    expect(sexOfText("")).toBeNull();
    expect(sexOfText("3")).toBeNull();
  });

  it("let a category's label decide over its code", () => {
    expect(sexOfCategory("1", "kvinnor")).toBe("K");
    expect(sexOfCategory("B", "women")).toBe("K");
    expect(sexOfCategory("2", null)).toBe("K");
    expect(sexOfCategory("9", "okänt kön")).toBeNull();
  });

  it("find the sex dimension by its id or label", () => {
    expect(isSexDimension("Kon", "kön")).toBe(true);
    expect(isSexDimension("Kön", null)).toBe(true);
    expect(isSexDimension("D3", "Sex")).toBe(true);
    expect(isSexDimension("Alder", "ålder")).toBe(false);
  });
});
