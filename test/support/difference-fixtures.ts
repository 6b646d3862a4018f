import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../src/data/schema.js";

/** One figure of an indicator as the tests write it. */
export interface FixtureValue {
  readonly period: string;
  readonly areaCode: string;
  readonly areaName?: string;
  readonly sex: "K" | "M" | "T";
  readonly ageBand?: string;
  readonly value: number | null;
  readonly count?: number | null;
  readonly stdDev?: number | null;
}

/**
 * Inserts an indicator with its values straight into the database (the way an import stores
 * them), so that tests of the follow-up of differences do not depend on the importers.
 * Returns the indicator's id.
 */
export async function insertIndicator(
  db: Kysely<Database>,
  indicator: {
    organisationId: string;
    name: string;
    measureKind: "share" | "rate" | "mean" | "count" | "value";
    unit?: string | null;
    departmentId?: string | null;
    values: readonly FixtureValue[];
  },
): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await db
    .insertInto("indicators")
    .values({
      id,
      organisation_id: indicator.organisationId,
      role: "indicator",
      source_key: `test-${id}`,
      name: indicator.name,
      description: "",
      unit: indicator.unit ?? null,
      measure_kind: indicator.measureKind,
      source_kind: "file",
      source_label: "testdata.csv",
      department_id: indicator.departmentId ?? null,
      plan_goal_id: null,
      national_subgoals: "[]",
      version: 1,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const value of indicator.values) {
    await db
      .insertInto("indicator_values")
      .values({
        id: randomUUID(),
        indicator_id: id,
        period: value.period,
        area_code: value.areaCode,
        area_name: value.areaName ?? null,
        sex: value.sex,
        age_band: value.ageBand ?? null,
        dimensions: "{}",
        group_key: JSON.stringify([value.areaCode, value.ageBand ?? null]),
        value: value.value,
        count: value.count ?? null,
        std_dev: value.stdDev ?? null,
        status: null,
      })
      .execute();
  }
  return id;
}

/** Replaces the value of one figure (a new import of the same indicator). */
export async function setValue(
  db: Kysely<Database>,
  indicatorId: string,
  figure: { period: string; areaCode: string; sex: "K" | "M"; value: number; count?: number | null },
): Promise<void> {
  await db
    .updateTable("indicator_values")
    .set({ value: figure.value, ...(figure.count === undefined ? {} : { count: figure.count }) })
    .where("indicator_id", "=", indicatorId)
    .where("period", "=", figure.period)
    .where("area_code", "=", figure.areaCode)
    .where("sex", "=", figure.sex)
    .execute();
}
