import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASE_SECTION_KEYS } from "./case-sections.js";
import { recogniseSections } from "./recognise-sections.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/cases/${name}`, import.meta.url), "utf8");

describe("recogniseSections on a clean case document", () => {
  const recognised = recogniseSections(fixture("god-vardcentral.txt"));

  it("finds every template heading, in the template's order", () => {
    expect(recognised.found).toEqual([...CASE_SECTION_KEYS]);
  });

  it("reads the diarienummer and the title, not the letterhead or the date", () => {
    expect(recognised.diarienummer).toBe("1206-2019");
    expect(recognised.title).toBe("Utökade öppettider vid Hälsocentralen i Kvarnbacken");
  });

  it("splits the proposal into its numbered points, without the numbers", () => {
    expect(recognised.sections.proposal).toHaveLength(3);
    expect(recognised.sections.proposal[0]).toMatch(/^Hälso- och sjukvårdsnämnden beslutar att Hälsocentralen/);
    expect(recognised.sections.proposal[2]).toMatch(/senast den 30 juni 2020\.$/);
  });

  it("splits Ärendet at its sub-headings", () => {
    expect(recognised.sections.matter.map((part) => part.heading)).toEqual([
      "Bakgrund",
      "Genomförda åtgärder",
      "Ekonomi",
    ]);
    expect(recognised.sections.matter[0]?.text).toMatch(/^Kvarnbackens upptagningsområde har omkring 9 400 invånare\./);
  });

  it("keeps each section's own text and nothing of the next", () => {
    const { sections } = recognised;
    expect(sections.statement).toMatch(/^Primärvårdsrådet tillstyrker/);
    expect(sections.summary).toMatch(/^Hälsocentralen i Kvarnbacken har i dag öppet/);
    expect(sections.genderImpact).toMatch(/^Förslaget är relevant för jämställdheten/);
    expect(sections.genderImpact).toMatch(/mellan kvinnor och män\.$/);
    expect(sections.basis.split("\n")).toEqual([
      "Tjänsteskrivelse 2019-05-14",
      "Utvärdering av försöket med kvällsöppet hösten 2018",
      "Protokoll från Patientrådet 2019-03-20",
    ]);
    expect(sections.attachments).toBe("Besöksstatistik per kön och ålder 2018");
    expect(sections.recipients).toEqual([
      "Hälso- och sjukvårdsdirektör",
      "Primärvårdschef",
      "Hälsocentralen i Kvarnbacken",
    ]);
  });
});

describe("recogniseSections on OCR-damaged text from a PDF", () => {
  const clean = recogniseSections(fixture("god-vardcentral.txt"));
  const damaged = recogniseSections(fixture("god-vardcentral-ocr.txt"));

  it("finds the same headings despite lost letters, stray spaces and &rendet", () => {
    expect(damaged.found).toEqual(clean.found);
    expect(damaged.diarienummer).toBe("1206-2019");
    expect(damaged.title).toBe("Utokade oppettider vid Halsocentralen i Kvarnbacken");
  });

  it("gives the same number of points, sub-headings and recipients", () => {
    expect(damaged.sections.proposal).toHaveLength(clean.sections.proposal.length);
    expect(damaged.sections.proposal[0]).toMatch(
      /^Halso- och sjukvardsnamnden beslutar att Halsocentralen i Kvarnbacken ska/,
    );
    expect(damaged.sections.matter.map((part) => part.heading)).toEqual(["Bakgrund", "Genomforda atgarder", "Ekonomi"]);
    expect(damaged.sections.recipients).toHaveLength(clean.sections.recipients.length);
  });

  it("leaves page numbers and repeated headers out and lets a sentence run on across the page break", () => {
    const everything = JSON.stringify(damaged.sections);
    expect(everything).not.toMatch(/Sida \d av \d/);
    expect(everything).not.toContain("Tjansteskrivelse      Dnr");
    expect(damaged.sections.genderImpact).toContain("sarskilt gynnar kvinnor inom\nvard, skola och omsorg");
    expect(damaged.sections.matter[0]?.text).toMatch(/^Kvarnbackens upptagningsomrade/);
  });
});

describe("recogniseSections: headings", () => {
  const HEADINGS: readonly (readonly [string, string])[] = [
    ["Förslag till beslut", "proposal"],
    ["Beslutsförslag", "proposal"],
    ["Yttrande till beslutsförslaget", "statement"],
    ["Sammanfattning", "summary"],
    ["Kort sammanfattning", "summary"],
    ["Ärendet", "matter"],
    ["Ärendebeskrivning", "matter"],
    ["Beskrivning av ärendet", "matter"],
    ["Beslutsförslagets påverkan avseende jämställdhet", "genderImpact"],
    ["Påverkan avseende jämställdhet", "genderImpact"],
    ["Förslagets påverkan på jämställdheten", "genderImpact"],
    ["Konsekvenser för jämställdheten", "genderImpact"],
    ["Konsekvenser för kvinnor och män", "genderImpact"],
    ["Effekter ur ett jämställdhetsperspektiv", "genderImpact"],
    ["Inverkan på jämställdhet", "genderImpact"],
    ["Jämställdhetsanalys", "genderImpact"],
    ["Jämställdhetskonsekvenser", "genderImpact"],
    ["Beslutsunderlag", "basis"],
    ["Bilagor", "attachments"],
    ["Bilaga", "attachments"],
    ["Protokollsutdrag skickas till", "recipients"],
    ["Beslutet skickas till", "recipients"],
    ["Expedieras till", "recipients"],
    ["Sändlista", "recipients"],
  ];

  it("recognises every template heading and variant, as written, in capitals and with å, ä and ö lost", () => {
    for (const [heading, key] of HEADINGS) {
      for (const form of [heading, heading.toUpperCase(), heading.replace(/[åäöÅÄÖ]/g, ""), `3. ${heading}`]) {
        expect(recogniseSections(`${form}\nText under rubriken.`).found, form).toEqual([key]);
      }
    }
  });
});

describe("recogniseSections on other layouts", () => {
  it("puts a lead-in in front of each att-point and splits recipients at commas", () => {
    const recognised = recogniseSections(fixture("tillracklig-sjukresebuss.txt"));
    expect(recognised.diarienummer).toBe("318-2021");
    expect(recognised.sections.proposal).toEqual([
      "Regionstyrelsen beslutar att sjukresebussen från och med den 1 juni 2021 ska gå via Lillåsen i stället för via Storsjön,",
      "Regionstyrelsen beslutar att uppdra åt regiondirektören att teckna avtal med trafikföretaget om den nya sträckningen.",
    ]);
    expect(recognised.sections.recipients).toEqual(["Regiondirektör", "Kollektivtrafikmyndigheten", "Trafikföretaget"]);
  });

  it("recognises variant headings and leaves the sections that are not there empty", () => {
    const recognised = recogniseSections(fixture("tillracklig-variantrubriker.txt"));
    expect(recognised.found).toEqual(["proposal", "matter", "genderImpact", "basis", "recipients"]);
    expect(recognised.diarienummer).toBe("87-2022");
    expect(recognised.title).toBe("Ny fördelning av istider i Älvsåkers ishall");
    expect(recognised.sections.proposal[0]).toMatch(/^Kultur- och fritidsnämnden föreslås besluta att istiderna/);
    expect(recognised.sections.summary).toBe("");
    expect(recognised.sections.recipients).toEqual(["Föreningarna", "Fritidschef"]);
  });

  it.each([
    ["Dnr 1206-2019", "1206-2019"],
    ["Diarienummer: RS 1206-2019", "1206-2019"],
    ["Vårt dnr: 42-2024", "42-2024"],
    ["1206-2019", "1206-2019"],
    ["Handlingsplan 2021–2023", null],
  ])("reads the diarienummer from %j", (line, expected) => {
    const text = `Region Nordmark\n${line}\nEtt ärende om kvällsöppet\n\nFörslag till beslut\n1. Att bifalla.\n`;
    expect(recogniseSections(text).diarienummer).toBe(expected);
  });

  it("finds a diarienummer only in the footer when the top has none, and keeps a dnr in running text", () => {
    const text = [
      "Ett ärende om kvällsöppet",
      "Förslag till beslut",
      "1. Att bifalla.",
      "Beslutsunderlag",
      "Regionstyrelsens protokoll 2019-03-12, § 45, dnr 400-2019",
      "Sida 1 av 1",
      "Dnr 1206-2019",
    ].join("\n");
    const recognised = recogniseSections(text);
    expect(recognised.diarienummer).toBe("1206-2019");
    expect(recognised.sections.basis).toBe("Regionstyrelsens protokoll 2019-03-12, § 45, dnr 400-2019");
  });

  it("takes the title after a label and skips dates, letterhead and contact lines", () => {
    const text = [
      "Region Nordmark",
      "Regionstyrelsen",
      "2024-02-01",
      "Handläggare: Anna Berg, anna.berg@nordmark.example",
      "Ärende: Nya öppettider i Fjällbyn",
      "Förslag till beslut",
      "Att bifalla.",
    ].join("\n");
    expect(recogniseSections(text).title).toBe("Nya öppettider i Fjällbyn");
  });

  it("gives text before Ärendet's first sub-heading an empty heading, and does not take list items for sub-headings", () => {
    const text = [
      "Ärendet",
      "Ärendet kommer från en motion.",
      "",
      "Bakgrund",
      "Mottagningen har öppet på dagtid.",
      "- Kvinnor",
      "- Män",
      "Det är allt.",
    ].join("\n");
    expect(recogniseSections(text).sections.matter).toEqual([
      { heading: "", text: "Ärendet kommer från en motion." },
      { heading: "Bakgrund", text: "Mottagningen har öppet på dagtid.\n- Kvinnor\n- Män\nDet är allt." },
    ]);
  });

  it("takes only the first heading of a kind, so a later Sammanfattning is text", () => {
    const text = "Sammanfattning\nKort.\n\nÄrendet\nBakgrund\nText.\nSammanfattning\nÄnnu mer text.";
    const recognised = recogniseSections(text);
    expect(recognised.found).toEqual(["summary", "matter"]);
    expect(recognised.sections.summary).toBe("Kort.");
    expect(recognised.sections.matter.at(-1)?.text).toContain("Ännu mer text.");
  });

  it("returns empty sections and a title for text without any heading", () => {
    const recognised = recogniseSections("Anteckningar från mötet\nInget beslut fattades.");
    expect(recognised.found).toEqual([]);
    expect(recognised.title).toBe("Anteckningar från mötet");
    expect(recognised.sections.proposal).toEqual([]);
    expect(recognised.sections.genderImpact).toBe("");
  });
});
