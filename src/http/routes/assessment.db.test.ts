import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { readZipEntry } from "../../../test/support/zip-entry.js";
import { readDocumentText } from "../../services/index.js";

const NORRBOTTEN_SUMS = [18, 18, 20, 24];
const UNSCORED_TEN = Array(10).fill(null);

/** A date `days` from today, YYYY-MM-DD (UTC, as the service counts). */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

let occasionCounter = 0;
/** An occasion name no other test uses. */
function freshOccasion(): string {
  occasionCounter += 1;
  return `Testtillfälle ${occasionCounter} ${Math.random().toString(36).slice(2, 6)}`;
}

describe.each(testDatabases())("assessments on $name", (database) => {
  let t: TestApp;
  let strategist: TestClient;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    strategist = await t.loginAs("granskare@norrbotten.demo");
    const organisationId = (await strategist.get("/api/v1/me")).json().memberships[0].organisation.id;
    base = `/api/v1/organisations/${organisationId}`;
  });
  afterAll(() => t.close());

  /** Records an assessment on a fresh occasion (a year after the demo's last) and returns its view. */
  async function record(items: { no: number; score: number | null }[] = [], client = strategist) {
    const response = await client.post(`${base}/assessments`, {
      occasion: freshOccasion(),
      date: "2021-03-01",
      participants: ["Jämställdhetsstrateg"],
      items,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function columnCount(): Promise<number> {
    return (await strategist.get(`${base}/assessments`)).json().table.columns.length;
  }

  it("shows the demo region's real series with the sums 18, 18, 20 and 24, in that order", async () => {
    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    const response = await member.get(`${base}/assessments`);
    expect(response.statusCode).toBe(200);
    const { checklist, table } = response.json();
    expect(checklist).toMatchObject({ version: 1, inUse: true });
    expect(checklist.definition.items).toHaveLength(10);
    const demo = table.columns.slice(0, 4);
    expect(demo.map((c: { occasion: string }) => c.occasion)).toEqual(["Uppstart", "BM1", "BM3", "BM5"]);
    expect(demo.map((c: { date: string }) => c.date)).toEqual(["2018-09-20", "2018-11-27", "2019-06-11", "2020-02-11"]);
    expect(demo.map((c: { sum: { sum: number } }) => c.sum.sum)).toEqual(NORRBOTTEN_SUMS);
    expect(demo.every((c: { sum: { complete: boolean } }) => c.sum.complete)).toBe(true);
    expect(demo[3].scores).toEqual([3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3]);
    expect(demo[0]).toMatchObject({ checklistVersion: 1, participants: expect.arrayContaining(["Regiondirektör"]) });
  });

  it("records an assessment with scores, comments and evidence, and reads it back beside the occasion before it", async () => {
    const created = await strategist.post(`${base}/assessments`, {
      occasion: "  Resultatkonferens ",
      date: "2020-10-01",
      participants: ["Regiondirektör", "Jämställdhetsstrateg", " "],
      items: [
        { no: 1, score: 3, comment: "Beslutet står fast.", evidence: { text: "Protokoll", links: [] } },
        {
          no: 7,
          score: 2.5,
          evidence: {
            text: "",
            links: [{ kind: "url", url: "https://www.norrbotten.se/protokoll", label: "Protokoll" }],
          },
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      occasion: "Resultatkonferens",
      date: "2020-10-01",
      participants: ["Regiondirektör", "Jämställdhetsstrateg"],
      checklist: { version: 1 },
      sum: { sum: 5.5, scoredItems: 2, itemCount: 10, complete: false },
    });
    expect(view.items).toHaveLength(10);
    expect(view.items[0]).toMatchObject({
      no: 1,
      score: 3,
      comment: "Beslutet står fast.",
      evidence: { text: "Protokoll", links: [] },
      revision: 1,
      updatedBy: "Greta Nilsson",
    });
    expect(view.items[6].evidence.links).toEqual([
      { kind: "url", url: "https://www.norrbotten.se/protokoll", label: "Protokoll" },
    ]);
    // An item left empty at creation was saved by nobody: it names no one until someone saves it.
    expect(view.items[1]).toMatchObject({ score: null, comment: "", revision: 1, updatedBy: null });
    expect(view.previous).toMatchObject({ occasion: "BM5", date: "2020-02-11" });
    expect(view.previous.scores).toEqual([3, 2.5, 1.5, 2, 2.5, 2, 3, 2, 2.5, 3]);

    const read = (await strategist.get(`${base}/assessments/${view.id}`)).json();
    expect(read).toEqual(view);
    const column = (await strategist.get(`${base}/assessments`)).json().table.columns.at(-1);
    expect(column).toMatchObject({ occasion: "Resultatkonferens", sum: { sum: 5.5, complete: false } });
    expect(column.scores).toEqual([3, null, null, null, null, null, 2.5, null, null, null]);
  });

  it("leaves unscored items out of the sum and says how many items it covers", async () => {
    const view = await record([
      { no: 2, score: 1.5 },
      { no: 3, score: 2 },
      { no: 4, score: null },
    ]);
    expect(view.sum).toEqual({ sum: 3.5, scoredItems: 2, itemCount: 10, complete: false });
    const empty = await record();
    expect(empty.sum).toEqual({ sum: 0, scoredItems: 0, itemCount: 10, complete: false });
    expect(empty.items.map((item: { score: number | null }) => item.score)).toEqual(UNSCORED_TEN);
  });

  it("refuses a score off the scale or between its steps, in Swedish and English, and stores nothing", async () => {
    const before = await columnCount();
    const attempt = (client: TestClient, score: number) =>
      client.post(`${base}/assessments`, {
        occasion: freshOccasion(),
        date: "2021-03-01",
        participants: [],
        items: [{ no: 4, score }],
      });
    const offScale = await attempt(strategist, 4);
    expect(offScale.statusCode).toBe(400);
    expect(offScale.json().error).toMatchObject({
      code: "score_off_scale",
      message: "Punkt 4: poängen 4 ligger utanför checklistans skala. Tillåtna värden är 1 till 3 i steg om 0,5.",
    });
    const offStep = await attempt(strategist, 2.25);
    expect(offStep.statusCode).toBe(400);
    expect(offStep.json().error.code).toBe("score_off_step");
    expect(offStep.json().error.message).toContain("poängen 2,25 ligger mellan skalans steg");
    const english = await t.loginAs("granskare@norrbotten.demo");
    const inEnglish = await english.request({
      method: "POST",
      url: `${base}/assessments`,
      headers: { "accept-language": "en", "x-csrf-token": await english.fetchCsrfToken() },
      payload: { occasion: freshOccasion(), date: "2021-03-01", participants: [], items: [{ no: 4, score: 0.5 }] },
    });
    expect(inEnglish.statusCode).toBe(400);
    expect(inEnglish.json().error.message).toBe(
      "Item 4: the score 0.5 lies outside the checklist's scale. Allowed values are 1 to 3 in steps of 0.5.",
    );
    expect(await columnCount()).toBe(before);

    const view = await record([{ no: 4, score: 2 }]);
    const item = view.items[3];
    const save = await strategist.put(`${base}/assessments/${view.id}/items/4`, {
      score: 3.5,
      comment: "För högt",
      evidence: { text: "", links: [] },
      revision: item.revision,
    });
    expect(save.statusCode).toBe(400);
    expect(save.json().error.code).toBe("score_off_scale");
    expect((await strategist.get(`${base}/assessments/${view.id}`)).json().items[3]).toEqual(item);
  });

  it("refuses an occasion dated more than a year ahead, and a date that does not exist", async () => {
    const before = await columnCount();
    const ahead = await strategist.post(`${base}/assessments`, {
      occasion: freshOccasion(),
      date: daysFromToday(400),
      participants: [],
    });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.code).toBe("occasion_too_far_ahead");
    expect(ahead.json().error.message).toContain("mer än ett år framåt");
    const planned = await strategist.post(`${base}/assessments`, {
      occasion: freshOccasion(),
      date: daysFromToday(300),
      participants: [],
    });
    expect(planned.statusCode).toBe(201);
    const impossible = await strategist.post(`${base}/assessments`, {
      occasion: freshOccasion(),
      date: "2021-02-30",
      participants: [],
    });
    expect(impossible.statusCode).toBe(400);
    expect(await columnCount()).toBe(before + 1);
  });

  it("refuses a second assessment on an occasion the organisation already has, whatever its case or spacing", async () => {
    const before = await columnCount();
    for (const occasion of ["BM1", " bm1 ", "Bm1"]) {
      const response = await strategist.post(`${base}/assessments`, { occasion, date: "2018-11-28", participants: [] });
      expect(response.statusCode, occasion).toBe(409);
      expect(response.json().error.code).toBe("duplicate_occasion");
      expect(response.json().error.message).toContain("”BM1”");
    }
    const spaced = await strategist.post(`${base}/assessments`, {
      occasion: "Uppföljning  våren",
      date: "2021-04-01",
      participants: [],
    });
    expect(spaced.statusCode).toBe(201);
    const again = await strategist.post(`${base}/assessments`, {
      occasion: "uppföljning våren",
      date: "2021-04-02",
      participants: [],
    });
    expect(again.statusCode).toBe(409);
    const rename = await strategist.patch(`${base}/assessments/${spaced.json().id}`, { occasion: "BM3" });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().error.code).toBe("duplicate_occasion");
    expect((await strategist.get(`${base}/assessments/${spaced.json().id}`)).json().occasion).toBe("Uppföljning våren");
    expect(await columnCount()).toBe(before + 1);
  });

  it("keeps both people's scores when they save different items of one assessment from the same state", async () => {
    const view = await record();
    const colleague = await t.loginAs("analytiker@norrbotten.demo");
    const [mine, theirs] = await Promise.all(
      [
        { client: strategist, no: 3, score: 2.5 },
        { client: colleague, no: 4, score: 1.5 },
      ].map(({ client, no, score }) =>
        client.put(`${base}/assessments/${view.id}/items/${no}`, {
          score,
          comment: `Punkt ${no}`,
          evidence: { text: "", links: [] },
          revision: view.items[no - 1].revision,
        }),
      ),
    );
    expect([mine?.statusCode, theirs?.statusCode]).toEqual([200, 200]);
    expect(mine?.json()).toMatchObject({ no: 3, score: 2.5, revision: 2, updatedBy: "Greta Nilsson" });
    expect(theirs?.json()).toMatchObject({ no: 4, score: 1.5, revision: 2, updatedBy: "Amina Johansson" });
    const after = (await strategist.get(`${base}/assessments/${view.id}`)).json();
    expect(after.items.map((item: { score: number | null }) => item.score)).toEqual([
      null,
      null,
      2.5,
      1.5,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(after.sum).toMatchObject({ sum: 4, scoredItems: 2 });
  });

  it("lets only one of two saves of the same item from the same revision through, and keeps the winner's score", async () => {
    const view = await record([{ no: 5, score: 2 }]);
    const colleague = await t.loginAs("chef@norrbotten.demo");
    const attempts = [
      { client: strategist, score: 3 },
      { client: colleague, score: 1 },
    ];
    const responses = await Promise.all(
      attempts.map(({ client, score }) =>
        client.put(`${base}/assessments/${view.id}/items/5`, {
          score,
          comment: "",
          evidence: { text: "", links: [] },
          revision: 1,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = responses.findIndex((r) => r.statusCode === 200);
    const loser = responses[1 - winner];
    expect(loser?.json().error.code).toBe("stale_item");
    expect(loser?.json().error.message).toContain("Någon annan har sparat punkt 5");
    const item = (await strategist.get(`${base}/assessments/${view.id}`)).json().items[4];
    expect(item).toMatchObject({ score: attempts[winner]?.score, revision: 2 });

    const late = await strategist.put(`${base}/assessments/${view.id}/items/5`, {
      score: 2.5,
      comment: "Sent",
      evidence: { text: "", links: [] },
      revision: 1,
    });
    expect(late.statusCode).toBe(409);
    expect((await strategist.get(`${base}/assessments/${view.id}`)).json().items[4]).toEqual(item);
  });

  it("answers 404 for an item the checklist does not have", async () => {
    const view = await record();
    const response = await strategist.put(`${base}/assessments/${view.id}/items/11`, {
      score: 2,
      comment: "",
      evidence: { text: "", links: [] },
      revision: 1,
    });
    expect(response.statusCode).toBe(404);
    const create = await strategist.post(`${base}/assessments`, {
      occasion: freshOccasion(),
      date: "2021-03-01",
      participants: [],
      items: [{ no: 11, score: 2 }],
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().error.code).toBe("unknown_item");
  });

  it("refuses evidence that links to a case the organisation does not have, or to a page that is not http(s)", async () => {
    const view = await record();
    const save = (links: unknown[]) =>
      strategist.put(`${base}/assessments/${view.id}/items/1`, {
        score: 2,
        comment: "",
        evidence: { text: "", links },
        revision: 1,
      });
    const unknownCase = await save([{ kind: "case", caseId: "00000000-0000-7000-8000-000000000000" }]);
    expect(unknownCase.statusCode).toBe(400);
    expect(unknownCase.json().error.code).toBe("unknown_case");
    const script = await save([{ kind: "url", url: "javascript:alert(1)", label: "x" }]);
    expect(script.statusCode).toBe(400);
    const cases = (await strategist.get(`${base}/cases`)).json().cases;
    const linked = await save([{ kind: "case", caseId: cases[0].id }]);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().evidence.links).toEqual([{ kind: "case", caseId: cases[0].id }]);
  });

  it("changes occasion, date and who took part without touching the scores, and deletes an assessment", async () => {
    const view = await record([{ no: 1, score: 3 }]);
    const changed = await strategist.patch(`${base}/assessments/${view.id}`, {
      occasion: freshOccasion(),
      date: "2021-05-05",
      participants: ["Controller"],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ date: "2021-05-05", participants: ["Controller"], sum: { sum: 3 } });
    expect(changed.json().items[0]).toMatchObject({ score: 3, revision: 1 });
    const tooLate = await strategist.patch(`${base}/assessments/${view.id}`, { date: daysFromToday(500) });
    expect(tooLate.statusCode).toBe(400);
    expect((await strategist.get(`${base}/assessments/${view.id}`)).json().date).toBe("2021-05-05");

    expect((await strategist.delete(`${base}/assessments/${view.id}`)).statusCode).toBe(204);
    expect((await strategist.get(`${base}/assessments/${view.id}`)).statusCode).toBe(404);
  });

  it("lets an elected member read the assessments but not record, score or delete them", async () => {
    const view = await record();
    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    expect((await member.get(`${base}/assessments/${view.id}`)).statusCode).toBe(200);
    const post = await member.post(`${base}/assessments`, {
      occasion: freshOccasion(),
      date: "2021-03-01",
      participants: [],
    });
    expect(post.statusCode).toBe(403);
    const put = await member.put(`${base}/assessments/${view.id}/items/1`, {
      score: 2,
      comment: "",
      evidence: { text: "", links: [] },
      revision: 1,
    });
    expect(put.statusCode).toBe(403);
    expect((await member.delete(`${base}/assessments/${view.id}`)).statusCode).toBe(403);
    expect((await strategist.get(`${base}/assessments/${view.id}`)).json().items[0].revision).toBe(1);
  });

  it("never shows one organisation's assessment to another", async () => {
    const view = await record();
    const outsider = await t.loginAs("admin@vasterbotten.demo");
    const own = (await outsider.get("/api/v1/me")).json().memberships[0].organisation.id;
    expect((await outsider.get(`${base}/assessments/${view.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/organisations/${own}/assessments/${view.id}`)).statusCode).toBe(404);
    const theirs = (await outsider.get(`/api/v1/organisations/${own}/assessments`)).json().table.columns;
    expect(theirs.map((c: { occasion: string }) => c.occasion)).toEqual([
      "Uppstart",
      "BM1",
      "BM3",
      "BM5",
      "Uppstart 2026",
    ]);
    expect(theirs.map((c: { sum: { sum: number } }) => c.sum.sum)).not.toEqual(NORRBOTTEN_SUMS);
  });

  it("records every write in the audit log", async () => {
    const view = await record([{ no: 1, score: 2 }]);
    await strategist.put(`${base}/assessments/${view.id}/items/2`, {
      score: 2,
      comment: "",
      evidence: { text: "", links: [] },
      revision: 1,
    });
    const admin = await t.loginAs("admin@norrbotten.demo");
    const entries = (await admin.get(`${base}/audit?entityType=assessment&limit=200`)).json().entries;
    const mine = entries.filter((entry: { entityId: string }) => entry.entityId === view.id);
    expect(mine.map((entry: { action: string }) => entry.action).sort()).toEqual(["create", "item_saved"]);
  });

  describe("exported", () => {
    it("as XLSX with the items as rows, an occasion per column and the sums at the foot", async () => {
      const response = await strategist.get(`${base}/assessments/export.xlsx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("spreadsheetml");
      expect(response.headers["content-disposition"]).toContain("sjalvskattning-region-norrbotten-demo.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("Självskattning");
      expect(sheet?.getRow(1).getCell(3).value).toBe("Uppstart\n2018-09-20");
      expect(sheet?.getRow(2).getCell(2).value).toBe(
        "Den politiska församlingen har tagit beslut om jämställdhetsintegrering.",
      );
      const sums = sheet?.getRow(12);
      expect(sums?.getCell(2).value).toBe("Summa");
      expect([3, 4, 5, 6].map((column) => sums?.getCell(column).value)).toEqual(NORRBOTTEN_SUMS);
    });

    it("as .docx, a Word table whose foot row holds the sums", async () => {
      const response = await strategist.get(`${base}/assessments/export.docx?lang=en`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("wordprocessingml");
      const xml = await readZipEntry(response.rawPayload, "word/document.xml");
      const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((match) =>
        [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]),
      );
      expect(rows[0]?.slice(0, 4)).toEqual(["No.", "Item", "Uppstart", "2018-09-20"]);
      expect(rows[1]?.[1]).toBe("The political assembly has decided on gender mainstreaming.");
      expect(rows.at(-1)?.slice(0, 5)).toEqual(["", "Total", "18", "18", "20"]);
      expect(rows.at(-1)?.[5]).toBe("24");
    });

    it("as PDF, with the same table", async () => {
      const response = await strategist.get(`${base}/assessments/export.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      const read = await readDocumentText({ name: "tabell.pdf", bytes: response.rawPayload });
      if (read.kind !== "read") throw new Error(JSON.stringify(read));
      const text = read.text.replace(/\s+/g, " ");
      expect(text).toContain("Region Norrbotten (demo)");
      expect(text).toMatch(/Summa 18 18 20 24/);
    });

    it("for members who may read, and not for another organisation's", async () => {
      const member = await t.loginAs("fortroendevald@norrbotten.demo");
      expect((await member.get(`${base}/assessments/export.pdf`)).statusCode).toBe(200);
      const outsider = await t.loginAs("admin@vasterbotten.demo");
      expect((await outsider.get(`${base}/assessments/export.pdf`)).statusCode).toBe(404);
      expect((await strategist.get(`${base}/assessments/export.xlsx?checklistId=nonexistent`)).statusCode).toBe(404);
    });
  });
});
