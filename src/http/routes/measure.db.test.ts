import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";

const today = () => new Date().toISOString().slice(0, 10);

interface Progress {
  itemNo: number;
  doneSinceLastOccasion: number;
  open: number;
  overdue: number;
}

describe.each(testDatabases())("measures on the improvement agenda on $name", (database) => {
  let t: TestApp;
  let strategist: TestClient;
  let base: string;
  let bm5Id: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    strategist = await t.loginAs("granskare@norrbotten.demo");
    const organisationId = (await strategist.get("/api/v1/me")).json().memberships[0].organisation.id;
    base = `/api/v1/organisations/${organisationId}`;
    const columns = (await strategist.get(`${base}/assessments`)).json().table.columns;
    bm5Id = columns.find((c: { occasion: string }) => c.occasion === "BM5").id;
  });
  afterAll(() => t.close());

  async function progressOf(itemNo: number): Promise<Progress> {
    const progress = (await strategist.get(`${base}/measures`)).json().progress as Progress[];
    return progress.find((entry) => entry.itemNo === itemNo) as Progress;
  }

  async function create(body: Record<string, unknown> = {}) {
    const response = await strategist.post(`${base}/measures`, {
      itemNo: 9,
      assessmentId: bm5Id,
      title: "Visa konkreta förbättringar för kvinnor och män i verksamhetsberättelsen.",
      owner: "Kvalitetschef",
      dueDate: "2027-05-31",
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("shows the demo region's agenda: done after BM3, done since BM5, and still open", async () => {
    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    const response = await member.get(`${base}/measures`);
    expect(response.statusCode).toBe(200);
    const { measures, progress, lastOccasion } = response.json();
    expect(lastOccasion).toEqual({ occasion: "BM5", date: "2020-02-11" });
    expect(measures.length).toBeGreaterThanOrEqual(5);
    const byItem = (no: number) => progress.find((entry: Progress) => entry.itemNo === no);
    expect(progress).toHaveLength(10);
    // Done between BM3 and BM5: part of the movement BM5 shows, not "since the last occasion".
    for (const no of [2, 7, 10]) expect(byItem(no), `item ${no}`).toMatchObject({ doneSinceLastOccasion: 0, open: 0 });
    expect(byItem(6)).toMatchObject({ doneSinceLastOccasion: 1, open: 0 });
    for (const no of [3, 4, 8]) expect(byItem(no), `item ${no}`).toMatchObject({ doneSinceLastOccasion: 0, open: 1 });
    const done = measures.filter((m: { status: string }) => m.status === "done");
    expect(done.map((m: { doneOn: string }) => m.doneOn).sort()).toEqual([
      "2019-09-24",
      "2019-10-15",
      "2019-12-10",
      "2020-09-15",
    ]);
  });

  it("puts a measure on the agenda for an item, raised by an assessment, with links to the evidence", async () => {
    const before = await progressOf(9);
    const cases = (await strategist.get(`${base}/cases`)).json().cases;
    const measure = await create({
      links: [
        { kind: "case", caseId: cases[0].id },
        { kind: "url", url: "https://skr.se/jamstalldhet", label: "SKR om jämställdhet" },
      ],
    });
    expect(measure).toMatchObject({
      itemNo: 9,
      assessmentId: bm5Id,
      owner: "Kvalitetschef",
      dueDate: "2027-05-31",
      status: "planned",
      doneOn: null,
      version: 1,
    });
    expect(measure.links).toHaveLength(2);
    expect(await progressOf(9)).toEqual({ ...before, open: before.open + 1 });
    const filtered = (await strategist.get(`${base}/measures?itemNo=9`)).json().measures;
    expect(filtered.every((m: { itemNo: number }) => m.itemNo === 9)).toBe(true);
    expect(filtered.map((m: { id: string }) => m.id)).toContain(measure.id);
  });

  it("stamps today when a measure is marked done, and counts it as done since the last occasion", async () => {
    const measure = await create();
    const before = await progressOf(9);
    const started = await strategist.patch(`${base}/measures/${measure.id}`, { version: 1, status: "in_progress" });
    expect(started.json()).toMatchObject({ status: "in_progress", doneOn: null, version: 2 });
    const done = await strategist.patch(`${base}/measures/${measure.id}`, { version: 2, status: "done" });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", doneOn: today(), version: 3 });
    expect(await progressOf(9)).toMatchObject({
      doneSinceLastOccasion: before.doneSinceLastOccasion + 1,
      open: before.open - 1,
    });
    const reopened = await strategist.patch(`${base}/measures/${measure.id}`, { version: 3, status: "planned" });
    expect(reopened.json()).toMatchObject({ status: "planned", doneOn: null });
  });

  it("counts an open measure past its due date as overdue", async () => {
    const before = await progressOf(5);
    await create({ itemNo: 5, dueDate: "2021-01-31", assessmentId: null });
    expect(await progressOf(5)).toMatchObject({ open: before.open + 1, overdue: before.overdue + 1 });
  });

  it("refuses a stale change with 409 and keeps the change that came first", async () => {
    const measure = await create();
    const colleague = await t.loginAs("chef@norrbotten.demo");
    const first = await strategist.patch(`${base}/measures/${measure.id}`, { version: 1, owner: "Regiondirektör" });
    expect(first.statusCode).toBe(200);
    const second = await colleague.patch(`${base}/measures/${measure.id}`, { version: 1, owner: "HR-direktör" });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("stale_measure");
    expect(second.json().error.message).toContain("Någon annan har ändrat åtgärden");
    const read = (await strategist.get(`${base}/measures`))
      .json()
      .measures.find((m: { id: string }) => m.id === measure.id);
    expect(read).toMatchObject({ owner: "Regiondirektör", version: 2 });
  });

  it("lets only one of two concurrent changes from the same version through", async () => {
    const measure = await create();
    const colleague = await t.loginAs("analytiker@norrbotten.demo");
    const responses = await Promise.all(
      [strategist, colleague].map((client, index) =>
        client.patch(`${base}/measures/${measure.id}`, { version: 1, title: `Ändring ${index}` }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it("refuses an item the checklist does not have, an empty title and another organisation's assessment", async () => {
    const noItem = await strategist.post(`${base}/measures`, { itemNo: 11, title: "Något", owner: "" });
    expect(noItem.statusCode).toBe(400);
    expect(noItem.json().error.code).toBe("unknown_item");
    expect(noItem.json().error.message).toBe("Checklistan har ingen punkt 11. Punkterna är numrerade 1–10.");
    const blank = await strategist.post(`${base}/measures`, { itemNo: 1, title: "   ", owner: "" });
    expect(blank.statusCode).toBe(400);
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherBase = `/api/v1/organisations/${(await other.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    const foreign = await other.post(`${otherBase}/measures`, {
      itemNo: 1,
      assessmentId: bm5Id,
      title: "X",
      owner: "",
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe("unknown_assessment");
  });

  it("takes a measure off the agenda with 204 and an audit entry, and leaves other organisations' measures alone", async () => {
    const measure = await create({ itemNo: 4, assessmentId: null, title: "Åtgärd att ta bort" });
    const before = await progressOf(4);

    // Another organisation cannot reach it through its own path; an elected member may not remove it.
    const outsider = await t.loginAs("admin@vasterbotten.demo");
    const otherBase = `/api/v1/organisations/${(await outsider.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    const foreign = await outsider.delete(`${otherBase}/measures/${measure.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe("not_found");
    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    expect((await member.delete(`${base}/measures/${measure.id}`)).statusCode).toBe(403);

    const removed = await strategist.delete(`${base}/measures/${measure.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(removed.body).toBe("");
    const listed = (await strategist.get(`${base}/measures`)).json().measures as { id: string }[];
    expect(listed.map((m) => m.id)).not.toContain(measure.id);
    expect(await progressOf(4)).toEqual({ ...before, open: before.open - 1 });
    expect((await strategist.delete(`${base}/measures/${measure.id}`)).statusCode).toBe(404);
    expect((await strategist.patch(`${base}/measures/${measure.id}`, { version: 1, status: "done" })).statusCode).toBe(
      404,
    );

    const admin = await t.loginAs("admin@norrbotten.demo");
    const entries = (await admin.get(`${base}/audit?entityType=measure&action=delete&limit=200`)).json().entries as {
      entityId: string;
      actor: { displayName: string } | null;
      summary: Record<string, unknown>;
    }[];
    const entry = entries.find((e) => e.entityId === measure.id);
    expect(entry?.actor?.displayName).toBe("Greta Nilsson");
    expect(entry?.summary).toMatchObject({ itemNo: 4, title: "Åtgärd att ta bort", owner: "Kvalitetschef" });
  });

  it("lets an elected member read the agenda but not change it, and hides it from other organisations", async () => {
    const measure = await create();
    const member = await t.loginAs("fortroendevald@norrbotten.demo");
    expect((await member.get(`${base}/measures`)).statusCode).toBe(200);
    expect((await member.post(`${base}/measures`, { itemNo: 1, title: "X", owner: "" })).statusCode).toBe(403);
    expect((await member.patch(`${base}/measures/${measure.id}`, { version: 1, status: "done" })).statusCode).toBe(403);
    const outsider = await t.loginAs("admin@vasterbotten.demo");
    expect((await outsider.get(`${base}/measures`)).statusCode).toBe(404);
    const otherBase = `/api/v1/organisations/${(await outsider.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    const patch = await outsider.patch(`${otherBase}/measures/${measure.id}`, { version: 1, status: "done" });
    expect(patch.statusCode).toBe(404);
  });
});
