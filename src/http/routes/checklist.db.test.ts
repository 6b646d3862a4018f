import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { type ChecklistDefinition, SKR_CHECKLIST_KEY } from "../../core/index.js";

/** A children's-rights checklist on a four-step scale: written for these tests. */
function childRights(
  name = `Barnrättschecklista ${Math.random().toString(36).slice(2, 7)}`,
  scale = { min: 1, max: 4, step: 1 },
): ChecklistDefinition {
  return {
    name: { sv: name, en: "Children's rights checklist" },
    scale,
    anchors: [
      { value: scale.min, text: { sv: "Inte påbörjat", en: "Not started" } },
      { value: scale.max, text: { sv: "Genomfört", en: "Done" } },
    ],
    items: [
      { no: 1, text: { sv: "Barnkonsekvensanalyser görs i alla ärenden som rör barn.", en: "" } },
      { no: 2, text: { sv: "Barn och unga får komma till tals.", en: "" } },
      { no: 3, text: { sv: "Statistik om barn redovisas per kön och ålder.", en: "" } },
    ],
  };
}

describe.each(testDatabases())("checklists and their versions on $name", (database) => {
  let t: TestApp;
  let admin: TestClient;
  let strategist: TestClient;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    admin = await t.loginAs("admin@norrbotten.demo");
    strategist = await t.loginAs("granskare@norrbotten.demo");
    const organisationId = (await admin.get("/api/v1/me")).json().memberships[0].organisation.id;
    base = `/api/v1/organisations/${organisationId}`;
  });
  afterAll(() => t.close());

  async function create(definition = childRights()) {
    const response = await admin.post(`${base}/checklists`, { definition });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("shows every signed-in user the built-in SKR checklist: ten items scored 1–3 in half steps", async () => {
    const officer = await t.loginAs("handlaggare@vasterbotten.demo");
    const response = await officer.get("/api/v1/checklists");
    expect(response.statusCode).toBe(200);
    const skr = response.json().checklists[0];
    expect(skr).toMatchObject({ key: SKR_CHECKLIST_KEY, organisationId: null, builtIn: true });
    expect(skr.latest.definition.scale).toEqual({ min: 1, max: 3, step: 0.5 });
    expect(skr.latest.definition.items).toHaveLength(10);
    expect(skr.versions).toEqual([{ version: 1, inUse: true }]);
    const version = await officer.get(`/api/v1/checklists/${skr.id}/versions/1`);
    expect(version.json()).toEqual(skr.latest);
    expect((await officer.get(`/api/v1/checklists/${skr.id}/versions/2`)).statusCode).toBe(404);
    expect((await t.client().get("/api/v1/checklists")).statusCode).toBe(401);
  });

  it("adds a checklist of the organisation's own as version 1, and an edition as version 2", async () => {
    const created = await create();
    expect(created).toMatchObject({ key: null, builtIn: false, versions: [{ version: 1, inUse: false }] });
    expect(created.organisationId).toBe(base.split("/").at(-1));
    expect(created.latest.definition.items).toHaveLength(3);
    const edition = await admin.post(`${base}/checklists/${created.id}/versions`, {
      definition: childRights("Barnrättschecklista, utgåva 2", { min: 0, max: 2, step: 0.5 }),
    });
    expect(edition.statusCode).toBe(201);
    expect(edition.json()).toMatchObject({ checklistId: created.id, version: 2, inUse: false });
    const listed = (await strategist.get("/api/v1/checklists")).json().checklists;
    const mine = listed.find((c: { id: string }) => c.id === created.id);
    expect(mine.latest.version).toBe(2);
    expect(mine.versions).toEqual([
      { version: 1, inUse: false },
      { version: 2, inUse: false },
    ]);
    expect((await strategist.get(`/api/v1/checklists/${created.id}/versions/1`)).json().definition.scale).toEqual({
      min: 1,
      max: 4,
      step: 1,
    });
  });

  it("refuses a definition with a message per problem, in Swedish and in English, and saves nothing", async () => {
    const before = (await admin.get("/api/v1/checklists")).json().checklists.length;
    const broken = {
      ...childRights(),
      scale: { min: 3, max: 1, step: 1 },
      items: [
        { no: 1, text: { sv: "Första", en: "" } },
        { no: 2, text: { sv: "   ", en: "Second" } },
      ],
    };
    const response = await admin.post(`${base}/checklists`, { definition: broken });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: "invalid_checklist",
      message: "Checklistan kan inte sparas. Rätta det som står nedan.",
      details: [
        { path: "definition.scale", message: "Skalans lägsta värde måste vara mindre än dess högsta." },
        { path: "definition.anchors", message: "Förklaringen till värdet 1 ligger inte på skalan." },
        { path: "definition.anchors", message: "Förklaringen till värdet 4 ligger inte på skalan." },
        { path: "definition.items.1.text.sv", message: "Punkt 2 saknar text på svenska." },
      ],
    });
    const english = await admin.request({
      method: "POST",
      url: `${base}/checklists?lang=en`,
      headers: { "x-csrf-token": await admin.fetchCsrfToken() },
      payload: { definition: { ...childRights(), scale: { min: 1, max: 4, step: 0.7 }, anchors: [] } },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.details).toEqual([
      {
        path: "definition.scale.step",
        message: "The step must be greater than zero, divide the scale evenly and give at most 21 points.",
      },
    ]);
    expect((await admin.get("/api/v1/checklists")).json().checklists.length).toBe(before);
  });

  it("corrects a version that no assessment uses yet", async () => {
    const created = await create();
    const corrected = { ...childRights("Barnrättschecklistan"), items: childRights().items.slice(0, 2) };
    const response = await admin.put(`${base}/checklists/${created.id}/versions/1`, { definition: corrected });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().definition.name.sv).toBe("Barnrättschecklistan");
    expect(response.json().definition.items).toHaveLength(2);
  });

  it("refuses to change a version in use (409) and changes nothing; a new version leaves past assessments on theirs", async () => {
    const created = await create();
    const assessment = await strategist.post(`${base}/assessments`, {
      checklistId: created.id,
      occasion: "Uppstart",
      date: "2024-01-15",
      participants: ["Barnrättsstrateg"],
      items: [
        { no: 1, score: 2 },
        { no: 2, score: 4 },
        { no: 3, score: 1 },
      ],
    });
    expect(assessment.statusCode, assessment.body).toBe(201);
    expect(assessment.json().sum).toEqual({ sum: 7, scoredItems: 3, itemCount: 3, complete: true });

    const edit = await admin.put(`${base}/checklists/${created.id}/versions/1`, {
      definition: childRights("Ändrad", { min: 1, max: 3, step: 1 }),
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("checklist_in_use");
    expect(edit.json().error.message).toContain("Gör en ny version i stället");
    const english = await admin.request({
      method: "PUT",
      url: `${base}/checklists/${created.id}/versions/1`,
      headers: { "accept-language": "en", "x-csrf-token": await admin.fetchCsrfToken() },
      payload: { definition: childRights() },
    });
    expect(english.json().error.message).toContain("Make a new version instead");
    const unchanged = (await admin.get(`/api/v1/checklists/${created.id}/versions/1`)).json();
    expect(unchanged).toEqual({ ...created.latest, inUse: true });

    const second = {
      ...childRights("Barnrättschecklista 2", { min: 1, max: 3, step: 0.5 }),
      items: [...childRights().items, { no: 4, text: { sv: "Barnbudget finns.", en: "" } }],
    };
    const edition = await admin.post(`${base}/checklists/${created.id}/versions`, { definition: second });
    expect(edition.statusCode).toBe(201);
    const past = (await strategist.get(`${base}/assessments/${assessment.json().id}`)).json();
    expect(past.checklist).toMatchObject({ version: 1, inUse: true });
    expect(past.checklist.definition.scale).toEqual({ min: 1, max: 4, step: 1 });
    expect(past.items.map((item: { score: number }) => item.score)).toEqual([2, 4, 1]);

    const next = await strategist.post(`${base}/assessments`, {
      checklistId: created.id,
      occasion: "BM1",
      date: "2024-06-15",
      participants: [],
      items: [{ no: 4, score: 2.5 }],
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().checklist.version).toBe(2);
    const table = (await strategist.get(`${base}/assessments?checklistId=${created.id}`)).json();
    expect(table.checklist.version).toBe(2);
    expect(table.table.columns.map((c: { checklistVersion: number }) => c.checklistVersion)).toEqual([1, 2]);
    expect(table.table.columns[0].scores).toEqual([2, 4, 1, null]);
    const skrTable = (await strategist.get(`${base}/assessments`)).json();
    // "BM1" on this checklist does not clash with the SKR checklist's BM1: occasions are unique per checklist.
    expect(skrTable.table.columns.map((c: { occasion: string }) => c.occasion)).toEqual([
      "Uppstart",
      "BM1",
      "BM3",
      "BM5",
    ]);
  });

  it("refuses changes to the built-in checklist and to another organisation's, with 403", async () => {
    const skr = (await admin.get("/api/v1/checklists")).json().checklists[0];
    const builtIn = await admin.post(`${base}/checklists/${skr.id}/versions`, { definition: childRights() });
    expect(builtIn.statusCode).toBe(403);
    expect(builtIn.json().error.code).toBe("built_in_checklist");
    const edit = await admin.put(`${base}/checklists/${skr.id}/versions/1`, { definition: childRights() });
    expect(edit.statusCode).toBe(403);

    const mine = await create();
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherBase = `/api/v1/organisations/${(await other.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    const foreign = await other.post(`${otherBase}/checklists/${mine.id}/versions`, { definition: childRights() });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("not_own_checklist");
    expect((await admin.get(`/api/v1/checklists/${mine.id}/versions/2`)).statusCode).toBe(404);
  });

  it("lets only administrators define checklists", async () => {
    for (const email of ["granskare@norrbotten.demo", "chef@norrbotten.demo", "fortroendevald@norrbotten.demo"]) {
      const client = await t.loginAs(email);
      expect((await client.post(`${base}/checklists`, { definition: childRights() })).statusCode, email).toBe(403);
    }
  });

  it("records the checklist's creation and versions in the audit log", async () => {
    const created = await create();
    await admin.post(`${base}/checklists/${created.id}/versions`, { definition: childRights() });
    const entries = (await admin.get(`${base}/audit?entityType=checklist&limit=200`)).json().entries;
    const mine = entries.filter((entry: { entityId: string }) => entry.entityId === created.id);
    expect(mine.map((entry: { action: string }) => entry.action).sort()).toEqual(["create", "version_added"]);
  });
});
