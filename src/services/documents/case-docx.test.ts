import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { zipEntryText } from "../../../test/support/sample-documents.js";
import type { CaseDocument } from "../../core/cases/case-document.js";
import { renderCaseDocx } from "./case-docx.js";

const CASE: CaseDocument = {
  organisationName: "Region Norrbotten",
  bodyName: "Regionstyrelsen",
  diarienummer: "1206-2019",
  title: "Jämställd ärendeberedning – utvärdering",
  caseOfficerName: "Åsa Öberg",
  departmentName: "Regionstab",
  date: "2019-11-20",
  sections: {
    proposal: [
      "Regionstyrelsen beslutar att godkänna utvärderingen.",
      "Regionstyrelsen beslutar att ge regiondirektören i uppdrag att återrapportera i maj 2020.",
    ],
    statement: "",
    summary: "Utvärderingen visar att 62 procent av ärendena hade en jämställdhetsanalys.",
    matter: [
      { heading: "Bakgrund", text: "Regionstyrelsen beslutade 2018 att alla ärenden ska jämställdhetsintegreras." },
      { heading: "Genomförda åtgärder", text: "Handläggare har utbildats.\n\nEn checklista har tagits fram." },
    ],
    genderImpact: "Förslaget påverkar kvinnor och män, flickor och pojkar genom att besluten blir bättre underbyggda.",
    basis: "Protokoll 2018-06-12 § 143",
    attachments: "Utvärderingsrapport",
    recipients: ["Regiondirektören", "Ekonomidirektören"],
  },
};

async function html(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

function headingsOf(markup: string): string[] {
  return [...markup.matchAll(/<(h[1-3])>(.*?)<\/h[1-3]>/g)].map((m) => `${m[1]} ${m[2]}`);
}

describe("renderCaseDocx", () => {
  it("writes the title and every section heading of the template, in order, as real headings", async () => {
    expect(headingsOf(await html(await renderCaseDocx(CASE, "sv")))).toEqual([
      "h1 Jämställd ärendeberedning – utvärdering",
      "h2 Förslag till beslut",
      "h2 Sammanfattning",
      "h2 Ärendet",
      "h3 Bakgrund",
      "h3 Genomförda åtgärder",
      "h2 Beslutsförslagets påverkan avseende jämställdhet",
      "h2 Beslutsunderlag",
      "h2 Bilagor",
      "h2 Protokollsutdrag skickas till",
    ]);
  });

  it("writes the proposed decision as a Word-numbered list and the recipients as a bulleted list", async () => {
    const markup = await html(await renderCaseDocx(CASE, "sv"));
    const [, proposal] = /<ol>(.*?)<\/ol>/.exec(markup) ?? [];
    expect([...(proposal ?? "").matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([...CASE.sections.proposal]);
    const [, recipients] = /<ul>(.*?)<\/ul>/.exec(markup) ?? [];
    expect([...(recipients ?? "").matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
      "Regiondirektören",
      "Ekonomidirektören",
    ]);
  });

  it("starts with the organisation, body, date, diarienummer and case officer, Swedish letters intact", async () => {
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await renderCaseDocx(CASE, "sv")) })).value;
    const head = text.slice(0, text.indexOf(CASE.title));
    for (const expected of [
      "Region Norrbotten",
      "Regionstyrelsen",
      "Datum: 2019-11-20",
      "Diarienummer: 1206-2019",
      "Handläggare: Åsa Öberg, Regionstab",
    ]) {
      expect(head).toContain(expected);
    }
    expect(text).toContain("En checklista har tagits fram.");
  });

  it("says Ej registrerat for a draft without a diarienummer", async () => {
    const text = (
      await mammoth.extractRawText({ buffer: Buffer.from(await renderCaseDocx({ ...CASE, diarienummer: null }, "sv")) })
    ).value;
    expect(text).toContain("Diarienummer: Ej registrerat");
  });

  it("shows the statement only when there is one, and an empty gender impact section as not filled in", async () => {
    const withStatement = { ...CASE, sections: { ...CASE.sections, statement: "Regiondirektören tillstyrker." } };
    expect(headingsOf(await html(await renderCaseDocx(withStatement, "sv")))).toContain(
      "h2 Yttrande till beslutsförslaget",
    );

    const withoutAnalysis = { ...CASE, sections: { ...CASE.sections, genderImpact: "  " } };
    const markup = await html(await renderCaseDocx(withoutAnalysis, "sv"));
    expect(markup).toMatch(/<h2>Beslutsförslagets påverkan avseende jämställdhet<\/h2><p><em>Ej ifyllt\.<\/em><\/p>/);
  });

  it("sets the document's title and language, and puts headings in the outline", async () => {
    const bytes = await renderCaseDocx(CASE, "sv");
    expect(await zipEntryText(bytes, "docProps/core.xml")).toContain(`<dc:title>${CASE.title}</dc:title>`);
    const styles = (await zipEntryText(bytes, "word/styles.xml")) ?? "";
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="sv-SE"\/>.*<\/w:docDefaults>/);
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/);
  });

  it("writes the headings in English with locale en", async () => {
    const bytes = await renderCaseDocx({ ...CASE, diarienummer: null }, "en");
    const headings = headingsOf(await html(bytes));
    expect(headings).toContain("h2 The proposal's impact on gender equality");
    expect(headings).toContain("h2 Proposed decision");
    expect((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value).toContain(
      "Case number: Not registered",
    );
    expect(await zipEntryText(bytes, "word/styles.xml")).toContain('<w:lang w:val="en-GB"/>');
  });
});
