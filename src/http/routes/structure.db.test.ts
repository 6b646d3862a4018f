import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";

describe.each(testDatabases())("bodies and departments on $name", (database) => {
  let t: TestApp;
  let admin: TestClient;
  let url: (collection: string) => string;

  beforeAll(async () => {
    t = await startTestApp(database.create());
    admin = await t.loginAs("admin@norrbotten.demo");
    const organisationId = (await admin.get("/api/v1/me")).json().memberships[0].organisation.id;
    url = (collection) => `/api/v1/organisations/${organisationId}/${collection}`;
  });
  afterAll(() => t.close());

  it("lists the demo region's bodies with their kinds", async () => {
    const bodies = (await admin.get(url("bodies"))).json().bodies;
    expect(bodies).toContainEqual(
      expect.objectContaining({ name: "Regionfullmäktige", kind: "council", archived: false }),
    );
    expect(bodies).toContainEqual(expect.objectContaining({ name: "Regionstyrelsen", kind: "board" }));
  });

  it("creates, renames, archives and restores a body", async () => {
    const created = await admin.post(url("bodies"), { name: "  Kulturnämnden ", kind: "committee" });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "Kulturnämnden", kind: "committee", archived: false });
    const id = created.json().id;

    const renamed = await admin.patch(`${url("bodies")}/${id}`, { name: "Kultur- och bildningsnämnden" });
    expect(renamed.json()).toMatchObject({ name: "Kultur- och bildningsnämnden", kind: "committee" });

    expect((await admin.patch(`${url("bodies")}/${id}`, { archived: true })).json().archived).toBe(true);
    expect((await admin.patch(`${url("bodies")}/${id}`, { archived: false })).json().archived).toBe(false);
  });

  it("refuses a second department with the same name and keeps the first", async () => {
    expect((await admin.post(url("departments"), { name: "Planeringsenheten" })).statusCode).toBe(201);
    const twin = await admin.post(url("departments"), { name: "Planeringsenheten" });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.message).toBe("Det finns redan en avdelning med namnet ”Planeringsenheten”.");
    const names = (await admin.get(url("departments"))).json().departments.map((d: { name: string }) => d.name);
    expect(names.filter((n: string) => n === "Planeringsenheten")).toHaveLength(1);
  });

  it("refuses renaming a body to the name of another", async () => {
    const bodies = (await admin.get(url("bodies"))).json().bodies;
    const patient = bodies.find((b: { name: string }) => b.name === "Patientnämnden");
    const response = await admin.patch(`${url("bodies")}/${patient.id}`, { name: "Regionstyrelsen" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("duplicate_body_name");
  });

  it("allows the same name in two organisations", async () => {
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherId = (await other.get("/api/v1/me")).json().memberships[0].organisation.id;
    const response = await other.post(`/api/v1/organisations/${otherId}/departments`, { name: "Planeringsenheten" });
    expect(response.statusCode).toBe(201);
  });

  it("answers 404 for a unit id that is not in the organisation", async () => {
    const response = await admin.patch(`${url("departments")}/00000000-0000-7000-8000-000000000000`, { name: "X" });
    expect(response.statusCode).toBe(404);
  });
});
