import type { Selectable } from "kysely";
import type { MeasureTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type MeasureRow = Selectable<MeasureTable>;

export function insertMeasure(db: Executor, row: MeasureRow) {
  return db.insertInto("measures").values(row).execute();
}

export function findMeasure(db: Executor, organisationId: string, measureId: string): Promise<MeasureRow | undefined> {
  return db
    .selectFrom("measures")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", measureId)
    .executeTakeFirst();
}

/** An organisation's measures on one checklist, by item and then in the order they were made. */
export function listMeasures(
  db: Executor,
  organisationId: string,
  filter: { checklistId: string; itemNo?: number | undefined },
): Promise<MeasureRow[]> {
  let query = db
    .selectFrom("measures")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("checklist_id", "=", filter.checklistId);
  if (filter.itemNo !== undefined) query = query.where("item_no", "=", filter.itemNo);
  return query.orderBy("item_no").orderBy("created_at").orderBy("id").execute();
}

/**
 * Writes a change only if nobody changed the measure since `baseVersion` (optimistic
 * concurrency); returns false when the change is stale.
 */
export async function updateMeasure(
  db: Executor,
  change: {
    id: string;
    baseVersion: number;
    title: string;
    owner: string;
    dueDate: string | null;
    status: string;
    doneOn: string | null;
    evidence: string;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("measures")
    .set({
      title: change.title,
      owner: change.owner,
      due_date: change.dueDate,
      status: change.status,
      done_on: change.doneOn,
      evidence: change.evidence,
      version: change.baseVersion + 1,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .where("version", "=", change.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function deleteMeasure(db: Executor, measureId: string) {
  return db.deleteFrom("measures").where("id", "=", measureId).execute();
}
