import type { Selectable } from "kysely";
import type { ChecklistTable, ChecklistVersionTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type ChecklistRow = Selectable<ChecklistTable>;
export type ChecklistVersionRow = Selectable<ChecklistVersionTable>;

export function insertChecklist(db: Executor, row: ChecklistRow) {
  return db.insertInto("checklists").values(row).execute();
}

export function insertChecklistVersion(db: Executor, row: ChecklistVersionRow) {
  return db.insertInto("checklist_versions").values(row).execute();
}

/** Every checklist: the built-in ones first, then in the order they were added. */
export function listChecklistRows(db: Executor): Promise<ChecklistRow[]> {
  return db
    .selectFrom("checklists")
    .selectAll()
    .orderBy((eb) => eb.case().when("organisation_id", "is", null).then(0).else(1).end())
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function findChecklistRow(db: Executor, checklistId: string): Promise<ChecklistRow | undefined> {
  return db.selectFrom("checklists").selectAll().where("id", "=", checklistId).executeTakeFirst();
}

/** A checklist by its id or, for a built-in one, its key ("skr-2015"). */
export function findChecklistByIdOrKey(db: Executor, idOrKey: string): Promise<ChecklistRow | undefined> {
  return db
    .selectFrom("checklists")
    .selectAll()
    .where((eb) => eb.or([eb("id", "=", idOrKey), eb("key", "=", idOrKey)]))
    .executeTakeFirst();
}

/** The versions of some checklists, oldest first; an empty list asks for none. */
export function listChecklistVersionRows(
  db: Executor,
  checklistIds: readonly string[],
): Promise<ChecklistVersionRow[]> {
  if (checklistIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("checklist_versions")
    .selectAll()
    .where("checklist_id", "in", checklistIds)
    .orderBy("checklist_id")
    .orderBy("version")
    .execute();
}

export function findChecklistVersionRow(
  db: Executor,
  checklistId: string,
  version: number,
): Promise<ChecklistVersionRow | undefined> {
  return db
    .selectFrom("checklist_versions")
    .selectAll()
    .where("checklist_id", "=", checklistId)
    .where("version", "=", version)
    .executeTakeFirst();
}

export function findChecklistVersionById(db: Executor, versionId: string): Promise<ChecklistVersionRow | undefined> {
  return db.selectFrom("checklist_versions").selectAll().where("id", "=", versionId).executeTakeFirst();
}

export function latestChecklistVersionRow(db: Executor, checklistId: string): Promise<ChecklistVersionRow | undefined> {
  return db
    .selectFrom("checklist_versions")
    .selectAll()
    .where("checklist_id", "=", checklistId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The ids, among `versionIds`, of versions that some assessment (of any organisation) was scored on. */
export async function versionsInUse(db: Executor, versionIds: readonly string[]): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("assessments")
    .select("checklist_version_id")
    .distinct()
    .where("checklist_version_id", "in", versionIds)
    .execute();
  return new Set(rows.map((row) => row.checklist_version_id));
}

/**
 * Replaces a version's definition only while no assessment uses it; the guard is in the same
 * statement, so an assessment recorded at the same moment cannot slip under a changed text.
 * Returns false when the version is in use (or gone).
 */
export async function updateUnusedChecklistVersion(
  db: Executor,
  change: { id: string; nameSv: string; definition: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("checklist_versions")
    .set({ name_sv: change.nameSv, definition: change.definition, updated_at: change.at })
    .where("id", "=", change.id)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("assessments")
            .select("assessments.id")
            .whereRef("assessments.checklist_version_id", "=", "checklist_versions.id"),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
