import { describe, expect, it } from "vitest";
import { catalogues } from "../i18n/index.js";
import { analyseGenderSection } from "./analyse-gender-section.js";
import { CRITERION_WEIGHTS, GOOD_MIN_SCORE } from "./scoring.js";
import { CRITERION_IDS, type CriterionId, type GenderImpactAnalysis } from "./types.js";

function criterion(analysis: GenderImpactAnalysis, id: CriterionId) {
  const found = analysis.criteria.find((result) => result.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

function metBy(text: string, id: CriterionId): boolean {
  return criterion(analyseGenderSection(text), id).met;
}

/**
 * For each criterion: texts that meet it, and near misses that name the topic but lack the
 * content the criterion asks for.
 */
const CASES: Readonly<Record<CriterionId, { meets: string[]; misses: string[] }>> = {
  relevance: {
    meets: [
      "Förslaget är relevant för jämställdheten eftersom kvinnor och män reser på olika sätt.",
      "Förslaget bedöms inte påverka jämställdheten eftersom det bara ändrar fakturornas layout.",
    ],
    misses: ["Beslutet bedöms inte ha någon påverkan avseende jämställdhet.", "Förslaget gäller alla invånare."],
  },
  affectedGroups: {
    meets: [
      "Förslaget berör kvinnor och män som pendlar till sjukhuset.",
      "Flickor i årskurs 7–9 och pojkar i samma ålder berörs.",
    ],
    misses: ["Förslaget berör alla invånare som pendlar till sjukhuset.", "Förslaget berör kvinnor som pendlar."],
  },
  statistics: {
    meets: [
      "Enligt SCB var 58 procent av pendlarna kvinnor år 2022.",
      "Könsuppdelad statistik saknas i dag, men vi kommer att ta fram den genom en enkät till kvinnor och män under våren.",
    ],
    misses: [
      "Kvinnor pendlar oftare än män enligt SCB.",
      "Ungefär 58 procent av kvinnorna pendlar.",
      "Statistik om kvinnor och män saknas.",
    ],
  },
  consequences: {
    meets: [
      "Kvinnor får kortare restid. Män får också kortare restid. Utan beslut blir restiden oförändrad för båda.",
      "Kvinnor och män påverkas på samma sätt eftersom alla får samma nya blankett. Beslutet bedöms därför inte ha någon påverkan.",
    ],
    misses: [
      "Kvinnor får kortare restid. Män får också kortare restid.",
      "Kvinnor får kortare restid. Utan beslut blir restiden längre.",
    ],
  },
  resources: {
    meets: ["Av budgeten på 2 miljoner kronor går 70 procent till insatser som främst kvinnor använder."],
    misses: ["Budgeten är 2 miljoner kronor.", "Kvinnor får insatserna."],
  },
  representation: {
    meets: ["Styrgruppen består av tre kvinnor och fem män.", "I dialogmötena deltog lika många kvinnor som män."],
    misses: ["Styrgruppen består av åtta personer."],
  },
  norms: {
    meets: [
      "Normer om vem som ska ta hand om barnen gör att kvinnor tar ut mer föräldraledighet. Den skillnaden är inte motiverad.",
    ],
    misses: ["Normer påverkar kvinnor och män.", "Skillnaden mellan kvinnor och män är omotiverad."],
  },
  intersectionality: {
    meets: ["Äldre kvinnor i glesbygd påverkas mest.", "Utrikes födda män har lägst andel besök."],
    misses: ["Äldre personer i glesbygd påverkas mest."],
  },
  goals: {
    meets: [
      "Förslaget berör delmål 2, ekonomisk jämställdhet.",
      "Förslaget ligger i linje med regionens mål om en jämställd vård.",
    ],
    misses: ["Regionen har många mål.", "Förslaget ligger i linje med regionens budget."],
  },
  conclusion: {
    meets: [
      "Sammantaget bedöms påverkan vara positiv eftersom kvinnor får kortare väntetid.",
      "Förslaget har ingen påverkan på jämställdheten eftersom kvinnor och män får exakt samma blankett.",
    ],
    misses: [
      "Sammantaget bedöms påverkan vara positiv.",
      "Beslutet bedöms inte ha någon påverkan avseende jämställdhet.",
    ],
  },
  measures: {
    meets: ["För att minska skillnaden mellan kvinnor och män kommer kliniken att erbjuda kvällstider."],
    misses: ["Kliniken kommer att erbjuda kvällstider."],
  },
  followUp: {
    meets: [
      "Väntetiderna följs upp per kön varje år och rapporteras till regionstyrelsen.",
      "Antalet besök av kvinnor och män utvärderas efter sex månader.",
    ],
    misses: ["Väntetiderna följs upp.", "Väntetiderna följs upp per kön."],
  },
};

describe("analyseGenderSection: each criterion", () => {
  for (const id of CRITERION_IDS) {
    for (const text of CASES[id].meets) {
      it(`meets ${id} with: ${text}`, () => {
        const result = criterion(analyseGenderSection(text), id);
        expect(result.met).toBe(true);
        expect(result.evidence.length).toBeGreaterThan(0);
        expect(result.adviceKey).toBe(`analysis.criteria.${id}.adviceMet`);
      });
    }
    for (const text of CASES[id].misses) {
      it(`does not meet ${id} with: ${text}`, () => {
        const result = criterion(analyseGenderSection(text), id);
        expect(result.met).toBe(false);
        expect(result.adviceKey).not.toBe(`analysis.criteria.${id}.adviceMet`);
      });
    }
  }

  it("gives the advice for a partly met criterion when there is evidence but not enough", () => {
    const result = criterion(analyseGenderSection("Väntetiderna följs upp."), "followUp");
    expect(result.evidence).toEqual(["Väntetiderna följs upp."]);
    expect(result.adviceKey).toBe("analysis.criteria.followUp.advicePartly");
    expect(result.advice).toBe(catalogues.sv.analysis.criteria.followUp.advicePartly);
  });

  it("meets each criterion with the example the catalogue gives for it", () => {
    for (const id of CRITERION_IDS) {
      expect(metBy(catalogues.sv.analysis.criteria[id].example, id), id).toBe(true);
    }
  });
});

describe("analyseGenderSection: verdicts and score", () => {
  const CORE =
    "Förslaget är relevant för jämställdheten eftersom kvinnor och män använder mottagningen olika. " +
    "Kvinnor får kortare väntetid och män får bättre tillgång på kvällen. " +
    "Utan beslut fortsätter väntetiderna att vara långa. " +
    "Sammantaget bedöms påverkan vara positiv eftersom väntetiden minskar för de kvinnor som i dag väntar längst.";

  it("says missing, with score 0 and no evidence, for an empty or blank section", () => {
    for (const text of ["", "  \n\t "]) {
      const analysis = analyseGenderSection(text);
      expect(analysis.genderSection).toEqual({ present: false, heading: null, text: "" });
      expect(analysis.verdict).toBe("missing");
      expect(analysis.score).toBe(0);
      expect(analysis.criteria.every((result) => !result.met && result.evidence.length === 0)).toBe(true);
    }
  });

  it("keeps the typed text as given and has no heading for structured input", () => {
    const text = "  Beslutet bedöms inte ha någon påverkan avseende jämställdhet.\n";
    expect(analyseGenderSection(text).genderSection).toEqual({ present: true, heading: null, text });
  });

  it("calls the stock phrase insufficient", () => {
    const analysis = analyseGenderSection("Beslutet bedöms inte ha någon påverkan avseende jämställdhet.");
    expect(analysis.verdict).toBe("insufficient");
    expect(analysis.score).toBe(0);
  });

  it("calls a text with only neutral words insufficient, however reasoned", () => {
    const analysis = analyseGenderSection(
      "Alla behandlas lika oavsett kön. Förslaget gäller alla invånare och bedöms därför inte påverka jämställdheten.",
    );
    expect(analysis.verdict).toBe("insufficient");
    expect(criterion(analysis, "affectedGroups").met).toBe(false);
  });

  it("calls a text that meets the four core criteria adequate", () => {
    const analysis = analyseGenderSection(CORE);
    expect(analysis.verdict).toBe("adequate");
    expect(analysis.score).toBeGreaterThanOrEqual(44);
  });

  it("calls a core text insufficient when the consequences for men are left out", () => {
    const analysis = analyseGenderSection(CORE.replace("och män får bättre tillgång på kvällen", ""));
    expect(criterion(analysis, "consequences").met).toBe(false);
    expect(analysis.verdict).toBe("insufficient");
  });

  it("calls a full analysis good, and not without statistics even when the score is high", () => {
    const full = [
      CORE,
      "Enligt mottagningens statistik för 2023 var 64 procent av patienterna kvinnor och 36 procent män.",
      "Av läkartiden går 64 procent till kvinnor.",
      "I arbetsgruppen deltog tre kvinnor och två män.",
      "Normer gör att män söker vård sent, och skillnaden är inte medicinskt motiverad.",
      "Äldre män i inlandet påverkas mest.",
      "Förslaget bidrar till delmål 5, jämställd hälsa.",
      "För att nå fler män kommer mottagningen att erbjuda kvällstider.",
      "Besöken följs upp per kön varje år och rapporteras till nämnden.",
    ].join(" ");
    const good = analyseGenderSection(full);
    expect(good.verdict).toBe("good");
    expect(good.score).toBeGreaterThanOrEqual(GOOD_MIN_SCORE);

    const withoutStatistics = analyseGenderSection(full.replace(/Enligt mottagningens statistik[^.]*\. /, ""));
    expect(criterion(withoutStatistics, "statistics").met).toBe(false);
    expect(withoutStatistics.score).toBeGreaterThanOrEqual(GOOD_MIN_SCORE);
    expect(withoutStatistics.verdict).toBe("adequate");
  });

  it("scores the sum of the weights of the criteria met, never more than 100", () => {
    expect(Object.values(CRITERION_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    const analysis = analyseGenderSection(CORE);
    const expected = analysis.criteria
      .filter((result) => result.met)
      .reduce((sum, r) => sum + CRITERION_WEIGHTS[r.id], 0);
    expect(analysis.score).toBe(expected);
  });
});

describe("analyseGenderSection: conclusion and sub-goals", () => {
  it.each([
    ["Sammantaget bedöms förslaget ha en positiv påverkan på jämställdheten.", "positive"],
    ["Förslaget bedöms få en negativ påverkan eftersom kvinnor får längre resväg.", "negative"],
    ["Beslutet bedöms inte ha någon påverkan avseende jämställdhet.", "neutral"],
    ["Påverkan bedöms vara både positiv och negativ.", "mixed"],
    ["Bedömningen är att förslaget är positivt för flickor men negativt för pojkar.", "mixed"],
    ["Förslaget har ingen negativ påverkan utan bidrar till ökad jämställdhet.", "positive"],
    ["Kvinnor och män berörs.", null],
  ] as const)("reads the conclusion of: %s", (text, conclusion) => {
    expect(analyseGenderSection(text).conclusion).toBe(conclusion);
  });

  it("prefers the sentence that states the assessment over other sentences", () => {
    const analysis = analyseGenderSection(
      "Utan beslut blir effekten negativ för kvinnor. Sammantaget bedöms påverkan vara positiv eftersom kvinnor får kortare väntetid.",
    );
    expect(analysis.conclusion).toBe("positive");
  });

  it.each([
    ["Förslaget berör delmål 5.", [5]],
    ["Förslaget berör delmålen 2, 4 och 5.", [2, 4, 5]],
    ["Förslaget berör de jämställdhetspolitiska delmålen 1–3.", [1, 2, 3]],
    ["Förslaget bidrar till en jämn fördelning av makt och inflytande.", [1]],
    ["Målet är att mäns våld mot kvinnor ska upphöra.", [6]],
    ["Förslaget stöder målet om jämn fördelning av det obetalda hem- och omsorgsarbetet.", [4]],
    ["Förslaget stärker kvinnors makt och inflytande i styrgrupperna.", []],
    ["Delmål 7 finns inte, och 5 procent är ingen hänvisning.", []],
  ] as const)("finds the national sub-goals in: %s", (text, subgoals) => {
    expect(analyseGenderSection(text).subgoals).toEqual(subgoals);
  });
});

describe("analyseGenderSection: neutral terms", () => {
  it("reports each neutral group word with offsets into the original text", () => {
    const text =
      "Förslaget gäller alla invånare i Fjällbyn. Alla behandlas lika, och patienterna får samma tider som brukarna.";
    const terms = analyseGenderSection(text).neutralTerms;
    expect(terms.map((term) => term.term)).toEqual(["invånare", "Alla", "patienterna", "brukarna"]);
    for (const term of terms) expect(text.slice(term.start, term.end)).toBe(term.term);
  });

  it("does not report a group word qualified by sex or an alla that does not stand for people", () => {
    const text =
      "Kvinnliga patienter och alla kvinnor och män berörs, i alla fall de som är medarbetare, kvinnor och män.";
    expect(analyseGenderSection(text).neutralTerms).toEqual([]);
  });

  it("gives offsets into the original text, not the folded one, also across a hyphenated line break", () => {
    const text = "Ärendet  gäller   i första hand invå-\nnare och   elever.";
    const terms = analyseGenderSection(text).neutralTerms;
    expect(terms.map((term) => text.slice(term.start, term.end))).toEqual(["invå-\nnare", "elever"]);
    expect(terms[1]).toEqual({ term: "elever", start: text.indexOf("elever"), end: text.indexOf("elever") + 6 });
  });
});

describe("analyseGenderSection: evidence and language", () => {
  const text =
    "Förslaget är relevant för jämställdheten eftersom kvinnor och män använder bussen olika.\n" +
    "Enligt resvaneundersökningen 2022 reser kvinnor 40 procent oftare med buss än män.\n\n" +
    "Sammantaget bedöms påverkan vara positiv eftersom kvinnor får fler avgångar.";

  it("quotes whole sentences exactly as they stand in the section", () => {
    const analysis = analyseGenderSection(text);
    const quotes = analysis.criteria.flatMap((result) => result.evidence);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(text).toContain(quote);
      expect(quote).toMatch(/^\p{Lu}.*[.!?]$/su);
    }
  });

  it("gives the advice in English when asked, with the same keys", () => {
    const swedish = analyseGenderSection(text);
    const english = analyseGenderSection(text, { locale: "en" });
    for (const id of CRITERION_IDS) {
      const sv = criterion(swedish, id);
      const en = criterion(english, id);
      expect(en.adviceKey).toBe(sv.adviceKey);
      expect(en.met).toBe(sv.met);
      expect(en.advice).not.toBe(sv.advice);
    }
    expect(criterion(english, "statistics").advice).toBe(catalogues.en.analysis.criteria.statistics.adviceMet);
    expect(criterion(english, "followUp").advice).toBe(catalogues.en.analysis.criteria.followUp.adviceMissing);
  });

  it("tells the pronoun man from män, also when OCR lost the ä", () => {
    expect(metBy("Man kan anta att kvinnor påverkas mest.", "affectedGroups")).toBe(false);
    expect(metBy("Kvinnor och män påverkas.", "affectedGroups")).toBe(true);
    expect(metBy("Kvinnor och man paverkas.", "affectedGroups")).toBe(true);
    expect(metBy("Om man tittar på kvinnor ser man skillnader.", "affectedGroups")).toBe(false);
  });
});

describe("the rules page texts", () => {
  it("state the same weights and threshold as the code, in both languages", () => {
    for (const locale of ["sv", "en"] as const) {
      const texts = catalogues[locale].analysis;
      const scoring = texts.scoring.toLowerCase();
      for (const id of CRITERION_IDS) {
        expect(scoring, `${locale}: ${id}`).toContain(
          `${texts.criteria[id].name.toLowerCase()} ${CRITERION_WEIGHTS[id]}`,
        );
      }
      expect(scoring).toContain(String(GOOD_MIN_SCORE));
    }
  });
});
