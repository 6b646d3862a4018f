import type { Executor } from "./executor.js";

/**
 * Reading the assessments of a round's members for comparisons. Only what a comparison
 * needs is read; the services decide, by each organisation's consent, what anyone sees.
 */

export interface RoundAssessmentRow {
  readonly id: string;
  readonly organisation_id: string;
  readonly checklist_version_id: string;
  readonly occasion: string;
  readonly occasion_key: string;
  readonly occasion_date: string;
}

export interface RoundAssessmentItemRow {
  readonly assessment_id: string;
  readonly item_no: number;
  readonly score: number | null;
  readonly comment: string;
  /** { text, links } as JSON. */
  readonly evidence: string;
}

/** The assessments on one checklist of the given organisations (none for an empty list). */
export async function listRoundAssessments(
  db: Executor,
  checklistId: string,
  organisationIds: readonly string[],
): Promise<RoundAssessmentRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom("assessments")
    .select(["id", "organisation_id", "checklist_version_id", "occasion", "occasion_key", "occasion_date"])
    .where("checklist_id", "=", checklistId)
    .where("organisation_id", "in", organisationIds)
    .orderBy("occasion_date")
    .orderBy("id")
    .execute();
}

/** The item rows of the given assessments (none for an empty list). */
export async function listRoundAssessmentItems(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<RoundAssessmentItemRow[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .selectFrom("assessment_items")
    .select(["assessment_id", "item_no", "score", "comment", "evidence"])
    .where("assessment_id", "in", assessmentIds)
    .orderBy("assessment_id")
    .orderBy("item_no")
    .execute();
}

/** The definition (JSON) of a checklist version, or of the checklist's latest version when no version is named. */
export function findRoundChecklistDefinition(
  db: Executor,
  checklistId: string,
  versionId?: string,
): Promise<{ id: string; version: number; definition: string } | undefined> {
  let query = db
    .selectFrom("checklist_versions")
    .select(["id", "version", "definition"])
    .where("checklist_id", "=", checklistId);
  if (versionId) query = query.where("id", "=", versionId);
  return query.orderBy("version", "desc").executeTakeFirst();
}
