import type { Executor } from "../../data/index.js";
import { DatasetService } from "./dataset.service.js";
import { DatasetIndicatorService } from "./dataset-indicator.service.js";
import type { FlagRefresh } from "./flag-refresh.js";
import type { KoladaFetch } from "./importers/index.js";
import { IndicatorService } from "./indicator.service.js";
import { IndicatorImportService } from "./indicator-import.service.js";
import { PlanGoalService } from "./plan-goal.service.js";
import { StatisticsSettingsService } from "./statistics-settings.service.js";

/** The services behind indicators, datasets, plan goals and the statistics settings. */
export interface StatisticsServices {
  readonly settings: StatisticsSettingsService;
  readonly planGoals: PlanGoalService;
  readonly indicators: IndicatorService;
  readonly indicatorImport: IndicatorImportService;
  readonly datasets: DatasetService;
  readonly datasetIndicators: DatasetIndicatorService;
}

export interface StatisticsOptions {
  /** The data folder: datasets are kept in its `datasets/`, uploads pass through its `uploads/`. */
  readonly dataDir: string;
  /** Kolada's API v3 (`JAMT_KOLADA_URL`). */
  readonly koladaBaseUrl: string;
  /** How Kolada is reached: the global `fetch` unless given. */
  readonly koladaFetch?: KoladaFetch;
  /** Re-evaluates flagged differences after imports and changed thresholds. */
  readonly flags: FlagRefresh;
}

export function createStatisticsServices(db: Executor, options: StatisticsOptions): StatisticsServices {
  const settings = new StatisticsSettingsService(db, options.flags);
  const indicators = new IndicatorService(db, settings);
  const datasets = new DatasetService(db, settings, options.dataDir);
  return {
    settings,
    planGoals: new PlanGoalService(db),
    indicators,
    indicatorImport: new IndicatorImportService(db, indicators, options.flags, {
      baseUrl: options.koladaBaseUrl,
      fetch: options.koladaFetch ?? ((url, init) => fetch(url, init)),
    }),
    datasets,
    datasetIndicators: new DatasetIndicatorService(db, datasets, indicators, options.flags),
  };
}
