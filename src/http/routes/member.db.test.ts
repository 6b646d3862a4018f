import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";

describe.each(testDatabases())("members and roles on $name", (database) => {
  let t: TestApp;
  let admin: TestClient;
  let organisationId: string;
  let vasterbottenId: string;
  const membersUrl = (id = organisationId) => `/api/v1/organisations/${id}/members`;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    admin = await t.loginAs("admin@norrbotten.demo");
    organisationId = (await admin.get("/api/v1/me")).json().memberships[0].organisation.id;
    const other = await t.loginAs("admin@vasterbotten.demo");
    vasterbottenId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
  });
  afterAll(() => t.close());

  it("creates an account with roles that can log in at once", async () => {
    const created = await admin.post(membersUrl(), {
      email: "Elin.Strand@Norrbotten.demo",
      displayName: "Elin Strand",
      password: "välkommen till jämt",
      roles: ["case_officer", "analyst"],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: "elin.strand@norrbotten.demo", roles: ["analyst", "case_officer"] });
    const login = await t
      .client()
      .post("/api/v1/auth/login", { email: "elin.strand@norrbotten.demo", password: "välkommen till jämt" });
    expect(login.statusCode).toBe(200);
    expect(login.json().memberships[0].roles).toEqual(["analyst", "case_officer"]);
  });

  it("adds a person who already has an account elsewhere without touching their password", async () => {
    const otherAdmin = await t.loginAs("admin@vasterbotten.demo");
    const added = await otherAdmin.post(membersUrl(vasterbottenId), {
      email: "chef@norrbotten.demo",
      displayName: "Namnet ignoreras",
      password: "ett annat lösenord",
      roles: ["manager"],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().displayName).toBe("Karin Öberg");
    const chef = await t.loginAs("chef@norrbotten.demo");
    expect((await chef.get("/api/v1/organisations")).json().organisations).toHaveLength(2);
  });

  it("refuses to add someone who is already a member", async () => {
    const again = await admin.post(membersUrl(), {
      email: "granskare@norrbotten.demo",
      displayName: "Greta",
      roles: ["analyst"],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("duplicate_member");
  });

  it("refuses a member without roles, an unknown role or a weak password", async () => {
    const noRoles = await admin.post(membersUrl(), { email: "a@norrbotten.demo", displayName: "A", roles: [] });
    expect(noRoles.statusCode).toBe(400);
    const badRole = await admin.post(membersUrl(), { email: "b@norrbotten.demo", displayName: "B", roles: ["kung"] });
    expect(badRole.statusCode).toBe(400);
    const weak = await admin.post(membersUrl(), {
      email: "c@norrbotten.demo",
      displayName: "C",
      password: "kort",
      roles: ["manager"],
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("password_too_short");
    const noPassword = await admin.post(membersUrl(), {
      email: "d@norrbotten.demo",
      displayName: "D",
      roles: ["manager"],
    });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().error.message).toBe("Ett nytt konto behöver ett startlösenord.");
    const members = (await admin.get(membersUrl())).json().members.map((m: { email: string }) => m.email);
    expect(members).not.toContain("c@norrbotten.demo");
    expect(members).not.toContain("d@norrbotten.demo");
  });

  it("changes a member's roles, and removes the member when no roles remain", async () => {
    const members = (await admin.get(membersUrl())).json().members;
    const officer = members.find((m: { email: string }) => m.email === "handlaggare@norrbotten.demo");
    const changed = await admin.put(`${membersUrl()}/${officer.userId}/roles`, { roles: ["case_officer", "reviewer"] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().roles).toEqual(["case_officer", "reviewer"]);

    const removed = await admin.put(`${membersUrl()}/${officer.userId}/roles`, { roles: [] });
    expect(removed.statusCode).toBe(204);
    const officerClient = await t.loginAs("handlaggare@norrbotten.demo");
    expect((await officerClient.get(`/api/v1/organisations/${organisationId}`)).statusCode).toBe(404);
  });

  it("never leaves an organisation without an administrator", async () => {
    const members = (await admin.get(membersUrl())).json().members;
    const self = members.find((m: { email: string }) => m.email === "admin@norrbotten.demo");
    const response = await admin.put(`${membersUrl()}/${self.userId}/roles`, { roles: ["manager"] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe("Organisationen måste ha minst en administratör kvar.");
    const after = (await admin.get(membersUrl()))
      .json()
      .members.find((m: { email: string }) => m.email === "admin@norrbotten.demo");
    expect(after.roles).toEqual(["administrator"]);
  });

  it("cannot change the roles of someone outside the organisation", async () => {
    const otherAdmin = await t.loginAs("admin@vasterbotten.demo");
    const vMembers = (await otherAdmin.get(membersUrl(vasterbottenId))).json().members;
    const vOfficer = vMembers.find((m: { email: string }) => m.email === "handlaggare@vasterbotten.demo");
    const response = await admin.put(`${membersUrl()}/${vOfficer.userId}/roles`, { roles: ["administrator"] });
    expect(response.statusCode).toBe(404);
  });
});
