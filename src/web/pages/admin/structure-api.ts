import type { BodyKind } from "../../../core/index.js";
import {
  createBody,
  createDepartment,
  listBodies,
  listDepartments,
  updateBody,
  updateDepartment,
} from "../../api/jamt-api.js";

/** The two parts of an organisation's structure that are administered alike. */
export type StructureSection = "bodies" | "departments";

/** A body or a department; only bodies have a kind. */
export interface StructureUnit {
  readonly id: string;
  readonly name: string;
  readonly archived: boolean;
  readonly kind?: BodyKind;
}

export interface StructureChange {
  readonly name?: string;
  readonly kind?: BodyKind;
  readonly archived?: boolean;
}

interface StructureApi {
  list(orgId: string, signal: AbortSignal): Promise<readonly StructureUnit[]>;
  create(orgId: string, unit: { name: string; kind: BodyKind }): Promise<StructureUnit>;
  update(orgId: string, id: string, change: StructureChange): Promise<StructureUnit>;
}

/** The API calls of each section; a department ignores `kind`. */
export const structureApi: Readonly<Record<StructureSection, StructureApi>> = {
  bodies: {
    list: listBodies,
    create: createBody,
    update: updateBody,
  },
  departments: {
    list: listDepartments,
    create: (orgId, { name }) => createDepartment(orgId, { name }),
    update: (orgId, id, { name, archived }) =>
      updateDepartment(orgId, id, {
        ...(name === undefined ? {} : { name }),
        ...(archived === undefined ? {} : { archived }),
      }),
  },
};

/**
 * Alphabetically in the interface's language. Archiving does not move a row, so that focus
 * stays on the button just pressed.
 */
export function sortUnits(units: readonly StructureUnit[], locale: string): StructureUnit[] {
  return [...units].sort((a, b) => a.name.localeCompare(b.name, locale));
}
