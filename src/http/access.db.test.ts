import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_YES, type CaseActors, caseIn, sections } from "../../test/support/case-fixtures.js";
import { startTestApp, type TestApp, type TestClient } from "../../test/support/test-app.js";
import { testDatabases } from "../../test/support/test-database.js";
import { type Permission, ROLES, type Role, rolesGrant } from "../core/index.js";
import { DEMO_ACCOUNTS } from "../services/index.js";

interface Ids {
  organisationId: string;
  bodyId: string;
  departmentId: string;
  memberId: string;
  /** Makes a fresh case of the Hälso- och sjukvårdsnämnden in the given state (by privileged clients). */
  caseIn: (status: "draft" | "submitted" | "approved" | "scheduled") => Promise<{ caseId: string; meetingId?: string }>;
  /** A decided case with its decision and one assignment. */
  decided: { caseId: string; decisionId: string; meetingId: string };
}

/** Every organisation-scoped route, with the permission it needs and a valid request. */
const ROUTES: ReadonlyArray<{
  name: string;
  permission: Permission;
  call: (client: TestClient, ids: Ids, tag: string) => ReturnType<TestClient["get"]>;
}> = [
  {
    name: "GET organisation",
    permission: "organisation.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}`),
  },
  {
    name: "GET bodies",
    permission: "organisation.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/bodies`),
  },
  {
    name: "GET departments",
    permission: "organisation.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/departments`),
  },
  {
    name: "GET members",
    permission: "members.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/members`),
  },
  {
    name: "GET audit",
    permission: "audit.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/audit`),
  },
  {
    name: "POST bodies",
    permission: "structure.manage",
    call: (c, i, tag) =>
      c.post(`/api/v1/organisations/${i.organisationId}/bodies`, { name: `Beredning ${tag}`, kind: "other" }),
  },
  {
    name: "PATCH bodies",
    permission: "structure.manage",
    call: (c, i, tag) =>
      c.patch(`/api/v1/organisations/${i.organisationId}/bodies/${i.bodyId}`, { name: `Patientnämnden ${tag}` }),
  },
  {
    name: "POST departments",
    permission: "structure.manage",
    call: (c, i, tag) => c.post(`/api/v1/organisations/${i.organisationId}/departments`, { name: `Enhet ${tag}` }),
  },
  {
    name: "PATCH departments",
    permission: "structure.manage",
    call: (c, i, tag) =>
      c.patch(`/api/v1/organisations/${i.organisationId}/departments/${i.departmentId}`, { name: `HR ${tag}` }),
  },
  {
    name: "POST members",
    permission: "users.manage",
    call: (c, i, tag) =>
      c.post(`/api/v1/organisations/${i.organisationId}/members`, {
        email: `ny-${tag}@norrbotten.demo`,
        displayName: `Ny ${tag}`,
        password: "ett långt startlösenord",
        roles: ["case_officer"],
      }),
  },
  {
    name: "PUT member roles",
    permission: "users.manage",
    call: (c, i) =>
      c.put(`/api/v1/organisations/${i.organisationId}/members/${i.memberId}/roles`, { roles: ["manager"] }),
  },
];

const cases = (i: Ids) => `/api/v1/organisations/${i.organisationId}/cases`;
const meetings = (i: Ids) => `/api/v1/organisations/${i.organisationId}/meetings`;

const CASE_ROUTES: typeof ROUTES = [
  { name: "GET cases", permission: "cases.read", call: (c, i) => c.get(cases(i)) },
  {
    name: "POST cases",
    permission: "cases.write",
    call: (c, i, tag) => c.post(cases(i), { title: `Ärende ${tag}`, bodyId: i.bodyId }),
  },
  { name: "GET case", permission: "cases.read", call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}`) },
  {
    name: "PUT case",
    permission: "cases.write",
    call: async (c, i) => {
      const { caseId } = await i.caseIn("draft");
      return c.put(`${cases(i)}/${caseId}`, {
        baseVersion: 1,
        title: "Omskrivet",
        sections: sections(),
        bodyId: i.bodyId,
        departmentId: null,
        caseOfficerId: null,
      });
    },
  },
  {
    name: "POST submit",
    permission: "cases.write",
    call: async (c, i) => c.post(`${cases(i)}/${(await i.caseIn("draft")).caseId}/submit`),
  },
  { name: "GET versions", permission: "cases.read", call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}/versions`) },
  {
    name: "GET version",
    permission: "cases.read",
    call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}/versions/1`),
  },
  { name: "GET reviews", permission: "cases.read", call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}/reviews`) },
  {
    name: "POST review",
    permission: "cases.review",
    call: async (c, i) =>
      c.post(`${cases(i)}/${(await i.caseIn("submitted")).caseId}/reviews`, { outcome: "approved", answers: ALL_YES }),
  },
  {
    name: "GET case document",
    permission: "cases.read",
    call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}/document.docx`),
  },
  {
    name: "POST import",
    permission: "cases.write",
    call: (c, i, tag) =>
      c.upload(`${cases(i)}/import?fileName=${tag}.txt&bodyId=${i.bodyId}`, new TextEncoder().encode(CASE_TEXT)),
  },
  {
    name: "POST archive",
    permission: "cases.decide",
    call: (c, i, tag) =>
      c.upload(
        `${cases(i)}/archive?fileName=${tag}.txt&bodyId=${i.bodyId}&decidedOn=2019-05-20`,
        new TextEncoder().encode(CASE_TEXT),
      ),
  },
  {
    name: "GET decisions",
    permission: "cases.read",
    call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}/decisions`),
  },
  {
    name: "GET extract",
    permission: "cases.read",
    call: (c, i) => c.get(`${cases(i)}/${i.decided.caseId}/decisions/${i.decided.decisionId}/extract.pdf`),
  },
  { name: "GET meetings", permission: "cases.read", call: (c, i) => c.get(meetings(i)) },
  {
    name: "POST meetings",
    permission: "cases.decide",
    call: (c, i) => c.post(meetings(i), { bodyId: i.bodyId, date: "2027-01-20" }),
  },
  { name: "GET meeting", permission: "cases.read", call: (c, i) => c.get(`${meetings(i)}/${i.decided.meetingId}`) },
  {
    name: "POST agenda",
    permission: "cases.decide",
    call: async (c, i) =>
      c.post(`${meetings(i)}/${i.decided.meetingId}/agenda`, { caseId: (await i.caseIn("approved")).caseId }),
  },
  {
    name: "DELETE agenda",
    permission: "cases.decide",
    call: async (c, i) => {
      const { caseId, meetingId } = await i.caseIn("scheduled");
      return c.delete(`${meetings(i)}/${meetingId}/agenda/${caseId}`);
    },
  },
  {
    name: "POST decision",
    permission: "cases.decide",
    call: async (c, i) => {
      const { caseId, meetingId } = await i.caseIn("scheduled");
      return c.post(`${meetings(i)}/${meetingId}/decisions`, {
        caseId,
        outcome: "approved",
        genderPosition: { considered: true, comment: "" },
      });
    },
  },
  {
    name: "GET assignments",
    permission: "cases.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/assignments`),
  },
  {
    name: "GET follow-up",
    permission: "followup.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/follow-up`),
  },
  {
    name: "GET follow-up export",
    permission: "followup.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/follow-up/export.xlsx`),
  },
];

const ALL_ROUTES = [...ROUTES, ...CASE_ROUTES];

const CASE_TEXT = [
  "Dnr 0007-2019",
  "Ny tolktjänst",
  "Förslag till beslut",
  "1. Regionstyrelsen beslutar att upphandla tolktjänst.",
  "Beslutsförslagets påverkan avseende jämställdhet",
  "Beslutet bedöms inte ha någon påverkan avseende jämställdhet.",
].join("\n");

const NORRBOTTEN = "Region Norrbotten (demo)";
const accountFor = (role: Role) =>
  DEMO_ACCOUNTS.find((a) => a.roles.some((r) => r.role === role && r.organisation === NORRBOTTEN))?.email as string;

describe.each(testDatabases())("access control on $name", (database) => {
  let t: TestApp;
  let norrbotten: Ids;
  let vasterbottenId: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    const admin = await t.loginAs("admin@norrbotten.demo");
    const me = (await admin.get("/api/v1/me")).json();
    const organisationId = me.memberships[0].organisation.id;
    const bodies = (await admin.get(`/api/v1/organisations/${organisationId}/bodies`)).json().bodies;
    const departments = (await admin.get(`/api/v1/organisations/${organisationId}/departments`)).json().departments;
    const members = (await admin.get(`/api/v1/organisations/${organisationId}/members`)).json().members;
    const healthBody = bodies.find((b: { name: string }) => b.name === "Hälso- och sjukvårdsnämnden").id;
    const actors: CaseActors = {
      officer: await t.loginAs("handlaggare@norrbotten.demo"),
      reviewer: await t.loginAs("granskare@norrbotten.demo"),
      secretary: await t.loginAs("sekreterare@norrbotten.demo"),
      organisationId,
      bodyId: healthBody,
    };
    const scheduled = await caseIn(actors, "scheduled");
    const decision = await actors.secretary.post(
      `/api/v1/organisations/${organisationId}/meetings/${scheduled.meetingId}/decisions`,
      {
        caseId: scheduled.caseId,
        outcome: "approved",
        genderPosition: { considered: true, comment: "" },
        assignments: [{ assignee: "Regiondirektören", description: "Återrapportera.", dueDate: "2027-06-30" }],
      },
    );
    norrbotten = {
      organisationId,
      bodyId: healthBody,
      departmentId: departments.find((d: { name: string }) => d.name === "HR-avdelningen").id,
      memberId: members.find((m: { email: string }) => m.email === "chef@norrbotten.demo").userId,
      caseIn: (status) => caseIn(actors, status),
      decided: { caseId: scheduled.caseId, meetingId: scheduled.meetingId as string, decisionId: decision.json().id },
    };
    const other = await t.loginAs("admin@vasterbotten.demo");
    vasterbottenId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
  });
  afterAll(() => t.close());

  describe.each(ROLES.map((role) => ({ role })))("for the role $role", ({ role }) => {
    it("allows exactly the routes the role's permissions grant and refuses the rest with 403", async () => {
      const client = await t.loginAs(accountFor(role));
      const outcome: Record<string, number> = {};
      const expected: Record<string, number | "2xx"> = {};
      for (const route of ALL_ROUTES) {
        const status = (await route.call(client, norrbotten, role)).statusCode;
        outcome[route.name] = status >= 200 && status < 300 ? 200 : status;
        expected[route.name] = rolesGrant([role], route.permission) ? 200 : 403;
      }
      expect(outcome).toEqual(expected);
    });
  });

  it("answers 404 for every route of an organisation the user does not belong to, even for an administrator", async () => {
    const outsider = await t.loginAs("admin@vasterbotten.demo");
    for (const route of ALL_ROUTES) {
      const response = await route.call(outsider, norrbotten, "utomstående");
      expect(response.statusCode, route.name).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("answers an organisation that does not exist exactly like one the user may not see", async () => {
    const admin = await t.loginAs("admin@norrbotten.demo");
    const missing = await admin.get("/api/v1/organisations/00000000-0000-7000-8000-000000000000/bodies");
    const foreign = await admin.get(`/api/v1/organisations/${vasterbottenId}/bodies`);
    expect(missing.statusCode).toBe(404);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
  });

  it("answers 401 to every protected route without a session", async () => {
    const anonymous = t.client();
    for (const route of ALL_ROUTES) {
      const response = await route.call(anonymous, norrbotten, "anonym");
      expect(response.statusCode, route.name).toBe(401);
    }
    expect((await anonymous.get("/api/v1/me")).statusCode).toBe(401);
    expect((await anonymous.get("/api/v1/organisations")).statusCode).toBe(401);
  });

  it("lets a user with roles in two organisations work in each, with the roles held there", async () => {
    const analyst = await t.loginAs("analytiker@norrbotten.demo");
    expect((await analyst.get(`/api/v1/organisations/${vasterbottenId}/bodies`)).statusCode).toBe(200);
    expect((await analyst.get(`/api/v1/organisations/${norrbotten.organisationId}/bodies`)).statusCode).toBe(200);
    const organisations = (await analyst.get("/api/v1/organisations")).json().organisations;
    expect(organisations).toHaveLength(2);
  });

  it("covers every organisation route of the API in this matrix", async () => {
    const document = (await t.client().get("/api/v1/openapi.json")).json();
    const operations = Object.entries(document.paths as Record<string, object>)
      .filter(([path]) => path.startsWith("/api/v1/organisations/{organisationId}"))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(operations).toHaveLength(ALL_ROUTES.length);
  });

  it("never lists another organisation's bodies", async () => {
    const officer = await t.loginAs("handlaggare@vasterbotten.demo");
    const organisations = (await officer.get("/api/v1/organisations")).json().organisations;
    expect(organisations.map((o: { name: string }) => o.name)).toEqual(["Region Västerbotten (demo)"]);
  });
});
