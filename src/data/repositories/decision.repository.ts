import type { Selectable } from "kysely";
import type { AssignmentTable, DecisionTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type DecisionRow = Selectable<DecisionTable>;
export type AssignmentRow = Selectable<AssignmentTable>;

export function insertDecision(db: Executor, row: DecisionRow) {
  return db.insertInto("decisions").values(row).execute();
}

export function listDecisionsOfCase(db: Executor, caseId: string): Promise<DecisionRow[]> {
  return db
    .selectFrom("decisions")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("recorded_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findDecision(db: Executor, caseId: string, decisionId: string): Promise<DecisionRow | undefined> {
  return db
    .selectFrom("decisions")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("id", "=", decisionId)
    .executeTakeFirst();
}

export function insertAssignment(db: Executor, row: AssignmentRow) {
  return db.insertInto("assignments").values(row).execute();
}

export function findAssignment(
  db: Executor,
  organisationId: string,
  assignmentId: string,
): Promise<AssignmentRow | undefined> {
  return db
    .selectFrom("assignments")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", assignmentId)
    .executeTakeFirst();
}

/** An organisation's assignments with the deciding case and, once it exists, the report-back case. */
export function listAssignments(db: Executor, organisationId: string, filter: { caseId?: string | undefined } = {}) {
  let query = db
    .selectFrom("assignments")
    .innerJoin("cases", "cases.id", "assignments.case_id")
    .innerJoin("decisions", "decisions.id", "assignments.decision_id")
    .selectAll("assignments")
    .select([
      "cases.diarienummer as case_diarienummer",
      "cases.title as case_title",
      "decisions.paragraph_number",
      "decisions.paragraph_year",
      "decisions.decided_on",
    ])
    .where("assignments.organisation_id", "=", organisationId);
  if (filter.caseId) query = query.where("assignments.case_id", "=", filter.caseId);
  return query.orderBy("assignments.due_date").orderBy("assignments.id").execute();
}

/** The report-back cases linked to an assignment. */
export function listReportCases(db: Executor, assignmentIds: readonly string[]) {
  if (assignmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("cases")
    .select(["id", "diarienummer", "title", "status", "reports_on_assignment_id"])
    .where("reports_on_assignment_id", "in", assignmentIds)
    .execute();
}

export function closeAssignment(db: Executor, assignmentId: string, byCaseId: string, at: string) {
  return db
    .updateTable("assignments")
    .set({ closed_at: at, closed_by_case_id: byCaseId })
    .where("id", "=", assignmentId)
    .where("closed_at", "is", null)
    .execute();
}
