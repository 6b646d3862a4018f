import { sql } from "kysely";
import type { Executor } from "./executor.js";

/** diarienummer: per organisation and year; paragraph (§): per body and year. */
export type NumberSeries = "diarienummer" | "paragraph";

/**
 * The next number of a series, allocated atomically: one upsert, so that two concurrent
 * registrations never receive the same number (the row is locked until the transaction ends).
 */
export async function allocateNumber(db: Executor, series: NumberSeries, scopeId: string, year: number): Promise<number> {
  const row = await db
    .insertInto("number_series")
    .values({ series, scope_id: scopeId, year, last_number: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(["series", "scope_id", "year"])
        .doUpdateSet({ last_number: sql<number>`number_series.last_number + 1` }),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}

/** Makes sure the series continues after a number taken from elsewhere (an imported historical case). */
export async function reserveNumber(
  db: Executor,
  series: NumberSeries,
  scopeId: string,
  year: number,
  number: number,
): Promise<void> {
  await db
    .insertInto("number_series")
    .values({ series, scope_id: scopeId, year, last_number: number })
    .onConflict((conflict) =>
      conflict.columns(["series", "scope_id", "year"]).doUpdateSet({
        last_number: sql<number>`case when number_series.last_number > ${number} then number_series.last_number else ${number} end`,
      }),
    )
    .execute();
}
