import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addOrganisation, expectStatus } from "../../../test/support/network-fixtures.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";

interface Me {
  memberships: { organisation: { id: string; name: string } }[];
}

describe.each(testDatabases())("network rounds on $name", (database) => {
  let t: TestApp;
  let coordinator: TestClient;
  const ids: Record<string, string> = {};
  const skr = () => `/api/v1/organisations/${ids.skr}`;
  const org = (name: string) => `/api/v1/organisations/${ids[name]}`;

  /** A round of SKR (demo) with the given members, as its coordinator makes it. */
  async function roundWith(name: string, members: string[], startsOn = "2026-11-01"): Promise<string> {
    const created = await coordinator.post(`${skr()}/network-rounds`, { name, startsOn });
    expectStatus(created, 201);
    const roundId = created.json().id as string;
    for (const member of members) {
      expectStatus(
        await coordinator.post(`${skr()}/network-rounds/${roundId}/members`, { organisationId: ids[member] }),
        201,
      );
    }
    return roundId;
  }

  beforeAll(async () => {
    t = await startTestApp(database.create());
    coordinator = await t.loginAs("koordinator@norrbotten.demo");
    const me: Me = (await coordinator.get("/api/v1/me")).json();
    const analyst: Me = (await (await t.loginAs("analytiker@norrbotten.demo")).get("/api/v1/me")).json();
    for (const { organisation } of [...me.memberships, ...analyst.memberships]) {
      const key = {
        "SKR (demo)": "skr",
        "Region Norrbotten (demo)": "norrbotten",
        "Region Västerbotten (demo)": "vasterbotten",
      }[organisation.name];
      if (key) ids[key] = organisation.id;
    }
    const candidates = (await coordinator.get(`${skr()}/network-candidates`)).json().organisations;
    ids.gavleborg = candidates.find((c: { name: string }) => c.name === "Region Gävleborg (demo)").id;
  });
  afterAll(() => t.close());

  describe("a coordinator running a round", () => {
    it("creates a round that lasts 18 months unless an end is given, on SKR's checklist by default", async () => {
      const created = await coordinator.post(`${skr()}/network-rounds`, {
        name: "Omgång Vår 2027",
        startsOn: "2027-03-01",
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        name: "Omgång Vår 2027",
        startsOn: "2027-03-01",
        endsOn: "2028-08-31",
        relation: "coordinator",
        coordinator: { id: ids.skr, name: "SKR (demo)" },
        checklist: { name: { sv: "Checklista för jämställdhetsintegrering" } },
        groups: [],
        members: [],
      });
      const short = await coordinator.post(`${skr()}/network-rounds`, {
        name: "Kort omgång",
        startsOn: "2027-01-10",
        endsOn: "2027-06-30",
      });
      expect(short.json().endsOn).toBe("2027-06-30");
    });

    it("refuses a round that ends before it starts, and a second round of the same name, changing nothing", async () => {
      const backwards = await coordinator.post(`${skr()}/network-rounds`, {
        name: "Baklänges",
        startsOn: "2027-05-01",
        endsOn: "2027-04-30",
      });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.code).toBe("round_end_before_start");
      expect(backwards.json().error.message).toContain("Omgången måste sluta efter att den börjar");
      const english = await coordinator.post(`${skr()}/network-rounds?lang=en`, {
        name: "Baklänges",
        startsOn: "2027-05-01",
        endsOn: "2027-05-01",
      });
      expect(english.json().error.message).toContain("The round must end after it starts");

      await roundWith("Dubblett", []);
      const again = await coordinator.post(`${skr()}/network-rounds`, { name: " Dubblett ", startsOn: "2027-01-01" });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("duplicate_round_name");
      const names = (await coordinator.get(`${skr()}/network-rounds`))
        .json()
        .rounds.map((r: { name: string }) => r.name);
      expect(names.filter((n: string) => n === "Dubblett")).toHaveLength(1);
      expect(names).not.toContain("Baklänges");
    });

    it("invites organisations once each, never itself, and groups them", async () => {
      const roundId = await roundWith("Gruppering 2027", ["norrbotten", "vasterbotten"]);
      const base = `${skr()}/network-rounds/${roundId}`;
      const twice = await coordinator.post(`${base}/members`, { organisationId: ids.norrbotten });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe("already_member");
      expect(twice.json().error.message).toContain("Region Norrbotten (demo)");
      const itself = await coordinator.post(`${base}/members`, { organisationId: ids.skr });
      expect(itself.json().error.code).toBe("coordinator_not_member");

      const group = await coordinator.post(`${base}/groups`, { name: "Grupp Norr" });
      expect(group.statusCode).toBe(201);
      expect((await coordinator.post(`${base}/groups`, { name: "Grupp Norr" })).json().error.code).toBe(
        "duplicate_group_name",
      );
      const placed = await coordinator.put(`${base}/members/${ids.norrbotten}/group`, { groupId: group.json().id });
      expect(placed.statusCode).toBe(200);
      expect(placed.json()).toEqual({
        organisationId: ids.norrbotten,
        name: "Region Norrbotten (demo)",
        groupId: group.json().id,
        sharing: { level: "none", includeComments: false },
      });
      const unknown = await coordinator.put(`${base}/members/${ids.vasterbotten}/group`, { groupId: "no-such-group" });
      expect(unknown.json().error.code).toBe("unknown_group");

      const round = (await coordinator.get(base)).json();
      expect(round.groups).toEqual([
        {
          id: group.json().id,
          name: "Grupp Norr",
          members: [{ organisationId: ids.norrbotten, name: "Region Norrbotten (demo)" }],
        },
      ]);
      expect(round.members.map((m: { name: string }) => m.name)).toEqual([
        "Region Norrbotten (demo)",
        "Region Västerbotten (demo)",
      ]);

      expect((await coordinator.delete(`${base}/members/${ids.vasterbotten}`)).statusCode).toBe(204);
      expect((await coordinator.delete(`${base}/members/${ids.vasterbotten}`)).statusCode).toBe(404);
      expect((await coordinator.get(base)).json().members).toHaveLength(1);
    });

    it("records learning meetings with who took part in which roles, and each member's lessons", async () => {
      const roundId = await roundWith("Lärande 2027", ["norrbotten", "vasterbotten"], "2027-01-01");
      const base = `${skr()}/network-rounds/${roundId}`;
      const meeting = await coordinator.post(`${base}/learning-meetings`, {
        date: "2027-02-09",
        theme: "communication",
        notes: "Träff i Skellefteå om hur resultaten når politikerna.",
        participants: [
          { organisationId: ids.norrbotten, roles: ["regionråd", "kommunikatör"] },
          { organisationId: ids.vasterbotten, roles: ["jämställdhetsstrateg", " jämställdhetsstrateg "] },
          { organisationId: ids.skr, roles: ["processledare"] },
        ],
      });
      expect(meeting.statusCode).toBe(201);
      expect(meeting.json()).toMatchObject({
        date: "2027-02-09",
        theme: "Kommunikation",
        participants: [
          { organisationId: ids.norrbotten, name: "Region Norrbotten (demo)", roles: ["regionråd", "kommunikatör"] },
          { organisationId: ids.vasterbotten, name: "Region Västerbotten (demo)", roles: ["jämställdhetsstrateg"] },
          { organisationId: ids.skr, name: "SKR (demo)", roles: ["processledare"] },
        ],
        lessons: [],
      });
      const meetingId = meeting.json().id;

      const outsider = await coordinator.post(`${base}/learning-meetings`, {
        date: "2027-03-01",
        theme: "Analys och uppföljning",
        participants: [{ organisationId: ids.gavleborg, roles: ["controller"] }],
      });
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json().error.code).toBe("not_in_round");
      expect(outsider.json().error.message).toContain("Region Gävleborg (demo)");
      const late = await coordinator.post(`${base}/learning-meetings`, { date: "2029-01-01", theme: "Kommunikation" });
      expect(late.json().error.code).toBe("meeting_outside_round");

      const changed = await coordinator.patch(`${base}/learning-meetings/${meetingId}`, {
        theme: "Jämställd budgetering",
        notes: "Flyttad till Luleå.",
      });
      expect(changed.json()).toMatchObject({
        theme: "Jämställd budgetering",
        notes: "Flyttad till Luleå.",
        date: "2027-02-09",
      });

      const strategist = await t.loginAs("granskare@norrbotten.demo");
      const lesson = await strategist.post(
        `${org("norrbotten")}/network-rounds/${roundId}/learning-meetings/${meetingId}/lessons`,
        { text: "  Politikerna vill ha resultat, inte metod.  " },
      );
      expect(lesson.statusCode).toBe(201);
      expect(lesson.json()).toMatchObject({
        organisationId: ids.norrbotten,
        organisationName: "Region Norrbotten (demo)",
        text: "Politikerna vill ha resultat, inte metod.",
      });
      const officer = await t.loginAs("handlaggare@norrbotten.demo");
      const refused = await officer.post(
        `${org("norrbotten")}/network-rounds/${roundId}/learning-meetings/${meetingId}/lessons`,
        { text: "Ingen behörighet." },
      );
      expect(refused.statusCode).toBe(403);

      const round = (await strategist.get(`${org("norrbotten")}/network-rounds/${roundId}`)).json();
      expect(round.relation).toBe("member");
      expect(round.learningMeetings[0].lessons.map((l: { text: string }) => l.text)).toEqual([
        "Politikerna vill ha resultat, inte metod.",
      ]);

      // An organisation that leaves the round stays on record as having taken part.
      expectStatus(await coordinator.delete(`${base}/members/${ids.vasterbotten}`), 204);
      const after = (await coordinator.get(base)).json();
      expect(after.learningMeetings[0].participants[1]).toEqual({
        organisationId: ids.vasterbotten,
        name: "Region Västerbotten (demo)",
        roles: ["jämställdhetsstrateg"],
      });
    });

    it("offers the five usual themes of learning meetings", async () => {
      const themes = (await coordinator.get("/api/v1/learning-meeting-themes")).json().themes;
      expect(themes.map((theme: { sv: string }) => theme.sv)).toEqual([
        "System för styrning och ledning",
        "Systematiskt förbättringsarbete",
        "Analys och uppföljning",
        "Kommunikation",
        "Kultur och hållbart förbättringsarbete",
      ]);
    });
  });

  describe("mentors", () => {
    it("makes only an organisation that finished an earlier round a mentor, linked to themes and meetings", async () => {
      const newcomer = await addOrganisation(t, "Region Nykomling (test)", ["manager"]);
      const stillRunning = await addOrganisation(t, "Region Pågående (test)", ["manager"]);
      await roundWith("Tidig omgång 2021", ["vasterbotten"], "2021-01-01");
      const running = await roundWith("Pågående omgång 2027", [], "2027-01-01");
      await coordinator.post(`${skr()}/network-rounds/${running}/members`, { organisationId: stillRunning.id });
      const later = await roundWith("Senare omgång 2027", [], "2027-06-01");
      const base = `${skr()}/network-rounds/${later}`;

      const never = await coordinator.post(`${base}/mentors`, {
        organisationId: newcomer.id,
        themes: [],
        learningMeetingIds: [],
      });
      expect(never.statusCode).toBe(400);
      expect(never.json().error.code).toBe("mentor_not_finished");
      expect(never.json().error.message).toContain("Region Nykomling (test)");
      // Its only round is still running when the later one starts.
      const unfinished = await coordinator.post(`${base}/mentors`, {
        organisationId: stillRunning.id,
        themes: [],
        learningMeetingIds: [],
      });
      expect(unfinished.json().error.code).toBe("mentor_not_finished");
      expect((await coordinator.get(base)).json().mentors).toEqual([]);

      const meeting = (
        await coordinator.post(`${base}/learning-meetings`, { date: "2027-09-14", theme: "Analys och uppföljning" })
      ).json();
      const unknownMeeting = await coordinator.post(`${base}/mentors`, {
        organisationId: ids.vasterbotten,
        themes: [],
        learningMeetingIds: ["no-such-meeting"],
      });
      expect(unknownMeeting.json().error.code).toBe("unknown_meeting");
      const mentor = await coordinator.post(`${base}/mentors`, {
        organisationId: ids.vasterbotten,
        themes: ["analysis and follow-up", "Barnrättsperspektivet"],
        learningMeetingIds: [meeting.id],
      });
      expect(mentor.statusCode).toBe(201);
      expect(mentor.json()).toEqual({
        organisationId: ids.vasterbotten,
        name: "Region Västerbotten (demo)",
        themes: ["Analys och uppföljning", "Barnrättsperspektivet"],
        learningMeetingIds: [meeting.id],
      });
      const twice = await coordinator.post(`${base}/mentors`, {
        organisationId: ids.vasterbotten,
        themes: [],
        learningMeetingIds: [],
      });
      expect(twice.json().error.code).toBe("already_mentor");
      const changed = await coordinator.put(`${base}/mentors/${ids.vasterbotten}`, {
        themes: ["Kommunikation"],
        learningMeetingIds: [],
      });
      expect(changed.json()).toMatchObject({ themes: ["Kommunikation"], learningMeetingIds: [] });

      const mentorAdmin = await t.loginAs("admin@vasterbotten.demo");
      const asMentor = `${org("vasterbotten")}/network-rounds/${later}`;
      expect((await mentorAdmin.get(asMentor)).json()).toMatchObject({
        relation: "mentor",
        name: "Senare omgång 2027",
      });
      const listed = (await mentorAdmin.get(`${org("vasterbotten")}/network-rounds`)).json().rounds;
      expect(listed.find((r: { id: string }) => r.id === later)).toMatchObject({ relation: "mentor", groupName: null });
      // A mentor reads the round but neither shares nor compares in it.
      expect(
        (await mentorAdmin.put(`${asMentor}/sharing`, { level: "network", includeComments: false })).statusCode,
      ).toBe(404);
      expect((await mentorAdmin.get(`${asMentor}/comparison`)).statusCode).toBe(404);

      expect((await coordinator.delete(`${base}/mentors/${ids.vasterbotten}`)).statusCode).toBe(204);
      expect((await mentorAdmin.get(asMentor)).statusCode).toBe(404);
    });
  });

  describe("who may do what", () => {
    it("lets only network.manage in the coordinating organisation manage a round", async () => {
      const roundId = await roundWith("Behörighet 2027", ["norrbotten"]);
      const admin = await t.loginAs("admin@norrbotten.demo");
      const own = await admin.post(`${org("norrbotten")}/network-rounds`, {
        name: "Egen omgång",
        startsOn: "2027-01-01",
      });
      expect(own.statusCode).toBe(403);
      // The coordinator of SKR is also coordinator in Norrbotten, but SKR's round is not Norrbotten's to manage.
      const viaMember = `${org("norrbotten")}/network-rounds/${roundId}`;
      expect((await coordinator.post(`${viaMember}/groups`, { name: "Kapad grupp" })).statusCode).toBe(404);
      expect((await coordinator.post(`${viaMember}/members`, { organisationId: ids.gavleborg })).statusCode).toBe(404);
      expect((await coordinator.get(`${viaMember}/movement`)).statusCode).toBe(404);
      const manager = await t.loginAs("chef@norrbotten.demo");
      expect((await manager.get(`${viaMember}/movement`)).statusCode).toBe(403);
      expect(
        (await manager.post(`${viaMember}/learning-meetings`, { date: "2027-01-01", theme: "X" })).statusCode,
      ).toBe(403);
      const round = (await coordinator.get(`${skr()}/network-rounds/${roundId}`)).json();
      expect(round.groups).toEqual([]);
      expect(round.members).toHaveLength(1);
    });

    it("lets a member's case officer read the round and the comparison but not set the sharing", async () => {
      const roundId = await roundWith("Läsbehörighet 2027", ["norrbotten"]);
      const url = `${org("norrbotten")}/network-rounds/${roundId}`;
      const officer = await t.loginAs("handlaggare@norrbotten.demo");
      expect((await officer.get(url)).json()).toMatchObject({ relation: "member", name: "Läsbehörighet 2027" });
      expect((await officer.get(`${url}/comparison`)).statusCode).toBe(200);
      const refused = await officer.put(`${url}/sharing`, { level: "network", includeComments: true });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe("forbidden");
      const manager = await t.loginAs("chef@norrbotten.demo");
      const set = await manager.put(`${url}/sharing`, { level: "group", includeComments: true });
      expect(set.json()).toEqual({ level: "group", includeComments: true });
      // Not sharing carries no comments along.
      const none = await manager.put(`${url}/sharing`, { level: "none", includeComments: true });
      expect(none.json()).toEqual({ level: "none", includeComments: false });
      // The coordinator cannot decide for the member.
      expect(
        (
          await coordinator.put(`${skr()}/network-rounds/${roundId}/sharing`, {
            level: "network",
            includeComments: true,
          })
        ).statusCode,
      ).toBe(403);
    });

    it("answers an organisation outside the round exactly as if the round did not exist", async () => {
      const roundId = await roundWith("Sluten omgång 2027", ["norrbotten"]);
      const outsider = await t.loginAs("admin@vasterbotten.demo");
      const foreign = await outsider.get(`${org("vasterbotten")}/network-rounds/${roundId}`);
      const missing = await outsider.get(`${org("vasterbotten")}/network-rounds/00000000-0000-7000-8000-000000000000`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toEqual(missing.json());
      expect((await outsider.get(`${org("vasterbotten")}/network-rounds/${roundId}/comparison`)).statusCode).toBe(404);
      expect(
        (
          await outsider.put(`${org("vasterbotten")}/network-rounds/${roundId}/sharing`, {
            level: "group",
            includeComments: false,
          })
        ).statusCode,
      ).toBe(404);
      const listed = (await outsider.get(`${org("vasterbotten")}/network-rounds`)).json().rounds;
      expect(listed.map((r: { id: string }) => r.id)).not.toContain(roundId);
    });

    it("writes an audit entry in the acting organisation for every change to a round", async () => {
      const norrbottenCoordinator = await t.loginAs("koordinator@norrbotten.demo");
      const base = `${org("norrbotten")}/network-rounds`;
      const round = (
        await norrbottenCoordinator.post(base, { name: "Länets kommuner 2027", startsOn: "2027-02-01" })
      ).json();
      await norrbottenCoordinator.post(`${base}/${round.id}/members`, { organisationId: ids.vasterbotten });
      const group = (await norrbottenCoordinator.post(`${base}/${round.id}/groups`, { name: "Kustgruppen" })).json();
      await norrbottenCoordinator.put(`${base}/${round.id}/members/${ids.vasterbotten}/group`, { groupId: group.id });
      await norrbottenCoordinator.post(`${base}/${round.id}/learning-meetings`, {
        date: "2027-03-01",
        theme: "Kommunikation",
      });
      const admin = await t.loginAs("admin@norrbotten.demo");
      const entries = (await admin.get(`${org("norrbotten")}/audit?limit=500`)).json().entries as {
        entityType: string;
        entityId: string;
        action: string;
      }[];
      const ofRound = entries.filter((e) => e.entityId === round.id).map((e) => e.action);
      expect(ofRound.sort()).toEqual(["create", "group_assigned", "group_created", "member_added"]);
      expect(entries.some((e) => e.entityType === "learning_meeting" && e.action === "create")).toBe(true);
    });
  });

  describe("the demo network", () => {
    it("has SKR's round with Grupp Nord, each region's consent and five learning meetings on the usual themes", async () => {
      const rounds = (await coordinator.get(`${skr()}/network-rounds`)).json().rounds;
      const first = rounds.find((r: { name: string }) => r.name === "Modellregioner 2018–2020");
      expect(first).toMatchObject({ startsOn: "2018-09-01", endsOn: "2020-02-29", relation: "coordinator" });
      const round = (await coordinator.get(`${skr()}/network-rounds/${first.id}`)).json();
      expect(round.groups.map((g: { name: string; members: unknown[] }) => [g.name, g.members.length])).toEqual([
        ["Grupp Nord", 3],
      ]);
      const sharing = Object.fromEntries(
        round.members.map((m: { name: string; sharing: unknown }) => [m.name, m.sharing]),
      );
      expect(sharing).toEqual({
        "Region Gävleborg (demo)": { level: "network", includeComments: true },
        "Region Norrbotten (demo)": { level: "group", includeComments: false },
        "Region Västerbotten (demo)": { level: "group", includeComments: false },
      });
      expect(round.learningMeetings.map((m: { theme: string }) => m.theme)).toEqual([
        "System för styrning och ledning",
        "Systematiskt förbättringsarbete",
        "Analys och uppföljning",
        "Kommunikation",
        "Kultur och hållbart förbättringsarbete",
      ]);
      for (const meeting of round.learningMeetings) {
        const authors = new Set(meeting.lessons.map((l: { organisationName: string }) => l.organisationName));
        expect(authors.size, meeting.theme).toBe(3);
        expect(meeting.participants.length).toBeGreaterThanOrEqual(3);
      }
    });

    it("shows Norrbotten Grupp Nord's comparison at BM5 without Västerbotten's comments, and SKR only Gävleborg's sums", async () => {
      const rounds = (await coordinator.get(`${skr()}/network-rounds`)).json().rounds;
      const first = rounds.find((r: { name: string }) => r.name === "Modellregioner 2018–2020");
      const analyst = await t.loginAs("analytiker@norrbotten.demo");
      const response = await analyst.get(`${org("norrbotten")}/network-rounds/${first.id}/comparison?occasion=BM5`);
      const answer = response.json();
      expect(answer.own.sum.sum).toBe(24);
      expect(answer.occasions).toEqual(["Uppstart", "BM1", "BM3", "BM5"]);
      expect(answer.group).toMatchObject({ available: true, organisations: 3 });
      expect(answer.network).toEqual({ available: false, reason: "not_sharing" });
      const shared = Object.fromEntries(
        answer.shared.map((s: { name: string; comments: unknown[] | null }) => [s.name, s.comments !== null]),
      );
      expect(shared).toEqual({ "Region Gävleborg (demo)": true, "Region Västerbotten (demo)": false });

      const vasterbotten = await t.loginAs("admin@vasterbotten.demo");
      const table = (await vasterbotten.get(`${org("vasterbotten")}/assessments`)).json().table;
      const comments: string[] = [];
      for (const column of table.columns) {
        const assessment = (await vasterbotten.get(`${org("vasterbotten")}/assessments/${column.id}`)).json();
        comments.push(...assessment.items.map((item: { comment: string }) => item.comment).filter(Boolean));
      }
      expect(comments.length).toBeGreaterThan(0);
      for (const comment of comments) expect(response.body).not.toContain(comment);

      const movement = (await coordinator.get(`${skr()}/network-rounds/${first.id}/movement`)).json();
      const bm5 = movement.occasions.find((o: { occasion: string }) => o.occasion === "BM5");
      expect(bm5.recorded).toBe(3);
      expect(bm5.organisations.map((o: { name: string }) => o.name)).toEqual(["Region Gävleborg (demo)"]);
    });

    it("has Norrbotten, which finished the first round, as mentor in the later one, where Västerbotten is a member", async () => {
      const analyst = await t.loginAs("analytiker@norrbotten.demo");
      const demoRounds = ["Jämställd styrning 2026–2027", "Modellregioner 2018–2020"];
      const norrbotten = (await analyst.get(`${org("norrbotten")}/network-rounds`))
        .json()
        .rounds.filter((r: { name: string }) => demoRounds.includes(r.name));
      expect(norrbotten.map((r: { name: string; relation: string }) => [r.name, r.relation])).toEqual([
        ["Jämställd styrning 2026–2027", "mentor"],
        ["Modellregioner 2018–2020", "member"],
      ]);
      const later = (await analyst.get(`${org("norrbotten")}/network-rounds/${norrbotten[0].id}`)).json();
      expect(later.startsOn).toBe("2026-09-01");
      expect(later.mentors).toEqual([
        {
          organisationId: ids.norrbotten,
          name: "Region Norrbotten (demo)",
          themes: ["System för styrning och ledning"],
          learningMeetingIds: [later.learningMeetings[0].id],
        },
      ]);
      const vasterbotten = (await analyst.get(`${org("vasterbotten")}/network-rounds`)).json().rounds;
      expect(vasterbotten.find((r: { name: string }) => r.name === "Jämställd styrning 2026–2027")).toMatchObject({
        relation: "member",
      });
    });
  });
});
