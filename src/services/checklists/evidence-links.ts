import { InvalidInputError } from "../../core/index.js";
import { type Executor, findCase } from "../../data/index.js";
import type { EvidenceLink } from "./checklist-views.js";

/**
 * Checks that every case a link points at is a case of the organisation, so that evidence
 * never names (or leaks the existence of) another organisation's case. Web addresses are
 * checked for their scheme by the HTTP schema.
 */
export async function checkEvidenceLinks(
  db: Executor,
  organisationId: string,
  links: readonly EvidenceLink[],
): Promise<void> {
  const caseIds = [...new Set(links.flatMap((link) => (link.kind === "case" ? [link.caseId] : [])))];
  for (const caseId of caseIds) {
    if (!(await findCase(db, organisationId, caseId))) throw new InvalidInputError("checklists.errors.unknownCase");
  }
}
