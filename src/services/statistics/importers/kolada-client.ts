import {
  type ImportMessage,
  type ImportResult,
  importMessage,
  type Observation,
  type RejectedRow,
} from "../../../core/statistics/observation.js";
import { parseKoladaResponse } from "./kolada-response.js";

/**
 * A client for Kolada's live API v3 data calls, `/data/kpi/{ids}/municipality/{ids}/year/{years}`
 * (and `/oudata/kpi/{ids}/ou/{ids}/year/{years}` for units). It asks for at most 25 ids a list,
 * follows `next_url` page by page, and reports each request's outcome as a value.
 */

export const KOLADA_BASE_URL = "https://api.kolada.se/v3";

/** Most ids Kolada takes in one list of a data call. */
export const KOLADA_MAX_IDS = 25;

/** The part of `fetch` the client calls; the application passes the global one, tests a fake. */
export type KoladaFetch = (
  url: string,
  init: { readonly headers: Readonly<Record<string, string>>; readonly signal?: AbortSignal },
) => Promise<{ readonly ok: boolean; readonly status: number; json(): Promise<unknown> }>;

export interface KoladaClientOptions {
  readonly fetch: KoladaFetch;
  /** `KOLADA_BASE_URL` unless given (a mirror, a test server). WARNING: an invalid URL throws. */
  readonly baseUrl?: string;
  /** Most pages followed for one request (5,000 rows a page); 100 unless given. */
  readonly maxPages?: number;
  readonly signal?: AbortSignal;
}

export interface KoladaQuery {
  /** KPI ids ("N15428"); at least one. */
  readonly kpis: readonly string[];
  /** Municipality or region ids ("0180", "0025"), or unit ids with `units`; none: all. */
  readonly areas?: readonly string[];
  /** Years; none: all. */
  readonly years?: readonly (string | number)[];
  /** Ask for organisational units (`oudata`) instead of municipalities and regions. */
  readonly units?: boolean;
}

/** One data call (the ids of one batch) and how it went. */
export interface KoladaRequest {
  readonly url: string;
  readonly kpis: readonly string[];
  readonly areas: readonly string[];
  readonly years: readonly string[];
  readonly outcome:
    | { readonly kind: "fetched"; readonly pages: number }
    | { readonly kind: "failed"; readonly pages: number; readonly reason: ImportMessage };
}

export interface KoladaFetchResult extends ImportResult {
  /** One per batch, in the order asked. */
  readonly requests: readonly KoladaRequest[];
  /**
   * True when every request got all its pages.
   * WARNING: when false, `observations` hold only the requests that were fetched whole.
   */
  readonly complete: boolean;
}

function batches<T>(items: readonly T[]): T[][] {
  const unique = [...new Set(items)];
  if (unique.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let start = 0; start < unique.length; start += KOLADA_MAX_IDS) {
    chunks.push(unique.slice(start, start + KOLADA_MAX_IDS));
  }
  return chunks;
}

function segment(name: string, ids: readonly string[]): string {
  return ids.length === 0 ? "" : `/${name}/${ids.map(encodeURIComponent).join(",")}`;
}

/** The data calls for a query: every combination of batches of at most 25 KPIs, areas and years. */
export function koladaRequests(
  query: KoladaQuery,
  baseUrl: string = KOLADA_BASE_URL,
): Pick<KoladaRequest, "url" | "kpis" | "areas" | "years">[] {
  const base = baseUrl.replace(/\/+$/, "");
  const kpis = query.kpis.map((id) => id.trim()).filter((id) => id !== "");
  if (kpis.length === 0) return [];
  const areas = (query.areas ?? []).map((id) => id.trim()).filter((id) => id !== "");
  const years = (query.years ?? []).map((year) => String(year).trim()).filter((year) => year !== "");
  const [data, area] = query.units ? ["oudata", "ou"] : ["data", "municipality"];
  const requests: Pick<KoladaRequest, "url" | "kpis" | "areas" | "years">[] = [];
  for (const kpiBatch of batches(kpis)) {
    for (const areaBatch of batches(areas)) {
      for (const yearBatch of batches(years)) {
        const path = `${segment("kpi", kpiBatch)}${segment(area, areaBatch)}${segment("year", yearBatch)}`;
        requests.push({ url: `${base}/${data}${path}`, kpis: kpiBatch, areas: areaBatch, years: yearBatch });
      }
    }
  }
  return requests;
}

/**
 * Fetches a query's data, one request after another. A request that fails (an HTTP error, no
 * answer, an answer that is not Kolada's, a `next_url` to another host or back to a page already
 * read) contributes nothing, not even its first pages, and says why in `requests`.
 */
export async function fetchKoladaData(query: KoladaQuery, options: KoladaClientOptions): Promise<KoladaFetchResult> {
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  const requests: KoladaRequest[] = [];
  let rows = 0;
  for (const request of koladaRequests(query, options.baseUrl)) {
    const read = await fetchPages(request.url, rows, options);
    if (read.kind === "failed") {
      requests.push({ ...request, outcome: { kind: "failed", pages: read.pages, reason: read.reason } });
      continue;
    }
    observations.push(...read.observations);
    rejected.push(...read.rejected);
    rows = read.rows;
    requests.push({ ...request, outcome: { kind: "fetched", pages: read.pages } });
  }
  const complete = requests.every((request) => request.outcome.kind === "fetched");
  return { kind: "imported", observations, rejected, warnings: [], requests, complete };
}

type PagesRead =
  | { kind: "fetched"; pages: number; rows: number; observations: Observation[]; rejected: RejectedRow[] }
  | { kind: "failed"; pages: number; reason: ImportMessage };

async function fetchPages(first: string, rowsBefore: number, options: KoladaClientOptions): Promise<PagesRead> {
  const origin = new URL(options.baseUrl ?? KOLADA_BASE_URL).origin;
  const maxPages = options.maxPages ?? 100;
  const seen = new Set<string>();
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  let rows = rowsBefore;
  let url: string | null = first;
  while (url !== null) {
    const failed = (reason: ImportMessage): PagesRead => ({ kind: "failed", pages: seen.size, reason });
    const next: URL | null = URL.canParse(url, first) ? new URL(url, first) : null;
    if (next === null || next.origin !== origin)
      return failed(importMessage("statistics.import.failed.foreignNextUrl", { url }));
    if (seen.has(next.href)) return failed(importMessage("statistics.import.failed.repeatedPage", { url: next.href }));
    if (seen.size >= maxPages) return failed(importMessage("statistics.import.failed.pageLimit", { pages: maxPages }));
    seen.add(next.href);
    const body = await fetchJson(next.href, options);
    if (body.kind === "failed") return failed(body.reason);
    const page = parseKoladaResponse(body.json, rows);
    if (page.kind === "failed") return failed(page.reasons[0] ?? importMessage("statistics.import.failed.notKolada"));
    observations.push(...page.observations);
    rejected.push(...page.rejected);
    rows += page.entries;
    url = page.nextUrl;
  }
  return { kind: "fetched", pages: seen.size, rows, observations, rejected };
}

async function fetchJson(
  url: string,
  options: KoladaClientOptions,
): Promise<{ kind: "fetched"; json: unknown } | { kind: "failed"; reason: ImportMessage }> {
  let response: Awaited<ReturnType<KoladaFetch>>;
  try {
    response = await options.fetch(url, {
      headers: { accept: "application/json" },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: "failed", reason: importMessage("statistics.import.failed.network", { url, detail }) };
  }
  if (!response.ok) {
    return { kind: "failed", reason: importMessage("statistics.import.failed.http", { url, status: response.status }) };
  }
  try {
    return { kind: "fetched", json: await response.json() };
  } catch {
    return { kind: "failed", reason: importMessage("statistics.import.failed.notJson") };
  }
}
