import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchKoladaData, KOLADA_BASE_URL, type KoladaFetch, koladaRequests } from "./kolada-client.js";

/** Made-up Kolada pages (test/fixtures/kolada/README.md). No test reaches the network. */
const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/kolada/", import.meta.url));

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(FIXTURES + name, "utf8"));
}

const PAGE_1 = `${KOLADA_BASE_URL}/data/kpi/N01951/municipality/0180,0380,0025,G124163/year/2023`;
const PAGE_2 = `${PAGE_1}?page=2&per_page=2`;

/** A fake fetch that answers from a table of URL → body (or status), and records what was asked. */
function fakeFetch(answers: Record<string, unknown>): KoladaFetch & { urls: string[] } {
  const urls: string[] = [];
  const fake = async (url: string) => {
    urls.push(url);
    const answer = answers[url];
    if (answer === undefined) return { ok: false, status: 404, json: async () => ({}) };
    if (typeof answer === "number") return { ok: false, status: answer, json: async () => ({}) };
    if (answer instanceof Error) throw answer;
    return { ok: true, status: 200, json: async () => answer };
  };
  return Object.assign(fake, { urls });
}

const QUERY = { kpis: ["N01951"], areas: ["0180", "0380", "0025", "G124163"], years: [2023] };

describe("the Kolada client", () => {
  beforeEach(() => {
    vi.stubGlobal("fetch", () => {
      throw new Error("a test tried to reach the network");
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("follows next_url to the last page and numbers rows on across pages", async () => {
    const fetch = fakeFetch({ [PAGE_1]: fixture("n01951-page-1.json"), [PAGE_2]: fixture("n01951-page-2.json") });
    const result = await fetchKoladaData(QUERY, { fetch });
    expect(fetch.urls).toEqual([PAGE_1, PAGE_2]);
    expect(result.complete).toBe(true);
    expect(result.observations).toHaveLength(12);
    expect(result.observations.map((observation) => observation.areaCode).slice(-6)).toEqual([
      "0025",
      "0025",
      "0025",
      "G124163",
      "G124163",
      "G124163",
    ]);
    expect(result.requests).toEqual([
      { url: PAGE_1, kpis: ["N01951"], areas: QUERY.areas, years: ["2023"], outcome: { kind: "fetched", pages: 2 } },
    ]);
  });

  it("asks with an Accept header for JSON", async () => {
    const calls: Parameters<KoladaFetch>[] = [];
    const fetch: KoladaFetch = async (...args) => {
      calls.push(args);
      return { ok: true, status: 200, json: async () => fixture("n00945-undivided.json") };
    };
    await fetchKoladaData({ kpis: ["N00945"], areas: ["0000"] }, { fetch });
    expect(calls).toEqual([
      [`${KOLADA_BASE_URL}/data/kpi/N00945/municipality/0000`, { headers: { accept: "application/json" } }],
    ]);
  });

  it("uses the base URL it is given, and refuses a next_url to another host", async () => {
    const base = "http://localhost:8089/kolada/v3/";
    const first = "http://localhost:8089/kolada/v3/data/kpi/N01951/municipality/0180,0380,0025,G124163/year/2023";
    const fetch = fakeFetch({ [first]: fixture("n01951-page-1.json") });
    const result = await fetchKoladaData(QUERY, { fetch, baseUrl: base });
    expect(fetch.urls).toEqual([first]);
    expect(result.complete).toBe(false);
    expect(result.observations).toEqual([]);
    expect(result.requests[0]?.outcome).toEqual({
      kind: "failed",
      pages: 1,
      reason: { key: "statistics.import.failed.foreignNextUrl", params: { url: PAGE_2 } },
    });
  });

  it("asks for at most 25 ids a list, each id once", () => {
    const areas = Array.from({ length: 60 }, (_, index) => String(index + 1).padStart(4, "0"));
    const kpis = Array.from({ length: 30 }, (_, index) => `N${String(index).padStart(5, "0")}`);
    const requests = koladaRequests({ kpis: [...kpis, "N00000"], areas, years: [2022, 2023, "2023"] });
    expect(requests).toHaveLength(2 * 3);
    expect(requests.map((request) => [request.kpis.length, request.areas.length])).toEqual([
      [25, 25],
      [25, 25],
      [25, 10],
      [5, 25],
      [5, 25],
      [5, 10],
    ]);
    expect(requests[0]?.years).toEqual(["2022", "2023"]);
    for (const request of requests) {
      const lists = new URL(request.url).pathname.split("/").filter((part) => part.includes(","));
      for (const list of lists) expect(list.split(",").length).toBeLessThanOrEqual(25);
    }
  });

  it("asks for units under oudata, leaves out an empty list, and asks nothing without a KPI", () => {
    expect(koladaRequests({ kpis: ["N15033"], areas: ["V15E144001301"], years: [2023], units: true })[0]?.url).toBe(
      `${KOLADA_BASE_URL}/oudata/kpi/N15033/ou/V15E144001301/year/2023`,
    );
    expect(koladaRequests({ kpis: ["N15033"], years: [2023] })[0]?.url).toBe(
      `${KOLADA_BASE_URL}/data/kpi/N15033/year/2023`,
    );
    expect(koladaRequests({ kpis: [" "] })).toEqual([]);
  });

  it("reports an HTTP error for its batch as a value and keeps the batches that were fetched", async () => {
    const areas = Array.from({ length: 26 }, (_, index) => String(index + 1).padStart(4, "0"));
    const [first, second] = koladaRequests({ kpis: ["N00945"], areas });
    const fetch = fakeFetch({ [first?.url ?? ""]: fixture("n00945-undivided.json"), [second?.url ?? ""]: 503 });
    const result = await fetchKoladaData({ kpis: ["N00945"], areas }, { fetch });
    expect(result.complete).toBe(false);
    expect(result.observations).toHaveLength(2);
    expect(result.requests.map((request) => request.outcome)).toEqual([
      { kind: "fetched", pages: 1 },
      {
        kind: "failed",
        pages: 1,
        reason: { key: "statistics.import.failed.http", params: { url: second?.url ?? "", status: 503 } },
      },
    ]);
  });

  it("reports a network failure, an answer that is not Kolada's, a page that points back, and too many pages", async () => {
    const url = `${KOLADA_BASE_URL}/data/kpi/N00945`;
    const outcome = async (answer: unknown, maxPages?: number) =>
      (
        await fetchKoladaData(
          { kpis: ["N00945"] },
          { fetch: fakeFetch({ [url]: answer }), ...(maxPages ? { maxPages } : {}) },
        )
      ).requests[0]?.outcome;
    expect(await outcome(new TypeError("fetch failed"))).toEqual({
      kind: "failed",
      pages: 1,
      reason: { key: "statistics.import.failed.network", params: { url, detail: "fetch failed" } },
    });
    expect(await outcome({ error: "oops" })).toMatchObject({ reason: { key: "statistics.import.failed.notKolada" } });
    expect(await outcome({ values: [], next_url: url })).toMatchObject({
      reason: { key: "statistics.import.failed.repeatedPage" },
    });
    expect(await outcome({ values: [], next_url: `${url}?page=2` }, 1)).toMatchObject({
      reason: { key: "statistics.import.failed.pageLimit", params: { pages: 1 } },
    });
  });
});
