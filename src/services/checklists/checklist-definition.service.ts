import {
  type ChecklistDefinition,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  SKR_CHECKLIST_KEY,
} from "../../core/index.js";
import {
  type ChecklistRow,
  type Executor,
  findChecklistByIdOrKey,
  findChecklistRow,
  findChecklistVersionRow,
  insertChecklist,
  insertChecklistVersion,
  isUniqueViolation,
  latestChecklistVersionRow,
  listChecklistRows,
  listChecklistVersionRows,
  newId,
  now,
  updateUnusedChecklistVersion,
  versionsInUse,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import {
  type ChecklistSummary,
  type ChecklistVersionView,
  toChecklistSummary,
  toVersionView,
} from "./checklist-views.js";
import { assertValidDefinition, tidyDefinition } from "./definition-problems.js";

/**
 * Checklists as data: the built-in SKR checklist and those organisations add, each in
 * versions. A version that an assessment was scored on is never changed; a new edition is a
 * new version, so past assessments keep the texts and scale they were scored against.
 */
export class ChecklistDefinitionService {
  constructor(private readonly db: Executor) {}

  /** Every checklist, built-in ones first: all of them may be read by every signed-in user. */
  async list(): Promise<ChecklistSummary[]> {
    const rows = await listChecklistRows(this.db);
    return this.summaries(this.db, rows);
  }

  async summary(checklistId: string, db: Executor = this.db): Promise<ChecklistSummary> {
    const row = await findChecklistRow(db, checklistId);
    const [summary] = row ? await this.summaries(db, [row]) : [];
    if (!summary) throw new NotFoundError("checklists.errors.unknownChecklist");
    return summary;
  }

  async version(checklistId: string, version: number, db: Executor = this.db): Promise<ChecklistVersionView> {
    const row = await findChecklistVersionRow(db, checklistId, version);
    if (!row) throw new NotFoundError("errors.notFound");
    return toVersionView(row, await versionsInUse(db, [row.id]));
  }

  /** The latest version of a checklist named by id or key (the SKR checklist when none is named), if it exists. */
  async latest(idOrKey: string = SKR_CHECKLIST_KEY, db: Executor = this.db): Promise<ChecklistVersionView | undefined> {
    const checklist = await findChecklistByIdOrKey(db, idOrKey);
    const row = checklist && (await latestChecklistVersionRow(db, checklist.id));
    return row && toVersionView(row, await versionsInUse(db, [row.id]));
  }

  /** Adds a checklist of the organisation's own, as its version 1. */
  async create(actor: Actor, organisationId: string, definition: ChecklistDefinition): Promise<ChecklistSummary> {
    const tidy = tidyDefinition(definition);
    assertValidDefinition(tidy);
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const at = now();
      await insertChecklist(trx, { id, key: null, organisation_id: organisationId, created_at: at });
      await insertChecklistVersion(trx, this.versionRow(actor, id, 1, tidy, at));
      await audit(trx, actor, {
        organisationId,
        entityType: "checklist",
        entityId: id,
        action: "create",
        summary: { name: tidy.name.sv, version: 1, items: tidy.items.length },
      });
    });
    return this.summary(id);
  }

  /** Adds the next version (edition) of one of the organisation's own checklists. */
  async addVersion(
    actor: Actor,
    organisationId: string,
    checklistId: string,
    definition: ChecklistDefinition,
  ): Promise<ChecklistVersionView> {
    const tidy = tidyDefinition(definition);
    let version = 0;
    try {
      await this.db.transaction().execute(async (trx) => {
        await this.ownChecklist(trx, organisationId, checklistId);
        assertValidDefinition(tidy);
        const latest = await latestChecklistVersionRow(trx, checklistId);
        version = (latest?.version ?? 0) + 1;
        await insertChecklistVersion(trx, this.versionRow(actor, checklistId, version, tidy, now()));
        await audit(trx, actor, {
          organisationId,
          entityType: "checklist",
          entityId: checklistId,
          action: "version_added",
          summary: { name: tidy.name.sv, version, items: tidy.items.length },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("checklists.errors.concurrentVersion");
      throw error;
    }
    return this.version(checklistId, version);
  }

  /**
   * Corrects a version that no assessment uses yet (a typing error in an item). Once in use it
   * is refused with 409 `checklist_in_use`, and nothing changes: make a new version instead.
   */
  async updateVersion(
    actor: Actor,
    organisationId: string,
    checklistId: string,
    version: number,
    definition: ChecklistDefinition,
  ): Promise<ChecklistVersionView> {
    const tidy = tidyDefinition(definition);
    await this.db.transaction().execute(async (trx) => {
      await this.ownChecklist(trx, organisationId, checklistId);
      const row = await findChecklistVersionRow(trx, checklistId, version);
      if (!row) throw new NotFoundError("errors.notFound");
      if ((await versionsInUse(trx, [row.id])).size > 0) {
        throw new ConflictError("checklists.errors.checklistInUse", { version });
      }
      assertValidDefinition(tidy);
      const saved = await updateUnusedChecklistVersion(trx, {
        id: row.id,
        nameSv: tidy.name.sv,
        definition: JSON.stringify(tidy),
        at: now(),
      });
      if (!saved) throw new ConflictError("checklists.errors.checklistInUse", { version });
      await audit(trx, actor, {
        organisationId,
        entityType: "checklist",
        entityId: checklistId,
        action: "update",
        summary: { name: tidy.name.sv, version, items: tidy.items.length },
      });
    });
    return this.version(checklistId, version);
  }

  private async summaries(db: Executor, rows: readonly ChecklistRow[]): Promise<ChecklistSummary[]> {
    const versions = await listChecklistVersionRows(
      db,
      rows.map((row) => row.id),
    );
    const inUse = await versionsInUse(
      db,
      versions.map((version) => version.id),
    );
    return rows.flatMap((row) => {
      const own = versions.filter((version) => version.checklist_id === row.id);
      return own.length === 0 ? [] : [toChecklistSummary(row, own, inUse)];
    });
  }

  /** Only the organisation that added a checklist may change it; built-in ones no one may. */
  private async ownChecklist(db: Executor, organisationId: string, checklistId: string): Promise<ChecklistRow> {
    const row = await findChecklistRow(db, checklistId);
    if (!row) throw new NotFoundError("checklists.errors.unknownChecklist");
    if (row.organisation_id === null) throw new ForbiddenError("checklists.errors.builtInChecklist");
    if (row.organisation_id !== organisationId) throw new ForbiddenError("checklists.errors.notOwnChecklist");
    return row;
  }

  private versionRow(actor: Actor, checklistId: string, version: number, definition: ChecklistDefinition, at: string) {
    return {
      id: newId(),
      checklist_id: checklistId,
      version,
      name_sv: definition.name.sv,
      definition: JSON.stringify(definition),
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    };
  }
}
