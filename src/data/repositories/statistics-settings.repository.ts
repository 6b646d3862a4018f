import type { Selectable } from "kysely";
import type { StatisticsSettingsTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type StatisticsSettingsRow = Selectable<StatisticsSettingsTable>;

/** The organisation's stored settings, or undefined while it uses the defaults. */
export function findStatisticsSettings(db: Executor, organisationId: string): Promise<StatisticsSettingsRow | undefined> {
  return db
    .selectFrom("statistics_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

export function insertStatisticsSettings(db: Executor, row: StatisticsSettingsRow) {
  return db.insertInto("statistics_settings").values(row).execute();
}

/**
 * Writes new thresholds only if nobody changed them since `baseVersion` (optimistic
 * concurrency); returns false when the change is stale.
 */
export async function updateStatisticsSettings(
  db: Executor,
  change: {
    organisationId: string;
    baseVersion: number;
    minCell: number;
    shareGapPoints: number;
    relativeGapPercent: number;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("statistics_settings")
    .set({
      min_cell: change.minCell,
      share_gap_points: change.shareGapPoints,
      relative_gap_percent: change.relativeGapPercent,
      version: change.baseVersion + 1,
      updated_at: change.at,
    })
    .where("organisation_id", "=", change.organisationId)
    .where("version", "=", change.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
