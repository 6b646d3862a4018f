import type { Observation, ObservationSource } from "../../core/index.js";
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
import type { IndicatorRole, MeasureKind, SourceKind } from "./indicator.service.js";

/**
 * Writes imported observations as indicators and their values, inside the caller's
 * transaction: one indicator per source key (the observation's indicator id) and organisation,
 * created on first import; a value imported again (same period, group and sex) replaces the
 * one stored before, so that re-importing a file never doubles it.
 */

export interface StoreOptions {
  readonly role: IndicatorRole;
  /** Chosen by the importer; guessed from the unit when not given. */
  readonly measureKind?: MeasureKind | undefined;
  /** Overrides the unit the source names. */
  readonly unit?: string | undefined;
  /** What the action is called in the audit log ("import", "kolada", "dataset"). */
  readonly action: string;
}

/** The canonical text of a value's group (area, age band, other breakdowns): the values of one group share it. */
export function groupKeyOf(observation: Pick<Observation, "areaCode" | "ageBand" | "dimensions">): string {
  const dimensions = Object.entries(observation.dimensions)
    .map(([name, category]) => [name, category.code])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify([observation.areaCode, observation.ageBand?.code ?? null, dimensions]);
}

/** How the methods note and the list name where an observation came from. */
export function sourceOf(source: ObservationSource): { kind: SourceKind; label: string } {
  switch (source.kind) {
    case "kolada":
      return { kind: "kolada", label: "Kolada" };
    case "file":
      return { kind: "file", label: source.name };
    case "scb": {
      const name = source.label ?? "SCB";
      return { kind: "scb", label: source.table ? `SCB ${source.table}: ${name}` : `SCB: ${name}` };
    }
  }
}

/** A share in per cent or a rate per 1,000 is told by its unit; anything else is a value. */
export function guessMeasureKind(unit: string | null, role: IndicatorRole): MeasureKind {
  if (role === "population") return "count";
  const folded = (unit ?? "").toLowerCase();
  if (folded.includes("%") || folded.includes("procent") || folded.includes("percent") || folded.includes("andel"))
    return "share";
  if (/1\s?000|tusen|thousand/.test(folded)) return "rate";
  if (folded.includes("antal") || folded === "count") return "count";
  return "value";
}

/** Stores the observations; returns the ids of the indicators written, in the order first met. */
export async function storeObservations(
  trx: Executor,
  actor: Actor | null,
  organisationId: string,
  observations: readonly Observation[],
  options: StoreOptions,
): Promise<string[]> {
  const bySource = new Map<string, Observation[]>();
  for (const observation of observations) {
    bySource.set(observation.indicatorId, [...(bySource.get(observation.indicatorId) ?? []), observation]);
  }
  const existing = new Map(
    (await findIndicatorsBySourceKeys(trx, organisationId, [...bySource.keys()])).map((row) => [row.source_key, row]),
  );
  const at = now();
  const ids: string[] = [];
  for (const [sourceKey, group] of bySource) {
    const first = group[0] as Observation;
    const source = sourceOf(first.source);
    const unit = options.unit?.trim() || first.unit;
    const found = existing.get(sourceKey);
    let id: string;
    if (found) {
      id = found.id;
      await touchIndicator(trx, {
        id,
        role: options.role,
        sourceKind: source.kind,
        sourceLabel: source.label,
        unit,
        at,
      });
    } else {
      id = newId();
      await insertIndicator(trx, {
        id,
        organisation_id: organisationId,
        role: options.role,
        source_key: sourceKey,
        name: first.indicatorName ?? sourceKey,
        description: "",
        unit,
        measure_kind: options.measureKind ?? guessMeasureKind(unit, options.role),
        source_kind: source.kind,
        source_label: source.label,
        department_id: null,
        plan_goal_id: null,
        national_subgoals: "[]",
        version: 1,
        created_by: actor?.userId ?? null,
        created_at: at,
        updated_at: at,
      });
    }
    const rows = group.map((observation) => valueRow(id, observation));
    const incoming = new Set(rows.map(valueKey));
    const replaced = found
      ? (await listIndicatorValueKeys(trx, id)).filter((row) => incoming.has(valueKey(row))).map((row) => row.id)
      : [];
    await deleteIndicatorValues(trx, replaced);
    await insertIndicatorValues(trx, rows);
    await audit(trx, actor, {
      organisationId,
      entityType: "indicator",
      entityId: id,
      action: options.action,
      summary: {
        source: source.label,
        role: options.role,
        values: rows.length,
        replaced: replaced.length,
        periods: [...new Set(rows.map((row) => row.period))].sort(),
      },
    });
    ids.push(id);
  }
  return ids;
}

function valueKey(row: Pick<IndicatorValueRow, "period" | "group_key" | "sex">): string {
  return JSON.stringify([row.period, row.group_key, row.sex]);
}

export function valueRow(
  indicatorId: string,
  observation: Observation,
  stdDev: number | null = null,
): IndicatorValueRow {
  const dimensions = Object.fromEntries(Object.entries(observation.dimensions).sort(([a], [b]) => a.localeCompare(b)));
  return {
    id: newId(),
    indicator_id: indicatorId,
    period: observation.period,
    area_code: observation.areaCode,
    area_name: observation.areaName,
    sex: observation.sex,
    age_band: observation.ageBand?.code ?? null,
    dimensions: JSON.stringify(dimensions),
    group_key: groupKeyOf(observation),
    value: observation.value,
    count: observation.count,
    std_dev: stdDev,
    status: observation.status,
  };
}
