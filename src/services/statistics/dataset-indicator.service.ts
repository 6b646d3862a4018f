import {
  type BreakdownRow,
  type GroupKey,
  InvalidInputError,
  studentTQuantile,
  upperTailPoint,
} from "../../core/index.js";
import {
  deleteIndicatorValues,
  type Executor,
  findIndicatorsBySourceKeys,
  type IndicatorValueRow,
  insertIndicator,
  insertIndicatorValues,
  listIndicatorValueKeys,
  newId,
  now,
  touchIndicator,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import type { DatasetService } from "./dataset.service.js";
import { AREA_COLUMNS } from "./dataset-populations.js";
import type { FlagRefresh } from "./flag-refresh.js";
import { foldText } from "./importers/sex-codes.js";
import type { IndicatorService, IndicatorSummary } from "./indicator.service.js";
import { groupKeyOf } from "./indicator-store.js";
import { AGE_BAND_COLUMN } from "./individual/index.js";

/**
 * A breakdown of a dataset saved as an indicator (source "dataset"): the K, M and T figures
 * of each group for one period, with the number of individuals behind each and, for means,
 * the standard deviation. The figures are stored unprotected, like every indicator's, and
 * disclosure control is applied wherever they are shown or exported.
 */

export interface SaveAsIndicator {
  readonly name: string;
  readonly period: string;
  readonly by: readonly string[];
  readonly ageBands?: string | undefined;
  readonly mean?: string | undefined;
  /** "count": n; "share": each sex's n as a per cent of that sex's n over all groups; "mean": the mean of `mean`. */
  readonly measureKind: "mean" | "count" | "share";
}

export class DatasetIndicatorService {
  constructor(
    private readonly db: Executor,
    private readonly datasets: DatasetService,
    private readonly indicators: IndicatorService,
    private readonly flags: FlagRefresh,
  ) {}

  async save(
    actor: Actor,
    organisationId: string,
    datasetId: string,
    input: SaveAsIndicator,
  ): Promise<IndicatorSummary> {
    if (input.measureKind === "mean" && !input.mean) throw new InvalidInputError("indicators.errors.meanRequired");
    const dataset = await this.datasets.get(organisationId, datasetId);
    const breakdown = await this.datasets.unprotectedBreakdown(organisationId, datasetId, {
      by: input.by,
      ageBands: input.ageBands,
      mean: input.measureKind === "mean" ? input.mean : undefined,
    });
    const sourceKey = `dataset:${dataset.id}:${foldText(input.name.trim())}`;
    const sourceLabel = `${dataset.name} (${dataset.fileName})`;
    const unit =
      input.measureKind === "share" ? "procent" : input.measureKind === "count" ? "antal" : (input.mean ?? null);
    const id = await this.db.transaction().execute(async (trx) => {
      const at = now();
      const [found] = await findIndicatorsBySourceKeys(trx, organisationId, [sourceKey]);
      const indicatorId = found?.id ?? newId();
      if (found) {
        await touchIndicator(trx, { id: found.id, role: "indicator", sourceKind: "dataset", sourceLabel, unit, at });
      } else {
        await insertIndicator(trx, {
          id: indicatorId,
          organisation_id: organisationId,
          role: "indicator",
          source_key: sourceKey,
          name: input.name.trim(),
          description: "",
          unit,
          measure_kind: input.measureKind,
          source_kind: "dataset",
          source_label: sourceLabel,
          department_id: null,
          plan_goal_id: null,
          national_subgoals: "[]",
          version: 1,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
      }
      const rows = valueRows(indicatorId, input, breakdown.rows);
      const incoming = new Set(rows.map((row) => JSON.stringify([row.period, row.group_key, row.sex])));
      const replaced = found
        ? (await listIndicatorValueKeys(trx, indicatorId))
            .filter((row) => incoming.has(JSON.stringify([row.period, row.group_key, row.sex])))
            .map((row) => row.id)
        : [];
      await deleteIndicatorValues(trx, replaced);
      await insertIndicatorValues(trx, rows);
      await audit(trx, actor, {
        organisationId,
        entityType: "indicator",
        entityId: indicatorId,
        action: "save_breakdown",
        summary: {
          datasetId: dataset.id,
          name: input.name.trim(),
          period: input.period,
          by: input.by,
          values: rows.length,
        },
      });
      return indicatorId;
    });
    await this.flags.refreshFlags(organisationId, [id]);
    return this.indicators.summary(organisationId, id);
  }
}

/** The stored values of a breakdown: one per group and sex. */
function valueRows(indicatorId: string, input: SaveAsIndicator, rows: readonly BreakdownRow[]): IndicatorValueRow[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.sex, (totals.get(row.sex) ?? 0) + countOf(row));
  return rows.map((row) => {
    const group = groupOf(row.group);
    const n = countOf(row);
    const figure = figureOf(input, row, n, totals.get(row.sex) ?? 0);
    return {
      id: newId(),
      indicator_id: indicatorId,
      period: input.period,
      area_code: group.areaCode,
      area_name: group.areaName,
      sex: row.sex,
      age_band: group.ageBand?.code ?? null,
      dimensions: JSON.stringify(group.dimensions),
      group_key: groupKeyOf(group),
      value: figure.value,
      count: n,
      std_dev: figure.stdDev,
      status: null,
    };
  });
}

function countOf(row: BreakdownRow): number {
  // Analysed with a threshold of 1, so every count is shown.
  return row.n.kind === "shown" ? row.n.value : 0;
}

function figureOf(
  input: SaveAsIndicator,
  row: BreakdownRow,
  n: number,
  sexTotal: number,
): { value: number | null; stdDev: number | null } {
  if (input.measureKind === "count") return { value: n, stdDev: null };
  if (input.measureKind === "share") return { value: sexTotal > 0 ? (100 * n) / sexTotal : null, stdDev: null };
  const mean = row.measures.mean;
  if (mean?.kind !== "shown" || mean.value.kind !== "estimate") return { value: null, stdDev: null };
  const { value, interval } = mean.value;
  // The t interval's half-width is t(0.975; n − 1) · sd / √n: the standard deviation comes back from it.
  const stdDev = n >= 2 ? ((interval.upper - value) * Math.sqrt(n)) / studentTQuantile(upperTailPoint(), n - 1) : null;
  return { value, stdDev };
}

function groupOf(keys: readonly GroupKey[]) {
  let area: GroupKey | undefined;
  let ageBand: { code: string; label: string } | null = null;
  const dimensions: Record<string, { code: string; label: string }> = {};
  for (const key of keys) {
    const folded = foldText(key.column).replace(/[^a-z0-9_]/g, "");
    if (area === undefined && AREA_COLUMNS.has(folded)) area = key;
    else if (ageBand === null && key.column === AGE_BAND_COLUMN) ageBand = { code: key.value, label: key.value };
    else dimensions[key.column] = { code: key.value, label: key.value };
  }
  const sorted = Object.fromEntries(Object.entries(dimensions).sort(([a], [b]) => a.localeCompare(b)));
  return { areaCode: area?.value ?? "", areaName: null, ageBand, dimensions: sorted };
}
