import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { MinutesExtract } from "../../core/cases/case-document.js";
import type { DocumentText } from "./document-text.js";
import { renderMinutesExtractDocx } from "./minutes-extract-docx.js";
import { renderMinutesExtractPdf } from "./minutes-extract-pdf.js";
import { readDocumentText } from "./read-document.js";

const EXTRACT: MinutesExtract = {
  organisationName: "Region Norrbotten",
  bodyName: "Regionstyrelsen",
  meetingDate: "2019-12-04",
  paragraph: 231,
  diarienummer: "1206-2019",
  title: "Jämställd ärendeberedning – utvärdering",
  outcome: "approved",
  decisionPoints: ["Utvärderingen godkänns.", "Regiondirektören får i uppdrag att återrapportera."],
  genderPosition: { considered: true, comment: "Styrelsen noterar att fler kvinnor än män berörs." },
  assignments: [{ assignee: "Regiondirektören", what: "Återrapportera åtgärderna.", dueDate: "2020-05-31" }],
  recipients: ["Regiondirektören", "Ekonomidirektören", "Jämställdhetsstrategen"],
  certifiedBy: "Örjan Sämsk",
};

const RENDERERS = [
  ["docx", renderMinutesExtractDocx],
  ["pdf", renderMinutesExtractPdf],
] as const;

async function readBack(format: "docx" | "pdf", extract: MinutesExtract, locale: "sv" | "en" = "sv"): Promise<string> {
  const render = format === "docx" ? renderMinutesExtractDocx : renderMinutesExtractPdf;
  const outcome: DocumentText = await readDocumentText({
    name: `utdrag.${format}`,
    bytes: await render(extract, locale),
  });
  if (outcome.kind !== "read") throw new Error(`could not read the ${format} back: ${JSON.stringify(outcome)}`);
  return outcome.text;
}

/** The text's lines without blank ones, white space squeezed (docx and PDF space lines differently). */
function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

describe.each(RENDERERS)("the minutes extract as .%s", (format) => {
  it("says what it is, where and when, with the paragraph number, diarienummer and title", async () => {
    const lines = linesOf(await readBack(format, EXTRACT));
    expect(lines.slice(0, 5)).toEqual([
      "Protokollsutdrag",
      "Region Norrbotten",
      "Regionstyrelsen",
      "Sammanträdesdatum: 2019-12-04",
      "§ 231 Jämställd ärendeberedning – utvärdering",
    ]);
    expect(lines).toContain("Diarienummer: 1206-2019");
  });

  it("states the outcome in words and the decision points", async () => {
    const text = await readBack(format, EXTRACT);
    expect(text).toContain("Bifall till förslaget.");
    expect(text).toContain("Utvärderingen godkänns.");
    expect(text).toContain("Regiondirektören får i uppdrag att återrapportera.");
    for (const [outcome, words] of [
      ["rejected", "Avslag"],
      ["referredBack", "Återremiss"],
      ["postponed", "Bordläggning"],
      ["amended", "Beslut i ändrad lydelse"],
    ] as const) {
      expect(await readBack(format, { ...EXTRACT, outcome }), outcome).toContain(words);
    }
  });

  it("records the position on the consequences for women and men, with its comment", async () => {
    const lines = linesOf(await readBack(format, EXTRACT));
    const heading = lines.indexOf("Ställningstagande till konsekvenser för kvinnor och män");
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading + 1, heading + 3)).toEqual([
      "Konsekvenserna för kvinnor och män har beaktats: ja.",
      "Styrelsen noterar att fler kvinnor än män berörs.",
    ]);
    const notConsidered = { ...EXTRACT, genderPosition: { considered: false, comment: "" } };
    expect(await readBack(format, notConsidered)).toContain("har beaktats: nej.");
  });

  it("lists the assignments, the recipients and who certifies the extract", async () => {
    const text = await readBack(format, EXTRACT);
    expect(text).toContain("Uppdrag");
    expect(text).toMatch(/Regiondirektören: Återrapportera åtgärderna\.\s+\(återrapporteras senast 2020-05-31\)/);
    const lines = linesOf(text);
    const recipients = lines.indexOf("Protokollsutdrag skickas till");
    expect(recipients).toBeGreaterThan(0);
    for (const recipient of EXTRACT.recipients) {
      expect(
        lines.slice(recipients + 1).some((line) => line.endsWith(recipient)),
        recipient,
      ).toBe(true);
    }
    expect(lines.slice(-2)).toEqual(["Rätt utdraget intygar", "Örjan Sämsk"]);
  });

  it("leaves out the assignments when the decision gives none", async () => {
    const text = await readBack(format, { ...EXTRACT, assignments: [] });
    expect(linesOf(text)).not.toContain("Uppdrag");
  });

  it("uses English labels with locale en", async () => {
    const text = await readBack(format, EXTRACT, "en");
    expect(text).toContain("Extract of the minutes");
    expect(text).toContain("The proposal is approved.");
    expect(text).toContain("Position on the consequences for women and men");
  });
});

describe("the minutes extract as PDF", () => {
  it("is tagged, in Swedish, and shows its title", async () => {
    const raw = Buffer.from(await renderMinutesExtractPdf(EXTRACT, "sv")).toString("latin1");
    expect(raw).toMatch(/\/Lang \(sv-SE\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/S \/H1/);
    expect(raw).toMatch(/\/S \/L\b/);
  });

  it("simplifies letters the standard font cannot show instead of dropping them", async () => {
    const text = await readBack("pdf", { ...EXTRACT, recipients: ["Čohkkiras sameby"] });
    expect(text).toContain("Cohkkiras sameby");
  });
});

describe("the minutes extract as .docx", () => {
  it("numbers the decision points with Word numbering", async () => {
    const bytes = await renderMinutesExtractDocx(EXTRACT, "sv");
    const markup = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(markup).toContain(
      "<ol><li>Utvärderingen godkänns.</li><li>Regiondirektören får i uppdrag att återrapportera.</li></ol>",
    );
  });
});
