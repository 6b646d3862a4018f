import {
  ANALYSIS_DIMENSION_LABELS,
  ANALYSIS_DIMENSIONS,
  ConflictError,
  DEFAULT_DIFFERENCE_THRESHOLDS,
  type DifferenceStatus,
  type DifferenceThresholds,
  type Locale,
  NATIONAL_SUBGOALS,
  NotFoundError,
} from "../../core/index.js";
import {
  type DifferenceRow,
  type Executor,
  findDifference,
  findStatisticsSettings,
  insertDifference,
  listDifferenceMeasures,
  listDifferencePeriods,
  listDifferenceRows,
  listDifferences,
  listSexFigures,
  now,
  unflagDifferences,
  updateDifferenceAnalysis,
  updateDifferenceFigures,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { type AnalysisSave, tidyAnalysis } from "./difference-analysis.js";
import { DifferenceMeasureService } from "./difference-measure.service.js";
import { evaluatePairs, newDifference, pairKey, sameFigures } from "./difference-refresh.js";
import { buildReport, type DifferenceReport, type DifferenceReportExport } from "./difference-report.js";
import {
  type DifferenceSummary,
  type DifferenceView,
  measuresByDifference,
  todayUtc,
  toMeasureView,
  toSummary,
  toView,
} from "./difference-views.js";
import type { FlagRefresh } from "./flag-refresh.js";
import { withheldPairs } from "./withheld-pairs.js";

export type { AnalysisSave } from "./difference-analysis.js";
export type { DifferenceMeasureChange, NewDifferenceMeasure } from "./difference-measure.service.js";
export type { DifferenceReport, DifferenceReportExport, ReportDepartment } from "./difference-report.js";
export {
  type DifferenceMeasureView,
  type DifferenceSummary,
  type DifferenceView,
  type GroupLabel,
  todayUtc,
} from "./difference-views.js";

/** What a refresh did: pairs evaluated, differences newly flagged and no longer flagged. */
export interface RefreshOutcome {
  readonly evaluated: number;
  readonly flagged: number;
  readonly unflagged: number;
}

export interface DifferenceListFilter {
  readonly period?: string | undefined;
  readonly status?: DifferenceStatus | undefined;
  readonly departmentId?: string | undefined;
  readonly indicatorId?: string | undefined;
}

/** The national sub-goals and the other dimensions, in one language, for the analysis form. */
export interface NationalSubgoalsView {
  readonly subgoals: readonly { readonly no: number; readonly title: string; readonly questions: readonly string[] }[];
  readonly dimensions: readonly { readonly key: string; readonly label: string }[];
}

/**
 * The follow-up of differences between women and men: flags from the organisation's
 * thresholds, the documented analysis, measures until done, and the report per department.
 */
export class DifferenceService implements FlagRefresh {
  /** Measures against unjustified differences. */
  readonly measures: DifferenceMeasureService;

  constructor(private readonly db: Executor) {
    this.measures = new DifferenceMeasureService(db);
  }

  /** The organisation's thresholds, or the defaults (5, 5 points, 10 %) while none are stored. */
  async thresholds(organisationId: string, db: Executor = this.db): Promise<DifferenceThresholds> {
    const row = await findStatisticsSettings(db, organisationId);
    if (!row) return DEFAULT_DIFFERENCE_THRESHOLDS;
    return {
      minCell: row.min_cell,
      shareGapPoints: row.share_gap_points,
      relativeGapPercent: row.relative_gap_percent,
    };
  }

  /**
   * Evaluates every period and group with both a women's and a men's figure of the
   * organisation's indicators (only those named, when given) and records the outcome: a new
   * difference where it is flagged, the latest figures and flag on one that exists. A
   * difference no longer flagged (or whose figures are gone) keeps its analysis with
   * `flagged` false; nothing is ever deleted. Figures resting on 1 … minCell − 1 individuals
   * are never flagged, and their figures are not written onto an existing difference.
   * One transaction with one audit entry when anything changed.
   * WARNING: call it after the caller's transaction has committed, not inside it (on SQLite a
   * second transaction would wait for the first forever).
   */
  async refreshFlags(organisationId: string, indicatorIds?: readonly string[]): Promise<RefreshOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const thresholds = await this.thresholds(organisationId, trx);
      const [figures, existing, withheld] = await Promise.all([
        listSexFigures(trx, organisationId, indicatorIds),
        listDifferenceRows(trx, organisationId, indicatorIds),
        withheldPairs(trx, organisationId, indicatorIds, thresholds.minCell),
      ]);
      const byKey = new Map(existing.map((row) => [pairKey(row.indicator_id, row.period, row.group_key), row]));
      const pairs = evaluatePairs(figures, thresholds, withheld);
      const seen = new Set<string>();
      const toUnflag: string[] = [];
      let flagged = 0;
      const at = now();
      for (const pair of pairs) {
        const key = pairKey(pair.indicatorId, pair.period, pair.groupKey);
        seen.add(key);
        const row = byKey.get(key);
        if (!row) {
          if (pair.figures.flagged === 0) continue;
          await insertDifference(trx, newDifference(organisationId, pair, at));
          flagged += 1;
        } else if (pair.evaluation.suppressed) {
          if (row.flagged === 1) toUnflag.push(row.id);
        } else if (!sameFigures(row, pair.figures)) {
          await updateDifferenceFigures(trx, row.id, pair.figures, at);
          if (row.flagged === 0 && pair.figures.flagged === 1) flagged += 1;
          if (row.flagged === 1 && pair.figures.flagged === 0) toUnflag.push(row.id);
        }
      }
      for (const row of existing) {
        if (row.flagged === 1 && !seen.has(pairKey(row.indicator_id, row.period, row.group_key))) toUnflag.push(row.id);
      }
      await unflagDifferences(trx, toUnflag, at);
      const outcome = { evaluated: pairs.length, flagged, unflagged: toUnflag.length };
      if (flagged > 0 || toUnflag.length > 0) {
        await audit(trx, null, {
          organisationId,
          entityType: "difference",
          entityId: organisationId,
          action: "refresh",
          summary: { ...outcome, indicatorIds: indicatorIds ?? null, thresholds },
        });
      }
      return outcome;
    });
  }

  /** The organisation's differences for the filter, with every period there is. */
  async list(
    organisationId: string,
    filter: DifferenceListFilter = {},
    today: string = todayUtc(),
  ): Promise<{ differences: DifferenceSummary[]; periods: string[] }> {
    const [rows, measureRows, periods] = await Promise.all([
      listDifferences(this.db, organisationId, filter),
      listDifferenceMeasures(this.db, organisationId),
      listDifferencePeriods(this.db, organisationId),
    ]);
    const measures = measuresByDifference(measureRows);
    const differences = rows
      .map((row) => toSummary(row, measures.get(row.id) ?? [], today))
      .filter((summary) => filter.status === undefined || summary.status === filter.status);
    return { differences, periods };
  }

  /** One difference with its analysis and measures; another organisation's is not found. */
  async get(organisationId: string, differenceId: string, today: string = todayUtc()): Promise<DifferenceView> {
    return this.view(this.db, organisationId, differenceId, today);
  }

  /**
   * Saves the analysis unless someone saved one since `version` (409 `stale_difference`,
   * nothing changes). A judgment needs a reason; "unjustified" is handled only once it has a
   * measure (until then the status is `measure_needed`).
   */
  async saveAnalysis(
    actor: Actor | null,
    organisationId: string,
    differenceId: string,
    save: AnalysisSave,
    today: string = todayUtc(),
  ): Promise<DifferenceView> {
    const analysis = tidyAnalysis(save);
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, differenceId);
      if (row.version !== save.version) throw new ConflictError("differences.errors.staleDifference");
      const saved = await updateDifferenceAnalysis(trx, {
        id: row.id,
        baseVersion: save.version,
        ...analysis,
        analysedBy: actor?.userId ?? null,
        at: now(),
      });
      if (!saved) throw new ConflictError("differences.errors.staleDifference");
      await audit(trx, actor, {
        organisationId,
        entityType: "difference",
        entityId: row.id,
        action: "analyse",
        summary: {
          version: save.version + 1,
          judgment: analysis.judgment,
          judgmentReason: analysis.judgmentReason,
          subgoals: analysis.subgoals,
          dimensionsConsidered: analysis.dimensionsConsidered,
        },
      });
    });
    return this.get(organisationId, differenceId, today);
  }

  /** The follow-up report of a period (the latest when none is given) per department; see `buildReport`. */
  async report(organisationId: string, period?: string, today: string = todayUtc()): Promise<DifferenceReport> {
    return (await this.reportData(organisationId, period, today)).report;
  }

  /** The report with what its XLSX and CSV files add: thresholds, judgments and measures. */
  async reportExport(
    organisationId: string,
    period?: string,
    today: string = todayUtc(),
  ): Promise<DifferenceReportExport> {
    const data = await this.reportData(organisationId, period, today);
    return { ...data, thresholds: await this.thresholds(organisationId) };
  }

  private async reportData(organisationId: string, period: string | undefined, today: string) {
    const [rows, measureRows] = await Promise.all([
      listDifferences(this.db, organisationId, {}),
      listDifferenceMeasures(this.db, organisationId),
    ]);
    return buildReport(rows, measureRows, period, today);
  }

  /** The six national sub-goals with their analysis questions and the dimensions to remember, in `locale`. */
  nationalSubgoals(locale: Locale): NationalSubgoalsView {
    return {
      subgoals: NATIONAL_SUBGOALS.map((goal) => ({
        no: goal.no,
        title: goal.title[locale],
        questions: goal.questions.map((question) => question[locale]),
      })),
      dimensions: ANALYSIS_DIMENSIONS.map((key) => ({ key, label: ANALYSIS_DIMENSION_LABELS[key][locale] })),
    };
  }

  private async view(db: Executor, organisationId: string, differenceId: string, today: string) {
    const [row] = await listDifferences(db, organisationId, { differenceId });
    if (!row) throw new NotFoundError("errors.notFound");
    const measures = (await listDifferenceMeasures(db, organisationId, differenceId)).map(toMeasureView);
    return toView(row, measures, today);
  }

  private async row(db: Executor, organisationId: string, differenceId: string): Promise<DifferenceRow> {
    const row = await findDifference(db, organisationId, differenceId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }
}
