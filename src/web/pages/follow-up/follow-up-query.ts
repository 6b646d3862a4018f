import { PERIOD_GRANULARITIES, type PeriodGranularity } from "../../../core/index.js";
import type { FollowUpQuery } from "../../api/decision-api.js";

/**
 * The follow-up's selection lives in the URL, in Swedish like the paths, so that a link
 * shows the same figures: ?per=kvartal&fran=2026-01-01&till=2026-12-31&namnd=…&avdelning=…&period=2026-Q2
 */
export const PARAMS = {
  granularity: "per",
  from: "fran",
  to: "till",
  bodyId: "namnd",
  departmentId: "avdelning",
  /** The period whose cases are listed ("2026-Q2"), or ALL_PERIODS. */
  period: "period",
} as const;

/** The value of PARAMS.period that lists every case of the selection. */
export const ALL_PERIODS = "alla";

const GRANULARITY_SLUGS: Readonly<Record<PeriodGranularity, string>> = {
  year: "ar",
  half: "halvar",
  quarter: "kvartal",
};

export const NO_SELECTION: FollowUpQuery = { granularity: "year", from: "", to: "", bodyId: "", departmentId: "" };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The selection in the URL; unknown or malformed values fall back to "no limit" (and years). */
export function queryFromSearch(params: URLSearchParams): FollowUpQuery {
  const slug = params.get(PARAMS.granularity);
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return ISO_DATE.test(value) ? value : "";
  };
  return {
    granularity: PERIOD_GRANULARITIES.find((g) => GRANULARITY_SLUGS[g] === slug) ?? "year",
    from: date(PARAMS.from),
    to: date(PARAMS.to),
    bodyId: params.get(PARAMS.bodyId) ?? "",
    departmentId: params.get(PARAMS.departmentId) ?? "",
  };
}

/** The URL's parameters for a selection (defaults left out) and, optionally, the period whose cases are listed. */
export function searchFromQuery(query: FollowUpQuery, period: string | null = null): URLSearchParams {
  const params = new URLSearchParams();
  if (query.granularity !== "year") params.set(PARAMS.granularity, GRANULARITY_SLUGS[query.granularity]);
  if (query.from !== "") params.set(PARAMS.from, query.from);
  if (query.to !== "") params.set(PARAMS.to, query.to);
  if (query.bodyId !== "") params.set(PARAMS.bodyId, query.bodyId);
  if (query.departmentId !== "") params.set(PARAMS.departmentId, query.departmentId);
  if (period !== null) params.set(PARAMS.period, period);
  return params;
}

export function sameQuery(a: FollowUpQuery, b: FollowUpQuery): boolean {
  return (
    a.granularity === b.granularity &&
    a.from === b.from &&
    a.to === b.to &&
    a.bodyId === b.bodyId &&
    a.departmentId === b.departmentId
  );
}
