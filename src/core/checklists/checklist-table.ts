import { type AssessmentSum, type ItemScore, sumOfScores } from "./assessment-sum.js";
import type { ChecklistDefinition } from "./checklist-definition.js";
import { compareOccasions } from "./occasions.js";

/** One assessment as the table needs it: its occasion, date and scores in item order. */
export interface AssessmentScores {
  readonly id: string;
  readonly occasion: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** One entry per item of the checklist, in item order; null where unscored. */
  readonly scores: readonly ItemScore[];
}

export interface ChecklistTableColumn extends AssessmentScores {
  readonly sum: AssessmentSum;
}

/**
 * The table of a result report: one row per item, one column per occasion in date order,
 * and the computed sums at the foot. The web page, the exports and `jamt checklista` all
 * print this, so they can never disagree.
 */
export interface ChecklistTable {
  readonly definition: ChecklistDefinition;
  readonly columns: readonly ChecklistTableColumn[];
}

/** Builds the table; assessments may come in any order and their score lists are padded or cut to the items. */
export function buildChecklistTable(
  definition: ChecklistDefinition,
  assessments: readonly AssessmentScores[],
): ChecklistTable {
  const itemCount = definition.items.length;
  const columns = [...assessments].sort(compareOccasions).map((assessment) => {
    const scores = Array.from({ length: itemCount }, (_, index) => assessment.scores[index] ?? null);
    return { ...assessment, scores, sum: sumOfScores(scores) };
  });
  return { definition, columns };
}
