import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { DEMO_PASSWORD } from "../../services/index.js";

describe.each(testDatabases())("the audit log on $name", (database) => {
  let t: TestApp;
  let admin: TestClient;
  let auditUrl: string;
  let organisationId: string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    admin = await t.loginAs("admin@norrbotten.demo");
    organisationId = (await admin.get("/api/v1/me")).json().memberships[0].organisation.id;
    auditUrl = `/api/v1/organisations/${organisationId}/audit`;
  });
  afterAll(() => t.close());

  it("records who created what, with a summary of the change", async () => {
    const created = (
      await admin.post(`/api/v1/organisations/${organisationId}/departments`, { name: "Folkhälsoenheten" })
    ).json();
    const { entries } = (await admin.get(`${auditUrl}?entityType=department&action=create`)).json();
    const entry = entries.find((e: { entityId: string }) => e.entityId === created.id);
    expect(entry).toMatchObject({
      actor: { displayName: "Ali Persson" },
      entityType: "department",
      action: "create",
      summary: { name: "Folkhälsoenheten" },
    });
  });

  it("records role changes with before and after", async () => {
    const members = (await admin.get(`/api/v1/organisations/${organisationId}/members`)).json().members;
    const chef = members.find((m: { email: string }) => m.email === "chef@norrbotten.demo");
    await admin.put(`/api/v1/organisations/${organisationId}/members/${chef.userId}/roles`, {
      roles: ["manager", "analyst"],
    });
    const { entries } = (await admin.get(`${auditUrl}?action=roles_changed`)).json();
    expect(entries[0].summary).toEqual({ before: ["manager"], after: ["manager", "analyst"] });
  });

  it("shows the sign-ins and password changes of the organisation's own members, never a password", async () => {
    const newPassword = "ett lösenord som aldrig loggas";
    const chef = await t.loginAs("chef@norrbotten.demo");
    await chef.post("/api/v1/auth/password", { currentPassword: DEMO_PASSWORD, newPassword });
    const { entries } = (await admin.get(`${auditUrl}?entityType=user&limit=500`)).json();
    const actions = entries.map((e: { action: string }) => e.action);
    expect(actions).toContain("login");
    expect(actions).toContain("password_changed");
    const everything = JSON.stringify((await admin.get(`${auditUrl}?limit=500`)).json());
    expect(everything).not.toContain(newPassword);
    expect(everything).not.toContain(DEMO_PASSWORD);
    expect(everything).not.toContain("$scrypt$");
  });

  it("keeps a member's sign-ins after the member leaves, and shows none from before a member joined", async () => {
    const members = (await admin.get(`/api/v1/organisations/${organisationId}/members`)).json().members;
    const officer = members.find((m: { email: string }) => m.email === "handlaggare@norrbotten.demo");
    await t.loginAs("handlaggare@norrbotten.demo");
    await admin.put(`/api/v1/organisations/${organisationId}/members/${officer.userId}/roles`, { roles: [] });
    const logins = async () =>
      (await admin.get(`${auditUrl}?entityType=user&action=login&limit=500`))
        .json()
        .entries.map((e: { entityId: string }) => e.entityId);
    expect(await logins()).toContain(officer.userId);

    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
    const vOfficer = (await other.get(`/api/v1/organisations/${otherId}/members`))
      .json()
      .members.find((m: { email: string }) => m.email === "handlaggare@vasterbotten.demo");
    await t.loginAs("handlaggare@vasterbotten.demo");
    await admin.post(`/api/v1/organisations/${organisationId}/members`, {
      email: "handlaggare@vasterbotten.demo",
      displayName: "Viktor",
      roles: ["analyst"],
    });
    expect(await logins()).not.toContain(vOfficer.userId);
  });

  it("never shows another organisation's entries", async () => {
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
    await other.post(`/api/v1/organisations/${otherId}/departments`, { name: "Västerbottens egen enhet" });
    const everything = JSON.stringify((await admin.get(`${auditUrl}?limit=500`)).json());
    expect(everything).not.toContain("Västerbottens egen enhet");
    expect(everything).not.toContain("Vera Holm");
  });

  it("filters by date and pages through the entries", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const all = (await admin.get(`${auditUrl}?from=${today}&to=${today}&limit=500`)).json();
    expect(all.total).toBeGreaterThan(2);
    const page = (await admin.get(`${auditUrl}?from=${today}&to=${today}&limit=2&offset=1`)).json();
    expect(page.entries.map((e: { id: string }) => e.id)).toEqual(
      all.entries.slice(1, 3).map((e: { id: string }) => e.id),
    );
    const none = (await admin.get(`${auditUrl}?to=2020-01-01`)).json();
    expect(none).toEqual({ total: 0, entries: [] });
    const badDate = await admin.get(`${auditUrl}?from=igår`);
    expect(badDate.statusCode).toBe(400);
  });

  it("is append-only in the database itself", async () => {
    const db = t.application.database.db;
    await expect(sql`update audit_log set action = 'tampered'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect((await admin.get(auditUrl)).json().total).toBeGreaterThan(0);
  });

  it("writes the entry in the same transaction as the change: when the entry fails, the change is undone", async () => {
    const db = t.application.database.db;
    const sqlite = database.name === "sqlite";
    await sql
      .raw(
        sqlite
          ? "create trigger audit_fails before insert on audit_log begin select raise(abort, 'audit down'); end"
          : `create function audit_fails() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$;
             create trigger audit_fails before insert on audit_log for each row execute function audit_fails()`,
      )
      .execute(db);
    try {
      const response = await admin.post(`/api/v1/organisations/${organisationId}/departments`, { name: "Spökenheten" });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.message).toMatch(/Ett oväntat fel inträffade/);
    } finally {
      await sql
        .raw(sqlite ? "drop trigger audit_fails" : "drop trigger audit_fails on audit_log; drop function audit_fails()")
        .execute(db);
    }
    const names = (await admin.get(`/api/v1/organisations/${organisationId}/departments`)).json().departments;
    expect(names.map((d: { name: string }) => d.name)).not.toContain("Spökenheten");
  });
});
