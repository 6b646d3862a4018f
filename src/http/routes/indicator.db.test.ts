import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/support/test-app.js";
import { testDatabases } from "../../../test/support/test-database.js";
import { parseScbResponse } from "../../services/statistics/importers/index.js";

const SHARED = path.resolve(import.meta.dirname, "../../../../shared/data");
const shared = (name: string) => readFileSync(path.join(SHARED, name));
const utf8 = (text: string) => new TextEncoder().encode(text);

type Published = { kind: "shown"; value: number | null } | { kind: "suppressed" };
interface ValueView {
  period: string;
  areaCode: string;
  sex: "K" | "M" | "T" | null;
  ageBand: string | null;
  value: Published;
  count: Published | null;
}

/** Headers the guesser cannot place ("Resultat", "Individer"): the mapping has to name them. */
const MAPPED_CSV = [
  "Nyckeltal;Period;Kommunkod;Kommunnamn;Kön;Resultat;Individer",
  "Andel som fått hemtjänst;2024;2580;Luleå;K;71,5;286",
  "Andel som fått hemtjänst;2024;2580;Luleå;M;64,0;192",
  "Andel som fått hemtjänst;2024;2581;Piteå;K;70,0;140",
  "Andel som fått hemtjänst;2024;2581;Piteå;M;58,5;117",
].join("\n");
const MAPPING = { value: "Resultat", count: "Individer", indicatorName: null };

/** A file with two bad rows (4: a value that is not a number; 5: an unknown sex). */
const BAD_CSV = [
  "Indikator;År;Kommun;Kön;Värde",
  "Väntetid vårdcentral;2024;2580;K;12",
  "Väntetid vårdcentral;2024;2580;M;9",
  "Väntetid vårdcentral;2024;2581;K;tolv",
  "Väntetid vårdcentral;2024;2581;X;10",
].join("\n");

/** Counts by sex in three areas: 3 women in Arjeplog is a small cell, and one more cell of its row must go. */
const SMALL_CELLS_CSV = [
  "Indikator;År;Kommun;Kön;Värde;Antal",
  "Antal med insats;2024;2506;K;3;3",
  "Antal med insats;2024;2506;M;40;40",
  "Antal med insats;2024;2506;T;43;43",
  "Antal med insats;2024;2580;K;120;120",
  "Antal med insats;2024;2580;M;95;95",
  "Antal med insats;2024;2580;T;215;215",
  "Antal med insats;2024;2581;K;60;60",
  "Antal med insats;2024;2581;M;0;0",
  "Antal med insats;2024;2581;T;60;60",
].join("\n");

/** Two pages of a Kolada answer, the first pointing at the second with next_url. */
function koladaPages(base: string) {
  return {
    "/v3/data/kpi/N15428/municipality/2580,2581/year/2023": {
      count: 2,
      values: [
        {
          kpi: "N15428",
          municipality: "2580",
          period: 2023,
          values: [
            { count: 1, gender: "K", status: "", value: 74.1 },
            { count: 1, gender: "M", status: "", value: 61.9 },
            { count: 1, gender: "T", status: "", value: 68.0 },
          ],
        },
      ],
      next_url: `${base}/v3/data/kpi/N15428/municipality/2580,2581/year/2023?page=2`,
    },
    "/v3/data/kpi/N15428/municipality/2580,2581/year/2023?page=2": {
      count: 2,
      values: [
        {
          kpi: "N15428",
          municipality: "2581",
          period: "2023",
          values: [
            { count: 1, gender: "K", status: "", value: null },
            { count: 1, gender: "M", status: "", value: 55.5 },
          ],
        },
      ],
      next_url: null,
    },
  } as Record<string, unknown>;
}

describe.each(testDatabases())("indicators on $name", (database) => {
  let t: TestApp;
  let analyst: TestClient;
  let admin: TestClient;
  let base: string;
  let kolada: Server;
  const koladaRequests: string[] = [];

  beforeAll(async () => {
    kolada = createServer((request, response) => {
      koladaRequests.push(request.url ?? "");
      const page = koladaPages(`http://127.0.0.1:${(kolada.address() as AddressInfo).port}`)[request.url ?? ""];
      response.writeHead(page ? 200 : 404, { "content-type": "application/json" });
      response.end(JSON.stringify(page ?? { error: "not found" }));
    });
    await new Promise<void>((resolve) => kolada.listen(0, "127.0.0.1", resolve));
    const port = (kolada.address() as AddressInfo).port;
    t = await startTestApp(database.create(), { koladaUrl: `http://127.0.0.1:${port}/v3` });
    admin = await t.loginAs("admin@norrbotten.demo");
    const organisationId = (await admin.get("/api/v1/me")).json().memberships[0].organisation.id;
    base = `/api/v1/organisations/${organisationId}`;
    analyst = await t.loginAs("analytiker@norrbotten.demo");
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => kolada.close(resolve));
  });

  const upload = (client: TestClient, url: string, bytes: Uint8Array) => client.upload(`${base}/${url}`, bytes);
  const names = async () =>
    (await analyst.get(`${base}/indicators`)).json().indicators.map((i: { name: string }) => i.name) as string[];
  const view = async (id: string) => (await analyst.get(`${base}/indicators/${id}`)).json();
  const valueOf = (values: ValueView[], areaCode: string, sex: string, extra: Partial<ValueView> = {}) =>
    values.find(
      (v) =>
        v.areaCode === areaCode &&
        v.sex === sex &&
        Object.entries(extra).every(([key, value]) => (v as unknown as Record<string, unknown>)[key] === value),
    ) as ValueView;

  it("previews a file with the guessed mapping, then with the columns the analyst chose, and imports it", async () => {
    const guessed = await upload(analyst, "indicators/import/preview?fileName=hemtjanst.csv", utf8(MAPPED_CSV));
    expect(guessed.statusCode, guessed.body).toBe(200);
    expect(guessed.json()).toMatchObject({ format: "csv", total: 4 });
    expect(guessed.json().mapping.value).toBeNull();
    expect(guessed.json().problems).toContain("Välj vilken kolumn som anger värdet.");

    const mapping = encodeURIComponent(JSON.stringify(MAPPING));
    const chosen = await upload(
      analyst,
      `indicators/import/preview?fileName=hemtjanst.csv&mapping=${mapping}`,
      utf8(MAPPED_CSV),
    );
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().problems).toEqual([]);
    expect(chosen.json().rows[0]).toMatchObject({
      row: 2,
      observation: { indicatorId: "Andel som fått hemtjänst", areaCode: "2580", sex: "K", value: 71.5, count: 286 },
      reason: null,
    });

    const before = await names();
    expect(before).not.toContain("Andel som fått hemtjänst");
    const imported = await upload(
      analyst,
      `indicators/import?fileName=hemtjanst.csv&mapping=${mapping}&measureKind=share&unit=procent`,
      utf8(MAPPED_CSV),
    );
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ imported: 4, rejected: [] });
    const [summary] = imported.json().indicators;
    expect(summary).toMatchObject({
      name: "Andel som fått hemtjänst",
      measureKind: "share",
      unit: "procent",
      sourceKind: "file",
      sourceLabel: "hemtjanst.csv",
      role: "indicator",
      periods: ["2024"],
      latestPeriod: "2024",
      version: 1,
    });
    const read = await view(summary.id);
    expect(read.values).toHaveLength(4);
    expect(valueOf(read.values, "2581", "M")).toMatchObject({
      areaName: "Piteå",
      value: { kind: "shown", value: 58.5 },
      count: { kind: "shown", value: 117 },
    });
    expect(read.methods).toMatchObject({
      legalSex: true,
      minCell: 5,
      suppressionMark: "..",
      sources: ["hemtjanst.csv"],
    });

    // Importing the same file again replaces the figures instead of doubling them.
    await upload(analyst, `indicators/import?fileName=hemtjanst.csv&mapping=${mapping}`, utf8(MAPPED_CSV));
    expect((await view(summary.id)).values).toHaveLength(4);
  });

  it("imports an XLSX workbook, keeping area codes written as text with their leading zero", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.addRow(["Indikator", "År", "Län", "Kön", "Värde", "Antal"]);
    sheet.addRow(["Andel rökare", 2024, "025", "K", 9.5, 800]);
    sheet.addRow(["Andel rökare", 2024, "025", "M", 11.25, 760]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await upload(analyst, "indicators/import/preview?fileName=rokare.xlsx", bytes);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      format: "xlsx",
      headers: ["Indikator", "År", "Län", "Kön", "Värde", "Antal"],
    });
    const response = await upload(analyst, "indicators/import?fileName=rokare.xlsx&measureKind=share", bytes);
    expect(response.statusCode, response.body).toBe(201);
    const values = (await view(response.json().indicators[0].id)).values as ValueView[];
    expect(valueOf(values, "025", "M")).toMatchObject({ period: "2024", value: { kind: "shown", value: 11.25 } });
  });

  it("imports a saved Kolada answer through the same upload as SCB's", async () => {
    const page = koladaPages("http://127.0.0.1")["/v3/data/kpi/N15428/municipality/2580,2581/year/2023?page=2"];
    const bytes = utf8(
      JSON.stringify({ ...(page as object), values: [{ ...(page as { values: object[] }).values[0], kpi: "N99999" }] }),
    );
    const preview = await upload(analyst, "indicators/import/preview?fileName=kolada.json", bytes);
    expect(preview.json()).toMatchObject({ format: "kolada", total: 2 });
    const response = await upload(analyst, "indicators/import?fileName=kolada.json", bytes);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().indicators[0]).toMatchObject({ sourceKind: "kolada", name: "N99999", periods: ["2023"] });
  });

  it("refuses a file with bad rows with 422, naming each row and reason in Swedish, and stores nothing", async () => {
    const before = await names();
    const preview = await upload(analyst, "indicators/import/preview?fileName=vantetid.csv", utf8(BAD_CSV));
    expect(preview.json().rejected.map((r: { row: number }) => r.row)).toEqual([4, 5]);
    const response = await upload(analyst, "indicators/import?fileName=vantetid.csv", utf8(BAD_CSV));
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error.code).toBe("rows_rejected");
    expect(body.error.message).toContain("2 rader kunde inte importeras");
    expect(body.rejected).toEqual([
      { row: 4, reason: "Värdet ”tolv” är inte ett tal. Lämna cellen tom om värdet saknas." },
      { row: 5, reason: expect.stringContaining("Könet ”X” känns inte igen") },
    ]);
    expect(body.error.details.map((d: { message: string }) => d.message)).toEqual([
      expect.stringMatching(/^Rad 4: Värdet ”tolv”/),
      expect.stringMatching(/^Rad 5: Könet ”X”/),
    ]);
    expect(await names()).toEqual(before);
  });

  it("says the rejected rows in English when asked, and stores the good rows only when told to leave the bad ones out", async () => {
    const englishAnalyst = await t.loginAs("analytiker@norrbotten.demo");
    const response = await englishAnalyst.request({
      method: "POST",
      url: `${base}/indicators/import?fileName=vantetid.csv`,
      payload: Buffer.from(BAD_CSV),
      headers: {
        "content-type": "application/octet-stream",
        "accept-language": "en",
        "x-csrf-token": await englishAnalyst.fetchCsrfToken(),
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toContain("2 rows could not be imported");
    expect(response.json().rejected[0]).toEqual({
      row: 4,
      reason: expect.stringMatching(/^The value “tolv” is not a number/),
    });
    expect(response.json().error.details[1].message).toMatch(/^Row 5: /);
    expect(await names()).not.toContain("Väntetid vårdcentral");

    const accepted = await upload(
      analyst,
      "indicators/import?fileName=vantetid.csv&acceptRejected=true",
      utf8(BAD_CSV),
    );
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ imported: 2, rejected: [{ row: 4 }, { row: 5 }] });
    expect((await view(accepted.json().indicators[0].id)).values).toHaveLength(2);
  });

  it("imports SCB's JSON-stat 2.0 population table as denominators, keeping totals that differ from women + men", async () => {
    const bytes = shared("scb_pxweb_v2_TAB6471_population_region_age_sex_month.jsonstat2.json");
    const preview = await upload(analyst, "indicators/import/preview?fileName=TAB6471.json", bytes);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ format: "scb", total: 2772, rejected: [] });

    const response = await upload(analyst, "indicators/import?fileName=TAB6471.json&role=population", bytes);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().imported).toBe(2772);
    const [summary] = response.json().indicators;
    expect(summary).toMatchObject({
      role: "population",
      measureKind: "count",
      sourceKind: "scb",
      periods: ["2026M01", "2026M02", "2026M03", "2026M04"],
    });
    expect(summary.sourceLabel).toContain("TAB6471");
    const populations = (await analyst.get(`${base}/indicators?role=population`)).json().indicators;
    expect(populations.map((i: { id: string }) => i.id)).toContain(summary.id);
    const indicatorsOnly = (await analyst.get(`${base}/indicators?role=indicator`)).json().indicators;
    expect(indicatorsOnly.map((i: { id: string }) => i.id)).not.toContain(summary.id);

    // A cell SCB perturbed: the total is not women + men, and it is stored as SCB gave it.
    const parsed = parseScbResponse(bytes);
    if (parsed.kind !== "imported") throw new Error("the SCB file should parse");
    const figure = (area: string, age: string, sex: string) =>
      parsed.observations.find(
        (o) => o.period === "2026M01" && o.areaCode === area && o.ageBand?.code === age && o.sex === sex,
      )?.value as number;
    const perturbed = parsed.observations.find(
      (o) =>
        o.sex === "T" &&
        o.period === "2026M01" &&
        o.value !== figure(o.areaCode, o.ageBand?.code ?? "", "K") + figure(o.areaCode, o.ageBand?.code ?? "", "M"),
    );
    expect(perturbed).toBeDefined();
    const area = perturbed?.areaCode as string;
    const age = perturbed?.ageBand?.code as string;
    const values = (await view(summary.id)).values as ValueView[];
    const stored = (sex: string) => valueOf(values, area, sex, { period: "2026M01", ageBand: age }).value;
    expect(stored("T")).toEqual({ kind: "shown", value: perturbed?.value });
    expect(stored("K")).toEqual({ kind: "shown", value: figure(area, age, "K") });
    expect(stored("M")).toEqual({ kind: "shown", value: figure(area, age, "M") });
  });

  it("refuses a file over 25 MB with 413, naming the route's own limit", async () => {
    const response = await upload(analyst, "indicators/import?fileName=stor.csv", new Uint8Array(25 * 1024 * 1024 + 1));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toContain("25 MB");
  });

  it("imports SCB's JSON-stat 1.x and plain v1 JSON through the same upload", async () => {
    const jsonstat1 = await upload(
      analyst,
      "indicators/import?fileName=befolkning-2017.json&role=population",
      shared("scb_pxweb_v1_BefolkningNy_kon_2017.jsonstat1.json"),
    );
    expect(jsonstat1.statusCode, jsonstat1.body).toBe(201);
    expect(jsonstat1.json().warnings[0]).toContain("Riket");
    const v1 = await view(jsonstat1.json().indicators[0].id);
    expect(v1.values).toEqual([
      expect.objectContaining({ period: "2017", areaCode: "00", sex: "M", value: { kind: "shown", value: 5082662 } }),
    ]);

    const plain = await upload(
      analyst,
      "indicators/import?fileName=befolkning-2024.json&role=population",
      shared("scb_pxweb_v1_BefolkningNy_region_civilstand_alder_kon_2024.json"),
    );
    expect(plain.statusCode, plain.body).toBe(201);
    const plainValues = (await view(plain.json().indicators[0].id)).values as ValueView[];
    expect(plainValues.find((v) => v.period === "2024")).toMatchObject({
      areaCode: "00",
      sex: "M",
      ageBand: "0",
      value: { kind: "shown", value: 50937 },
    });

    const income = await upload(
      analyst,
      "indicators/import?fileName=medianinkomst.json",
      shared("scb_pxweb_v2_TAB3554_median_income_sex_total_1plus2.jsonstat2.json"),
    );
    expect(income.statusCode, income.body).toBe(201);
    expect(income.json().indicators[0]).toMatchObject({ unit: "tkr", periods: ["2020", "2021", "2022"] });
  });

  it("imports from Kolada's live API, following next_url, with a missing value kept missing", async () => {
    koladaRequests.length = 0;
    const response = await analyst.post(`${base}/indicators/kolada`, {
      kpi: "N15428",
      municipalities: ["2580", "2581"],
      years: ["2023"],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(koladaRequests).toEqual([
      "/v3/data/kpi/N15428/municipality/2580,2581/year/2023",
      "/v3/data/kpi/N15428/municipality/2580,2581/year/2023?page=2",
    ]);
    expect(response.json()).toMatchObject({ imported: 5, rejected: [] });
    const summary = response.json().indicators[0];
    expect(summary).toMatchObject({ sourceKind: "kolada", sourceLabel: "Kolada", name: "N15428" });
    const values = (await view(summary.id)).values as ValueView[];
    expect(values).toHaveLength(5);
    expect(valueOf(values, "2580", "K").value).toEqual({ kind: "shown", value: 74.1 });
    expect(valueOf(values, "2581", "K")).toMatchObject({ value: { kind: "shown", value: null }, count: null });
  });

  it("flags a clear difference between women and men as soon as the figures are imported", async () => {
    const csv = [
      "Indikator;År;Kommun;Kön;Värde;Antal",
      "Andel med uppföljning;2024;2580;K;82;500",
      "Andel med uppföljning;2024;2580;M;61;500",
      "Andel med uppföljning;2024;2581;K;70;400",
      "Andel med uppföljning;2024;2581;M;69;400",
    ].join("\n");
    const response = await upload(analyst, "indicators/import?fileName=uppfoljning.csv&measureKind=share", utf8(csv));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().indicators[0]).toMatchObject({ measureKind: "share", openDifferences: 1 });
  });

  it("says so, and stores nothing, when Kolada cannot be fetched whole", async () => {
    const before = await names();
    const response = await analyst.post(`${base}/indicators/kolada`, {
      kpi: "N00000",
      municipalities: ["2580"],
      years: ["2023"],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("kolada_incomplete");
    expect(response.json().error.details[0].message).toContain("felkod 404");
    expect(await names()).toEqual(before);
  });

  describe("disclosure control", () => {
    let indicatorId: string;

    beforeAll(async () => {
      const response = await upload(
        analyst,
        "indicators/import?fileName=insatser.csv&measureKind=count",
        utf8(SMALL_CELLS_CSV),
      );
      expect(response.statusCode, response.body).toBe(201);
      indicatorId = response.json().indicators[0].id;
    });

    it("withholds a small cell and a second cell of its row in the view, and never gives their figures", async () => {
      const { values, minCell } = await view(indicatorId);
      expect(minCell).toBe(5);
      const arjeplog = ["K", "M", "T"].map((sex) => valueOf(values, "2506", sex));
      expect(arjeplog[0]).toMatchObject({ value: { kind: "suppressed" }, count: { kind: "suppressed" } });
      // 40 men and 43 in all would give the 3 women back: one of them is withheld too.
      expect(arjeplog.filter((v) => v.value.kind === "suppressed").length).toBeGreaterThanOrEqual(2);
      for (const value of values as ValueView[]) {
        if (value.value.kind === "suppressed") expect(value.value).toEqual({ kind: "suppressed" });
      }
      // Zero names nobody and is shown.
      expect(valueOf(values, "2581", "M").value).toEqual({ kind: "shown", value: 0 });
      const shown = (values as ValueView[]).filter((v) => v.value.kind === "shown");
      expect(shown.map((v) => (v.value as { value: number }).value)).not.toContain(3);
    });

    it("writes withheld cells as '..' (never 0) in the CSV and XLSX exports, with a methods note", async () => {
      const csv = await analyst.get(`${base}/indicators/${indicatorId}/export.csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers["content-type"]).toContain("text/csv");
      const lines = csv.body.replace(/^\uFEFF/, "").split(/\r?\n/);
      expect(lines[0]).toBe("Indikator;Period;Områdeskod;Område;Kön;Åldersgrupp;Övriga indelningar;Värde;Antal;Enhet");
      const arjeplogWomen = lines.find((line) => line.includes(";2506;") && line.includes(";Kvinnor;")) as string;
      expect(arjeplogWomen.split(";").slice(7, 9)).toEqual(["..", ".."]);
      expect(lines.filter((line) => line.includes(";2506;") && line.includes(";..;")).length).toBeGreaterThanOrEqual(2);
      expect(csv.body).toContain("Kön är juridiskt kön");
      expect(csv.body).toContain("Celler med 1–4 individer visas inte");
      expect(csv.body).toContain("insatser.csv");

      const xlsx = await analyst.get(`${base}/indicators/${indicatorId}/export.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("Värden");
      const rows: unknown[][] = [];
      sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const women = rows.find((row) => row[2] === "2506" && row[4] === "Kvinnor") as unknown[];
      expect(women.slice(7, 9)).toEqual(["..", ".."]);
      expect(rows.filter((row) => row[2] === "2506").map((row) => row[7])).not.toContain(3);
      const methods = workbook.getWorksheet("Metod");
      expect(methods?.rowCount).toBeGreaterThanOrEqual(4);
    });

    it("follows the organisation's threshold when an administrator changes it", async () => {
      const settings = (await analyst.get(`${base}/statistics/settings`)).json();
      const changed = await admin.put(`${base}/statistics/settings`, {
        minCell: 3,
        shareGapPoints: 4,
        relativeGapPercent: 12,
        version: settings.version,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toEqual({
        minCell: 3,
        shareGapPoints: 4,
        relativeGapPercent: 12,
        version: settings.version + 1,
      });
      const { values, minCell } = await view(indicatorId);
      expect(minCell).toBe(3);
      expect(valueOf(values, "2506", "K").value).toEqual({ kind: "shown", value: 3 });
      const restored = await admin.put(`${base}/statistics/settings`, {
        minCell: 5,
        shareGapPoints: 5,
        relativeGapPercent: 10,
        version: settings.version + 1,
      });
      expect(restored.statusCode).toBe(200);
    });
  });

  it("starts from the defaults and refuses a stale change of the settings", async () => {
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherBase = `/api/v1/organisations/${(await other.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    expect((await other.get(`${otherBase}/statistics/settings`)).json()).toEqual({
      minCell: 5,
      shareGapPoints: 5,
      relativeGapPercent: 10,
      version: 0,
    });
    const first = await other.put(`${otherBase}/statistics/settings`, {
      minCell: 10,
      shareGapPoints: 5,
      relativeGapPercent: 10,
      version: 0,
    });
    expect(first.json().version).toBe(1);
    const stale = await other.put(`${otherBase}/statistics/settings`, {
      minCell: 7,
      shareGapPoints: 5,
      relativeGapPercent: 10,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_settings");
    expect((await other.get(`${otherBase}/statistics/settings`)).json().minCell).toBe(10);
    const invalid = await other.put(`${otherBase}/statistics/settings`, {
      minCell: 0,
      shareGapPoints: 5,
      relativeGapPercent: 10,
      version: 1,
    });
    expect(invalid.statusCode).toBe(400);
  });

  it("links an indicator to a goal of the plan and to national sub-goals, refuses a stale change, and deletes it", async () => {
    const goal = await analyst.post(`${base}/plan-goals`, { title: "Jämställd vård" });
    expect(goal.statusCode).toBe(201);
    const goals = (await analyst.get(`${base}/plan-goals`)).json().goals;
    expect(goals.map((g: { title: string }) => g.title)).toContain("Jämställd vård");

    const imported = await upload(
      analyst,
      "indicators/import?fileName=vantetid2.csv&acceptRejected=true",
      utf8(BAD_CSV.replace(/Väntetid vårdcentral/g, "Väntetid BUP")),
    );
    const indicator = imported.json().indicators[0];
    const linked = await analyst.patch(`${base}/indicators/${indicator.id}`, {
      version: 1,
      description: "Dagar till första besök.",
      planGoalId: goal.json().id,
      nationalSubgoals: [5, 2],
      unit: "dagar",
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({
      planGoalId: goal.json().id,
      nationalSubgoals: [2, 5],
      unit: "dagar",
      version: 2,
    });
    expect((await view(indicator.id)).indicator.description).toBe("Dagar till första besök.");

    const stale = await analyst.patch(`${base}/indicators/${indicator.id}`, { version: 1, name: "Annat" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_indicator");
    const foreignGoal = await analyst.patch(`${base}/indicators/${indicator.id}`, {
      version: 2,
      planGoalId: "00000000-0000-7000-8000-000000000000",
    });
    expect(foreignGoal.statusCode).toBe(400);
    expect(foreignGoal.json().error.code).toBe("unknown_plan_goal");

    expect((await analyst.delete(`${base}/plan-goals/${goal.json().id}`)).statusCode).toBe(204);
    expect((await view(indicator.id)).indicator.planGoalId).toBeNull();

    expect((await analyst.delete(`${base}/indicators/${indicator.id}`)).statusCode).toBe(204);
    expect((await analyst.get(`${base}/indicators/${indicator.id}`)).statusCode).toBe(404);
    const audit = (await admin.get(`${base}/audit?entityType=indicator`)).json();
    const actions = (audit.entries as { entityId: string; action: string }[])
      .filter((entry) => entry.entityId === indicator.id)
      .map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["import", "update", "delete"]));
  });

  it("keeps each organisation's indicators to itself", async () => {
    const other = await t.loginAs("admin@vasterbotten.demo");
    const otherBase = `/api/v1/organisations/${(await other.get("/api/v1/me")).json().memberships[0].organisation.id}`;
    const mine = (await analyst.get(`${base}/indicators`)).json().indicators[0];
    expect((await other.get(`${otherBase}/indicators/${mine.id}`)).statusCode).toBe(404);
    expect((await other.get(`${base}/indicators`)).statusCode).toBe(404);
  });
});
