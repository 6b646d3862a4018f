import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_YES, type CaseActors, caseIn, sections } from "../../../test/support/case-fixtures.js";
import { startTestApp, type TestApp } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";

describe.each(testDatabases())("cases, review and decisions on $name", (database) => {
  let t: TestApp;
  let actors: CaseActors;
  let base: string;
  const year = new Date().getUTCFullYear();

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

  it("registers a case as a draft with the next diarienummer of the year and the officer responsible", async () => {
    const first = await actors.officer.post(`${base}/cases`, { title: "Kvällsöppet i Kiruna", bodyId: actors.bodyId });
    const second = await actors.officer.post(`${base}/cases`, { title: "Nytt vårdval", bodyId: actors.bodyId });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: "draft", version: 1, title: "Kvällsöppet i Kiruna" });
    const [a, b] = [first.json().diarienummer, second.json().diarienummer];
    expect(a).toMatch(new RegExp(`^\\d{4}-${year}$`));
    expect(Number(b.slice(0, 4))).toBe(Number(a.slice(0, 4)) + 1);
    const me = (await actors.officer.get("/api/v1/me")).json();
    expect(first.json().caseOfficerId).toBe(me.id);
  });

  it("never gives two concurrent registrations the same diarienummer", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        actors.officer.post(`${base}/cases`, { title: `Samtidigt ärende ${i}`, bodyId: actors.bodyId }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => r.json().diarienummer);
    expect(new Set(numbers).size).toBe(20);
  });

  it("keeps every saved version and refuses a stale save without losing the newer text", async () => {
    const { caseId } = await caseIn(actors, "draft");
    const url = `${base}/cases/${caseId}`;
    const current = (await actors.officer.get(url)).json();
    const save = (text: string) => ({
      baseVersion: current.version,
      title: current.title,
      sections: sections({ summary: text }),
      bodyId: current.bodyId,
      departmentId: null,
      caseOfficerId: current.caseOfficerId,
    });
    const secondTab = await t.loginAs("handlaggare@norrbotten.demo");
    const mine = await actors.officer.put(url, save("Min sammanfattning."));
    expect(mine.statusCode).toBe(200);
    expect(mine.json().version).toBe(current.version + 1);

    const theirs = await secondTab.put(url, save("Deras sammanfattning."));
    expect(theirs.statusCode).toBe(409);
    expect(theirs.json().error.code).toBe("stale_case");
    expect(theirs.json().error.message).toContain("Någon annan har sparat ärendet");
    expect((await actors.officer.get(url)).json().sections.summary).toBe("Min sammanfattning.");

    const versions = (await actors.officer.get(`${url}/versions`)).json().versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([current.version + 1, current.version]);
    const older = (await actors.officer.get(`${url}/versions/${current.version}`)).json();
    expect(older.sections.summary).toBe(sections().summary);
  });

  it("lets exactly one of two concurrent saves from the same version through", async () => {
    const { caseId } = await caseIn(actors, "draft");
    const url = `${base}/cases/${caseId}`;
    const current = (await actors.officer.get(url)).json();
    const body = (summary: string) => ({ ...current, baseVersion: current.version, sections: sections({ summary }) });
    const pick = ({
      baseVersion,
      title,
      sections: s,
      bodyId,
      departmentId,
      caseOfficerId,
    }: ReturnType<typeof body>) => ({
      baseVersion,
      title,
      sections: s,
      bodyId,
      departmentId,
      caseOfficerId,
    });
    const results = await Promise.all(
      ["A", "B", "C", "D"].map((letter) => actors.officer.put(url, pick(body(`Version ${letter}`)))),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)?.json().sections.summary;
    expect((await actors.officer.get(url)).json().sections.summary).toBe(winner);
  });

  it("refuses to submit a case without a gender impact section, and stores the analyser's verdict at submission", async () => {
    const created = await actors.officer.post(`${base}/cases`, {
      title: "Utan jämställdhetsavsnitt",
      bodyId: actors.bodyId,
      sections: sections({ genderImpact: "   " }),
    });
    const url = `${base}/cases/${created.json().id}`;
    const refused = await actors.officer.post(`${url}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe("gender_section_missing");
    expect((await actors.officer.get(url)).json().status).toBe("draft");

    const { caseId } = await caseIn(actors, "submitted");
    const submitted = (await actors.officer.get(`${base}/cases/${caseId}`)).json();
    expect(submitted.status).toBe("submitted");
    expect(submitted.submission).toMatchObject({ genderSection: true });
    expect(["adequate", "good"]).toContain(submitted.submission.verdict);
    expect(submitted.submission.score).toBeGreaterThan(50);
  });

  it("lets the reviewer return a case with comments, the officer fix it, and the reviewer approve it", async () => {
    const { caseId } = await caseIn(actors, "submitted");
    const url = `${base}/cases/${caseId}`;
    const silent = await actors.reviewer.post(`${url}/reviews`, { outcome: "returned", answers: ALL_YES, comment: "" });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().error.code).toBe("review_needs_comment");

    const returned = await actors.reviewer.post(`${url}/reviews`, {
      outcome: "returned",
      answers: { ...ALL_YES, statisticsBySex: false },
      sectionComments: { genderImpact: "Ange källa och år för besöksstatistiken." },
      comment: "",
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().status).toBe("returned");

    const current = (await actors.officer.get(url)).json();
    const fixed = await actors.officer.put(url, {
      baseVersion: current.version,
      title: current.title,
      sections: sections(),
      bodyId: current.bodyId,
      departmentId: null,
      caseOfficerId: current.caseOfficerId,
    });
    expect(fixed.statusCode).toBe(200);
    expect((await actors.officer.post(`${url}/submit`)).json().status).toBe("submitted");
    const approved = await actors.reviewer.post(`${url}/reviews`, { outcome: "approved", answers: ALL_YES });
    expect(approved.json().status).toBe("approved");

    const reviews = (await actors.officer.get(`${url}/reviews`)).json().reviews;
    expect(reviews.map((r: { outcome: string }) => r.outcome)).toEqual(["approved", "returned"]);
    expect(reviews[1].sectionComments).toEqual({ genderImpact: "Ange källa och år för besöksstatistiken." });
    expect(reviews[1].answers.statisticsBySex).toBe(false);
  });

  it("refuses an edit while the case is under review", async () => {
    const { caseId } = await caseIn(actors, "submitted");
    const url = `${base}/cases/${caseId}`;
    const current = (await actors.officer.get(url)).json();
    const response = await actors.officer.put(url, {
      baseVersion: current.version,
      title: "Ändrad under granskning",
      sections: current.sections,
      bodyId: current.bodyId,
      departmentId: null,
      caseOfficerId: current.caseOfficerId,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("case_not_editable");
    expect((await actors.officer.get(url)).json().title).toBe(current.title);
  });

  it("puts only approved cases on the agenda of a meeting of their body", async () => {
    const { caseId } = await caseIn(actors, "submitted");
    const meeting = (
      await actors.secretary.post(`${base}/meetings`, { bodyId: actors.bodyId, date: "2026-11-30" })
    ).json();
    const early = await actors.secretary.post(`${base}/meetings/${meeting.id}/agenda`, { caseId });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("case_not_approved");

    const bodies = (await actors.secretary.get(`${base}/bodies`)).json().bodies;
    const otherBody = bodies.find((b: { name: string }) => b.name === "Regionstyrelsen").id;
    const other = (await actors.secretary.post(`${base}/meetings`, { bodyId: otherBody, date: "2026-11-30" })).json();
    const approved = await caseIn(actors, "approved");
    const wrongBody = await actors.secretary.post(`${base}/meetings/${other.id}/agenda`, { caseId: approved.caseId });
    expect(wrongBody.json().error.code).toBe("case_of_other_body");
  });

  it("records the decision with the next paragraph number and the body's position on the gender consequences", async () => {
    const first = await caseIn(actors, "scheduled");
    const second = await caseIn(actors, "approved");
    await actors.secretary.post(`${base}/meetings/${first.meetingId}/agenda`, { caseId: second.caseId });
    const agenda = (await actors.secretary.get(`${base}/meetings/${first.meetingId}`)).json().agenda;
    expect(agenda.map((item: { caseId: string }) => item.caseId)).toEqual([first.caseId, second.caseId]);

    const decide = (caseId: string) =>
      actors.secretary.post(`${base}/meetings/${first.meetingId}/decisions`, {
        caseId,
        outcome: "approved",
        genderPosition: { considered: true, comment: "Nämnden noterar att kvällsöppet främst når män." },
      });
    const [a, b] = await Promise.all([decide(first.caseId), decide(second.caseId)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(Math.abs(a.json().paragraph - b.json().paragraph)).toBe(1);
    expect(a.json()).toMatchObject({
      paragraphYear: 2026,
      decidedOn: "2026-12-10",
      genderPosition: { considered: true },
    });

    const decided = (await actors.officer.get(`${base}/cases/${first.caseId}`)).json();
    expect(decided).toMatchObject({ status: "decided", decidedOn: "2026-12-10" });
    const again = await decide(first.caseId);
    expect(again.statusCode).toBe(409);
  });

  it("gives assignments by a decision, shows them overdue, and closes one when its report-back case is decided", async () => {
    const { caseId, meetingId } = await caseIn(actors, "scheduled");
    const decision = await actors.secretary.post(`${base}/meetings/${meetingId}/decisions`, {
      caseId,
      outcome: "amended",
      amendedText: "Nämnden beslutar att införa kvällsöppet på försök under ett år.",
      genderPosition: { considered: true, comment: "" },
      assignments: [
        {
          assignee: "Hälso- och sjukvårdsdirektören",
          description: "Utvärdera försöket, uppdelat på kön.",
          dueDate: "2027-12-31",
        },
        { assignee: "Ekonomidirektören", description: "Redovisa kostnaden.", dueDate: "2020-01-31" },
      ],
    });
    expect(decision.statusCode).toBe(201);
    const assignments = (await actors.officer.get(`${base}/assignments?caseId=${caseId}`)).json().assignments;
    expect(assignments.map((a: { state: string }) => a.state)).toEqual(["overdue", "open"]);
    expect((await actors.officer.get(`${base}/assignments?state=overdue`)).json().assignments.length).toBeGreaterThan(
      0,
    );

    const evaluation = assignments[1];
    const report = await actors.officer.post(`${base}/cases`, {
      title: "Återrapportering: utvärdering av kvällsöppet",
      bodyId: actors.bodyId,
      reportsOnAssignmentId: evaluation.id,
      sections: sections(),
    });
    expect(report.statusCode).toBe(201);
    const reportId = report.json().id;
    await actors.officer.post(`${base}/cases/${reportId}/submit`);
    await actors.reviewer.post(`${base}/cases/${reportId}/reviews`, { outcome: "approved", answers: ALL_YES });
    const meeting = (
      await actors.secretary.post(`${base}/meetings`, { bodyId: actors.bodyId, date: "2027-06-01" })
    ).json();
    await actors.secretary.post(`${base}/meetings/${meeting.id}/agenda`, { caseId: reportId });
    await actors.secretary.post(`${base}/meetings/${meeting.id}/decisions`, {
      caseId: reportId,
      outcome: "approved",
      genderPosition: { considered: true, comment: "" },
    });
    const after = (await actors.officer.get(`${base}/assignments?caseId=${caseId}`)).json().assignments;
    const closed = after.find((a: { id: string }) => a.id === evaluation.id);
    expect(closed.state).toBe("closed");
    expect(closed.reportCases.map((c: { id: string }) => c.id)).toEqual([reportId]);
    const late = await actors.officer.post(`${base}/cases`, {
      title: "En andra återrapportering",
      bodyId: actors.bodyId,
      reportsOnAssignmentId: evaluation.id,
    });
    expect(late.json().error.code).toBe("assignment_closed");
  });

  it("sends a referred-back case to the officer and keeps a postponed one ready for a later meeting", async () => {
    const referred = await caseIn(actors, "scheduled");
    await actors.secretary.post(`${base}/meetings/${referred.meetingId}/decisions`, {
      caseId: referred.caseId,
      outcome: "referredBack",
      genderPosition: { considered: false, comment: "Analysen av konsekvenserna för flickor och pojkar saknas." },
    });
    expect((await actors.officer.get(`${base}/cases/${referred.caseId}`)).json().status).toBe("returned");

    const postponed = await caseIn(actors, "scheduled");
    await actors.secretary.post(`${base}/meetings/${postponed.meetingId}/decisions`, {
      caseId: postponed.caseId,
      outcome: "postponed",
      genderPosition: { considered: false, comment: "" },
    });
    expect((await actors.officer.get(`${base}/cases/${postponed.caseId}`)).json().status).toBe("approved");
  });

  it("requires the amended wording when the body decides in amended form", async () => {
    const { caseId, meetingId } = await caseIn(actors, "scheduled");
    const response = await actors.secretary.post(`${base}/meetings/${meetingId}/decisions`, {
      caseId,
      outcome: "amended",
      amendedText: "  ",
      genderPosition: { considered: true, comment: "" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("amended_text_required");
    expect((await actors.officer.get(`${base}/cases/${caseId}`)).json().status).toBe("scheduled");
  });

  it("finds cases by a word of the title or the diarienummer, whatever the case of the letters", async () => {
    await actors.officer.post(`${base}/cases`, { title: "Översyn av ÅTGÄRDSPLANEN", bodyId: actors.bodyId });
    const found = (await actors.officer.get(`${base}/cases?search=${encodeURIComponent("åtgärdsplanen")}`)).json();
    expect(found.cases.map((c: { title: string }) => c.title)).toEqual(["Översyn av ÅTGÄRDSPLANEN"]);
    const drafts = (await actors.officer.get(`${base}/cases?status=draft`)).json().cases;
    expect(drafts.every((c: { status: string }) => c.status === "draft")).toBe(true);
  });

  it("refuses a body, department or case officer from another organisation", async () => {
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
    const foreignBody = (await other.get(`/api/v1/organisations/${otherId}/bodies`)).json().bodies[0].id;
    const response = await actors.officer.post(`${base}/cases`, { title: "Fel nämnd", bodyId: foreignBody });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("unknown_body");
    const reviewerId = (await actors.reviewer.get("/api/v1/me")).json().id;
    const notOfficer = await actors.officer.post(`${base}/cases`, {
      title: "Fel handläggare",
      bodyId: actors.bodyId,
      caseOfficerId: reviewerId,
    });
    expect(notOfficer.json().error.code).toBe("unknown_case_officer");
  });

  it("explains bad input in Swedish and English and changes nothing", async () => {
    const before = (await actors.officer.get(`${base}/cases`)).json().cases.length;
    const swedish = await actors.officer.post(`${base}/cases`, { title: "", bodyId: actors.bodyId, extra: 1 });
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json().error.details.length).toBeGreaterThan(0);
    const english = await actors.officer.request({
      method: "GET",
      url: `${base}/cases/finns-inte`,
      headers: { "accept-language": "en" },
    });
    expect(english.statusCode).toBe(404);
    expect(english.json().error.message).toMatch(/not/i);
    expect((await actors.officer.get(`${base}/cases`)).json().cases.length).toBe(before);
  });
});
