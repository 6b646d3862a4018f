import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recogniseSections } from "../cases/index.js";
import { analyseCaseText } from "./analyse-case-text.js";
import { analyseGenderSection } from "./analyse-gender-section.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/cases/${name}`, import.meta.url), "utf8");

/** The expected results, as listed in test/fixtures/cases/README.md. */
const FIXTURES = [
  { file: "god-vardcentral.txt", verdict: "good", conclusion: "positive" },
  { file: "god-vardcentral-ocr.txt", verdict: "good", conclusion: "positive" },
  { file: "tillracklig-sjukresebuss.txt", verdict: "adequate", conclusion: "positive" },
  { file: "tillracklig-variantrubriker.txt", verdict: "adequate", conclusion: "mixed" },
  { file: "ingen-paverkan-motiverad.txt", verdict: "adequate", conclusion: "neutral" },
  { file: "otillracklig-standardfras.txt", verdict: "insufficient", conclusion: "neutral" },
  { file: "otillracklig-standardfras-ocr.txt", verdict: "insufficient", conclusion: "neutral" },
  { file: "otillracklig-neutrala-ord.txt", verdict: "insufficient", conclusion: "neutral" },
  { file: "amnesfalla-utan-avsnitt.txt", verdict: "missing", conclusion: null },
] as const;

/** A small case in the template's order, with `heading` and `body` as its gender impact section. */
function caseWith(heading: string, body: string): string {
  return [
    "Region Nordmark",
    "Dnr 1206-2019",
    "Kvällsöppet på hälsocentralen",
    "",
    "Förslag till beslut",
    "1. Nämnden beslutar att hälsocentralen ska ha kvällsöppet.",
    "",
    "Ärendet",
    "Hälsocentralen har i dag bara öppet på dagtid.",
    "",
    heading,
    body,
    "",
    "Beslutsunderlag",
    "Tjänsteskrivelse 2019-05-14",
  ].join("\n");
}

const BODY =
  "Förslaget är relevant för jämställdheten eftersom kvinnor och män söker vård vid olika tider. " +
  "Kvinnor får kortare väntetid och män får bättre tillgång på kvällen. Utan beslut är väntetiden oförändrad. " +
  "Sammantaget bedöms påverkan vara positiv eftersom fler kvinnor kan komma efter arbetet.";

describe("analyseCaseText on the case documents in test/fixtures/cases", () => {
  for (const { file, verdict, conclusion } of FIXTURES) {
    it(`judges ${file} ${verdict}`, () => {
      const analysis = analyseCaseText(fixture(file));
      expect(analysis.verdict).toBe(verdict);
      expect(analysis.conclusion).toBe(conclusion);
    });
  }

  it("gives the OCR-damaged documents the same verdict, score and criteria as their clean versions", () => {
    const pairs = [
      ["god-vardcentral.txt", "god-vardcentral-ocr.txt"],
      ["otillracklig-standardfras.txt", "otillracklig-standardfras-ocr.txt"],
    ] as const;
    for (const [clean, damaged] of pairs) {
      const a = analyseCaseText(fixture(clean));
      const b = analyseCaseText(fixture(damaged));
      expect(b.verdict, damaged).toBe(a.verdict);
      expect(b.score, damaged).toBe(a.score);
      expect(b.criteria.map((c) => c.met)).toEqual(a.criteria.map((c) => c.met));
      expect(b.subgoals).toEqual(a.subgoals);
    }
  });

  it("gives a document read as Latin-1 instead of UTF-8 the same result", () => {
    const text = fixture("god-vardcentral.txt");
    const mojibake = Buffer.from(text, "utf8").toString("latin1");
    expect(mojibake).toContain("pÃ¥verkan");
    const analysis = analyseCaseText(mojibake);
    expect(analysis.genderSection.present).toBe(true);
    expect(analysis.verdict).toBe("good");
    expect(analysis.score).toBe(analyseCaseText(text).score);
  });

  it("is not fooled by a case about gender equality that has no impact section", () => {
    const text = fixture("amnesfalla-utan-avsnitt.txt");
    expect(text.match(/kvinnor och män/g)?.length).toBeGreaterThan(3);
    const analysis = analyseCaseText(text);
    expect(analysis.genderSection).toEqual({ present: false, heading: null, text: "" });
    expect(analysis.score).toBe(0);
    expect(analysis.criteria.every((result) => !result.met && result.evidence.length === 0)).toBe(true);
    expect(analysis.subgoals).toEqual([]);
  });

  it("never counts words outside the section, however much they say", () => {
    const text = fixture("tillracklig-sjukresebuss.txt");
    const louder = text.replace(
      "Trafikföretagets bedömning",
      "Statistik\nEnligt SCB var 64 procent av resenärerna kvinnor och 36 procent män 2020. Arbetsgruppen bestod av tre kvinnor och tre män. Resorna följs upp per kön varje år och rapporteras till regionstyrelsen.\n\nTrafikföretagets bedömning",
    );
    expect(louder).not.toBe(text);
    const before = analyseCaseText(text);
    const after = analyseCaseText(louder);
    expect(after.score).toBe(before.score);
    expect(after.criteria.map((c) => c.met)).toEqual(before.criteria.map((c) => c.met));
  });

  it("quotes evidence and marks neutral terms within the section text it returns", () => {
    for (const { file } of FIXTURES) {
      const analysis = analyseCaseText(fixture(file));
      for (const quote of analysis.criteria.flatMap((result) => result.evidence)) {
        expect(analysis.genderSection.text, file).toContain(quote);
      }
      for (const term of analysis.neutralTerms) {
        expect(analysis.genderSection.text.slice(term.start, term.end), file).toBe(term.term);
      }
    }
  });

  it("returns the same section text as recogniseSections, so the editor gets the same result", () => {
    for (const { file } of FIXTURES) {
      const text = fixture(file);
      const fromCase = analyseCaseText(text);
      expect(fromCase.genderSection.text, file).toBe(recogniseSections(text).sections.genderImpact);
      const fromEditor = analyseGenderSection(fromCase.genderSection.text);
      expect(fromEditor.verdict, file).toBe(fromCase.verdict);
      expect(fromEditor.score, file).toBe(fromCase.score);
    }
  });
});

describe("analyseCaseText: the section's heading", () => {
  it.each([
    "Beslutsförslagets påverkan avseende jämställdhet",
    "Påverkan avseende jämställdhet",
    "Jämställdhetsanalys",
    "Konsekvenser för jämställdheten",
    "Beslutets påverkan på jämställdhet",
    "Konsekvenser ur ett jämställdhetsperspektiv",
    "BESLUTSFÖRSLAGETS PÅVERKAN AVSEENDE JÄMSTÄLLDHET",
    "6. Beslutsförslagets påverkan avseende jämställdhet:",
    "Beslutsforslagets paverkan avseende jamstalldhet",
    "Beslutsfrslagets pverkan avseende jmstlldhet",
    "Besluts förslagets påverkan avseende jäm ställdhet",
    "Beslutsförslagets pÃ¥verkan avseende jÃ¤mstÃ¤lldhet",
    "Beslutsförslagets påverkan avseende\njämställdhet",
  ])("recognises %j and reads the section up to the next heading", (heading) => {
    const analysis = analyseCaseText(caseWith(heading, BODY));
    expect(analysis.genderSection.present).toBe(true);
    expect(analysis.genderSection.heading?.replace(/\s+/g, " ")).toBe(heading.replace(/\s+/g, " ").replace(/:$/, ""));
    expect(analysis.genderSection.text).toBe(BODY);
    expect(analysis.verdict).toBe("adequate");
  });

  it.each(["Jämställdhet", "Jämställdhetsintegrering i regionen", "Kvinnors och mäns hälsa"])(
    "does not take the sub-heading %j for the section",
    (heading) => {
      expect(analyseCaseText(caseWith(heading, BODY)).verdict).toBe("missing");
    },
  );

  it("prefers the template's own heading to a variant used earlier as a sub-heading of Ärendet", () => {
    const text = caseWith("Beslutsförslagets påverkan avseende jämställdhet", BODY).replace(
      "Hälsocentralen har i dag bara öppet på dagtid.",
      "Hälsocentralen har i dag bara öppet på dagtid.\nJämställdhetsanalys\nRegionen gjorde 2018 en jämställdhetsanalys av primärvården där 62 procent av besöken var kvinnors.",
    );
    const analysis = analyseCaseText(text);
    expect(analysis.genderSection.heading).toBe("Beslutsförslagets påverkan avseende jämställdhet");
    expect(analysis.genderSection.text).toBe(BODY);
    expect(recogniseSections(text).sections.matter.map((part) => part.heading)).toEqual(["", "Jämställdhetsanalys"]);
  });

  it("takes the text after a colon on the heading line as the start of the section", () => {
    const analysis = analyseCaseText(caseWith("Påverkan avseende jämställdhet: Förslaget är relevant.", BODY));
    expect(analysis.genderSection.text).toBe(`Förslaget är relevant.\n${BODY}`);
  });

  it("says missing, but names the heading, when the section under it is empty", () => {
    const analysis = analyseCaseText(caseWith("Beslutsförslagets påverkan avseende jämställdhet", ""));
    expect(analysis.genderSection).toEqual({
      present: false,
      heading: "Beslutsförslagets påverkan avseende jämställdhet",
      text: "",
    });
    expect(analysis.verdict).toBe("missing");
  });

  it("gives English advice for a whole document when asked", () => {
    const analysis = analyseCaseText(fixture("otillracklig-standardfras.txt"), { locale: "en" });
    expect(analysis.criteria.find((result) => result.id === "relevance")?.advice).toMatch(/^You write that/);
  });
});
