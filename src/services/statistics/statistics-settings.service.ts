import { ConflictError, DEFAULT_MIN_CELL } from "../../core/index.js";
import {
  type Executor,
  findStatisticsSettings,
  insertStatisticsSettings,
  isUniqueViolation,
  now,
  updateStatisticsSettings,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import type { FlagRefresh } from "./flag-refresh.js";

/** An organisation's thresholds for disclosure control and for flagging differences. */
export interface StatisticsSettings {
  /** Counts of 1 … minCell − 1 individuals are withheld. */
  readonly minCell: number;
  /** A difference in shares is flagged from this many percentage points. */
  readonly shareGapPoints: number;
  /** Any other difference is flagged from this many per cent of the larger figure. */
  readonly relativeGapPercent: number;
  /** 0 while the defaults apply; grows with every change. */
  readonly version: number;
}

export const DEFAULT_STATISTICS_SETTINGS: StatisticsSettings = {
  minCell: DEFAULT_MIN_CELL,
  shareGapPoints: 5,
  relativeGapPercent: 10,
  version: 0,
};

export interface StatisticsSettingsChange extends Omit<StatisticsSettings, "version"> {
  /** The version the change was made on; a change on top of a newer one is refused (409 `stale_settings`). */
  readonly version: number;
}

/** Reads and changes the organisation's statistics settings; a change re-evaluates the flags. */
export class StatisticsSettingsService {
  constructor(
    private readonly db: Executor,
    private readonly flags: FlagRefresh,
  ) {}

  /** The stored settings, or the defaults (version 0) while none are stored. */
  async get(organisationId: string, db: Executor = this.db): Promise<StatisticsSettings> {
    const row = await findStatisticsSettings(db, organisationId);
    if (!row) return DEFAULT_STATISTICS_SETTINGS;
    return {
      minCell: row.min_cell,
      shareGapPoints: row.share_gap_points,
      relativeGapPercent: row.relative_gap_percent,
      version: row.version,
    };
  }

  async update(actor: Actor, organisationId: string, change: StatisticsSettingsChange): Promise<StatisticsSettings> {
    const next = {
      minCell: change.minCell,
      shareGapPoints: change.shareGapPoints,
      relativeGapPercent: change.relativeGapPercent,
    };
    try {
      await this.db.transaction().execute(async (trx) => {
        const before = await this.get(organisationId, trx);
        if (before.version !== change.version) throw new ConflictError("indicators.errors.staleSettings");
        const at = now();
        if (change.version === 0) {
          await insertStatisticsSettings(trx, {
            organisation_id: organisationId,
            min_cell: next.minCell,
            share_gap_points: next.shareGapPoints,
            relative_gap_percent: next.relativeGapPercent,
            version: 1,
            updated_at: at,
          });
        } else {
          const saved = await updateStatisticsSettings(trx, {
            organisationId,
            baseVersion: change.version,
            ...next,
            at,
          });
          if (!saved) throw new ConflictError("indicators.errors.staleSettings");
        }
        await audit(trx, actor, {
          organisationId,
          entityType: "statistics_settings",
          entityId: organisationId,
          action: "update",
          summary: { before: { ...before, version: undefined }, after: next, version: change.version + 1 },
        });
      });
    } catch (error) {
      // Two first saves at once: the second finds the row the first inserted.
      if (isUniqueViolation(error)) throw new ConflictError("indicators.errors.staleSettings");
      throw error;
    }
    await this.flags.refreshFlags(organisationId);
    return this.get(organisationId);
  }
}
