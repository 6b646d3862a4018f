import {
  ConflictError,
  InvalidInputError,
  type MethodsNote,
  methodsNote,
  NotFoundError,
  type SexCode,
} from "../../core/index.js";
import {
  countDocumentedDifferences,
  deleteIndicator,
  type Executor,
  findIndicator,
  findPlanGoal,
  findUnit,
  type IndicatorRow,
  listIndicators,
  listIndicatorValues,
  now,
  openDifferenceCounts,
  periodsOfIndicators,
  updateIndicator,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { type DisclosedValue, discloseValues, type Published } from "./indicator-disclosure.js";
import type { StatisticsSettingsService } from "./statistics-settings.service.js";

/** "indicator", or "population" for the denominators of rates per 1,000 inhabitants. */
export const INDICATOR_ROLES = ["indicator", "population"] as const;
export type IndicatorRole = (typeof INDICATOR_ROLES)[number];

/** What a value measures: a share (per cent), a rate (per 1,000), a mean, a count or another value. */
export const MEASURE_KINDS = ["share", "rate", "mean", "count", "value"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const SOURCE_KINDS = ["file", "scb", "kolada", "dataset"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** An indicator as lists show it. */
export interface IndicatorSummary {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly measureKind: MeasureKind;
  readonly sourceKind: SourceKind;
  readonly sourceLabel: string;
  readonly role: IndicatorRole;
  readonly departmentId: string | null;
  readonly planGoalId: string | null;
  readonly nationalSubgoals: readonly number[];
  /** The periods it has values for, in order. */
  readonly periods: readonly string[];
  readonly latestPeriod: string | null;
  /** Flagged differences between women and men on it still to be analysed or acted on. */
  readonly openDifferences: number;
  readonly version: number;
}

/** One value as the indicator view shows it, disclosure control applied. */
export interface IndicatorValueView {
  readonly period: string;
  readonly areaCode: string;
  readonly areaName: string | null;
  readonly sex: SexCode | null;
  readonly ageBand: string | null;
  readonly dimensions: Readonly<Record<string, { code: string; label: string }>>;
  /** Withheld when it rests on 1 … minCell − 1 individuals, or would let such a figure be recomputed. */
  readonly value: Published<number | null>;
  readonly count: Published<number> | null;
}

export interface IndicatorView {
  readonly indicator: IndicatorSummary & { readonly description: string };
  readonly values: readonly IndicatorValueView[];
  readonly minCell: number;
  readonly methods: MethodsNote;
}

export interface IndicatorChange {
  readonly version: number;
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly unit?: string | null | undefined;
  readonly measureKind?: MeasureKind | undefined;
  readonly departmentId?: string | null | undefined;
  readonly planGoalId?: string | null | undefined;
  readonly nationalSubgoals?: readonly number[] | undefined;
}

/** Indicators: listed, read with disclosure control applied, described, linked and removed. */
export class IndicatorService {
  constructor(
    private readonly db: Executor,
    private readonly settings: StatisticsSettingsService,
  ) {}

  async list(organisationId: string, filter: { role?: IndicatorRole | undefined } = {}): Promise<IndicatorSummary[]> {
    return this.summaries(this.db, await listIndicators(this.db, organisationId, filter));
  }

  async summary(organisationId: string, indicatorId: string, db: Executor = this.db): Promise<IndicatorSummary> {
    const [summary] = await this.summaries(db, [await this.row(db, organisationId, indicatorId)]);
    return summary as IndicatorSummary;
  }

  /** The summaries of the given rows, with their periods and flagged differences. */
  async summaries(db: Executor, rows: readonly IndicatorRow[]): Promise<IndicatorSummary[]> {
    const ids = rows.map((row) => row.id);
    const [periods, differences] = await Promise.all([periodsOfIndicators(db, ids), openDifferenceCounts(db, ids)]);
    return rows.map((row) => toSummary(row, periods.get(row.id) ?? [], differences.get(row.id) ?? 0));
  }

  /** The indicator with every value, disclosure control applied with the organisation's threshold. */
  async get(organisationId: string, indicatorId: string): Promise<IndicatorView> {
    const row = await this.row(this.db, organisationId, indicatorId);
    const [[summary], values, settings] = await Promise.all([
      this.summaries(this.db, [row]),
      listIndicatorValues(this.db, row.id),
      this.settings.get(organisationId),
    ]);
    const disclosed = discloseValues(
      values,
      { measureKind: row.measure_kind, sourceKind: row.source_kind },
      settings.minCell,
    );
    return {
      indicator: { ...(summary as IndicatorSummary), description: row.description },
      values: disclosed.map(toValueView),
      minCell: settings.minCell,
      methods: notesOf(row, settings.minCell),
    };
  }

  /** Changes the description or links unless someone changed the indicator since `version` (409 `stale_indicator`). */
  async update(
    actor: Actor,
    organisationId: string,
    indicatorId: string,
    change: IndicatorChange,
  ): Promise<IndicatorSummary> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, indicatorId);
      if (row.version !== change.version) throw new ConflictError("indicators.errors.staleIndicator");
      const name = change.name === undefined ? row.name : change.name.trim();
      if (name === "") throw new InvalidInputError("indicators.errors.emptyName");
      const departmentId = change.departmentId === undefined ? row.department_id : change.departmentId;
      const planGoalId = change.planGoalId === undefined ? row.plan_goal_id : change.planGoalId;
      if (departmentId !== null && !(await findUnit(trx, "departments", organisationId, departmentId))) {
        throw new InvalidInputError("indicators.errors.unknownDepartment");
      }
      if (planGoalId !== null && !(await findPlanGoal(trx, organisationId, planGoalId))) {
        throw new InvalidInputError("indicators.errors.unknownPlanGoal");
      }
      const next = {
        name,
        description: change.description?.trim() ?? row.description,
        unit: change.unit === undefined ? row.unit : change.unit?.trim() || null,
        measureKind: change.measureKind ?? row.measure_kind,
        departmentId,
        planGoalId,
        nationalSubgoals: [...new Set(change.nationalSubgoals ?? parseSubgoals(row.national_subgoals))].sort(),
      };
      const saved = await updateIndicator(trx, { id: row.id, baseVersion: change.version, ...next, at: now() });
      if (!saved) throw new ConflictError("indicators.errors.staleIndicator");
      await audit(trx, actor, {
        organisationId,
        entityType: "indicator",
        entityId: row.id,
        action: "update",
        summary: { ...next, version: change.version + 1 },
      });
    });
    return this.summary(organisationId, indicatorId);
  }

  /**
   * Removes the indicator with its values and its differences; refused (409
   * `documented_differences`) while any of its differences has a documented analysis or measure.
   */
  async delete(actor: Actor, organisationId: string, indicatorId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, indicatorId);
      const documented = await countDocumentedDifferences(trx, row.id);
      if (documented > 0) throw new ConflictError("indicators.errors.documentedDifferences", { count: documented });
      await deleteIndicator(trx, row.id);
      await audit(trx, actor, {
        organisationId,
        entityType: "indicator",
        entityId: row.id,
        action: "delete",
        summary: { name: row.name, sourceLabel: row.source_label },
      });
    });
  }

  /** The rows an export writes: the view's values, disclosure control applied. */
  async disclosed(
    organisationId: string,
    indicatorId: string,
  ): Promise<{ indicator: IndicatorRow; values: DisclosedValue[]; minCell: number; methods: MethodsNote }> {
    const row = await this.row(this.db, organisationId, indicatorId);
    const [values, settings] = await Promise.all([
      listIndicatorValues(this.db, row.id),
      this.settings.get(organisationId),
    ]);
    return {
      indicator: row,
      values: discloseValues(values, { measureKind: row.measure_kind, sourceKind: row.source_kind }, settings.minCell),
      minCell: settings.minCell,
      methods: notesOf(row, settings.minCell),
    };
  }

  private async row(db: Executor, organisationId: string, indicatorId: string): Promise<IndicatorRow> {
    const row = await findIndicator(db, organisationId, indicatorId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }
}

/** The methods note of an indicator: its source, the threshold, and no reference date (ages came as they were). */
function notesOf(row: IndicatorRow, minCell: number): MethodsNote {
  return methodsNote({ referenceDate: null, minCell, sources: [row.source_label], generatedAt: now() });
}

function parseSubgoals(text: string): number[] {
  return JSON.parse(text) as number[];
}

export function toSummary(row: IndicatorRow, periods: readonly string[], openDifferences: number): IndicatorSummary {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    measureKind: row.measure_kind as MeasureKind,
    sourceKind: row.source_kind as SourceKind,
    sourceLabel: row.source_label,
    role: row.role as IndicatorRole,
    departmentId: row.department_id,
    planGoalId: row.plan_goal_id,
    nationalSubgoals: parseSubgoals(row.national_subgoals),
    periods,
    latestPeriod: periods.at(-1) ?? null,
    openDifferences,
    version: row.version,
  };
}

function toValueView({ row, value, count }: DisclosedValue): IndicatorValueView {
  return {
    period: row.period,
    areaCode: row.area_code,
    areaName: row.area_name,
    sex: row.sex as SexCode | null,
    ageBand: row.age_band,
    dimensions: JSON.parse(row.dimensions) as IndicatorValueView["dimensions"],
    value,
    count,
  };
}
