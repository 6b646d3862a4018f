import type { AssessmentSum, ItemScore } from "../../core/index.js";
import type { AssessmentItemWithAuthor, AssessmentRow } from "../../data/index.js";
import type { ChecklistVersionView, Evidence } from "./checklist-views.js";
import { parseEvidence } from "./checklist-views.js";

/** One item of an assessment; `revision` grows with every save of that item alone. */
export interface AssessmentItemView {
  readonly no: number;
  readonly score: ItemScore;
  readonly comment: string;
  readonly evidence: Evidence;
  readonly revision: number;
  /**
   * Display name of whoever saved it last; null for the system (demo data), a removed account,
   * or an item nobody has saved yet (still empty as the assessment was created, revision 1).
   */
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

export interface AssessmentView {
  readonly id: string;
  readonly occasion: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly participants: readonly string[];
  /** The version the assessment was scored on (not necessarily the latest). */
  readonly checklist: ChecklistVersionView;
  readonly items: readonly AssessmentItemView[];
  readonly sum: AssessmentSum;
  /** The organisation's occasion before this one on the same checklist, its scores in this version's item order. */
  readonly previous: {
    readonly id: string;
    readonly occasion: string;
    readonly date: string;
    readonly scores: readonly ItemScore[];
  } | null;
}

/** One occasion as a column of the table: scores in the order of the checklist's latest version. */
export interface AssessmentColumn {
  readonly id: string;
  readonly occasion: string;
  readonly date: string;
  readonly scores: readonly ItemScore[];
  readonly sum: AssessmentSum;
  /** The version number the assessment was scored on. */
  readonly checklistVersion: number;
  readonly participants: readonly string[];
}

/** The organisation's assessments on one checklist, side by side, as a result report prints them. */
export interface AssessmentTableView {
  /** The latest version: its items are the rows of the table. */
  readonly checklist: ChecklistVersionView;
  readonly table: { readonly columns: readonly AssessmentColumn[] };
}

export function toItemView(row: AssessmentItemWithAuthor): AssessmentItemView {
  const score = row.score === null ? null : Number(row.score);
  const evidence = parseEvidence(row.evidence);
  // Creating an assessment writes every item at revision 1 in the creator's name; one left
  // empty then was not saved by anybody, so it names nobody until someone saves it.
  const neverSaved =
    row.revision <= 1 && score === null && row.comment === "" && evidence.text === "" && evidence.links.length === 0;
  return {
    no: row.item_no,
    score,
    comment: row.comment,
    evidence,
    revision: row.revision,
    updatedBy: neverSaved ? null : row.updated_by_name,
    updatedAt: row.updated_at,
  };
}

/**
 * The scores of each assessment, by item number, as a list of `itemCount` entries (1 first):
 * an item the assessment does not have, or left unscored, is null.
 */
export function scoresByAssessment(
  assessments: readonly AssessmentRow[],
  items: readonly AssessmentItemWithAuthor[],
  itemCount: (assessment: AssessmentRow) => number,
): Map<string, ItemScore[]> {
  const scores = new Map<string, ItemScore[]>(
    assessments.map((assessment) => [assessment.id, Array<ItemScore>(itemCount(assessment)).fill(null)]),
  );
  for (const item of items) {
    const list = scores.get(item.assessment_id);
    if (list && item.item_no >= 1 && item.item_no <= list.length) {
      list[item.item_no - 1] = item.score === null ? null : Number(item.score);
    }
  }
  return scores;
}
