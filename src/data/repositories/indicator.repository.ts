import type { Selectable } from "kysely";
import type { IndicatorTable, IndicatorValueTable } from "../schema.js";
import { type Executor, toCount } from "./executor.js";

export type IndicatorRow = Selectable<IndicatorTable>;
export type IndicatorValueRow = Selectable<IndicatorValueTable>;

/** Rows written per INSERT: well under SQLite's 32,766 bound parameters (14 columns a row). */
const VALUES_PER_INSERT = 500;
/** Ids per IN list, for the same reason. */
const IDS_PER_LIST = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** An organisation's indicators (or only those of one role), by name. */
export function listIndicators(
  db: Executor,
  organisationId: string,
  filter: { role?: string | undefined } = {},
): Promise<IndicatorRow[]> {
  let query = db.selectFrom("indicators").selectAll().where("organisation_id", "=", organisationId);
  if (filter.role !== undefined) query = query.where("role", "=", filter.role);
  return query.orderBy("name").orderBy("id").execute();
}

export function findIndicator(
  db: Executor,
  organisationId: string,
  indicatorId: string,
): Promise<IndicatorRow | undefined> {
  return db
    .selectFrom("indicators")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", indicatorId)
    .executeTakeFirst();
}

/** The indicators of an organisation with these source keys (none asked: none found). */
export async function findIndicatorsBySourceKeys(
  db: Executor,
  organisationId: string,
  sourceKeys: readonly string[],
): Promise<IndicatorRow[]> {
  const found: IndicatorRow[] = [];
  for (const keys of chunks([...new Set(sourceKeys)], IDS_PER_LIST)) {
    found.push(
      ...(await db
        .selectFrom("indicators")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("source_key", "in", keys)
        .execute()),
    );
  }
  return found;
}

export function insertIndicator(db: Executor, row: IndicatorRow) {
  return db.insertInto("indicators").values(row).execute();
}

/** What an import changes on an indicator that already exists: its role, source and unit. */
export function touchIndicator(
  db: Executor,
  change: { id: string; role: string; sourceKind: string; sourceLabel: string; unit: string | null; at: string },
) {
  return db
    .updateTable("indicators")
    .set({
      role: change.role,
      source_kind: change.sourceKind,
      source_label: change.sourceLabel,
      unit: change.unit,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .execute();
}

/**
 * Writes a change of the indicator's description and links only if nobody changed it since
 * `baseVersion` (optimistic concurrency); returns false when the change is stale.
 */
export async function updateIndicator(
  db: Executor,
  change: {
    id: string;
    baseVersion: number;
    name: string;
    description: string;
    unit: string | null;
    measureKind: string;
    departmentId: string | null;
    planGoalId: string | null;
    nationalSubgoals: readonly number[];
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("indicators")
    .set({
      name: change.name,
      description: change.description,
      unit: change.unit,
      measure_kind: change.measureKind,
      department_id: change.departmentId,
      plan_goal_id: change.planGoalId,
      national_subgoals: JSON.stringify(change.nationalSubgoals),
      version: change.baseVersion + 1,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .where("version", "=", change.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes an indicator with its values and differences (ON DELETE CASCADE). */
export function deleteIndicator(db: Executor, indicatorId: string) {
  return db.deleteFrom("indicators").where("id", "=", indicatorId).execute();
}

export async function insertIndicatorValues(db: Executor, rows: readonly IndicatorValueRow[]): Promise<void> {
  for (const batch of chunks(rows, VALUES_PER_INSERT)) {
    await db.insertInto("indicator_values").values(batch).execute();
  }
}

/** Removes values by id (an empty list removes nothing). */
export async function deleteIndicatorValues(db: Executor, valueIds: readonly string[]): Promise<void> {
  for (const ids of chunks(valueIds, IDS_PER_LIST)) {
    await db.deleteFrom("indicator_values").where("id", "in", ids).execute();
  }
}

/** An indicator's values by period, group and sex (K, M, T, then undivided). */
export function listIndicatorValues(db: Executor, indicatorId: string): Promise<IndicatorValueRow[]> {
  return db
    .selectFrom("indicator_values")
    .selectAll()
    .where("indicator_id", "=", indicatorId)
    .orderBy("period")
    .orderBy("area_code")
    .orderBy("age_band")
    .orderBy("group_key")
    .orderBy("sex")
    .execute();
}

/** The key of each existing value: to replace re-imported figures instead of doubling them. */
export function listIndicatorValueKeys(
  db: Executor,
  indicatorId: string,
): Promise<Pick<IndicatorValueRow, "id" | "period" | "group_key" | "sex">[]> {
  return db
    .selectFrom("indicator_values")
    .select(["id", "period", "group_key", "sex"])
    .where("indicator_id", "=", indicatorId)
    .execute();
}

/** The distinct periods of each indicator, in order (none asked: an empty map). */
export async function periodsOfIndicators(
  db: Executor,
  indicatorIds: readonly string[],
): Promise<Map<string, string[]>> {
  const periods = new Map<string, string[]>();
  for (const ids of chunks([...new Set(indicatorIds)], IDS_PER_LIST)) {
    const rows = await db
      .selectFrom("indicator_values")
      .select(["indicator_id", "period"])
      .distinct()
      .where("indicator_id", "in", ids)
      .orderBy("indicator_id")
      .orderBy("period")
      .execute();
    for (const row of rows) periods.set(row.indicator_id, [...(periods.get(row.indicator_id) ?? []), row.period]);
  }
  return periods;
}

/**
 * The number of open differences per indicator (none asked: an empty map): flagged, and
 * either not yet judged, or judged unjustified without measures or with one not yet done.
 * WARNING: this is core `differenceStatus` other than "justified" and "done", counted in SQL so
 * that the list of indicators needs no row per difference; a change to that rule belongs here too.
 */
export async function openDifferenceCounts(
  db: Executor,
  indicatorIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ids of chunks([...new Set(indicatorIds)], IDS_PER_LIST)) {
    const rows = await db
      .selectFrom("differences")
      .select(["indicator_id", (eb) => eb.fn.countAll().as("count")])
      .where("indicator_id", "in", ids)
      .where("flagged", "=", 1)
      .where((eb) => {
        const measures = eb.selectFrom("difference_measures").whereRef("difference_id", "=", "differences.id");
        return eb.or([
          eb("judgment", "is", null),
          eb.and([
            eb("judgment", "=", "unjustified"),
            eb.or([
              eb.not(eb.exists(measures.select("id"))),
              eb.exists(measures.select("id").where("status", "!=", "done")),
            ]),
          ]),
        ]);
      })
      .groupBy("indicator_id")
      .execute();
    for (const row of rows) counts.set(row.indicator_id, toCount(row.count as string | number | bigint));
  }
  return counts;
}
