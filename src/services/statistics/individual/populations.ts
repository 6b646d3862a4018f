import type { GroupKey } from "../../../core/statistics/index.js";
import type { PopulationRow } from "./types.js";

/**
 * The population of one sex in one group of the breakdown: the sum of the population rows
 * of that sex whose every named column (and age band, when the row has one) agrees with the
 * group. null when no row matches, so the rate is left out rather than computed on nothing.
 */
export function populationOf(
  rows: readonly PopulationRow[],
  group: readonly GroupKey[],
  ageBand: string | null,
  sex: "K" | "M",
): number | null {
  const values = new Map(group.map((key) => [key.column, key.value]));
  let total = 0;
  let matched = false;
  for (const row of rows) {
    if (row.sex !== sex) continue;
    if (ageBand !== null && row.ageBand !== ageBand) continue;
    if (row.group.some((key) => values.has(key.column) && values.get(key.column) !== key.value)) continue;
    total += row.population;
    matched = true;
  }
  return matched ? total : null;
}
