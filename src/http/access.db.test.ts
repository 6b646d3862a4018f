import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test/support/test-app.js";
import { testDatabases } from "../../test/support/test-database.js";
import { type Permission, ROLES, type Role, rolesGrant } from "../core/index.js";
import { DEMO_ACCOUNTS } from "../services/index.js";

interface Ids {
  organisationId: string;
  bodyId: string;
  departmentId: string;
  memberId: string;
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
    norrbotten = {
      organisationId,
      bodyId: bodies.find((b: { name: string }) => b.name === "Patientnämnden").id,
      departmentId: departments.find((d: { name: string }) => d.name === "HR-avdelningen").id,
      memberId: members.find((m: { email: string }) => m.email === "chef@norrbotten.demo").userId,
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
      for (const route of ROUTES) {
        const status = (await route.call(client, norrbotten, role)).statusCode;
        outcome[route.name] = status >= 200 && status < 300 ? 200 : status;
        expected[route.name] = rolesGrant([role], route.permission) ? 200 : 403;
      }
      expect(outcome).toEqual(expected);
    });
  });

  it("answers 404 for every route of an organisation the user does not belong to, even for an administrator", async () => {
    const outsider = await t.loginAs("admin@vasterbotten.demo");
    for (const route of ROUTES) {
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
    for (const route of ROUTES) {
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
    expect(operations).toHaveLength(ROUTES.length);
  });

  it("never lists another organisation's bodies", async () => {
    const officer = await t.loginAs("handlaggare@vasterbotten.demo");
    const organisations = (await officer.get("/api/v1/organisations")).json().organisations;
    expect(organisations.map((o: { name: string }) => o.name)).toEqual(["Region Västerbotten (demo)"]);
  });
});
