import { ConflictError, NotFoundError } from "../core/index.js";
import {
  type Executor,
  findUnit,
  insertUnit,
  isUniqueViolation,
  listUnits,
  newId,
  now,
  type StructureTable,
  type StructureUnitRow,
  updateUnit,
} from "../data/index.js";
import type { Actor } from "./actor.js";
import { audit } from "./audit.js";

export interface UnitChange {
  readonly name?: string | undefined;
  readonly kind?: string | undefined;
  readonly archived?: boolean | undefined;
}

const ENTITY = { bodies: "body", departments: "department" } as const;
const DUPLICATE = { bodies: "errors.duplicateBodyName", departments: "errors.duplicateDepartmentName" } as const;

/**
 * An organisation's bodies (nämnder) or departments (avdelningar). Units are archived,
 * never deleted, because cases and decisions will keep referring to them.
 */
export class StructureService {
  constructor(
    private readonly db: Executor,
    private readonly table: StructureTable,
  ) {}

  list(organisationId: string): Promise<StructureUnitRow[]> {
    return listUnits(this.db, this.table, organisationId);
  }

  async create(actor: Actor, organisationId: string, unit: { name: string; kind?: string }): Promise<StructureUnitRow> {
    const id = newId();
    await this.write(unit.name, async (trx) => {
      await insertUnit(trx, this.table, { id, organisationId, ...unit, at: now() });
      await audit(trx, actor, {
        organisationId,
        entityType: ENTITY[this.table],
        entityId: id,
        action: "create",
        summary: { ...unit },
      });
    });
    return this.get(organisationId, id);
  }

  async update(actor: Actor, organisationId: string, id: string, change: UnitChange): Promise<StructureUnitRow> {
    const before = await this.get(organisationId, id);
    await this.write(change.name ?? before.name, async (trx) => {
      await updateUnit(trx, this.table, { id, organisationId, ...change, at: now() });
      await audit(trx, actor, {
        organisationId,
        entityType: ENTITY[this.table],
        entityId: id,
        action: actionOf(before, change),
        summary: { before, change },
      });
    });
    return this.get(organisationId, id);
  }

  private async get(organisationId: string, id: string): Promise<StructureUnitRow> {
    const unit = await findUnit(this.db, this.table, organisationId, id);
    if (!unit) throw new NotFoundError("errors.notFound");
    return unit;
  }

  private async write(name: string, work: (trx: Executor) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(DUPLICATE[this.table], { name });
      throw error;
    }
  }
}

function actionOf(before: StructureUnitRow, change: UnitChange): string {
  if (change.archived === true && !before.archived) return "archive";
  if (change.archived === false && before.archived) return "unarchive";
  return "update";
}
