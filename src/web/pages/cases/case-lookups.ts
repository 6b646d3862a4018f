import { listBodies, listDepartments, listMembers } from "../../api/jamt-api.js";
import type { Body, Department, Member } from "../../api/types.js";

/** The names a case refers to by id: its body (nämnd), department and case officer. */
export interface CaseLookups {
  readonly bodies: readonly Body[];
  readonly departments: readonly Department[];
  readonly members: readonly Member[];
}

/** Loads the organisation's bodies, departments and members at once. */
export async function loadCaseLookups(orgId: string, signal: AbortSignal): Promise<CaseLookups> {
  const [bodies, departments, members] = await Promise.all([
    listBodies(orgId, signal),
    listDepartments(orgId, signal),
    listMembers(orgId, signal),
  ]);
  return { bodies, departments, members };
}

/** The name of the body, department or member with this id; undefined when it is unknown (or null). */
export function bodyName(lookups: CaseLookups, id: string | null): string | undefined {
  return lookups.bodies.find((body) => body.id === id)?.name;
}

export function departmentName(lookups: CaseLookups, id: string | null): string | undefined {
  return lookups.departments.find((department) => department.id === id)?.name;
}

export function memberName(lookups: CaseLookups, id: string | null): string | undefined {
  return lookups.members.find((member) => member.userId === id)?.displayName;
}

/** Options for choosing a body or department: the active ones, plus the one already chosen even if archived. */
export function activeUnits<T extends { readonly id: string; readonly name: string; readonly archived: boolean }>(
  units: readonly T[],
  keep: string | null,
  language: string,
): T[] {
  return units
    .filter((unit) => !unit.archived || unit.id === keep)
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
