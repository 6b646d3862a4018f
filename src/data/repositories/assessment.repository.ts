import type { Selectable } from "kysely";
import type { AssessmentItemTable, AssessmentTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type AssessmentRow = Selectable<AssessmentTable>;
export type AssessmentItemRow = Selectable<AssessmentItemTable>;
/** An item with the display name of whoever saved it last. */
export type AssessmentItemWithAuthor = AssessmentItemRow & { readonly updated_by_name: string | null };

export function insertAssessment(db: Executor, row: AssessmentRow) {
  return db.insertInto("assessments").values(row).execute();
}

export function insertAssessmentItems(db: Executor, rows: readonly AssessmentItemRow[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto("assessment_items")
    .values([...rows])
    .execute();
}

export function findAssessment(
  db: Executor,
  organisationId: string,
  assessmentId: string,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom("assessments")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", assessmentId)
    .executeTakeFirst();
}

/** An organisation's assessments on one checklist, in date order. */
export function listAssessments(db: Executor, organisationId: string, checklistId: string): Promise<AssessmentRow[]> {
  return db
    .selectFrom("assessments")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("checklist_id", "=", checklistId)
    .orderBy("occasion_date")
    .orderBy("created_at")
    .execute();
}

/** The assessment of an organisation on a checklist whose occasion folds to `occasionKey`, if any. */
export function findAssessmentByOccasion(
  db: Executor,
  organisationId: string,
  checklistId: string,
  occasionKey: string,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom("assessments")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("checklist_id", "=", checklistId)
    .where("occasion_key", "=", occasionKey)
    .executeTakeFirst();
}

/** The items of some assessments, in item order; an empty list asks for none. */
export function listAssessmentItems(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<AssessmentItemWithAuthor[]> {
  if (assessmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("assessment_items")
    .leftJoin("users", "users.id", "assessment_items.updated_by")
    .selectAll("assessment_items")
    .select("users.display_name as updated_by_name")
    .where("assessment_items.assessment_id", "in", assessmentIds)
    .orderBy("assessment_items.assessment_id")
    .orderBy("assessment_items.item_no")
    .execute();
}

export function updateAssessment(
  db: Executor,
  change: { id: string; occasion: string; occasionKey: string; date: string; participants: string; at: string },
) {
  return db
    .updateTable("assessments")
    .set({
      occasion: change.occasion,
      occasion_key: change.occasionKey,
      occasion_date: change.date,
      participants: change.participants,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .execute();
}

export function deleteAssessment(db: Executor, assessmentId: string) {
  return db.deleteFrom("assessments").where("id", "=", assessmentId).execute();
}

/**
 * Saves one item only if nobody saved that item since `baseRevision` (optimistic concurrency
 * per item: saving item 3 never touches item 4). Returns false when the save is stale.
 */
export async function updateAssessmentItem(
  db: Executor,
  change: {
    assessmentId: string;
    no: number;
    baseRevision: number;
    score: number | null;
    comment: string;
    evidence: string;
    by: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("assessment_items")
    .set({
      score: change.score,
      comment: change.comment,
      evidence: change.evidence,
      revision: change.baseRevision + 1,
      updated_by: change.by,
      updated_at: change.at,
    })
    .where("assessment_id", "=", change.assessmentId)
    .where("item_no", "=", change.no)
    .where("revision", "=", change.baseRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the assessment as changed when one of its items is saved. */
export function touchAssessment(db: Executor, assessmentId: string, at: string) {
  return db.updateTable("assessments").set({ updated_at: at }).where("id", "=", assessmentId).execute();
}
