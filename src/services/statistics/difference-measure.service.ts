import { ConflictError, type DifferenceMeasureStatus, InvalidInputError, NotFoundError } from "../../core/index.js";
import {
  type DifferenceMeasureRow,
  deleteDifferenceMeasure,
  type Executor,
  findDifference,
  findDifferenceMeasure,
  insertDifferenceMeasure,
  newId,
  now,
  updateDifferenceMeasure,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { type DifferenceMeasureView, todayUtc, toMeasureView } from "./difference-views.js";

export interface NewDifferenceMeasure {
  readonly description: string;
  readonly owner: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
}

export interface DifferenceMeasureChange {
  /** The version the change was made on (409 `stale_measure` when someone changed it since). */
  readonly version: number;
  readonly description?: string | undefined;
  readonly owner?: string | undefined;
  readonly dueDate?: string | undefined;
  readonly status?: DifferenceMeasureStatus | undefined;
}

/** Measures against an unjustified difference, each with owner and due date, followed until done. */
export class DifferenceMeasureService {
  constructor(private readonly db: Executor) {}

  /** A new measure, planned; the difference must be the organisation's (else 404). */
  async create(
    actor: Actor | null,
    organisationId: string,
    differenceId: string,
    input: NewDifferenceMeasure,
  ): Promise<DifferenceMeasureView> {
    const id = newId();
    const description = required(input.description, "differences.errors.emptyMeasureDescription", "description");
    const owner = required(input.owner, "differences.errors.emptyMeasureOwner", "owner");
    const row = await this.db.transaction().execute(async (trx) => {
      const difference = await this.difference(trx, organisationId, differenceId);
      const at = now();
      const measure: DifferenceMeasureRow = {
        id,
        difference_id: difference.id,
        description,
        owner,
        due_date: input.dueDate,
        status: "planned",
        done_on: null,
        version: 1,
        created_by: actor?.userId ?? null,
        created_at: at,
        updated_at: at,
      };
      await insertDifferenceMeasure(trx, measure);
      await audit(trx, actor, {
        organisationId,
        entityType: "difference_measure",
        entityId: id,
        action: "create",
        summary: { differenceId: difference.id, description, owner, dueDate: input.dueDate },
      });
      return measure;
    });
    return toMeasureView(row);
  }

  /**
   * Changes a measure unless someone changed it since `version` (409 `stale_measure`).
   * Marking it done stamps today as `doneOn`; moving it back clears it.
   */
  async update(
    actor: Actor | null,
    organisationId: string,
    differenceId: string,
    measureId: string,
    change: DifferenceMeasureChange,
    today: string = todayUtc(),
  ): Promise<DifferenceMeasureView> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.measureRow(trx, organisationId, differenceId, measureId);
      if (row.version !== change.version) throw new ConflictError("differences.errors.staleMeasure");
      const status = change.status ?? (row.status as DifferenceMeasureStatus);
      const next = {
        description:
          change.description === undefined
            ? row.description
            : required(change.description, "differences.errors.emptyMeasureDescription", "description"),
        owner:
          change.owner === undefined
            ? row.owner
            : required(change.owner, "differences.errors.emptyMeasureOwner", "owner"),
        dueDate: change.dueDate ?? row.due_date,
        status,
        doneOn: status !== "done" ? null : row.status === "done" ? row.done_on : today,
      };
      const at = now();
      const saved = await updateDifferenceMeasure(trx, { id: row.id, baseVersion: change.version, ...next, at });
      if (!saved) throw new ConflictError("differences.errors.staleMeasure");
      await audit(trx, actor, {
        organisationId,
        entityType: "difference_measure",
        entityId: row.id,
        action: "update",
        summary: { differenceId, version: change.version + 1, ...next },
      });
      return toMeasureView({
        ...row,
        description: next.description,
        owner: next.owner,
        due_date: next.dueDate,
        status: next.status,
        done_on: next.doneOn,
        version: change.version + 1,
        updated_at: at,
      });
    });
  }

  /** Removes a measure, with an audit entry. */
  async delete(actor: Actor | null, organisationId: string, differenceId: string, measureId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.measureRow(trx, organisationId, differenceId, measureId);
      await deleteDifferenceMeasure(trx, row.id);
      await audit(trx, actor, {
        organisationId,
        entityType: "difference_measure",
        entityId: row.id,
        action: "delete",
        summary: { differenceId, description: row.description, owner: row.owner, status: row.status },
      });
    });
  }

  private async difference(db: Executor, organisationId: string, differenceId: string) {
    const row = await findDifference(db, organisationId, differenceId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }

  private async measureRow(db: Executor, organisationId: string, differenceId: string, measureId: string) {
    await this.difference(db, organisationId, differenceId);
    const row = await findDifferenceMeasure(db, differenceId, measureId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }
}

function required(
  text: string,
  key: "differences.errors.emptyMeasureDescription" | "differences.errors.emptyMeasureOwner",
  path: string,
) {
  const tidy = text.trim();
  if (tidy === "") throw new InvalidInputError(key, {}, [{ path, messageKey: key }]);
  return tidy;
}
