import ExcelJS from "exceljs";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureValue, insertIndicator, setValue } from "../../../test/support/difference-fixtures.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import type { Database } from "../../data/schema.js";
import { DEMO_PASSWORD } from "../../services/index.js";
import { DifferenceService } from "../../services/statistics/difference.service.js";

const today = () => new Date().toISOString().slice(0, 10);

interface Summary {
  id: string;
  indicatorId: string;
  groupLabel: { area: string; areaCode: string; ageBand: string | null };
  womenValue: number;
  menValue: number;
  difference: number;
  interval: { lower: number; upper: number } | null;
  clear: boolean | null;
  flagged: boolean;
  status: string;
  departmentName: string | null;
}

const ANALYSIS = {
  problem: "Färre män än kvinnor vaccineras i Luleå.",
  goalsAndMethods: "Målet är samma andel vaccinerade; metoden är riktad information och kvällsmottagning.",
  explanation: "Normer om att män ska klara sig själva gör att män söker vård senare.",
  judgment: "unjustified",
  judgmentReason: "Behoven är desamma för kvinnor och män.",
  subgoals: [5, 1],
  dimensionsConsidered: ["geography", "age"],
};

/** A share in one municipality: women's and men's per cent with the number of individuals it counts. */
const share = (
  period: string,
  areaCode: string,
  areaName: string,
  women: [number, number | null],
  men: [number, number | null],
): FixtureValue[] => [
  { period, areaCode, areaName, sex: "K", value: women[0], count: women[1] },
  { period, areaCode, areaName, sex: "M", value: men[0], count: men[1] },
];

describe.each(testDatabases())("flagged differences and their follow-up on $name", (database) => {
  let t: TestApp;
  let db: Kysely<Database>;
  let analyst: TestClient;
  let admin: TestClient;
  let organisationId: string;
  let base: string;
  let departments: Record<string, string>;
  let service: DifferenceService;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    db = t.application.database.db;
    service = new DifferenceService(db);
    analyst = await t.loginAs("analytiker@norrbotten.demo");
    admin = await t.loginAs("admin@norrbotten.demo");
    const me = (await admin.get("/api/v1/me")).json();
    organisationId = me.memberships[0].organisation.id;
    base = `/api/v1/organisations/${organisationId}`;
    const list = (await admin.get(`${base}/departments`)).json().departments as { id: string; name: string }[];
    departments = Object.fromEntries(list.map((d) => [d.name, d.id]));
  });
  afterAll(() => t.close());

  /** Inserts an indicator, refreshes its flags and returns its differences as the API lists them. */
  async function indicatorWith(
    name: string,
    measureKind: "share" | "mean" | "value",
    values: FixtureValue[],
    departmentName?: string,
  ): Promise<{ indicatorId: string; differences: Summary[] }> {
    const indicatorId = await insertIndicator(db, {
      organisationId,
      name,
      measureKind,
      unit: measureKind === "share" ? "procent" : measureKind === "mean" ? "kr" : "dagar",
      departmentId: departmentName ? departments[departmentName] : null,
      values,
    });
    await service.refreshFlags(organisationId, [indicatorId]);
    return { indicatorId, differences: await differencesOf(indicatorId) };
  }

  async function differencesOf(indicatorId: string): Promise<Summary[]> {
    const response = await analyst.get(`${base}/differences?indicatorId=${indicatorId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().differences;
  }

  async function vaccination(name = "Andel vaccinerade mot influensa") {
    const { indicatorId, differences } = await indicatorWith(
      name,
      "share",
      [
        ...share("2030", "2580", "Luleå", [80, 56], [60, 48]),
        { period: "2030", areaCode: "2580", sex: "T", value: 69, count: 104 },
      ],
      "Hälso- och sjukvård",
    );
    const lulea = differences.find((d) => d.groupLabel.areaCode === "2580") as Summary;
    return { indicatorId, difference: lulea };
  }

  it("flags a clear difference beyond the threshold and an untestable one, but neither one below it nor one resting on few individuals", async () => {
    const { differences } = await indicatorWith(
      "Andel som fått tid inom vårdgarantin",
      "share",
      [
        ...share("2030", "2580", "Luleå", [80, 56], [60, 48]),
        ...share("2030", "2581", "Piteå", [52, 520], [50, 500]),
        ...share("2030", "2582", "Boden", [100, 4], [10, 30]),
        ...share("2030", "2514", "Kalix", [71, null], [86, null]),
      ],
      "Hälso- och sjukvård",
    );
    expect(differences.map((d) => d.groupLabel.area).sort()).toEqual(["Kalix", "Luleå"]);
    const lulea = differences.find((d) => d.groupLabel.area === "Luleå") as Summary;
    // 56 of 70 women and 48 of 80 men: Newcombe's interval (5.24, 33.39) percentage points.
    expect(lulea).toMatchObject({
      womenValue: 80,
      menValue: 60,
      clear: true,
      flagged: true,
      status: "to_analyse",
      departmentName: "Hälso- och sjukvård",
    });
    expect(lulea.difference).toBeCloseTo(20, 9);
    expect(lulea.interval?.lower).toBeCloseTo(5.2431, 3);
    expect(lulea.interval?.upper).toBeCloseTo(33.3873, 3);
    const kalix = differences.find((d) => d.groupLabel.area === "Kalix") as Summary;
    expect(kalix).toMatchObject({ difference: -15, interval: null, clear: null, flagged: true });
  });

  it("flags a mean with Welch's interval and filters the list by department, status and period", async () => {
    const { indicatorId, differences } = await indicatorWith(
      "Kostnad per vårdtillfälle",
      "mean",
      [
        { period: "2030", areaCode: "25", areaName: "Norrbottens län", sex: "K", value: 30, count: 50, stdDev: 10 },
        { period: "2030", areaCode: "25", areaName: "Norrbottens län", sex: "M", value: 25, count: 40, stdDev: 8 },
      ],
      "Ekonomiavdelningen",
    );
    expect(differences).toHaveLength(1);
    expect(differences[0]?.interval?.lower).toBeCloseTo(1.2298, 2);
    const byDepartment = (
      await analyst.get(`${base}/differences?departmentId=${departments.Ekonomiavdelningen}`)
    ).json();
    expect(byDepartment.differences.map((d: Summary) => d.indicatorId)).toContain(indicatorId);
    expect(byDepartment.differences.every((d: Summary) => d.departmentName === "Ekonomiavdelningen")).toBe(true);
    expect(byDepartment.periods).toContain("2030");
    const done = (await analyst.get(`${base}/differences?status=done&indicatorId=${indicatorId}`)).json();
    expect(done.differences).toEqual([]);
    const other = (await analyst.get(`${base}/differences?period=2029&indicatorId=${indicatorId}`)).json();
    expect(other.differences).toEqual([]);
    const bad = await analyst.get(`${base}/differences?status=klar`);
    expect(bad.statusCode).toBe(400);
  });

  it("never flags nor shows a difference whose figures the indicator's page withholds to protect a small cell", async () => {
    // The county is the exact sum of its three municipalities, so Kiruna's 3 women could be
    // recomputed from it: Luleå's women (the smallest other) are withheld too, and Luleå's clear
    // 30-point difference must then stay out of the follow-up as well.
    const municipalities = [
      ...share("2027", "2584", "Kiruna", [50, 3], [55, 40]),
      ...share("2027", "2580", "Luleå", [80, 20], [50, 25]),
      ...share("2027", "2581", "Piteå", [60, 800], [60, 760]),
    ];
    const county = share("2027", "25", "Norrbottens län", [60, 823], [55, 825]);
    const withCounty = await indicatorWith("Andel med hembesök, län", "share", [...county, ...municipalities]);
    const areas = withCounty.differences.map((difference) => difference.groupLabel.areaCode);
    expect(areas).not.toContain("2580");
    const view = (await analyst.get(`${base}/indicators/${withCounty.indicatorId}`)).json();
    const luleaWomen = view.values.find(
      (v: { areaCode: string; sex: string }) => v.areaCode === "2580" && v.sex === "K",
    );
    expect(luleaWomen.value).toEqual({ kind: "suppressed" });
    const listed = await analyst.get(`${base}/differences?indicatorId=${withCounty.indicatorId}`);
    expect(listed.body).not.toContain("Luleå");

    // Without the county nothing can be recomputed, so Luleå is shown and flagged.
    const alone = await indicatorWith("Andel med hembesök, kommuner", "share", municipalities);
    expect(alone.differences.map((difference) => difference.groupLabel.areaCode)).toContain("2580");
  });

  it("refuses to delete an indicator whose difference has a documented analysis, and keeps both", async () => {
    const { indicatorId, difference } = await vaccination("Vaccinerade, borttagning");
    const url = `${base}/differences/${difference.id}`;
    expect((await analyst.put(`${url}/analysis`, { ...ANALYSIS, version: 1 })).statusCode).toBe(200);

    const refused = await analyst.delete(`${base}/indicators/${indicatorId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: "documented_differences" });
    expect(refused.json().error.message).toContain("1 av dess skillnader");
    expect((await analyst.get(`${base}/indicators/${indicatorId}`)).statusCode).toBe(200);
    expect((await analyst.get(url)).json().analysis.problem).toBe(ANALYSIS.problem);
  });

  it("saves an analysis, refuses a stale version with 409 in Swedish and English, and needs a reason for a judgment", async () => {
    const { difference } = await vaccination("Vaccinerade, analys");
    const url = `${base}/differences/${difference.id}`;
    const before = (await analyst.get(url)).json();
    expect(before).toMatchObject({ version: 1, analysis: { judgment: null, analysedBy: null }, measures: [] });

    const saved = await analyst.put(`${url}/analysis`, { ...ANALYSIS, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      status: "measure_needed",
      analysis: {
        judgment: "unjustified",
        judgmentReason: ANALYSIS.judgmentReason,
        subgoals: [1, 5],
        dimensionsConsidered: ["age", "geography"],
        analysedBy: "Amina Johansson",
      },
    });

    const strategist = await t.loginAs("granskare@norrbotten.demo");
    const stale = await strategist.put(`${url}/analysis`, { ...ANALYSIS, judgment: "justified", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_difference");
    expect(stale.json().error.message).toContain("Någon annan har sparat analysen");
    const staleEn = await (await loginIn(t, "chef@norrbotten.demo", "en")).put(`${url}/analysis`, {
      ...ANALYSIS,
      version: 1,
    });
    expect(staleEn.statusCode).toBe(409);
    expect(staleEn.json().error).toMatchObject({ code: "stale_difference" });
    expect(staleEn.json().error.message).toContain("Somebody else saved the analysis");

    const noReason = await analyst.put(`${url}/analysis`, {
      ...ANALYSIS,
      judgment: "justified",
      judgmentReason: "  ",
      version: 2,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe("judgment_reason_required");
    expect(noReason.json().error.message).toBe(
      "Motivera bedömningen: skriv varför skillnaden är motiverad eller omotiverad.",
    );
    expect(noReason.json().error.details).toEqual([{ path: "judgmentReason", message: expect.any(String) }]);
    const unknownField = await analyst.put(`${url}/analysis`, { ...ANALYSIS, version: 2, extra: true });
    expect(unknownField.statusCode).toBe(400);
    const badSubgoal = await analyst.put(`${url}/analysis`, { ...ANALYSIS, subgoals: [7], version: 2 });
    expect(badSubgoal.statusCode).toBe(400);

    const read = (await analyst.get(url)).json();
    expect(read).toMatchObject({ version: 2, analysis: { judgment: "unjustified" } });
  });

  it("lets only one of two concurrent saves from the same version through, and two refreshes at once make one difference", async () => {
    const { indicatorId, difference } = await vaccination("Vaccinerade, samtidigt");
    const strategist = await t.loginAs("granskare@norrbotten.demo");
    const responses = await Promise.all(
      [analyst, strategist].map((client, index) =>
        client.put(`${base}/differences/${difference.id}/analysis`, {
          ...ANALYSIS,
          problem: `Problem ${index}`,
          version: 1,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    await setValue(db, indicatorId, { period: "2030", areaCode: "2581", sex: "K", value: 1 });
    const fresh = await insertIndicator(db, {
      organisationId,
      name: "Vaccinerade, två uppdateringar",
      measureKind: "share",
      values: share("2030", "2580", "Luleå", [30, null], [60, null]),
    });
    const outcomes = await Promise.all([
      service.refreshFlags(organisationId, [fresh]),
      service.refreshFlags(organisationId, [fresh]),
    ]);
    expect(outcomes.map((o) => o.evaluated)).toEqual([1, 1]);
    expect(await differencesOf(fresh)).toHaveLength(1);
  });

  it("follows an unjustified difference through its measure to done, and shows an overdue measure", async () => {
    const { difference } = await vaccination("Vaccinerade, åtgärd");
    const url = `${base}/differences/${difference.id}`;
    await analyst.put(`${url}/analysis`, { ...ANALYSIS, version: 1 });
    const status = async () => (await analyst.get(url)).json().status as string;
    expect(await status()).toBe("measure_needed");

    const created = await analyst.post(`${url}/measures`, {
      description: "Kvällsmottagning för vaccination två kvällar i veckan.",
      owner: "Verksamhetschef primärvård",
      dueDate: "2099-06-30",
    });
    expect(created.statusCode, created.body).toBe(201);
    const measure = created.json();
    expect(measure).toMatchObject({ status: "planned", version: 1, doneOn: null, differenceId: difference.id });
    expect(await status()).toBe("measure_open");

    const started = await analyst.patch(`${url}/measures/${measure.id}`, { status: "in_progress", version: 1 });
    expect(started.json()).toMatchObject({ status: "in_progress", version: 2 });
    const stale = await analyst.patch(`${url}/measures/${measure.id}`, { owner: "Någon annan", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_measure");
    const done = await analyst.patch(`${url}/measures/${measure.id}`, { status: "done", version: 2 });
    expect(done.json()).toMatchObject({ status: "done", doneOn: today(), version: 3 });
    expect(await status()).toBe("done");

    const late = await analyst.post(`${url}/measures`, {
      description: "Utskick till män 65 år och äldre.",
      owner: "Smittskyddsläkare",
      dueDate: "2020-01-31",
    });
    expect(late.statusCode).toBe(201);
    expect(await status()).toBe("overdue");
    const blank = await analyst.post(`${url}/measures`, { description: " ", owner: "X", dueDate: "2099-01-01" });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.code).toBe("empty_measure_description");

    const removed = await analyst.delete(`${url}/measures/${late.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect(await status()).toBe("done");
    expect((await analyst.delete(`${url}/measures/${late.json().id}`)).statusCode).toBe(404);

    const entries = (await admin.get(`${base}/audit?entityType=difference_measure&limit=200`)).json().entries as {
      entityId: string;
      action: string;
    }[];
    expect(
      entries
        .filter((e) => e.entityId === measure.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(["create", "update", "update"]);
  });

  it("unflags after stricter thresholds or changed figures but keeps the analysis, and flags again", async () => {
    const { indicatorId, difference } = await vaccination("Vaccinerade, tröskel");
    const url = `${base}/differences/${difference.id}`;
    await analyst.put(`${url}/analysis`, { ...ANALYSIS, version: 1 });

    const settings = (await admin.get(`${base}/statistics/settings`)).json();
    const stricter = await admin.put(`${base}/statistics/settings`, {
      minCell: settings.minCell,
      shareGapPoints: 25,
      relativeGapPercent: settings.relativeGapPercent,
      version: settings.version,
    });
    expect(stricter.statusCode, stricter.body).toBe(200);
    const unflagged = (await analyst.get(url)).json();
    expect(unflagged).toMatchObject({ flagged: false, version: 2, analysis: { judgment: "unjustified" } });
    const restored = await admin.put(`${base}/statistics/settings`, {
      minCell: settings.minCell,
      shareGapPoints: settings.shareGapPoints,
      relativeGapPercent: settings.relativeGapPercent,
      version: stricter.json().version,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await analyst.get(url)).json()).toMatchObject({ flagged: true, version: 2 });

    // A new import in which the gap has closed: the figures follow, the analysis stays.
    await setValue(db, indicatorId, { period: "2030", areaCode: "2580", sex: "K", value: 62 });
    await service.refreshFlags(organisationId, [indicatorId]);
    const closed = (await analyst.get(url)).json();
    expect(closed).toMatchObject({ flagged: false, womenValue: 62, analysis: { judgment: "unjustified" }, version: 2 });
    expect(closed.difference).toBeCloseTo(2, 9);

    // Raising the smallest cell above the counts withholds the figures: never flagged, figures not rewritten.
    await setValue(db, indicatorId, { period: "2030", areaCode: "2580", sex: "K", value: 80 });
    await service.refreshFlags(organisationId, [indicatorId]);
    expect((await analyst.get(url)).json().flagged).toBe(true);
    await db
      .updateTable("statistics_settings")
      .set({ min_cell: 75 })
      .where("organisation_id", "=", organisationId)
      .execute();
    await service.refreshFlags(organisationId, [indicatorId]);
    expect((await analyst.get(url)).json().flagged).toBe(false);
    await db
      .updateTable("statistics_settings")
      .set({ min_cell: settings.minCell })
      .where("organisation_id", "=", organisationId)
      .execute();
  });

  it("reports the period per department with counts per status, and exports it as CSV and XLSX", async () => {
    const period = "2031";
    const make = async (name: string, departmentName: string | undefined) => {
      const id = await insertIndicator(db, {
        organisationId,
        name,
        measureKind: "share",
        unit: "procent",
        departmentId: departmentName ? departments[departmentName] : null,
        values: share(period, "25", "Norrbottens län", [40, null], [60, null]),
      });
      await service.refreshFlags(organisationId, [id]);
      return (await differencesOf(id))[0] as Summary;
    };
    const care = await make("Andel med fast läkarkontakt", "Hälso- och sjukvård");
    const staff = await make("Andel chefer", "HR-avdelningen");
    await make("Andel som deltar i medborgardialog", undefined);
    await analyst.put(`${base}/differences/${staff.id}/analysis`, {
      ...ANALYSIS,
      judgment: "justified",
      judgmentReason: "Skillnaden speglar sökandet till chefstjänster det året.",
      version: 1,
    });
    await analyst.put(`${base}/differences/${care.id}/analysis`, { ...ANALYSIS, version: 1 });
    await analyst.post(`${base}/differences/${care.id}/measures`, {
      description: "Listning hos fast läkare erbjuds vid varje besök.",
      owner: "Hälsocentralschef",
      dueDate: "2020-12-31",
    });

    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    const response = await member.get(`${base}/differences/report?period=${period}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.period).toBe(period);
    expect(report.departments.map((d: { name: string | null }) => d.name)).toEqual([
      "HR-avdelningen",
      "Hälso- och sjukvård",
      null,
    ]);
    const [hr, health, none] = report.departments;
    expect(hr.counts).toMatchObject({ justified: 1, to_analyse: 0 });
    expect(hr.total).toBe(1);
    expect(health.counts).toMatchObject({ overdue: 1, to_analyse: 0 });
    expect(none.counts.to_analyse).toBe(1);
    expect(none.differences[0].departmentId).toBeNull();

    const csv = await member.get(`${base}/differences/report.csv?period=${period}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    expect(csv.body).toContain(
      "Avdelning;Ska analyseras;Motiverad;Åtgärd saknas;Åtgärd pågår;Åtgärd försenad;Åtgärdad;Totalt",
    );
    expect(csv.body).toContain("Ingen avdelning;1;0;0;0;0;0;1");
    expect(csv.body).toContain(
      "Listning hos fast läkare erbjuds vid varje besök. (ansvarig: Hälsocentralschef, klart senast 2020-12-31, Planerad)",
    );
    expect(csv.body).toContain("Kan inte prövas");
    expect(csv.body).toContain("-20");
    expect(csv.body).toContain("Kön avser juridiskt kön");
    const english = await member.get(`${base}/differences/report.csv?period=${period}&lang=en`);
    expect(english.body).toContain("No department,1,0,0,0,0,0,1");

    const xlsx = await member.get(`${base}/differences/report.xlsx?period=${period}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toContain("uppfoljning-skillnader-2031.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Per avdelning", "Skillnader", "Metod"]);
    const rows = workbook.getWorksheet("Skillnader")?.getSheetValues() as unknown[][];
    const careRow = rows.find((row) => Array.isArray(row) && row.includes("Andel med fast läkarkontakt")) as unknown[];
    expect(careRow).toContain("Hälso- och sjukvård");
    expect(careRow).toContain("Åtgärd försenad");
    expect(careRow).toContain("Omotiverad");
    expect(careRow).toContain(-20);
  });

  it("lets every member read but only analysts and the like change, and hides differences from other organisations", async () => {
    const { difference } = await vaccination("Vaccinerade, behörighet");
    const url = `${base}/differences/${difference.id}`;
    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    expect((await member.get(url)).statusCode).toBe(200);
    expect((await member.put(`${url}/analysis`, { ...ANALYSIS, version: 1 })).statusCode).toBe(403);
    const outsider = await t.loginAs("admin@vasterbotten.demo");
    expect((await outsider.get(url)).statusCode).toBe(404);
    const otherBase = `/api/v1/organisations/${(await outsider.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    const foreign = await outsider.get(`${otherBase}/differences/${difference.id}`);
    expect(foreign.statusCode).toBe(404);
    const foreignSave = await outsider.put(`${otherBase}/differences/${difference.id}/analysis`, {
      ...ANALYSIS,
      version: 1,
    });
    expect(foreignSave.statusCode).toBe(404);
  });

  it("gives the six national sub-goals with their questions and the dimensions to remember, in the asked language", async () => {
    const sv = (await analyst.get(`${base}/national-subgoals`)).json();
    expect(sv.subgoals.map((goal: { no: number }) => goal.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sv.subgoals[5].title).toBe("Mäns våld mot kvinnor ska upphöra");
    for (const goal of sv.subgoals) expect(goal.questions.length).toBeGreaterThanOrEqual(2);
    expect(sv.dimensions.map((d: { key: string }) => d.key)).toEqual([
      "age",
      "geography",
      "socioeconomic",
      "disability",
      "ethnicity",
      "childPerspective",
    ]);
    const en = (await analyst.get(`${base}/national-subgoals?lang=en`)).json();
    expect(en.subgoals[0].title).toBe("Equal distribution of power and influence");
    expect(en.dimensions[2].label).toBe("Socio-economic position");
  });
});

async function loginIn(t: TestApp, email: string, language: string): Promise<TestClient> {
  const client = t.client({ language });
  const response = await client.post("/api/v1/auth/login", { email, password: DEMO_PASSWORD });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return client;
}
