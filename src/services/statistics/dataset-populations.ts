import { type AgeBand, InvalidInputError, NotFoundError } from "../../core/index.js";
import { type Executor, findIndicator, type IndicatorValueRow, listIndicatorValues } from "../../data/index.js";
import { foldText } from "./importers/sex-codes.js";
import type { PopulationRow, PopulationRows } from "./individual/index.js";

/**
 * The denominators of rates per 1,000 inhabitants: the women's and men's values of a
 * population indicator (SCB's population, imported with role "population") for one period,
 * laid onto the breakdown's groups. The area of a value is matched to the first grouping
 * column named like an area (kommun, region, län, område …); without one, every value counts
 * for every group. SCB's age bands are added up into the breakdown's bands that hold them whole.
 */

/** Grouping columns (folded) that hold area codes. */
export const AREA_COLUMNS: ReadonlySet<string> = new Set([
  "kommun",
  "kommunkod",
  "region",
  "regionkod",
  "lan",
  "lanskod",
  "omrade",
  "omradeskod",
  "area",
  "municipality",
]);

/** The first column of `by` that holds area codes, or null. */
export function areaColumnOf(by: readonly string[]): string | null {
  return by.find((column) => AREA_COLUMNS.has(foldText(column).replace(/[^a-z0-9_]/g, ""))) ?? null;
}

export async function populationRowsFor(
  db: Executor,
  organisationId: string,
  request: {
    indicatorId: string;
    period: string | undefined;
    by: readonly string[];
    ageBands: readonly AgeBand[] | null;
  },
): Promise<PopulationRows> {
  const indicator = await findIndicator(db, organisationId, request.indicatorId);
  if (!indicator || indicator.role !== "population") throw new NotFoundError("indicators.errors.unknownPopulation");
  const values = await listIndicatorValues(db, indicator.id);
  const period = request.period ?? values.at(-1)?.period;
  const chosen = values.filter((value) => value.period === period);
  if (period === undefined || chosen.length === 0) {
    throw new InvalidInputError("indicators.errors.noPopulationPeriod", { period: request.period ?? "" });
  }
  const area = areaColumnOf(request.by);
  const rows: PopulationRow[] = [];
  for (const value of chosen) {
    const row = populationRow(value, area, request.ageBands);
    if (row !== null) rows.push(row);
  }
  return { rows };
}

function populationRow(
  value: IndicatorValueRow,
  area: string | null,
  bands: readonly AgeBand[] | null,
): PopulationRow | null {
  if (value.sex !== "K" && value.sex !== "M") return null;
  const population = value.count ?? value.value;
  if (population === null) return null;
  let ageBand: string | null = null;
  if (bands !== null) {
    const band = value.age_band === null ? null : bandHolding(bands, value.age_band);
    if (band === null) return null;
    ageBand = band.label;
  }
  return {
    group: area === null ? [] : [{ column: area, value: value.area_code }],
    ageBand,
    sex: value.sex,
    population,
  };
}

/** The band that holds a source's age band whole ("0-9", "65-69", "100+", SCB's "100+10"), or null. */
export function bandHolding(bands: readonly AgeBand[], code: string): AgeBand | null {
  const closed = /^(\d+)\s*[-–]\s*(\d+)/.exec(code);
  const open = /^(\d+)\s*\+/.exec(code);
  const single = /^(\d+)$/.exec(code);
  const lower = Number((closed ?? open ?? single)?.[1] ?? Number.NaN);
  if (Number.isNaN(lower)) return null;
  const upper = closed ? Number(closed[2]) : single ? lower : null;
  return (
    bands.find((band) => band.lower <= lower && (band.upper === null || (upper !== null && upper <= band.upper))) ??
    null
  );
}
