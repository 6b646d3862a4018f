import { describe, expect, it } from "vitest";
import { catalogues } from "../i18n/index.js";
import {
  formatFigure,
  type MainDifferenceInput,
  mainDifference,
  type Sentence,
  shareClarity,
} from "./main-difference.js";
import { shown, suppressed } from "./reported.js";

/** Sentences as a reader sees them, the catalogue's {{placeholders}} filled in. */
function say(sentences: readonly Sentence[], locale: "sv" | "en"): string {
  return sentences
    .map((sentence) => {
      const template = sentence.key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[locale]);
      if (typeof template !== "string") throw new Error(`No text for ${sentence.key}`);
      return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => sentence.params[name] ?? `{{${name}}}`);
    })
    .join(" ");
}

/** Intl writes Swedish thousands with a no-break space; the tests read it as a plain one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const share = (women: number, men: number, clear?: boolean | null): MainDifferenceInput => ({
  measureKind: "share",
  unit: null,
  women: shown(women),
  men: shown(men),
  ...(clear === undefined ? {} : { clear }),
});

describe("mainDifference", () => {
  it("says a difference in shares in percentage points, as the issue's example", () => {
    const result = mainDifference(share(71, 86), "sv");
    expect(result.kind).toBe("difference");
    expect(plain(say(result.sentences, "sv"))).toBe("Kvinnor 71 %, män 86 %: skillnad 15 procentenheter.");
    expect(plain(say(result.sentences, "en"))).toBe("Women 71%, men 86%: a difference of 15 percentage points.");
  });

  it("writes decimals with a comma in Swedish and a point in English", () => {
    expect(plain(say(mainDifference(share(71.25, 86.5), "sv").sentences, "sv"))).toBe(
      "Kvinnor 71,3 %, män 86,5 %: skillnad 15,3 procentenheter.",
    );
    expect(plain(say(mainDifference(share(71.25, 86.5), "en").sentences, "en"))).toBe(
      "Women 71.3%, men 86.5%: a difference of 15.3 percentage points.",
    );
  });

  it("says there is no difference when the shares are equal to one decimal", () => {
    expect(plain(say(mainDifference(share(50.01, 49.99), "sv").sentences, "sv"))).toBe(
      "Kvinnor 50 %, män 50 %: ingen skillnad.",
    );
  });

  it("says how much higher men's mean is, in per cent of women's, with the unit and thousands spaced", () => {
    const result = mainDifference({ measureKind: "mean", unit: "kr", women: shown(2340), men: shown(2810) }, "sv");
    expect(plain(say(result.sentences, "sv"))).toBe("Kvinnor 2 340 kr, män 2 810 kr: män 20 % högre.");
  });

  it("says how much higher women's rate is, and speaks of more rather than higher for counts", () => {
    const rate = mainDifference({ measureKind: "rate", unit: null, women: shown(12.5), men: shown(10) }, "sv");
    expect(plain(say(rate.sentences, "sv"))).toBe("Kvinnor 12,5, män 10: kvinnor 25 % högre.");
    const count = mainDifference(
      { measureKind: "count", unit: "personer", women: shown(1200), men: shown(1000) },
      "en",
    );
    expect(plain(say(count.sentences, "en"))).toBe("Women 1,200 personer, men 1,000 personer: women 20% more.");
  });

  it("falls back to the absolute difference when the lower figure is 0 or negative", () => {
    const result = mainDifference({ measureKind: "value", unit: "dagar", women: shown(0), men: shown(4) }, "sv");
    expect(plain(say(result.sentences, "sv"))).toBe("Kvinnor 0 dagar, män 4 dagar: män 4 dagar mer.");
  });

  it("adds whether the difference is statistically clear, not clear, or cannot be tested", () => {
    expect(say(mainDifference(share(71, 86, true), "sv").sentences, "sv")).toContain("statistiskt säker.");
    expect(say(mainDifference(share(71, 86, false), "sv").sentences, "sv")).toContain(
      "Skillnaden är inte statistiskt säker",
    );
    expect(say(mainDifference(share(71, 86, null), "sv").sentences, "sv")).toContain("kan inte prövas");
    expect(mainDifference(share(71, 86), "sv").sentences).toHaveLength(1);
  });

  it("never describes a withheld figure, not even which sex is higher", () => {
    const result = mainDifference(
      { measureKind: "share", unit: null, women: suppressed("small"), men: shown(86) },
      "sv",
    );
    expect(result.kind).toBe("suppressed");
    const text = say(result.sentences, "sv");
    expect(text).toContain("..");
    expect(text).not.toContain("86");
    expect(result.sentences.flatMap((sentence) => Object.values(sentence.params))).toEqual([]);
  });

  it("says that the difference cannot be described when a figure is missing or the indicator has no sexes", () => {
    expect(mainDifference({ measureKind: "share", unit: null, women: shown(null), men: shown(80) }, "sv").kind).toBe(
      "missing",
    );
    const none = mainDifference({ measureKind: "mean", unit: "kr", women: null, men: null }, "sv");
    expect(none.kind).toBe("missing");
    expect(say(none.sentences, "sv")).toContain("saknas");
  });
});

describe("formatFigure", () => {
  it("keeps one decimal below 100 and whole numbers above, in the locale's way", () => {
    expect(plain(formatFigure(1234567.89, "sv"))).toBe("1 234 568");
    expect(formatFigure(3.14159, "sv")).toBe("3,1");
    expect(formatFigure(3.14159, "en")).toBe("3.1");
    expect(formatFigure(42, "sv")).toBe("42");
  });
});

describe("shareClarity", () => {
  it("finds 71 % of 500 women against 86 % of 500 men clear, and 71 % of 20 against 80 % of 20 not", () => {
    expect(shareClarity({ percent: 71, count: 500 }, { percent: 86, count: 500 })).toBe(true);
    expect(shareClarity({ percent: 71, count: 20 }, { percent: 80, count: 20 })).toBe(false);
  });

  it("cannot test without the counts behind the shares", () => {
    expect(shareClarity({ percent: 71, count: 0 }, { percent: 86, count: 500 })).toBeNull();
    expect(shareClarity(null, { percent: 86, count: 500 })).toBeNull();
  });
});
