import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseActors, caseIn } from "../../../test/support/case-fixtures.js";
import { startTestApp, type TestApp } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { DEMO_CASES, DEMO_HISTORICAL_CASES } from "../../services/demo/demo-cases.js";

describe.each(testDatabases())("the follow-up of gender-equal decisions on $name", (database) => {
  let t: TestApp;
  let actors: CaseActors;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    const officer = await t.loginAs("handlaggare@norrbotten.demo");
    const organisationId = (await officer.get("/api/v1/me")).json().memberships[0].organisation.id;
    const bodies = (await officer.get(`/api/v1/organisations/${organisationId}/bodies`)).json().bodies;
    actors = {
      officer,
      reviewer: await t.loginAs("granskare@norrbotten.demo"),
      secretary: await t.loginAs("sekreterare@norrbotten.demo"),
      organisationId,
      bodyId: bodies.find((b: { name: string }) => b.name === "Hälso- och sjukvårdsnämnden").id,
    };
    url = `/api/v1/organisations/${organisationId}/follow-up`;
  });
  afterAll(() => t.close());

  it("counts the demo region's submitted and historical cases per year, never its drafts", async () => {
    const analyst = await t.loginAs("analytiker@norrbotten.demo");
    const summary = (await analyst.get(url)).json();
    const submitted = DEMO_CASES.filter((c) => c.stage !== "draft").length;
    expect(summary.total.cases).toBe(submitted + DEMO_HISTORICAL_CASES.length);
    const years = summary.periods.map((p: { period: string }) => p.period);
    expect(years).toEqual(["2018", "2019", "2026"]);
    const before = summary.periods[0];
    expect(before.cases).toBe(DEMO_HISTORICAL_CASES.filter((c) => c.decidedOn.startsWith("2018")).length);
    expect(before.withGenderSection).toBeLessThan(before.cases);
    expect(before.positionShare).toBe(0);
    const now = summary.periods[2];
    expect(now.genderSectionShare).toBe(1);
    expect(now.decided).toBe(DEMO_CASES.filter((c) => c.stage === "decided").length);
    expect(now.positionShare).toBe(1);
    const verdictSum = Object.values(summary.total.verdicts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(verdictSum).toBe(summary.total.cases);
  });

  it("counts a newly decided case, and the position only when the body considered the gender consequences", async () => {
    const before = (await actors.officer.get(url)).json().total;
    const { caseId, meetingId } = await caseIn(actors, "scheduled");
    await actors.secretary.post(`/api/v1/organisations/${actors.organisationId}/meetings/${meetingId}/decisions`, {
      caseId,
      outcome: "rejected",
      genderPosition: { considered: false, comment: "" },
    });
    const after = (await actors.officer.get(url)).json();
    expect(after.total.cases).toBe(before.cases + 1);
    expect(after.total.decided).toBe(before.decided + 1);
    expect(after.total.withPosition).toBe(before.withPosition);
    expect(after.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
  });

  it("filters by body and by dates", async () => {
    const all = (await actors.officer.get(url)).json().total.cases;
    const health = (await actors.officer.get(`${url}?bodyId=${actors.bodyId}`)).json();
    expect(health.total.cases).toBeLessThan(all);
    expect(health.cases.every((c: { bodyId: string }) => c.bodyId === actors.bodyId)).toBe(true);
    const early = (await actors.officer.get(`${url}?from=2018-01-01&to=2018-12-31&granularity=quarter`)).json();
    expect(early.periods.map((p: { period: string }) => p.period)).toEqual(["2018-Q1", "2018-Q2", "2018-Q4"]);
  });

  it("exports the same figures as CSV for Swedish Excel and as XLSX", async () => {
    const summary = (await actors.officer.get(url)).json();
    const csv = await actors.officer.get(`${url}/export.csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("attachment");
    const lines = csv.body.replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(lines[0]).toContain("Period;Antal ärenden;");
    const totalLine = lines.find((line) => line.startsWith("Totalt;"));
    expect(totalLine?.split(";")[1]).toBe(String(summary.total.cases));

    const xlsx = await actors.officer.request({ method: "GET", url: `${url}/export.xlsx?lang=en` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Periods", "Cases"]);
    const periods = workbook.getWorksheet("Periods");
    expect(periods?.getRow(1).getCell(1).value).toBe("Period");
    expect(periods?.getRow(periods.rowCount).getCell(2).value).toBe(summary.total.cases);
    expect(workbook.getWorksheet("Cases")?.rowCount).toBe(summary.cases.length + 1);
  });

  it("refuses an unknown granularity with a clear message", async () => {
    const response = await actors.officer.get(`${url}?granularity=decade`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe("granularity");
  });
});
