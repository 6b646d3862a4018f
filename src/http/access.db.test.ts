import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_YES, type CaseActors, caseIn, sections } from "../../test/support/case-fixtures.js";
import { insertIndicator } from "../../test/support/difference-fixtures.js";
import {
  STATISTICS_ROUTES,
  type StatisticsIds,
  startFakeKolada,
  statisticsSetup,
} from "../../test/support/statistics-fixtures.js";
import { startTestApp, type TestApp, type TestClient } from "../../test/support/test-app.js";
import { testDatabases } from "../../test/support/test-database.js";
import { type Permission, ROLES, type Role, rolesGrant } from "../core/index.js";
import { DEMO_ACCOUNTS } from "../services/index.js";
import { DifferenceService } from "../services/statistics/difference.service.js";

interface Ids {
  organisationId: string;
  bodyId: string;
  departmentId: string;
  memberId: string;
  /** Makes a fresh case of the Hälso- och sjukvårdsnämnden in the given state (by privileged clients). */
  caseIn: (status: "draft" | "submitted" | "approved" | "scheduled") => Promise<{ caseId: string; meetingId?: string }>;
  /** A decided case with its decision and one assignment. */
  decided: { caseId: string; decisionId: string; meetingId: string };
  network: NetworkIds;
  checklist: ChecklistIds;
  differences: DifferenceIds;
  statistics: StatisticsIds;
}

interface DifferenceIds {
  /** A flagged difference of Norrbotten's that the matrix only reads. */
  differenceId: string;
  /** A new flagged difference (version 1), and a new measure on one, for routes that use up what they change. */
  freshDifference: () => Promise<string>;
  freshMeasure: () => Promise<{ differenceId: string; measureId: string }>;
}

interface ChecklistIds {
  /** A checklist of Norrbotten's own whose version 1 no assessment uses. */
  checklistId: string;
  /** Norrbotten's demo assessment at BM5. */
  assessmentId: string;
  /** A new assessment or measure of Norrbotten's (made by its strategist), for routes that use up what they change. */
  freshAssessment: () => Promise<string>;
  freshMeasure: () => Promise<string>;
}

interface NetworkIds {
  /** A round Norrbotten coordinates: Gävleborg a member in a group, a learning meeting, Västerbotten its mentor. */
  coordinated: { roundId: string; groupId: string; meetingId: string };
  /** A round of SKR (demo) that Norrbotten is a member of, with a learning meeting. */
  member: { roundId: string; meetingId: string };
  gavleborgId: string;
  vasterbottenId: string;
  /** A new round of Norrbotten's (made by its coordinator), for routes that use up what they change. */
  freshRound: (with_?: { member?: boolean; mentor?: boolean }) => Promise<string>;
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

const rounds = (i: Ids) => `/api/v1/organisations/${i.organisationId}/network-rounds`;
const coordinated = (i: Ids) => `${rounds(i)}/${i.network.coordinated.roundId}`;
const joined = (i: Ids) => `${rounds(i)}/${i.network.member.roundId}`;

const NETWORK_ROUTES: typeof ROUTES = [
  { name: "GET network rounds", permission: "checklist.read", call: (c, i) => c.get(rounds(i)) },
  {
    name: "GET network candidates",
    permission: "network.manage",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/network-candidates`),
  },
  {
    name: "POST network round",
    permission: "network.manage",
    call: (c, i, tag) => c.post(rounds(i), { name: `Matrisomgång ${tag}`, startsOn: "2027-01-01" }),
  },
  { name: "GET network round (member)", permission: "checklist.read", call: (c, i) => c.get(joined(i)) },
  {
    name: "POST round member",
    permission: "network.manage",
    call: async (c, i) =>
      c.post(`${rounds(i)}/${await i.network.freshRound()}/members`, { organisationId: i.network.gavleborgId }),
  },
  {
    name: "DELETE round member",
    permission: "network.manage",
    call: async (c, i) => {
      const roundId = await i.network.freshRound({ member: true });
      return c.delete(`${rounds(i)}/${roundId}/members/${i.network.gavleborgId}`);
    },
  },
  {
    name: "POST round group",
    permission: "network.manage",
    call: (c, i, tag) => c.post(`${coordinated(i)}/groups`, { name: `Grupp ${tag}` }),
  },
  {
    name: "PUT member group",
    permission: "network.manage",
    call: (c, i) =>
      c.put(`${coordinated(i)}/members/${i.network.gavleborgId}/group`, { groupId: i.network.coordinated.groupId }),
  },
  {
    name: "POST learning meeting",
    permission: "network.manage",
    call: (c, i) => c.post(`${coordinated(i)}/learning-meetings`, { date: "2027-02-01", theme: "Kommunikation" }),
  },
  {
    name: "PATCH learning meeting",
    permission: "network.manage",
    call: (c, i, tag) =>
      c.patch(`${coordinated(i)}/learning-meetings/${i.network.coordinated.meetingId}`, { notes: `Anteckning ${tag}` }),
  },
  {
    name: "POST lesson",
    permission: "checklist.assess",
    call: (c, i, tag) =>
      c.post(`${joined(i)}/learning-meetings/${i.network.member.meetingId}/lessons`, { text: `Lärdom ${tag}` }),
  },
  {
    name: "POST mentor",
    permission: "network.manage",
    call: async (c, i) =>
      c.post(`${rounds(i)}/${await i.network.freshRound()}/mentors`, {
        organisationId: i.network.vasterbottenId,
        themes: ["Kommunikation"],
        learningMeetingIds: [],
      }),
  },
  {
    name: "PUT mentor",
    permission: "network.manage",
    call: (c, i) =>
      c.put(`${coordinated(i)}/mentors/${i.network.vasterbottenId}`, {
        themes: ["Analys och uppföljning"],
        learningMeetingIds: [i.network.coordinated.meetingId],
      }),
  },
  {
    name: "DELETE mentor",
    permission: "network.manage",
    call: async (c, i) =>
      c.delete(`${rounds(i)}/${await i.network.freshRound({ mentor: true })}/mentors/${i.network.vasterbottenId}`),
  },
  {
    name: "PUT sharing",
    permission: "checklist.share",
    call: (c, i) => c.put(`${joined(i)}/sharing`, { level: "group", includeComments: false }),
  },
  { name: "GET comparison", permission: "checklist.read", call: (c, i) => c.get(`${joined(i)}/comparison`) },
  { name: "GET movement", permission: "network.manage", call: (c, i) => c.get(`${coordinated(i)}/movement`) },
];

const assessments = (i: Ids) => `/api/v1/organisations/${i.organisationId}/assessments`;
const measures = (i: Ids) => `/api/v1/organisations/${i.organisationId}/measures`;
const ownChecklists = (i: Ids) => `/api/v1/organisations/${i.organisationId}/checklists`;
const MATRIX_CHECKLIST = {
  name: { sv: "Matrischecklista", en: "" },
  scale: { min: 1, max: 3, step: 1 },
  anchors: [],
  items: [{ no: 1, text: { sv: "En punkt", en: "" } }],
};
const NO_EVIDENCE = { text: "", links: [] };

const CHECKLIST_ROUTES: typeof ROUTES = [
  {
    name: "POST checklist",
    permission: "checklists.define",
    call: (c, i) => c.post(ownChecklists(i), { definition: MATRIX_CHECKLIST }),
  },
  {
    name: "POST checklist version",
    permission: "checklists.define",
    call: (c, i) => c.post(`${ownChecklists(i)}/${i.checklist.checklistId}/versions`, { definition: MATRIX_CHECKLIST }),
  },
  {
    name: "PUT checklist version",
    permission: "checklists.define",
    call: (c, i) =>
      c.put(`${ownChecklists(i)}/${i.checklist.checklistId}/versions/1`, { definition: MATRIX_CHECKLIST }),
  },
  { name: "GET assessments", permission: "checklist.read", call: (c, i) => c.get(assessments(i)) },
  {
    name: "POST assessment",
    permission: "checklist.assess",
    call: (c, i, tag) => c.post(assessments(i), { occasion: `Matris ${tag}`, date: "2021-01-01", participants: [] }),
  },
  {
    name: "GET assessments export",
    permission: "checklist.read",
    call: (c, i) => c.get(`${assessments(i)}/export.xlsx`),
  },
  {
    name: "GET assessment",
    permission: "checklist.read",
    call: (c, i) => c.get(`${assessments(i)}/${i.checklist.assessmentId}`),
  },
  {
    name: "PATCH assessment",
    permission: "checklist.assess",
    call: async (c, i) =>
      c.patch(`${assessments(i)}/${await i.checklist.freshAssessment()}`, { participants: ["Controller"] }),
  },
  {
    name: "DELETE assessment",
    permission: "checklist.assess",
    call: async (c, i) => c.delete(`${assessments(i)}/${await i.checklist.freshAssessment()}`),
  },
  {
    name: "PUT assessment item",
    permission: "checklist.assess",
    call: async (c, i) =>
      c.put(`${assessments(i)}/${await i.checklist.freshAssessment()}/items/1`, {
        score: 2,
        comment: "",
        evidence: NO_EVIDENCE,
        revision: 1,
      }),
  },
  { name: "GET measures", permission: "checklist.read", call: (c, i) => c.get(measures(i)) },
  {
    name: "POST measure",
    permission: "checklist.assess",
    call: (c, i, tag) => c.post(measures(i), { itemNo: 3, title: `Åtgärd ${tag}`, owner: "Regiondirektör" }),
  },
  {
    name: "PATCH measure",
    permission: "checklist.assess",
    call: async (c, i) => c.patch(`${measures(i)}/${await i.checklist.freshMeasure()}`, { version: 1, status: "done" }),
  },
  {
    name: "DELETE measure",
    permission: "checklist.assess",
    call: async (c, i) => c.delete(`${measures(i)}/${await i.checklist.freshMeasure()}`),
  },
];

const differences = (i: Ids) => `/api/v1/organisations/${i.organisationId}/differences`;
const ANALYSIS = {
  problem: "",
  goalsAndMethods: "",
  explanation: "",
  judgment: null,
  judgmentReason: "",
  subgoals: [],
  dimensionsConsidered: [],
  version: 1,
};

const DIFFERENCE_ROUTES: typeof ROUTES = [
  { name: "GET differences", permission: "statistics.read", call: (c, i) => c.get(differences(i)) },
  { name: "GET differences report", permission: "statistics.read", call: (c, i) => c.get(`${differences(i)}/report`) },
  {
    name: "GET differences report export",
    permission: "statistics.read",
    call: (c, i) => c.get(`${differences(i)}/report.xlsx`),
  },
  {
    name: "GET difference",
    permission: "statistics.read",
    call: (c, i) => c.get(`${differences(i)}/${i.differences.differenceId}`),
  },
  {
    name: "PUT difference analysis",
    permission: "differences.analyse",
    call: async (c, i) => c.put(`${differences(i)}/${await i.differences.freshDifference()}/analysis`, ANALYSIS),
  },
  {
    name: "POST difference measure",
    permission: "differences.analyse",
    call: (c, i, tag) =>
      c.post(`${differences(i)}/${i.differences.differenceId}/measures`, {
        description: `Åtgärd ${tag}`,
        owner: "Verksamhetschef",
        dueDate: "2027-12-31",
      }),
  },
  {
    name: "PATCH difference measure",
    permission: "differences.analyse",
    call: async (c, i) => {
      const { differenceId, measureId } = await i.differences.freshMeasure();
      return c.patch(`${differences(i)}/${differenceId}/measures/${measureId}`, { status: "done", version: 1 });
    },
  },
  {
    name: "DELETE difference measure",
    permission: "differences.analyse",
    call: async (c, i) => {
      const { differenceId, measureId } = await i.differences.freshMeasure();
      return c.delete(`${differences(i)}/${differenceId}/measures/${measureId}`);
    },
  },
  {
    name: "GET national sub-goals",
    permission: "statistics.read",
    call: (c, i) => c.get(`/api/v1/organisations/${i.organisationId}/national-subgoals`),
  },
];

const ALL_ROUTES = [
  ...ROUTES,
  ...CASE_ROUTES,
  ...NETWORK_ROUTES,
  ...CHECKLIST_ROUTES,
  ...DIFFERENCE_ROUTES,
  ...STATISTICS_ROUTES,
];

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
    t = await startTestApp(database.create(), { koladaUrl: await startFakeKolada() });
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
      network: undefined as unknown as NetworkIds,
      checklist: undefined as unknown as ChecklistIds,
      differences: undefined as unknown as DifferenceIds,
      statistics: undefined as unknown as StatisticsIds,
      organisationId,
      bodyId: healthBody,
      departmentId: departments.find((d: { name: string }) => d.name === "HR-avdelningen").id,
      memberId: members.find((m: { email: string }) => m.email === "chef@norrbotten.demo").userId,
      caseIn: (status) => caseIn(actors, status),
      decided: { caseId: scheduled.caseId, meetingId: scheduled.meetingId as string, decisionId: decision.json().id },
    };
    const other = await t.loginAs("admin@vasterbotten.demo");
    vasterbottenId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
    norrbotten.network = await networkSetup(t, organisationId, vasterbottenId);
    norrbotten.checklist = await checklistSetup(t, organisationId);
    norrbotten.statistics = await statisticsSetup(t, organisationId);
    norrbotten.differences = await differenceSetup(t, organisationId);
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

/**
 * The rounds the matrix calls the network routes on, made by koordinator@norrbotten.demo
 * (network coordinator in both SKR (demo) and Norrbotten): Västerbotten first finishes an
 * early round of Norrbotten's, so that it may mentor in later ones.
 */
async function networkSetup(t: TestApp, norrbottenId: string, vasterbottenId: string): Promise<NetworkIds> {
  const coordinator = await t.loginAs("koordinator@norrbotten.demo");
  const memberships = (await coordinator.get("/api/v1/me")).json().memberships as {
    organisation: { id: string; name: string };
  }[];
  const skrId = memberships.find((m) => m.organisation.name === "SKR (demo)")?.organisation.id as string;
  const candidates = (await coordinator.get(`/api/v1/organisations/${norrbottenId}/network-candidates`)).json();
  const gavleborgId = candidates.organisations.find((o: { name: string }) => o.name === "Region Gävleborg (demo)").id;
  const ok = async (response: Promise<{ statusCode: number; body: string; json(): { id: string } }>) => {
    const answer = await response;
    if (answer.statusCode >= 300) throw new Error(`network set-up failed: ${answer.body}`);
    return answer.json();
  };
  const own = `/api/v1/organisations/${norrbottenId}/network-rounds`;
  let count = 0;
  const round = async (at: string, name: string, startsOn: string, endsOn?: string) =>
    (await ok(coordinator.post(at, { name, startsOn, ...(endsOn ? { endsOn } : {}) }))).id;

  const early = await round(own, "Matrisens tidiga omgång", "2019-01-01", "2020-06-30");
  await ok(coordinator.post(`${own}/${early}/members`, { organisationId: vasterbottenId }));

  const coordinatedId = await round(own, "Matrisens omgång", "2027-01-01");
  await ok(coordinator.post(`${own}/${coordinatedId}/members`, { organisationId: gavleborgId }));
  const group = await ok(coordinator.post(`${own}/${coordinatedId}/groups`, { name: "Matrisgruppen" }));
  const meeting = await ok(
    coordinator.post(`${own}/${coordinatedId}/learning-meetings`, { date: "2027-03-01", theme: "Kommunikation" }),
  );
  await ok(
    coordinator.post(`${own}/${coordinatedId}/mentors`, {
      organisationId: vasterbottenId,
      themes: [],
      learningMeetingIds: [],
    }),
  );

  const skr = `/api/v1/organisations/${skrId}/network-rounds`;
  const joinedId = await round(skr, "Matrisens nätverk", "2026-06-01");
  await ok(coordinator.post(`${skr}/${joinedId}/members`, { organisationId: norrbottenId }));
  const joinedMeeting = await ok(
    coordinator.post(`${skr}/${joinedId}/learning-meetings`, { date: "2026-09-15", theme: "Analys och uppföljning" }),
  );

  return {
    coordinated: { roundId: coordinatedId, groupId: group.id, meetingId: meeting.id },
    member: { roundId: joinedId, meetingId: joinedMeeting.id },
    gavleborgId,
    vasterbottenId,
    freshRound: async (with_ = {}) => {
      count += 1;
      const id = await round(own, `Matrisens extra omgång ${count}`, "2027-06-01");
      if (with_.member) await ok(coordinator.post(`${own}/${id}/members`, { organisationId: gavleborgId }));
      if (with_.mentor) {
        await ok(
          coordinator.post(`${own}/${id}/mentors`, {
            organisationId: vasterbottenId,
            themes: [],
            learningMeetingIds: [],
          }),
        );
      }
      return id;
    },
  };
}

/** What the matrix calls the checklist routes on: a checklist of Norrbotten's own, its demo BM5, fresh assessments and measures. */
async function checklistSetup(t: TestApp, organisationId: string): Promise<ChecklistIds> {
  const base = `/api/v1/organisations/${organisationId}`;
  const admin = await t.loginAs("admin@norrbotten.demo");
  const strategist = await t.loginAs("granskare@norrbotten.demo");
  const checklist = await admin.post(`${base}/checklists`, { definition: MATRIX_CHECKLIST });
  const columns = (await strategist.get(`${base}/assessments`)).json().table.columns;
  const created = async (response: Promise<{ statusCode: number; body: string; json(): { id: string } }>) => {
    const settled = await response;
    if (settled.statusCode !== 201) throw new Error(`setup failed (${settled.statusCode}): ${settled.body}`);
    return settled.json().id;
  };
  let fresh = 0;
  return {
    checklistId: checklist.json().id,
    assessmentId: columns.find((column: { occasion: string }) => column.occasion === "BM5").id,
    freshAssessment: () => {
      fresh += 1;
      return created(
        strategist.post(`${base}/assessments`, {
          occasion: `Matrisens tillfälle ${fresh}`,
          date: "2021-02-01",
          participants: [],
        }),
      );
    },
    freshMeasure: () =>
      created(strategist.post(`${base}/measures`, { itemNo: 1, title: "Matrisens åtgärd", owner: "" })),
  };
}

/** What the matrix calls the difference routes on: flagged differences of Norrbotten's and measures on them. */
async function differenceSetup(t: TestApp, organisationId: string): Promise<DifferenceIds> {
  const db = t.application.database.db;
  const service = new DifferenceService(db);
  const analyst = await t.loginAs("analytiker@norrbotten.demo");
  let count = 0;
  const freshDifference = async () => {
    count += 1;
    const indicatorId = await insertIndicator(db, {
      organisationId,
      name: `Matrisens indikator ${count}`,
      measureKind: "share",
      values: [
        { period: "2030", areaCode: "25", sex: "K", value: 40, count: null },
        { period: "2030", areaCode: "25", sex: "M", value: 60, count: null },
      ],
    });
    await service.refreshFlags(organisationId, [indicatorId]);
    const listed = await analyst.get(`/api/v1/organisations/${organisationId}/differences?indicatorId=${indicatorId}`);
    const id = listed.json().differences[0]?.id as string | undefined;
    if (!id) throw new Error(`difference set-up failed: ${listed.body}`);
    return id;
  };
  const differenceId = await freshDifference();
  return {
    differenceId,
    freshDifference,
    freshMeasure: async () => {
      const response = await analyst.post(
        `/api/v1/organisations/${organisationId}/differences/${differenceId}/measures`,
        {
          description: "Matrisens åtgärd",
          owner: "Verksamhetschef",
          dueDate: "2027-12-31",
        },
      );
      if (response.statusCode !== 201) throw new Error(`measure set-up failed: ${response.body}`);
      return { differenceId, measureId: response.json().id };
    },
  };
}
