import type { Selectable } from "kysely";
import type { CaseTable, CaseVersionTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type CaseRow = Selectable<CaseTable>;
export type CaseVersionRow = Selectable<CaseVersionTable>;

export interface CaseFilter {
  readonly status?: string | undefined;
  readonly bodyId?: string | undefined;
  readonly caseOfficerId?: string | undefined;
}

export function insertCase(db: Executor, row: CaseRow) {
  return db.insertInto("cases").values(row).execute();
}

export function findCase(db: Executor, organisationId: string, caseId: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom("cases")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", caseId)
    .executeTakeFirst();
}

export function listCases(db: Executor, organisationId: string, filter: CaseFilter): Promise<CaseRow[]> {
  let query = db.selectFrom("cases").selectAll().where("organisation_id", "=", organisationId);
  if (filter.status) query = query.where("status", "=", filter.status);
  if (filter.bodyId) query = query.where("body_id", "=", filter.bodyId);
  if (filter.caseOfficerId) query = query.where("case_officer_id", "=", filter.caseOfficerId);
  return query.orderBy("updated_at", "desc").orderBy("id", "desc").execute();
}

/**
 * Writes new content only if nobody saved since `baseVersion` (optimistic concurrency);
 * returns false when the save is stale.
 */
export async function updateCaseContent(
  db: Executor,
  change: {
    id: string;
    baseVersion: number;
    title: string;
    sections: string;
    bodyId: string;
    departmentId: string | null;
    caseOfficerId: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("cases")
    .set({
      title: change.title,
      sections: change.sections,
      body_id: change.bodyId,
      department_id: change.departmentId,
      case_officer_id: change.caseOfficerId,
      version: change.baseVersion + 1,
      updated_at: change.at,
    })
    .where("id", "=", change.id)
    .where("version", "=", change.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves a case on in its workflow, only from the status the caller checked (guards races). */
export async function updateCaseStatus(
  db: Executor,
  change: { id: string; from: readonly string[]; to: string; at: string; extra?: Partial<CaseRow> },
): Promise<boolean> {
  const result = await db
    .updateTable("cases")
    .set({ ...change.extra, status: change.to, updated_at: change.at })
    .where("id", "=", change.id)
    .where("status", "in", change.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function insertCaseVersion(db: Executor, row: CaseVersionRow) {
  return db.insertInto("case_versions").values(row).execute();
}

export function listCaseVersions(db: Executor, caseId: string) {
  return db
    .selectFrom("case_versions")
    .leftJoin("users", "users.id", "case_versions.saved_by")
    .select([
      "case_versions.version",
      "case_versions.verdict",
      "case_versions.score",
      "case_versions.saved_at",
      "users.display_name as saved_by_name",
    ])
    .where("case_id", "=", caseId)
    .orderBy("version", "desc")
    .execute();
}

export function findCaseVersion(db: Executor, caseId: string, version: number) {
  return db
    .selectFrom("case_versions")
    .leftJoin("users", "users.id", "case_versions.saved_by")
    .selectAll("case_versions")
    .select("users.display_name as saved_by_name")
    .where("case_id", "=", caseId)
    .where("version", "=", version)
    .executeTakeFirst();
}
