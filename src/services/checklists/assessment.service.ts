import {
  type AssessmentScores,
  buildChecklistTable,
  type ChecklistDefinition,
  type ChecklistTable,
  ConflictError,
  compareOccasions,
  InvalidInputError,
  type ItemScore,
  NotFoundError,
  occasionKey,
  sumOfScores,
} from "../../core/index.js";
import {
  type AssessmentRow,
  deleteAssessment,
  type Executor,
  findAssessment,
  findAssessmentByOccasion,
  findChecklistVersionById,
  findOrganisation,
  insertAssessment,
  insertAssessmentItems,
  isUniqueViolation,
  listAssessmentItems,
  listAssessments,
  listChecklistVersionRows,
  newId,
  now,
  touchAssessment,
  updateAssessment,
  updateAssessmentItem,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import {
  type AssessmentChange,
  assertItems,
  assertOccasionDate,
  assertScore,
  type ItemSave,
  type NewAssessment,
  tidyEvidence,
  tidyOccasion,
  tidyParticipants,
} from "./assessment-input.js";
import {
  type AssessmentColumn,
  type AssessmentItemView,
  type AssessmentTableView,
  type AssessmentView,
  scoresByAssessment,
  toItemView,
} from "./assessment-view.js";
import type { ChecklistDefinitionService } from "./checklist-definition.service.js";
import {
  type ChecklistVersionView,
  NO_EVIDENCE,
  parseParticipants,
  todayUtc,
  toVersionView,
} from "./checklist-views.js";
import { checkEvidenceLinks } from "./evidence-links.js";

/** The table as the exports print it, with the organisation's name for the title. */
export interface ChecklistTableExport {
  readonly organisationName: string;
  readonly table: ChecklistTable;
}

/**
 * An organisation's self-assessments: one per occasion (Uppstart, BM1 …), a row per item
 * saved on its own with its own revision, so that two people scoring different items never
 * lose each other's work. Sums are always computed.
 *
 * `actor` null is the system (the demo data of an organisation without accounts).
 */
export class AssessmentService {
  constructor(
    private readonly db: Executor,
    private readonly checklists: ChecklistDefinitionService,
  ) {}

  /** Every assessment of the organisation on a checklist, side by side in date order, with sums. */
  async table(organisationId: string, checklistId?: string): Promise<AssessmentTableView> {
    const { checklist, table, rows } = await this.build(organisationId, checklistId);
    const versionOf = await this.versionNumbers(checklist.checklistId);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const columns = table.columns.map((column): AssessmentColumn => {
      const row = byId.get(column.id) as AssessmentRow;
      return {
        ...column,
        checklistVersion: versionOf.get(row.checklist_version_id) ?? 0,
        participants: parseParticipants(row.participants),
      };
    });
    return { checklist, table: { columns } };
  }

  /** The same table for the XLSX, .docx and PDF files and `jamt checklista`. */
  async exportTable(organisationId: string, checklistId?: string): Promise<ChecklistTableExport> {
    const organisation = await findOrganisation(this.db, organisationId);
    if (!organisation) throw new NotFoundError("errors.notFound");
    const { table } = await this.build(organisationId, checklistId);
    return { organisationName: organisation.name, table };
  }

  async get(organisationId: string, assessmentId: string): Promise<AssessmentView> {
    const row = await this.row(this.db, organisationId, assessmentId);
    const checklist = await this.versionOf(this.db, row);
    const itemCount = checklist.definition.items.length;
    const siblings = await listAssessments(this.db, organisationId, row.checklist_id);
    const ordered = siblings.map((sibling) => ({ ...sibling, date: sibling.occasion_date })).sort(compareOccasions);
    const before = ordered[ordered.findIndex((sibling) => sibling.id === row.id) - 1];
    const items = await listAssessmentItems(this.db, before ? [row.id, before.id] : [row.id]);
    const scores = scoresByAssessment(before ? [row, before] : [row], items, () => itemCount);
    const own = scores.get(row.id) as ItemScore[];
    return {
      id: row.id,
      occasion: row.occasion,
      date: row.occasion_date,
      participants: parseParticipants(row.participants),
      checklist,
      items: items.filter((item) => item.assessment_id === row.id).map(toItemView),
      sum: sumOfScores(own),
      previous: before
        ? {
            id: before.id,
            occasion: before.occasion,
            date: before.occasion_date,
            scores: scores.get(before.id) as ItemScore[],
          }
        : null,
    };
  }

  /** Records an assessment on an occasion, on the latest version of the checklist. */
  async create(
    actor: Actor | null,
    organisationId: string,
    input: NewAssessment,
    today: string = todayUtc(),
  ): Promise<AssessmentView> {
    const id = newId();
    const occasion = tidyOccasion(input.occasion);
    await this.writeOccasion(occasion, async (trx) => {
      const checklist = await this.checklists.latest(input.checklistId, trx);
      if (!checklist) throw new InvalidInputError("checklists.errors.unknownChecklist");
      const { definition } = checklist;
      assertOccasionDate(input.date, today);
      const given = input.items ?? [];
      assertItems(definition, given);
      await this.assertFreeOccasion(trx, organisationId, checklist.checklistId, occasion);
      await checkEvidenceLinks(
        trx,
        organisationId,
        given.flatMap((item) => item.evidence?.links ?? []),
      );
      const at = now();
      await insertAssessment(trx, {
        id,
        organisation_id: organisationId,
        checklist_id: checklist.checklistId,
        checklist_version_id: checklist.id,
        occasion,
        occasion_key: occasionKey(occasion),
        occasion_date: input.date,
        participants: JSON.stringify(tidyParticipants(input.participants)),
        created_by: actor?.userId ?? null,
        created_at: at,
        updated_at: at,
      });
      const byNo = new Map(given.map((item) => [item.no, item]));
      await insertAssessmentItems(
        trx,
        definition.items.map((item) => {
          const entry = byNo.get(item.no);
          return {
            assessment_id: id,
            item_no: item.no,
            score: entry?.score ?? null,
            comment: entry?.comment?.trim() ?? "",
            evidence: JSON.stringify(tidyEvidence(entry?.evidence ?? NO_EVIDENCE)),
            revision: 1,
            updated_by: actor?.userId ?? null,
            updated_at: at,
          };
        }),
      );
      await audit(trx, actor, {
        organisationId,
        entityType: "assessment",
        entityId: id,
        action: "create",
        summary: {
          occasion,
          date: input.date,
          checklistVersion: checklist.version,
          scores: definition.items.map((item) => byNo.get(item.no)?.score ?? null),
        },
      });
    });
    return this.get(organisationId, id);
  }

  /** Renames, re-dates or changes who took part; the scores are untouched. */
  async update(
    actor: Actor,
    organisationId: string,
    assessmentId: string,
    change: AssessmentChange,
    today: string = todayUtc(),
  ): Promise<AssessmentView> {
    const occasion = change.occasion === undefined ? undefined : tidyOccasion(change.occasion);
    await this.writeOccasion(occasion ?? "", async (trx) => {
      const row = await this.row(trx, organisationId, assessmentId);
      const next = {
        occasion: occasion ?? row.occasion,
        date: change.date ?? row.occasion_date,
        participants: change.participants ? tidyParticipants(change.participants) : parseParticipants(row.participants),
      };
      if (change.date !== undefined) assertOccasionDate(change.date, today);
      if (occasionKey(next.occasion) !== row.occasion_key) {
        await this.assertFreeOccasion(trx, organisationId, row.checklist_id, next.occasion);
      }
      await updateAssessment(trx, {
        id: row.id,
        occasion: next.occasion,
        occasionKey: occasionKey(next.occasion),
        date: next.date,
        participants: JSON.stringify(next.participants),
        at: now(),
      });
      await audit(trx, actor, {
        organisationId,
        entityType: "assessment",
        entityId: row.id,
        action: "update",
        summary: { before: { occasion: row.occasion, date: row.occasion_date }, after: next },
      });
    });
    return this.get(organisationId, assessmentId);
  }

  /** Removes an assessment and its items; measures raised from it stay, no longer tied to it. */
  async delete(actor: Actor, organisationId: string, assessmentId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, assessmentId);
      await deleteAssessment(trx, row.id);
      await audit(trx, actor, {
        organisationId,
        entityType: "assessment",
        entityId: row.id,
        action: "delete",
        summary: { occasion: row.occasion, date: row.occasion_date },
      });
    });
  }

  /**
   * Saves one item, unless someone saved that item since `revision` (409 `stale_item`, and
   * nothing changes). Other items of the assessment are never touched.
   */
  async saveItem(
    actor: Actor | null,
    organisationId: string,
    assessmentId: string,
    no: number,
    save: ItemSave,
  ): Promise<AssessmentItemView> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.row(trx, organisationId, assessmentId);
      const { definition } = await this.versionOf(trx, row);
      if (!Number.isInteger(no) || no < 1 || no > definition.items.length) throw new NotFoundError("errors.notFound");
      assertScore(definition, no, save.score);
      await checkEvidenceLinks(trx, organisationId, save.evidence.links);
      const at = now();
      // The assessment's row first, then the item's: the order a deletion (assessment, then its
      // items) takes its locks in too, so that the two cannot deadlock on PostgreSQL.
      await touchAssessment(trx, row.id, at);
      const saved = await updateAssessmentItem(trx, {
        assessmentId: row.id,
        no,
        baseRevision: save.revision,
        score: save.score,
        comment: save.comment.trim(),
        evidence: JSON.stringify(tidyEvidence(save.evidence)),
        by: actor?.userId ?? null,
        at,
      });
      if (!saved) throw new ConflictError("checklists.errors.staleItem", { no });
      await audit(trx, actor, {
        organisationId,
        entityType: "assessment",
        entityId: row.id,
        action: "item_saved",
        summary: { occasion: row.occasion, no, score: save.score, revision: save.revision + 1 },
      });
    });
    const item = (await listAssessmentItems(this.db, [assessmentId])).find((candidate) => candidate.item_no === no);
    if (!item) throw new NotFoundError("errors.notFound"); // deleted the moment after the save
    return toItemView(item);
  }

  private async build(organisationId: string, checklistId: string | undefined) {
    const checklist = await this.checklists.latest(checklistId);
    if (!checklist) throw new NotFoundError("checklists.errors.unknownChecklist");
    const rows = await listAssessments(this.db, organisationId, checklist.checklistId);
    const items = await listAssessmentItems(
      this.db,
      rows.map((row) => row.id),
    );
    const itemCount = checklist.definition.items.length;
    const scores = scoresByAssessment(rows, items, () => itemCount);
    const assessments = rows.map(
      (row): AssessmentScores => ({
        id: row.id,
        occasion: row.occasion,
        date: row.occasion_date,
        scores: scores.get(row.id) ?? [],
      }),
    );
    const table = buildChecklistTable(checklist.definition as ChecklistDefinition, assessments);
    return { checklist, table, rows };
  }

  private async versionNumbers(checklistId: string): Promise<Map<string, number>> {
    const versions = await listChecklistVersionRows(this.db, [checklistId]);
    return new Map(versions.map((version) => [version.id, version.version]));
  }

  private async versionOf(db: Executor, row: AssessmentRow): Promise<ChecklistVersionView> {
    const version = await findChecklistVersionById(db, row.checklist_version_id);
    if (!version) throw new NotFoundError("errors.notFound");
    return toVersionView(version, new Set([version.id]));
  }

  private async row(db: Executor, organisationId: string, assessmentId: string): Promise<AssessmentRow> {
    const row = await findAssessment(db, organisationId, assessmentId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }

  /** The organisation has no other assessment on the checklist whose occasion folds to the same name. */
  private async assertFreeOccasion(db: Executor, organisationId: string, checklistId: string, occasion: string) {
    const existing = await findAssessmentByOccasion(db, organisationId, checklistId, occasionKey(occasion));
    if (existing) throw new ConflictError("checklists.errors.duplicateOccasion", { occasion: existing.occasion });
  }

  /** Runs a write; two clients recording the same occasion at once meet the unique constraint, and hear why. */
  private async writeOccasion(occasion: string, work: (trx: Executor) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("checklists.errors.duplicateOccasion", { occasion });
      throw error;
    }
  }
}
