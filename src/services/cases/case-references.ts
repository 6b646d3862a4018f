import { InvalidInputError } from "../../core/index.js";
import { type Executor, findUnit, rolesInOrganisation } from "../../data/index.js";

/**
 * Checks that the body, department and case officer a case names belong to its
 * organisation (and are not archived), so that no id from elsewhere slips in.
 */
export async function checkCaseReferences(
  db: Executor,
  organisationId: string,
  refs: { bodyId: string; departmentId: string | null; caseOfficerId: string | null },
): Promise<void> {
  const body = await findUnit(db, "bodies", organisationId, refs.bodyId);
  if (!body || body.archived) throw new InvalidInputError("errors.unknownBody");
  if (refs.departmentId !== null) {
    const department = await findUnit(db, "departments", organisationId, refs.departmentId);
    if (!department || department.archived) throw new InvalidInputError("errors.unknownDepartment");
  }
  if (refs.caseOfficerId !== null) {
    const roles = await rolesInOrganisation(db, refs.caseOfficerId, organisationId);
    if (!roles.includes("case_officer")) throw new InvalidInputError("errors.unknownCaseOfficer");
  }
}
