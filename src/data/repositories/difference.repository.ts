import type { Selectable } from "kysely";
import type { DifferenceMeasureTable, DifferenceTable } from "../schema.js";
import type { Executor } from "./executor.js";

/**
 * Flagged differences between women and men (one row per indicator, period and group) with
 * their analysis, and the measures against them. The figures the flags are computed from
 * are read from `indicators` and `indicator_values`; those tables are written elsewhere.
 */

export type DifferenceRow = Selectable<DifferenceTable>;
export type DifferenceMeasureRow = Selectable<DifferenceMeasureTable>;

/** A difference with what the follow-up shows beside it: its indicator and department. */
export interface DifferenceListRow extends DifferenceRow {
  readonly indicator_name: string;
  readonly unit: string | null;
  readonly measure_kind: string;
  readonly department_id: string | null;
  readonly department_name: string | null;
  readonly analysed_by_name: string | null;
}

/** A figure of women or men of an indicator (role "indicator"), with what the group's label needs. */
export interface SexFigureRow {
  readonly indicator_id: string;
  readonly measure_kind: string;
  readonly period: string;
  readonly group_key: string;
  readonly sex: string | null;
  readonly area_code: string;
  readonly area_name: string | null;
  readonly age_band: string | null;
  readonly dimensions: string;
  readonly value: number | null;
  readonly count: number | null;
  readonly std_dev: number | null;
}

/** Women's and men's figures of the organisation's indicators (all, or those named; an empty list names none). */
export function listSexFigures(
  db: Executor,
  organisationId: string,
  indicatorIds?: readonly string[],
): Promise<SexFigureRow[]> {
  if (indicatorIds && indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("indicator_values as v")
    .innerJoin("indicators as i", "i.id", "v.indicator_id")
    .select([
      "v.indicator_id",
      "i.measure_kind",
      "v.period",
      "v.group_key",
      "v.sex",
      "v.area_code",
      "v.area_name",
      "v.age_band",
      "v.dimensions",
      "v.value",
      "v.count",
      "v.std_dev",
    ])
    .where("i.organisation_id", "=", organisationId)
    .where("i.role", "=", "indicator")
    .where("v.sex", "in", ["K", "M"])
    .$if(indicatorIds !== undefined, (q) => q.where("v.indicator_id", "in", indicatorIds as string[]))
    .orderBy("v.indicator_id")
    .orderBy("v.period")
    .orderBy("v.group_key")
    .execute();
}

/** The organisation's differences of the indicators named (an empty list names none), or all. */
export function listDifferenceRows(
  db: Executor,
  organisationId: string,
  indicatorIds?: readonly string[],
): Promise<DifferenceRow[]> {
  if (indicatorIds && indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("differences")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .$if(indicatorIds !== undefined, (q) => q.where("indicator_id", "in", indicatorIds as string[]))
    .execute();
}

/** What a refresh writes: the figures and the flag, never the analysis. */
export interface DifferenceFigures {
  readonly group_label: string;
  readonly women_value: number;
  readonly men_value: number;
  readonly difference: number;
  readonly difference_lower: number | null;
  readonly difference_upper: number | null;
  readonly clear: number | null;
  readonly flagged: number;
}

/**
 * Inserts a newly flagged difference; when a concurrent refresh inserted the same indicator,
 * period and group first, writes the figures onto that row instead (its analysis stays).
 */
export function insertDifference(db: Executor, row: DifferenceRow) {
  return db
    .insertInto("differences")
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(["indicator_id", "period", "group_key"]).doUpdateSet((eb) => ({
        group_label: eb.ref("excluded.group_label"),
        women_value: eb.ref("excluded.women_value"),
        men_value: eb.ref("excluded.men_value"),
        difference: eb.ref("excluded.difference"),
        difference_lower: eb.ref("excluded.difference_lower"),
        difference_upper: eb.ref("excluded.difference_upper"),
        clear: eb.ref("excluded.clear"),
        flagged: eb.ref("excluded.flagged"),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .execute();
}

/**
 * Writes the latest figures and flag of an existing difference. Leaves the analysis and the
 * version alone: a refresh must not make an analyst's open form stale.
 */
export function updateDifferenceFigures(db: Executor, id: string, figures: DifferenceFigures, at: string) {
  return db
    .updateTable("differences")
    .set({ ...figures, updated_at: at })
    .where("id", "=", id)
    .execute();
}

/** Marks differences as no longer flagged (their analysis stays). */
export function unflagDifferences(db: Executor, ids: readonly string[], at: string) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .updateTable("differences")
    .set({ flagged: 0, updated_at: at })
    .where("id", "in", ids as string[])
    .execute()
    .then(() => undefined);
}

export interface DifferenceFilter {
  readonly period?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly indicatorId?: string | undefined;
  readonly differenceId?: string | undefined;
}

/** The organisation's differences with indicator and department, by period (latest first), indicator and group. */
export function listDifferences(
  db: Executor,
  organisationId: string,
  filter: DifferenceFilter = {},
): Promise<DifferenceListRow[]> {
  return db
    .selectFrom("differences as d")
    .innerJoin("indicators as i", "i.id", "d.indicator_id")
    .leftJoin("departments as dep", "dep.id", "i.department_id")
    .leftJoin("users as u", "u.id", "d.analysed_by")
    .selectAll("d")
    .select([
      "i.name as indicator_name",
      "i.unit",
      "i.measure_kind",
      "i.department_id",
      "dep.name as department_name",
      "u.display_name as analysed_by_name",
    ])
    .where("d.organisation_id", "=", organisationId)
    .$if(filter.period !== undefined, (q) => q.where("d.period", "=", filter.period as string))
    .$if(filter.departmentId !== undefined, (q) => q.where("i.department_id", "=", filter.departmentId as string))
    .$if(filter.indicatorId !== undefined, (q) => q.where("d.indicator_id", "=", filter.indicatorId as string))
    .$if(filter.differenceId !== undefined, (q) => q.where("d.id", "=", filter.differenceId as string))
    .orderBy("d.period", "desc")
    .orderBy("i.name")
    .orderBy("d.group_key")
    .orderBy("d.id")
    .execute();
}

/** Every period in which the organisation has a difference, in ascending order. */
export async function listDifferencePeriods(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("differences")
    .select("period")
    .distinct()
    .where("organisation_id", "=", organisationId)
    .orderBy("period")
    .execute();
  return rows.map((row) => row.period);
}

export function findDifference(db: Executor, organisationId: string, id: string): Promise<DifferenceRow | undefined> {
  return db
    .selectFrom("differences")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * Saves an analysis only if nobody saved one since `baseVersion` (optimistic concurrency);
 * false when the save is stale.
 */
export async function updateDifferenceAnalysis(
  db: Executor,
  change: {
    id: string;
    baseVersion: number;
    problem: string;
    goalsAndMethods: string;
    explanation: string;
    judgment: string | null;
    judgmentReason: string;
    subgoals: readonly number[];
    dimensionsConsidered: readonly string[];
    analysedBy: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("differences")
    .set({
      problem: change.problem,
      goals_and_methods: change.goalsAndMethods,
      explanation: change.explanation,
      judgment: change.judgment,
      judgment_reason: change.judgmentReason,
      subgoals: JSON.stringify(change.subgoals),
      dimensions_considered: JSON.stringify(change.dimensionsConsidered),
      analysed_by: change.analysedBy,
      analysed_at: change.at,
      version: change.baseVersion + 1,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .where("version", "=", change.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The measures of the organisation's differences (all, or of one), in the order they were made. */
export function listDifferenceMeasures(
  db: Executor,
  organisationId: string,
  differenceId?: string,
): Promise<DifferenceMeasureRow[]> {
  return db
    .selectFrom("difference_measures as m")
    .innerJoin("differences as d", "d.id", "m.difference_id")
    .selectAll("m")
    .where("d.organisation_id", "=", organisationId)
    .$if(differenceId !== undefined, (q) => q.where("m.difference_id", "=", differenceId as string))
    .orderBy("m.created_at")
    .orderBy("m.id")
    .execute();
}

export function insertDifferenceMeasure(db: Executor, row: DifferenceMeasureRow) {
  return db.insertInto("difference_measures").values(row).execute();
}

export function findDifferenceMeasure(
  db: Executor,
  differenceId: string,
  measureId: string,
): Promise<DifferenceMeasureRow | undefined> {
  return db
    .selectFrom("difference_measures")
    .selectAll()
    .where("difference_id", "=", differenceId)
    .where("id", "=", measureId)
    .executeTakeFirst();
}

/** Writes a change of a measure only if nobody changed it since `baseVersion`; false when stale. */
export async function updateDifferenceMeasure(
  db: Executor,
  change: {
    id: string;
    baseVersion: number;
    description: string;
    owner: string;
    dueDate: string;
    status: string;
    doneOn: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("difference_measures")
    .set({
      description: change.description,
      owner: change.owner,
      due_date: change.dueDate,
      status: change.status,
      done_on: change.doneOn,
      version: change.baseVersion + 1,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .where("version", "=", change.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function deleteDifferenceMeasure(db: Executor, measureId: string) {
  return db.deleteFrom("difference_measures").where("id", "=", measureId).execute();
}

/**
 * How many of an indicator's differences carry documented work: analysis text, a judgment or
 * a measure. Such an indicator is not deleted, since its deletion would take the work with it.
 */
export async function countDocumentedDifferences(db: Executor, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom("differences")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("indicator_id", "=", indicatorId)
    .where((eb) =>
      eb.or([
        eb("judgment", "is not", null),
        eb("problem", "<>", ""),
        eb("goals_and_methods", "<>", ""),
        eb("explanation", "<>", ""),
        eb.exists(
          eb
            .selectFrom("difference_measures")
            .select("difference_measures.id")
            .whereRef("difference_measures.difference_id", "=", "differences.id"),
        ),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
