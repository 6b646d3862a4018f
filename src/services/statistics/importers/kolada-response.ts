import {
  type ImportFailure,
  type ImportMessage,
  type ImportResult,
  importFailure,
  importMessage,
  type Observation,
  type RejectedRow,
  type SexCode,
} from "../../../core/statistics/observation.js";
import { parseJsonText } from "./json-text.js";

/**
 * One page of Kolada's API v3 data answer:
 * `{"count": N, "values": [{"kpi", "municipality" (or "ou"), "period", "values": [{"gender", "value", "count", "status"}]}], "next_url"}`.
 * K/M/T are women, men and total; a null value stays missing; ids stay text ("0180").
 */

/** One page read: an import result that also says where the next page is. */
export interface KoladaPage extends ImportResult {
  /** The next page's address, or null on the last page. */
  readonly nextUrl: string | null;
  /** How many entries the page's `values` held, to number the rows of the next page on from. */
  readonly entries: number;
}

export type KoladaPageOutcome = KoladaPage | ImportFailure;

const GENDERS: ReadonlyMap<string, SexCode> = new Map([
  ["K", "K"],
  ["M", "M"],
  ["T", "T"],
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a saved response (the text of one page). A page that points to a next one gets a
 * warning, since the rest of the answer is not in the file.
 */
export function parseKoladaText(input: string | Uint8Array): KoladaPageOutcome {
  const document = parseJsonText(input);
  if (document === undefined) return importFailure(importMessage("statistics.import.failed.notJson"));
  const page = parseKoladaResponse(document);
  if (page.kind === "failed" || page.nextUrl === null) return page;
  return {
    ...page,
    warnings: [...page.warnings, importMessage("statistics.import.warnings.morePages", { url: page.nextUrl })],
  };
}

/**
 * Reads a page already parsed. Rows are the 1-based positions of the entries in `values`, plus
 * `rowOffset` (the entries of the pages before it), so that rows count on across pages.
 *
 * Kolada's own `count` on a value is the number of members of a group behind an unweighted
 * average, not a number of people, so it is not the observation's `count` (which stays null).
 */
export function parseKoladaResponse(document: unknown, rowOffset = 0): KoladaPageOutcome {
  if (!isRecord(document) || !Array.isArray(document.values)) {
    return importFailure(importMessage("statistics.import.failed.notKolada"));
  }
  const observations: Observation[] = [];
  const rejected: RejectedRow[] = [];
  for (const [index, entry] of document.values.entries()) {
    const row = rowOffset + index + 1;
    const read = readEntry(entry);
    if ("reason" in read) rejected.push({ row, reason: read.reason });
    else {
      observations.push(...read.observations);
      rejected.push(...read.problems.map((reason) => ({ row, reason })));
    }
  }
  const next = document.next_url;
  const nextUrl = typeof next === "string" && next.trim() !== "" ? next.trim() : null;
  return { kind: "imported", observations, rejected, warnings: [], nextUrl, entries: document.values.length };
}

type EntryRead = { readonly reason: ImportMessage } | { observations: Observation[]; problems: ImportMessage[] };

function readEntry(entry: unknown): EntryRead {
  if (!isRecord(entry) || !Array.isArray(entry.values))
    return { reason: importMessage("statistics.import.rejected.malformedEntry") };
  const { kpi, period } = entry;
  const area = entry.municipality ?? entry.ou;
  if (typeof kpi !== "string" || kpi.trim() === "")
    return { reason: importMessage("statistics.import.rejected.missingIndicator") };
  if (typeof area !== "string" || area.trim() === "") {
    // A number would have lost its leading zero (0180 → 180): refused rather than guessed.
    return typeof area === "number"
      ? { reason: importMessage("statistics.import.rejected.areaNotText", { value: area }) }
      : { reason: importMessage("statistics.import.rejected.missingArea") };
  }
  if (!(typeof period === "number" || (typeof period === "string" && period.trim() !== ""))) {
    return { reason: importMessage("statistics.import.rejected.missingPeriod") };
  }
  const observations: Observation[] = [];
  const problems: ImportMessage[] = [];
  for (const item of entry.values) {
    const value = isRecord(item) ? item : {};
    const sex = typeof value.gender === "string" ? GENDERS.get(value.gender.trim().toUpperCase()) : undefined;
    if (sex === undefined) {
      problems.push(importMessage("statistics.import.rejected.unknownSex", { value: String(value.gender ?? "") }));
      continue;
    }
    const figure = value.value ?? null;
    if (figure !== null && !(typeof figure === "number" && Number.isFinite(figure))) {
      problems.push(importMessage("statistics.import.rejected.valueNotNumber", { value: String(figure) }));
      continue;
    }
    observations.push({
      indicatorId: kpi.trim(),
      indicatorName: null,
      period: String(period).trim(),
      areaCode: area.trim(),
      areaName: null,
      sex,
      ageBand: null,
      dimensions: {},
      value: figure,
      count: null,
      unit: null,
      status: typeof value.status === "string" && value.status !== "" ? value.status : null,
      source: { kind: "kolada" },
    });
  }
  return { observations, problems };
}
