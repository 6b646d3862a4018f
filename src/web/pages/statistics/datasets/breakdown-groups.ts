import type { EstimateOutcome, Published, PublishedBreakdownRow } from "../../../../core/index.js";
import { type ChartCell, MISSING, type SexPoint } from "../../../components/charts/chart-values.js";

/**
 * A breakdown's rows (one per group and sex) gathered per group, for the table and the charts.
 * The engine names the age band's grouping column thus.
 */
export const AGE_BAND_COLUMN = "åldersgrupp";

export interface BreakdownGroup {
  /** The group's values joined, unique within the breakdown. */
  readonly key: string;
  readonly values: readonly string[];
  readonly women: PublishedBreakdownRow | undefined;
  readonly men: PublishedBreakdownRow | undefined;
  readonly total: PublishedBreakdownRow | undefined;
}

/** The grouping columns of the breakdown, in order (the age band last, as the engine puts it). */
export function groupColumns(rows: readonly PublishedBreakdownRow[]): string[] {
  return rows[0]?.group.map((key) => key.column) ?? [];
}

export function groupsOf(rows: readonly PublishedBreakdownRow[]): BreakdownGroup[] {
  const groups = new Map<
    string,
    { values: string[]; women?: PublishedBreakdownRow; men?: PublishedBreakdownRow; total?: PublishedBreakdownRow }
  >();
  for (const row of rows) {
    const values = row.group.map((key) => key.value);
    const key = JSON.stringify(values);
    const group = groups.get(key) ?? { values };
    if (row.sex === "K") group.women = row;
    else if (row.sex === "M") group.men = row;
    else group.total = row;
    groups.set(key, group);
  }
  return [...groups].map(([key, group]) => ({
    key,
    values: group.values,
    women: group.women,
    men: group.men,
    total: group.total,
  }));
}

/** A count cell as a chart cell: withheld stays withheld. */
function countCell(row: PublishedBreakdownRow | undefined): ChartCell {
  if (!row) return MISSING;
  return row.n.kind === "shown" ? { kind: "shown", value: row.n.value } : { kind: "suppressed" };
}

/** An estimate as a chart cell: the point value; withheld stays withheld, no estimate is missing. */
export function estimateCell(measure: Published<EstimateOutcome> | undefined): ChartCell {
  if (!measure) return MISSING;
  if (measure.kind === "suppressed") return { kind: "suppressed" };
  return measure.value.kind === "estimate" ? { kind: "shown", value: measure.value.value } : MISSING;
}

/** The label of a group in a chart: its values joined; "Alla" for the one group of no grouping. */
export function groupLabel(group: BreakdownGroup, all: string): string {
  return group.values.length === 0 ? all : group.values.join(", ");
}

/** Women's and men's counts per group. */
export function countPoints(groups: readonly BreakdownGroup[], all: string): SexPoint[] {
  return groups.map((group) => ({
    label: groupLabel(group, all),
    women: countCell(group.women),
    men: countCell(group.men),
    total: countCell(group.total),
  }));
}

/** Women's and men's means per group. */
export function meanPoints(groups: readonly BreakdownGroup[], all: string): SexPoint[] {
  return groups.map((group) => ({
    label: groupLabel(group, all),
    women: estimateCell(group.women?.measures.mean),
    men: estimateCell(group.men?.measures.mean),
    total: estimateCell(group.total?.measures.mean),
  }));
}
