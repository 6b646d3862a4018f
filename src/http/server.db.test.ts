import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/support/test-app.js";
import { testDatabases } from "../../test/support/test-database.js";
import { DEMO_PASSWORD } from "../services/index.js";

describe.each(testDatabases())("the HTTP API on $name", (database) => {
  let t: TestApp;
  let organisationId: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    t = await startTestApp(database.create(), { logLevel: "trace", bodyLimit: 64 * 1024 }, logStream);
    const admin = await t.loginAs("admin@norrbotten.demo");
    organisationId = (await admin.get("/api/v1/me")).json().memberships[0].organisation.id;
  });
  afterAll(() => t.close());

  const departmentsUrl = () => `/api/v1/organisations/${organisationId}/departments`;

  describe("bad input", () => {
    it("answers malformed JSON with 400 and a Swedish message", async () => {
      const admin = await t.loginAs("admin@norrbotten.demo");
      const token = await admin.fetchCsrfToken();
      const response = await admin.request({
        method: "POST",
        url: departmentsUrl(),
        headers: { "content-type": "application/json", "x-csrf-token": token },
        payload: '{"name": "Trasig',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toEqual({
        code: "malformed_json",
        message: "Begäran innehåller ogiltig JSON. Kontrollera formatet.",
      });
    });

    it("answers in English when the client asks for English", async () => {
      const admin = t.client({ language: "en-GB,en;q=0.9" });
      await admin.post("/api/v1/auth/login", { email: "admin@norrbotten.demo", password: DEMO_PASSWORD });
      const response = await admin.post(departmentsUrl(), { name: "X", colour: "blue" });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toBe("The data is not valid.");
      expect(response.json().error.details).toEqual([{ path: "colour", message: "The field “colour” is unknown." }]);
    });

    it("names each unknown, missing or mistyped field and changes nothing", async () => {
      const admin = await t.loginAs("admin@norrbotten.demo");
      const before = (await admin.get(departmentsUrl())).json().departments.length;
      const unknown = await admin.post(departmentsUrl(), { name: "Ny enhet", namn: "stavfel" });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details).toEqual([{ path: "namn", message: "Fältet ”namn” är okänt." }]);

      const missing = await admin.post(departmentsUrl(), {});
      expect(missing.json().error.details).toEqual([{ path: "name", message: "Fältet ”Namn” måste anges." }]);

      const mistyped = await admin.post(departmentsUrl(), { name: 42 });
      expect(mistyped.json().error.details).toEqual([
        { path: "name", message: "Fältet ”Namn” har fel typ: text förväntades." },
      ]);

      const badKind = await admin.post(`/api/v1/organisations/${organisationId}/bodies`, {
        name: "Utskott",
        kind: "utskott",
      });
      expect(badKind.statusCode).toBe(400);
      expect(badKind.json().error.details[0].message).toMatch(/Tillåtna värden: council, board, committee, other/);
      expect((await admin.get(departmentsUrl())).json().departments.length).toBe(before);
    });

    it("refuses an oversized body with 413 and says the limit", async () => {
      const admin = await t.loginAs("admin@norrbotten.demo");
      const response = await admin.post(departmentsUrl(), { name: "x".repeat(70 * 1024) });
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toEqual({
        code: "body_too_large",
        message: "Begäran är för stor. Högst 64 kB är tillåtet.",
      });
    });

    it("refuses content that is not JSON with 415", async () => {
      const admin = await t.loginAs("admin@norrbotten.demo");
      const token = await admin.fetchCsrfToken();
      const response = await admin.request({
        method: "POST",
        url: departmentsUrl(),
        headers: { "content-type": "text/csv", "x-csrf-token": token },
        payload: "name\nEnhet",
      });
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe("unsupported_media_type");
    });

    it("answers an unknown API path with a JSON 404", async () => {
      const response = await t.client().get("/api/v1/finns-inte");
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    });
  });

  describe("the service around the API", () => {
    it("reports health with the database's state", async () => {
      const response = await t.client().get("/healthz");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "ok" });
    });

    it("publishes an OpenAPI 3.1 document of every route", async () => {
      const response = await t.client().get("/api/v1/openapi.json");
      expect(response.statusCode).toBe(200);
      const document = response.json();
      expect(document.openapi).toBe("3.1.0");
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          "/api/v1/auth/login",
          "/api/v1/me",
          "/api/v1/organisations/{organisationId}/members",
          "/api/v1/organisations/{organisationId}/audit",
        ]),
      );
      const login = document.paths["/api/v1/auth/login"].post;
      expect(login.requestBody.content["application/json"].schema.required).toEqual(["email", "password"]);
    });

    it("sends security headers", async () => {
      const response = await t.client().get("/healthz");
      expect(response.headers["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
    });

    it("writes structured logs that hold no password, cookie or CSRF token", async () => {
      const client = t.client();
      await client.post("/api/v1/auth/login", { email: "chef@norrbotten.demo", password: DEMO_PASSWORD });
      await client.post("/api/v1/auth/password", {
        currentPassword: DEMO_PASSWORD,
        newPassword: "hemligt-nytt-lösenord",
      });
      const log = logLines.join("");
      expect(logLines.length).toBeGreaterThan(0);
      for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
      expect(log).not.toContain(DEMO_PASSWORD);
      expect(log).not.toContain("hemligt-nytt-lösenord");
      expect(log).not.toMatch(/jamt_session=[A-Za-z0-9]/);
    });
  });
});
