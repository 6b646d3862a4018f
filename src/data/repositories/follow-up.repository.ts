import type { Executor } from "./executor.js";

/**
 * The cases the follow-up counts (submitted at some point, or archived), with their latest
 * decision's position on the gender consequences, filtered by body and department.
 */
export async function followUpRows(
  db: Executor,
  organisationId: string,
  filter: { bodyId?: string | undefined; departmentId?: string | undefined },
) {
  let query = db
    .selectFrom("cases")
    .select([
      "id",
      "diarienummer",
      "title",
      "status",
      "body_id",
      "department_id",
      "submitted_at",
      "submitted_gender_section",
      "submitted_verdict",
      "decided_on",
    ])
    .where("organisation_id", "=", organisationId)
    .where("submitted_at", "is not", null);
  if (filter.bodyId) query = query.where("body_id", "=", filter.bodyId);
  if (filter.departmentId) query = query.where("department_id", "=", filter.departmentId);
  const cases = await query.orderBy("id").execute();
  const decisions =
    cases.length === 0
      ? []
      : await db
          .selectFrom("decisions")
          .innerJoin("cases", "cases.id", "decisions.case_id")
          .select(["decisions.case_id", "decisions.gender_considered", "decisions.recorded_at", "decisions.outcome"])
          .where("cases.organisation_id", "=", organisationId)
          .where("cases.submitted_at", "is not", null)
          .orderBy("decisions.recorded_at")
          .execute();
  return { cases, decisions };
}
