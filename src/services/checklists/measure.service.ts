import {
  ConflictError,
  compareOccasions,
  InvalidInputError,
  type ItemProgress,
  type MeasureStatus,
  NotFoundError,
  progressPerItem,
} from "../../core/index.js";
import {
  deleteMeasure,
  type Executor,
  findAssessment,
  findMeasure,
  insertMeasure,
  listAssessments,
  listMeasures,
  type MeasureRow,
  newId,
  now,
  updateMeasure,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { assertItemExists } from "./assessment-input.js";
import type { ChecklistDefinitionService } from "./checklist-definition.service.js";
import { type EvidenceLink, todayUtc } from "./checklist-views.js";
import { checkEvidenceLinks } from "./evidence-links.js";

/** A measure (åtgärd) on the improvement agenda, tied to one item of a checklist. */
export interface MeasureView {
  readonly id: string;
  readonly checklistId: string;
  readonly itemNo: number;
  /** The assessment whose score raised it, if any. */
  readonly assessmentId: string | null;
  readonly title: string;
  readonly owner: string;
  readonly dueDate: string | null;
  readonly status: MeasureStatus;
  /** The day it was marked done (YYYY-MM-DD), or null while it is not done. */
  readonly doneOn: string | null;
  readonly links: readonly EvidenceLink[];
  /** Grows with every change; a change names the version it was made on. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface MeasuresView {
  readonly measures: readonly MeasureView[];
  /** Per item of the checklist's latest version, whatever `itemNo` filters the list to. */
  readonly progress: readonly ItemProgress[];
  /** The latest occasion dated today or earlier; "done since the last occasion" counts from its date. */
  readonly lastOccasion: { readonly occasion: string; readonly date: string } | null;
}

export interface NewMeasure {
  readonly checklistId?: string | undefined;
  readonly itemNo: number;
  readonly assessmentId?: string | null | undefined;
  readonly title: string;
  readonly owner: string;
  readonly dueDate?: string | null | undefined;
  readonly status?: MeasureStatus | undefined;
  readonly links?: readonly EvidenceLink[] | undefined;
}

export interface MeasureChange {
  /** The version the client started from; a change on top of a newer one is refused. */
  readonly version: number;
  readonly title?: string | undefined;
  readonly owner?: string | undefined;
  readonly dueDate?: string | null | undefined;
  readonly status?: MeasureStatus | undefined;
  readonly links?: readonly EvidenceLink[] | undefined;
}

/** The improvement agenda: measures per item, and what has been done since the last occasion. */
export class MeasureService {
  constructor(
    private readonly db: Executor,
    private readonly checklists: ChecklistDefinitionService,
  ) {}

  async list(
    organisationId: string,
    filter: { checklistId?: string | undefined; itemNo?: number | undefined } = {},
    today: string = todayUtc(),
  ): Promise<MeasuresView> {
    const checklist = await this.checklists.latest(filter.checklistId);
    if (!checklist) throw new NotFoundError("checklists.errors.unknownChecklist");
    const [all, assessments] = await Promise.all([
      listMeasures(this.db, organisationId, { checklistId: checklist.checklistId }),
      listAssessments(this.db, organisationId, checklist.checklistId),
    ]);
    const last = assessments
      .map((row) => ({ occasion: row.occasion, date: row.occasion_date }))
      .filter((occasion) => occasion.date <= today)
      .sort(compareOccasions)
      .at(-1);
    const views = all.map(toMeasureView);
    const progress = progressPerItem(
      views.map((measure) => ({ ...measure, createdOn: measure.createdAt.slice(0, 10) })),
      checklist.definition.items.length,
      last?.date ?? null,
      today,
    );
    return {
      measures: filter.itemNo === undefined ? views : views.filter((measure) => measure.itemNo === filter.itemNo),
      progress,
      lastOccasion: last ?? null,
    };
  }

  async get(organisationId: string, measureId: string): Promise<MeasureView> {
    return toMeasureView(await this.row(this.db, organisationId, measureId));
  }

  /** Puts a measure on the agenda; one created as done is done today. */
  async create(
    actor: Actor | null,
    organisationId: string,
    input: NewMeasure,
    today: string = todayUtc(),
  ): Promise<MeasureView> {
    const id = newId();
    const title = tidyTitle(input.title);
    await this.db.transaction().execute(async (trx) => {
      const checklist = await this.checklists.latest(input.checklistId, trx);
      if (!checklist) throw new InvalidInputError("checklists.errors.unknownChecklist");
      assertItemExists(checklist.definition, input.itemNo);
      if (input.assessmentId) {
        const assessment = await findAssessment(trx, organisationId, input.assessmentId);
        if (assessment?.checklist_id !== checklist.checklistId) {
          throw new InvalidInputError("checklists.errors.unknownAssessment");
        }
      }
      const links = input.links ?? [];
      await checkEvidenceLinks(trx, organisationId, links);
      const status = input.status ?? "planned";
      const at = now();
      await insertMeasure(trx, {
        id,
        organisation_id: organisationId,
        checklist_id: checklist.checklistId,
        item_no: input.itemNo,
        assessment_id: input.assessmentId ?? null,
        title,
        owner: input.owner.trim(),
        due_date: input.dueDate ?? null,
        status,
        done_on: status === "done" ? today : null,
        evidence: JSON.stringify(links),
        version: 1,
        created_by: actor?.userId ?? null,
        created_at: at,
        updated_at: at,
      });
      await audit(trx, actor, {
        organisationId,
        entityType: "measure",
        entityId: id,
        action: "create",
        summary: { itemNo: input.itemNo, title, owner: input.owner.trim(), dueDate: input.dueDate ?? null, status },
      });
    });
    return this.get(organisationId, id);
  }

  /**
   * Changes a measure unless someone changed it since `version` (409 `stale_measure`, nothing
   * changes). Marking it done stamps today as `doneOn`; moving it back from done clears it.
   */
  async update(
    actor: Actor | null,
    organisationId: string,
    measureId: string,
    change: MeasureChange,
    today: string = todayUtc(),
  ): Promise<MeasureView> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, measureId);
      if (row.version !== change.version) throw new ConflictError("checklists.errors.staleMeasure");
      const before = toMeasureView(row);
      const links = change.links ?? before.links;
      if (change.links) await checkEvidenceLinks(trx, organisationId, links);
      const status = change.status ?? before.status;
      const doneOn = status !== "done" ? null : before.status === "done" ? before.doneOn : today;
      const next = {
        title: change.title === undefined ? before.title : tidyTitle(change.title),
        owner: change.owner?.trim() ?? before.owner,
        dueDate: change.dueDate === undefined ? before.dueDate : change.dueDate,
        status,
        doneOn,
      };
      const saved = await updateMeasure(trx, {
        id: row.id,
        baseVersion: change.version,
        ...next,
        evidence: JSON.stringify(links),
        at: now(),
      });
      if (!saved) throw new ConflictError("checklists.errors.staleMeasure");
      await audit(trx, actor, {
        organisationId,
        entityType: "measure",
        entityId: row.id,
        action: "update",
        summary: { itemNo: row.item_no, version: change.version + 1, ...next },
      });
    });
    return this.get(organisationId, measureId);
  }

  /** Takes a measure off the agenda, with an audit entry; another organisation's measure is not found (404). */
  async delete(actor: Actor | null, organisationId: string, measureId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, measureId);
      await deleteMeasure(trx, row.id);
      await audit(trx, actor, {
        organisationId,
        entityType: "measure",
        entityId: row.id,
        action: "delete",
        summary: { itemNo: row.item_no, title: row.title, owner: row.owner, status: row.status },
      });
    });
  }

  private async row(db: Executor, organisationId: string, measureId: string): Promise<MeasureRow> {
    const row = await findMeasure(db, organisationId, measureId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }
}

function tidyTitle(title: string): string {
  const tidy = title.trim();
  if (tidy === "") throw new InvalidInputError("checklists.errors.emptyMeasureTitle");
  return tidy;
}

function toMeasureView(row: MeasureRow): MeasureView {
  return {
    id: row.id,
    checklistId: row.checklist_id,
    itemNo: row.item_no,
    assessmentId: row.assessment_id,
    title: row.title,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status as MeasureStatus,
    doneOn: row.done_on,
    links: JSON.parse(row.evidence) as EvidenceLink[],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
