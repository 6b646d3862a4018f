import type { ChecklistSummary } from "../../api/checklist-types.js";
import { organisationPath } from "../../session/home-path.js";

/**
 * The checklist pages keep their choices in the URL, in Swedish like the paths:
 * ?checklista=<checklist id>, and on the agenda ?punkt=<item no>&bedomning=<assessment id>
 * (a measure started from an item of an assessment).
 */
export const PARAMS = { checklist: "checklista", item: "punkt", assessment: "bedomning" } as const;

/** The path of a checklist page of the organisation, keeping the chosen checklist. */
export function checklistPath(orgId: string, page: string, params: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ""));
  const path = organisationPath(orgId, page === "" ? "checklista" : `checklista/${page}`);
  return search.size > 0 ? `${path}?${search}` : path;
}

/** The checklists an organisation can assess itself on: the built-in ones and its own. */
export function checklistsOf(orgId: string, checklists: readonly ChecklistSummary[]): ChecklistSummary[] {
  return checklists.filter((checklist) => checklist.builtIn || checklist.organisationId === orgId);
}
