import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseActors, caseIn, sections } from "../../../test/support/case-fixtures.js";
import { sampleDocx, samplePdf } from "../../../test/support/sample-documents.js";
import { startTestApp, type TestApp } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { readDocumentText } from "../../services/index.js";

const IMPORTED = [
  "# Ny mottagning för unga vuxna",
  "Dnr 0412-2021",
  "## Förslag till beslut",
  "1. Hälso- och sjukvårdsnämnden beslutar att öppna en mottagning för unga vuxna i Luleå.",
  "2. Mottagningen finansieras inom befintlig ram.",
  "## Sammanfattning",
  "Unga vuxna har i dag ingen egen mottagning.",
  "## Beslutsförslagets påverkan avseende jämställdhet",
  "Unga kvinnor söker psykiatrisk vård dubbelt så ofta som unga män (regionens statistik 2020). Mottagningen ska därför nå fler unga män genom uppsökande arbete.",
  "## Protokollsutdrag skickas till",
  "Psykiatrin",
];

/** The same kind of case as text from a scanned PDF: letters lost, words split over lines. */
const OCR_DAMAGED = [
  "Dnr 0099-2017",
  "Utokad hemsjukvard",
  "Forslag till beslut",
  "1. Halso- och sjukvardsnamnden beslutar att utoka hemsjukvarden.",
  "Sida 1 av 2",
  "Beslutsforslagets paverkan avseende jamstalldhet",
  "Beslutet bedoms inte ha nagon paverkan avseende jamstall-",
  "dhet.",
].join("\n");

describe.each(testDatabases())("case documents on $name", (database) => {
  let t: TestApp;
  let actors: CaseActors;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    const officer = await t.loginAs("handlaggare@norrbotten.demo");
    const organisationId = (await officer.get("/api/v1/me")).json().memberships[0].organisation.id;
    base = `/api/v1/organisations/${organisationId}`;
    const bodies = (await officer.get(`${base}/bodies`)).json().bodies;
    actors = {
      officer,
      reviewer: await t.loginAs("granskare@norrbotten.demo"),
      secretary: await t.loginAs("sekreterare@norrbotten.demo"),
      organisationId,
      bodyId: bodies.find((b: { name: string }) => b.name === "Hälso- och sjukvårdsnämnden").id,
    };
  });
  afterAll(() => t.close());

  it("imports a .docx case as a draft with its sections recognised and a new diarienummer", async () => {
    const response = await actors.officer.upload(
      `${base}/cases/import?fileName=${encodeURIComponent("mottagning unga vuxna.docx")}&bodyId=${actors.bodyId}`,
      await sampleDocx(IMPORTED),
    );
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ status: "draft", title: "Ny mottagning för unga vuxna" });
    expect(created.diarienummer).not.toBe("0412-2021");
    expect(created.sections.proposal).toHaveLength(2);
    expect(created.sections.genderImpact).toContain("unga män");
    expect(created.sections.recipients).toEqual(["Psykiatrin"]);
  });

  it("archives an OCR-damaged historical case under its own diarienummer with the analyser's verdict", async () => {
    const response = await actors.secretary.upload(
      `${base}/cases/archive?fileName=hemsjukvard.txt&bodyId=${actors.bodyId}&decidedOn=2017-05-03`,
      new TextEncoder().encode(OCR_DAMAGED),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: "archived",
      diarienummer: "0099-2017",
      decidedOn: "2017-05-03",
      submission: { genderSection: true, verdict: "insufficient" },
    });
    const twice = await actors.secretary.upload(
      `${base}/cases/archive?fileName=hemsjukvard.txt&bodyId=${actors.bodyId}&decidedOn=2017-05-03`,
      new TextEncoder().encode(OCR_DAMAGED),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain("0099-2017");
  });

  it("refuses a corrupt or empty file with a Swedish reason and creates nothing", async () => {
    const before = (await actors.officer.get(`${base}/cases`)).json().cases.length;
    const corrupt = await actors.officer.upload(
      `${base}/cases/import?fileName=trasig.pdf&bodyId=${actors.bodyId}`,
      new TextEncoder().encode("%PDF-1.7 detta är ingen riktig pdf"),
    );
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toMatch(/[åäö]/);
    const scanned = await actors.officer.upload(
      `${base}/cases/import?fileName=skannad.pdf&bodyId=${actors.bodyId}`,
      await samplePdf([]),
    );
    expect(scanned.statusCode).toBe(400);
    expect((await actors.officer.get(`${base}/cases`)).json().cases.length).toBe(before);
  });

  it("refuses a file over 25 MB before reading it", async () => {
    const response = await actors.officer.upload(
      `${base}/cases/import?fileName=stor.txt&bodyId=${actors.bodyId}`,
      new Uint8Array(25 * 1024 * 1024 + 1),
    );
    expect(response.statusCode).toBe(413);
  });

  it("exports the case as .docx with the template's headings in order", async () => {
    const { caseId } = await caseIn(actors, "draft", "Kvällsöppet i Kiruna");
    const response = await actors.officer.request({ method: "GET", url: `${base}/cases/${caseId}/document.docx` });
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    expect(decodeURIComponent(String(response.headers["content-disposition"]))).toContain("Kvällsöppet i Kiruna.docx");
    const { value } = await mammoth.extractRawText({ buffer: response.rawPayload });
    const order = [
      "Förslag till beslut",
      "Sammanfattning",
      "Ärendet",
      "Bakgrund",
      "Beslutsförslagets påverkan avseende jämställdhet",
      "Beslutsunderlag",
      "Protokollsutdrag skickas till",
    ];
    const positions = order.map((heading) => value.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(value).toContain(sections().proposal[0]);
  });

  it("exports the extract of the minutes as .pdf and .docx with §, decision, position and recipients", async () => {
    const { caseId, meetingId } = await caseIn(actors, "scheduled");
    const decision = (
      await actors.secretary.post(`${base}/meetings/${meetingId}/decisions`, {
        caseId,
        outcome: "approved",
        genderPosition: { considered: true, comment: "Nämnden beaktade att kvällsöppet främst når män." },
        assignments: [
          { assignee: "Hälso- och sjukvårdsdirektören", description: "Följ upp besök per kön.", dueDate: "2027-09-30" },
        ],
      })
    ).json();
    for (const format of ["pdf", "docx"] as const) {
      const response = await actors.officer.request({
        method: "GET",
        url: `${base}/cases/${caseId}/decisions/${decision.id}/extract.${format}`,
      });
      expect(response.statusCode).toBe(200);
      const read = await readDocumentText({ name: `utdrag.${format}`, bytes: new Uint8Array(response.rawPayload) });
      if (read.kind !== "read") throw new Error(`could not read the ${format} extract: ${read.reason}`);
      expect(read.text).toContain(`§ ${decision.paragraph}`);
      expect(read.text).toContain("Bifall");
      expect(read.text).toContain("Nämnden beaktade att kvällsöppet främst når män.");
      expect(read.text).toContain("Hälsocentralen i Kiruna");
      expect(read.text).toContain("Följ upp besök per kön.");
    }
  });
});
