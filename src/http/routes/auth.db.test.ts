import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { DEMO_PASSWORD } from "../../services/index.js";

describe.each(testDatabases())("accounts and sessions on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database.create(), { loginAttempts: { max: 5, windowMs: 60_000 } });
  });
  afterAll(() => t.close());

  it("logs in with the right password and returns the user's memberships", async () => {
    const client = t.client();
    const response = await client.post("/api/v1/auth/login", {
      email: "Analytiker@Norrbotten.demo ",
      password: DEMO_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me.email).toBe("analytiker@norrbotten.demo");
    expect(me.memberships.map((m: { organisation: { name: string } }) => m.organisation.name)).toEqual([
      "Region Norrbotten (demo)",
      "Region Västerbotten (demo)",
    ]);
    expect((await client.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("sets a session cookie that scripts cannot read and other sites do not send", async () => {
    const response = await t
      .client()
      .post("/api/v1/auth/login", { email: "chef@norrbotten.demo", password: DEMO_PASSWORD });
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/jamt_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("marks the session cookie Secure when the request came over HTTPS through a trusted proxy", async () => {
    const proxied = await startTestApp(database.create(), { trustProxy: true });
    try {
      const client = proxied.client();
      const https = { "x-forwarded-proto": "https" };
      const csrf = await client.request({ method: "GET", url: "/api/v1/auth/csrf", headers: https });
      const token = csrf.json().csrfToken as string;
      const response = await client.request({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "chef@norrbotten.demo", password: DEMO_PASSWORD },
        headers: { "x-csrf-token": token, ...https },
      });
      expect(response.statusCode).toBe(200);
      expect(String(response.headers["set-cookie"])).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it("refuses a wrong password and an unknown e-mail with the same answer", async () => {
    const wrong = await t
      .client()
      .post("/api/v1/auth/login", { email: "chef@norrbotten.demo", password: "fel-lösenord-123" });
    const unknown = await t
      .client()
      .post("/api/v1/auth/login", { email: "ingen@norrbotten.demo", password: "fel-lösenord-123" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe("Fel e-postadress eller lösenord.");
  });

  it("refuses a log-in without a CSRF token", async () => {
    const response = await t.client().request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "chef@norrbotten.demo", password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("csrf");
  });

  it("refuses a state-changing request whose CSRF token belongs to another session", async () => {
    const victim = await t.loginAs("admin@norrbotten.demo");
    const attacker = t.client();
    const foreignToken = await attacker.fetchCsrfToken();
    const organisationId = (await victim.get("/api/v1/me")).json().memberships[0].organisation.id;
    const response = await victim.request({
      method: "POST",
      url: `/api/v1/organisations/${organisationId}/departments`,
      payload: { name: "Smugglad avdelning" },
      headers: { "x-csrf-token": foreignToken },
    });
    expect(response.statusCode).toBe(403);
    const departments = (await victim.get(`/api/v1/organisations/${organisationId}/departments`)).json().departments;
    expect(departments.map((d: { name: string }) => d.name)).not.toContain("Smugglad avdelning");
  });

  it("throttles repeated log-in attempts for one account and says when to try again", async () => {
    const client = t.client();
    const attempt = () =>
      client.post("/api/v1/auth/login", { email: "sekreterare@norrbotten.demo", password: "gissning-nummer-1" });
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(401);
    const throttled = await attempt();
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.message).toBe(
      "För många misslyckade inloggningsförsök. Vänta 1 min och försök igen.",
    );
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(50);
    // Even the right password is refused until the window has passed.
    const right = await client.post("/api/v1/auth/login", {
      email: "sekreterare@norrbotten.demo",
      password: DEMO_PASSWORD,
    });
    expect(right.statusCode).toBe(429);
  });

  it("does not count successful log-ins towards the limit", async () => {
    for (let i = 0; i < 7; i++) {
      const response = await t
        .client()
        .post("/api/v1/auth/login", { email: "chef@norrbotten.demo", password: DEMO_PASSWORD });
      expect(response.statusCode).toBe(200);
    }
  });

  it("logs out: the session no longer works", async () => {
    const client = await t.loginAs("fortroendevald@norrbotten.demo");
    expect((await client.post("/api/v1/auth/logout")).statusCode).toBe(204);
    const after = await client.get("/api/v1/me");
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe("unauthenticated");
  });

  it("changes the password, ends the user's other sessions and keeps this one", async () => {
    const here = await t.loginAs("koordinator@norrbotten.demo");
    const elsewhere = await t.loginAs("koordinator@norrbotten.demo");
    const response = await here.post("/api/v1/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "ett nytt långt lösenord",
    });
    expect(response.statusCode).toBe(204);
    expect((await here.get("/api/v1/me")).statusCode).toBe(200);
    expect((await elsewhere.get("/api/v1/me")).statusCode).toBe(401);
    const old = await t
      .client()
      .post("/api/v1/auth/login", { email: "koordinator@norrbotten.demo", password: DEMO_PASSWORD });
    expect(old.statusCode).toBe(401);
    const fresh = await t.client().post("/api/v1/auth/login", {
      email: "koordinator@norrbotten.demo",
      password: "ett nytt långt lösenord",
    });
    expect(fresh.statusCode).toBe(200);
  });

  it("refuses a password change with the wrong current password or a too short new one", async () => {
    const client = await t.loginAs("granskare@norrbotten.demo");
    const wrong = await client.post("/api/v1/auth/password", {
      currentPassword: "inte rätt alls",
      newPassword: "helt nytt lösenord",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe("wrong_current_password");
    const short = await client.post("/api/v1/auth/password", { currentPassword: DEMO_PASSWORD, newPassword: "kort" });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toBe("Lösenordet måste vara minst 12 tecken långt.");
    const still = await t
      .client()
      .post("/api/v1/auth/login", { email: "granskare@norrbotten.demo", password: DEMO_PASSWORD });
    expect(still.statusCode).toBe(200);
  });
});
