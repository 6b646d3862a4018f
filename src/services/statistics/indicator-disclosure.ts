import type { Published } from "../../core/index.js";
import {
  type CountCell,
  isSmallCount,
  protectSexTable,
  type SexCode,
  type SexCountRow,
  shown,
} from "../../core/index.js";
import type { IndicatorValueRow } from "../../data/index.js";

/**
 * Disclosure control on an indicator's stored values, as every view and export of them
 * applies it: a value resting on 1 … minCell − 1 individuals is withheld (primary), and where
 * the women's and men's counts of an area form a table with their total (per period, age band
 * and other breakdowns), `protectSexTable` withholds enough further cells that no withheld one
 * can be recomputed (secondary) from the totals that are published: an area's total (its T
 * row) and, where one area is the exact sum of the others, that area. Zero is shown. Values
 * without a count are shown as they are.
 */

/** A value as it may be published: withheld ones carry no figure, and no reason either. */
export type { Published };

export interface DisclosedValue {
  readonly row: IndicatorValueRow;
  readonly value: Published<number | null>;
  /** null where the source gives no count behind the value. */
  readonly count: Published<number> | null;
}

/**
 * The number of individuals behind a stored value: its count, or for a measure that is itself
 * a count of individuals from a file or a dataset, the value (a published count from SCB or
 * Kolada is already protected by its publisher).
 */
export function individualsBehind(
  row: Pick<IndicatorValueRow, "count" | "value">,
  indicator: { measureKind: string; sourceKind: string },
): number | null {
  if (row.count !== null) return row.count;
  const ownCount =
    indicator.measureKind === "count" && (indicator.sourceKind === "file" || indicator.sourceKind === "dataset");
  return ownCount && row.value !== null && Number.isInteger(row.value) && row.value >= 0 ? row.value : null;
}

const SUPPRESSED = { kind: "suppressed" } as const;

/** Applies disclosure control to an indicator's values, in their order. */
export function discloseValues(
  rows: readonly IndicatorValueRow[],
  indicator: { measureKind: string; sourceKind: string },
  minCell: number,
): DisclosedValue[] {
  const counts = new Map(rows.map((row) => [row.id, individualsBehind(row, indicator)]));
  const withheld = new Set<string>();
  for (const row of rows) {
    const count = counts.get(row.id) ?? null;
    if (count !== null && isSmallCount(count, minCell)) withheld.add(row.id);
  }
  for (const table of sexTables(rows, counts)) {
    const { groups, totalArea } = splitAdditiveTotal(table);
    const protectedTable = protectSexTable(groups, { minCell, columnTotals: totalArea !== null });
    const protectedRows = [
      ...protectedTable.rows,
      ...(totalArea ? [{ key: totalArea.key, ...protectedTable.total }] : []),
    ];
    for (const protectedRow of protectedRows) {
      const { women, men, total } = protectedRow.key;
      if (protectedRow.women.kind === "suppressed") withheld.add(women);
      if (protectedRow.men.kind === "suppressed") withheld.add(men);
      if (total !== null && protectedRow.total.kind === "suppressed") withheld.add(total);
    }
  }
  return rows.map((row) => {
    const count = counts.get(row.id) ?? null;
    if (withheld.has(row.id)) return { row, value: SUPPRESSED, count: count === null ? null : SUPPRESSED };
    return { row, value: shown(row.value), count: row.count === null ? null : shown(row.count) };
  });
}

type TableKey = { readonly women: string; readonly men: string; readonly total: string | null };

/**
 * The tables of counts by sex: per period, age band and other breakdowns, one row per area
 * that has both a women's and a men's count (with its total's id, where there is one).
 */
function sexTables(
  rows: readonly IndicatorValueRow[],
  counts: ReadonlyMap<string, number | null>,
): SexCountRow<TableKey>[][] {
  const areas = new Map<string, Map<string, Partial<Record<SexCode, IndicatorValueRow>>>>();
  for (const row of rows) {
    if (row.sex !== "K" && row.sex !== "M" && row.sex !== "T") continue;
    const table = JSON.stringify([row.period, row.age_band, row.dimensions]);
    const byArea = areas.get(table) ?? new Map();
    areas.set(table, byArea);
    const cells = byArea.get(row.group_key) ?? {};
    byArea.set(row.group_key, { ...cells, [row.sex]: row });
  }
  const tables: SexCountRow<TableKey>[][] = [];
  for (const byArea of areas.values()) {
    const table: SexCountRow<TableKey>[] = [];
    for (const cells of byArea.values()) {
      const women = cells.K ? (counts.get(cells.K.id) ?? null) : null;
      const men = cells.M ? (counts.get(cells.M.id) ?? null) : null;
      if (women === null || men === null || !cells.K || !cells.M) continue;
      const total = cells.T ? (counts.get(cells.T.id) ?? null) : null;
      table.push({
        key: { women: cells.K.id, men: cells.M.id, total: cells.T?.id ?? null },
        women,
        men,
        totalPublished: total !== null,
      });
    }
    if (table.length > 0) tables.push(table);
  }
  return tables;
}

/**
 * The areas of a table, and the one among them whose counts are exactly the sum of all the
 * others' (a county beside all its municipalities), if there is one. Only then can a reader
 * subtract along the areas, so only then are the column lines protected; an indicator's areas
 * are otherwise not known to add up to anything published, and protecting them as if they did
 * would withhold large cells for nothing.
 */
function splitAdditiveTotal(table: readonly SexCountRow<TableKey>[]): {
  groups: readonly SexCountRow<TableKey>[];
  totalArea: SexCountRow<TableKey> | null;
} {
  if (table.length >= 3) {
    const women = table.reduce((sum, row) => sum + row.women, 0);
    const men = table.reduce((sum, row) => sum + row.men, 0);
    const totalArea = table.find((row) => 2 * row.women === women && 2 * row.men === men);
    if (totalArea) return { groups: table.filter((row) => row !== totalArea), totalArea };
  }
  return { groups: table, totalArea: null };
}

/** A count cell of a protected table as it may be published. */
export function publishedCount(cell: CountCell): Published<number> {
  return cell.kind === "shown" ? { kind: "shown", value: cell.value } : SUPPRESSED;
}
