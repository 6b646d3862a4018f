import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "./duckdb-session.js";
import type { RowPlan } from "./row-source.js";

/**
 * The one query that does the heavy work of a breakdown: a single scan of the file, grouped
 * by sex × the grouping columns × the age band (with GROUPING SETS, so that both sexes
 * together come from the same scan: a median cannot be added up from the sexes' medians).
 * Every row of the file lands in exactly one group of each set, usable or not (`__state`),
 * so the rows left out are counted by the same scan.
 */
export interface GroupSumsRow {
  readonly state: number;
  /** 'K' or 'M'; null in the set over both sexes, and for rows without a sex. */
  readonly sex: "K" | "M" | null;
  /** Whether the row is of the set over both sexes (the T rows). */
  readonly allSexes: boolean;
  readonly band: string | null;
  readonly groups: readonly string[];
  /** Whether the row is a per-band detail for age standardisation rather than a displayed group. */
  readonly bandDetail: boolean;
  readonly n: number;
  readonly measure: { n: number; mean: number | null; sd: number | null; median: number | null } | null;
  /** Values of the measure that are not numbers. */
  readonly bad: number;
}

export interface BreakdownQuery {
  readonly plan: RowPlan;
  /** FROM-able relation over the file's rows. */
  readonly source: string;
  /** Whether the age band is one of the displayed groups (else: no bands, or bands for standardisation only). */
  readonly bandShown: boolean;
  /** Whether to add per-band detail (age standardisation). */
  readonly bandDetail: boolean;
  readonly withMeasure: boolean;
}

/** The SQL text of the breakdown query (exported for the benchmark and tests). */
export function breakdownSql(query: BreakdownQuery): string {
  const { plan } = query;
  const groups = Array.from({ length: plan.groupCount }, (_, index) => `__g${index}`);
  const shown = [...groups, ...(query.bandShown ? ["__band"] : [])];
  const sets = [
    ["__state", "__sex", ...shown],
    ["__state", ...shown],
    ...(query.bandDetail ? [["__state", "__sex", "__band", ...groups]] : []),
  ];
  const measures = query.withMeasure
    ? [
        "count(__x) AS xn",
        "avg(__x) AS xmean",
        "stddev_samp(__x) AS xsd",
        "median(__x) AS xmedian",
        ...(plan.parsesMeasure ? ["count(*) FILTER (WHERE __bad) AS bad"] : []),
      ]
    : [];
  const bandColumn = query.bandShown || query.bandDetail;
  return `SELECT __state, __sex, grouping(__sex) AS __all_sexes, ${bandColumn ? "__band, grouping(__band) AS __no_band," : ""}
      ${groups.map((group) => `${group},`).join(" ")}
      count(*) AS n ${measures.map((measure) => `, ${measure}`).join("")}
    FROM ${plan.relation(query.source)}
    GROUP BY GROUPING SETS (${sets.map((set) => `(${set.join(", ")})`).join(", ")})`;
}

/** Runs the breakdown query and reads its rows. */
export async function runBreakdownQuery(connection: DuckDBConnection, query: BreakdownQuery): Promise<GroupSumsRow[]> {
  const rows = await queryRows(connection, breakdownSql(query));
  const groupCount = query.plan.groupCount;
  return rows.map((row) => {
    const xn = Number(row.xn ?? 0);
    const sex = row.__sex === "K" || row.__sex === "M" ? row.__sex : null;
    return {
      state: Number(row.__state),
      sex,
      allSexes: Number(row.__all_sexes) === 1,
      band: typeof row.__band === "string" ? row.__band : null,
      groups: Array.from({ length: groupCount }, (_, index) => String(row[`__g${index}`] ?? "")),
      bandDetail: query.bandDetail && !query.bandShown && row.__no_band !== undefined && Number(row.__no_band) === 0,
      n: Number(row.n),
      measure: query.withMeasure
        ? {
            n: xn,
            mean: numberOrNull(row.xmean),
            sd: numberOrNull(row.xsd),
            median: numberOrNull(row.xmedian),
          }
        : null,
      bad: Number(row.bad ?? 0),
    };
  });
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
