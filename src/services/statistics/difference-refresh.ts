import {
  type DifferenceEvaluation,
  type DifferenceThresholds,
  evaluateDifference,
  INDICATOR_MEASURE_KINDS,
} from "../../core/index.js";
import { type DifferenceFigures, type DifferenceRow, newId, type SexFigureRow } from "../../data/index.js";
import type { GroupLabel } from "./difference-views.js";

/**
 * Pairs women's and men's figures of one indicator, period and group, and evaluates each
 * pair against the thresholds: what `DifferenceService.refreshFlags` writes.
 */

export interface EvaluatedPair {
  readonly indicatorId: string;
  readonly period: string;
  readonly groupKey: string;
  readonly evaluation: DifferenceEvaluation;
  /** The figures and flag to store; the group's label as JSON. */
  readonly figures: DifferenceFigures;
}

/** The key of one indicator, period and group. */
export function pairKey(indicatorId: string, period: string, groupKey: string): string {
  return JSON.stringify([indicatorId, period, groupKey]);
}

/**
 * Every group with both a women's and a men's figure (value not missing), evaluated. A group
 * with a figure missing is left out: there is no difference to speak of. A group in `withheld`
 * (its figures hidden by secondary suppression in the indicator's views) counts as suppressed.
 */
export function evaluatePairs(
  rows: readonly SexFigureRow[],
  thresholds: DifferenceThresholds,
  withheld: ReadonlySet<string> = new Set(),
): EvaluatedPair[] {
  const groups = new Map<string, { women?: SexFigureRow; men?: SexFigureRow }>();
  for (const row of rows) {
    const key = pairKey(row.indicator_id, row.period, row.group_key);
    const group = groups.get(key) ?? {};
    if (row.sex === "K" && !group.women) group.women = row;
    if (row.sex === "M" && !group.men) group.men = row;
    groups.set(key, group);
  }
  const pairs: EvaluatedPair[] = [];
  for (const { women, men } of groups.values()) {
    if (!women || !men || women.value === null || men.value === null) continue;
    const kind = measureKindOf(women.measure_kind);
    const evaluated = evaluateDifference(
      kind,
      {
        women: { value: women.value, count: women.count, stdDev: women.std_dev },
        men: { value: men.value, count: men.count, stdDev: men.std_dev },
      },
      thresholds,
    );
    const hidden = withheld.has(pairKey(women.indicator_id, women.period, women.group_key));
    const evaluation = hidden ? { ...evaluated, suppressed: true, flagged: false } : evaluated;
    pairs.push({
      indicatorId: women.indicator_id,
      period: women.period,
      groupKey: women.group_key,
      evaluation,
      figures: {
        group_label: JSON.stringify(groupLabelOf(women)),
        women_value: women.value,
        men_value: men.value,
        difference: evaluation.difference,
        difference_lower: evaluation.interval?.lower ?? null,
        difference_upper: evaluation.interval?.upper ?? null,
        clear: evaluation.clear === null ? null : evaluation.clear ? 1 : 0,
        flagged: evaluation.flagged ? 1 : 0,
      },
    });
  }
  return pairs;
}

/** An unknown kind (a later version's) is measured like a plain value: relative gap, never tested. */
function measureKindOf(kind: string): (typeof INDICATOR_MEASURE_KINDS)[number] {
  return (INDICATOR_MEASURE_KINDS as readonly string[]).includes(kind)
    ? (kind as (typeof INDICATOR_MEASURE_KINDS)[number])
    : "value";
}

function groupLabelOf(row: SexFigureRow): GroupLabel {
  const dimensions: Record<string, string> = {};
  const parsed = JSON.parse(row.dimensions) as Record<string, { code?: string; label?: string } | string>;
  for (const [name, category] of Object.entries(parsed)) {
    dimensions[name] = typeof category === "string" ? category : (category.label ?? category.code ?? "");
  }
  return { area: row.area_name ?? row.area_code, areaCode: row.area_code, ageBand: row.age_band, dimensions };
}

/** A newly flagged difference, not yet analysed (version 1). */
export function newDifference(organisationId: string, pair: EvaluatedPair, at: string): DifferenceRow {
  return {
    id: newId(),
    organisation_id: organisationId,
    indicator_id: pair.indicatorId,
    period: pair.period,
    group_key: pair.groupKey,
    ...pair.figures,
    problem: "",
    goals_and_methods: "",
    explanation: "",
    judgment: null,
    judgment_reason: "",
    subgoals: "[]",
    dimensions_considered: "[]",
    analysed_by: null,
    analysed_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
}

/** Whether a refresh would write nothing new onto the difference. */
export function sameFigures(row: DifferenceRow, figures: DifferenceFigures): boolean {
  return (
    row.group_label === figures.group_label &&
    row.women_value === figures.women_value &&
    row.men_value === figures.men_value &&
    row.difference === figures.difference &&
    row.difference_lower === figures.difference_lower &&
    row.difference_upper === figures.difference_upper &&
    row.clear === figures.clear &&
    row.flagged === figures.flagged
  );
}
