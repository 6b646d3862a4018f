import {
  analyseGenderSection,
  type CaseSections,
  type CaseStatus,
  ConflictError,
  EMPTY_CASE_SECTIONS,
  formatDiarienummer,
  InvalidInputError,
  isEditable,
  NotFoundError,
} from "../../core/index.js";
import {
  allocateNumber,
  type CaseFilter,
  type CaseRow,
  type Executor,
  findAssignment,
  findCase,
  findCaseVersion,
  insertCase,
  insertCaseVersion,
  listCases,
  listCaseVersions,
  newId,
  now,
  updateCaseContent,
  updateCaseStatus,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { checkCaseReferences } from "./case-references.js";
import { type CaseView, toCaseView } from "./case-view.js";

export interface NewCase {
  readonly title: string;
  readonly bodyId: string;
  readonly departmentId?: string | null | undefined;
  /** Defaults to the registering user. */
  readonly caseOfficerId?: string | null | undefined;
  /** Set for a report-back case (återrapportering) on an assignment. */
  readonly reportsOnAssignmentId?: string | null | undefined;
  readonly sections?: CaseSections | undefined;
}

export interface CaseSave {
  /** The version the editor started from; a save on top of a newer one is refused. */
  readonly baseVersion: number;
  readonly title: string;
  readonly sections: CaseSections;
  readonly bodyId: string;
  readonly departmentId: string | null;
  readonly caseOfficerId: string | null;
}

/** Registration, writing, versions and submission of cases (ärenden). */
export class CaseService {
  constructor(private readonly db: Executor) {}

  async list(organisationId: string, filter: CaseFilter & { search?: string | undefined }): Promise<CaseView[]> {
    const rows = await listCases(this.db, organisationId, filter);
    const search = filter.search?.trim().toLocaleLowerCase("sv");
    const matching = search
      ? rows.filter((row) => `${row.diarienummer ?? ""} ${row.title}`.toLocaleLowerCase("sv").includes(search))
      : rows;
    return matching.map(toCaseView);
  }

  async get(organisationId: string, caseId: string): Promise<CaseView> {
    return toCaseView(await this.row(this.db, organisationId, caseId));
  }

  /** Registers a new case as a draft and gives it the next diarienummer of the year. */
  async register(actor: Actor, organisationId: string, draft: NewCase): Promise<CaseView> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const at = now();
      const refs = {
        bodyId: draft.bodyId,
        departmentId: draft.departmentId ?? null,
        caseOfficerId: draft.caseOfficerId === undefined ? actor.userId : draft.caseOfficerId,
      };
      await checkCaseReferences(trx, organisationId, refs);
      if (draft.reportsOnAssignmentId) {
        const assignment = await findAssignment(trx, organisationId, draft.reportsOnAssignmentId);
        if (!assignment) throw new InvalidInputError("errors.unknownAssignment");
        if (assignment.closed_at) throw new ConflictError("errors.assignmentClosed");
      }
      const year = new Date(at).getUTCFullYear();
      const diarienummer = formatDiarienummer(await allocateNumber(trx, "diarienummer", organisationId, year), year);
      const sections = draft.sections ?? EMPTY_CASE_SECTIONS;
      await insertCase(trx, {
        ...blankCase(id, organisationId, at, actor),
        body_id: refs.bodyId,
        department_id: refs.departmentId,
        case_officer_id: refs.caseOfficerId,
        diarienummer,
        title: draft.title,
        sections: JSON.stringify(sections),
        reports_on_assignment_id: draft.reportsOnAssignmentId ?? null,
      });
      await this.keepVersion(trx, actor, id, 1, draft.title, sections, at);
      await audit(trx, actor, {
        organisationId,
        entityType: "case",
        entityId: id,
        action: "register",
        summary: { diarienummer, title: draft.title },
      });
    });
    return this.get(organisationId, id);
  }

  /** Saves new text as the next version, unless somebody saved since `baseVersion`. */
  async save(actor: Actor, organisationId: string, caseId: string, change: CaseSave): Promise<CaseView> {
    await this.db.transaction().execute(async (trx) => {
      const current = await this.row(trx, organisationId, caseId);
      if (!isEditable(current.status as CaseStatus)) throw new ConflictError("errors.caseNotEditable");
      await checkCaseReferences(trx, organisationId, change);
      const at = now();
      const saved = await updateCaseContent(trx, {
        ...change,
        id: caseId,
        sections: JSON.stringify(change.sections),
        at,
      });
      if (!saved) throw new ConflictError("errors.staleCase", { version: current.version });
      const version = change.baseVersion + 1;
      await this.keepVersion(trx, actor, caseId, version, change.title, change.sections, at);
      await audit(trx, actor, {
        organisationId,
        entityType: "case",
        entityId: caseId,
        action: "save",
        summary: { version, title: change.title },
      });
    });
    return this.get(organisationId, caseId);
  }

  /**
   * Sends the case to review. It must have a gender impact section; the analyser's
   * verdict at this moment is kept with the case for the follow-up.
   */
  async submit(actor: Actor, organisationId: string, caseId: string): Promise<CaseView> {
    await this.db.transaction().execute(async (trx) => {
      const current = toCaseView(await this.row(trx, organisationId, caseId));
      if (!isEditable(current.status)) throw new ConflictError("errors.caseNotEditable");
      const analysis = analyseGenderSection(current.sections.genderImpact);
      if (!analysis.genderSection.present) throw new InvalidInputError("errors.genderSectionMissing");
      const at = now();
      const moved = await updateCaseStatus(trx, {
        id: caseId,
        from: ["draft", "returned"],
        to: "submitted",
        at,
        extra: {
          submitted_at: at,
          submitted_gender_section: 1,
          submitted_verdict: analysis.verdict,
          submitted_score: analysis.score,
        },
      });
      if (!moved) throw new ConflictError("errors.caseNotEditable");
      await audit(trx, actor, {
        organisationId,
        entityType: "case",
        entityId: caseId,
        action: "submit",
        summary: { version: current.version, verdict: analysis.verdict, score: analysis.score },
      });
    });
    return this.get(organisationId, caseId);
  }

  async versions(organisationId: string, caseId: string) {
    await this.row(this.db, organisationId, caseId);
    return listCaseVersions(this.db, caseId);
  }

  async version(organisationId: string, caseId: string, version: number) {
    await this.row(this.db, organisationId, caseId);
    const row = await findCaseVersion(this.db, caseId, version);
    if (!row) throw new NotFoundError("errors.notFound");
    return { ...row, sections: JSON.parse(row.sections) as CaseSections };
  }

  private async keepVersion(
    db: Executor,
    actor: Actor,
    caseId: string,
    version: number,
    title: string,
    sections: CaseSections,
    at: string,
  ) {
    const analysis = analyseGenderSection(sections.genderImpact);
    await insertCaseVersion(db, {
      case_id: caseId,
      version,
      title,
      sections: JSON.stringify(sections),
      verdict: analysis.verdict,
      score: analysis.score,
      saved_by: actor.userId,
      saved_at: at,
    });
  }

  private async row(db: Executor, organisationId: string, caseId: string): Promise<CaseRow> {
    const row = await findCase(db, organisationId, caseId);
    if (!row) throw new NotFoundError("errors.notFound");
    return row;
  }
}

/** The columns every new case starts with. */
export function blankCase(id: string, organisationId: string, at: string, actor: Actor): CaseRow {
  return {
    id,
    organisation_id: organisationId,
    body_id: "",
    department_id: null,
    case_officer_id: null,
    diarienummer: null,
    title: "",
    status: "draft",
    sections: JSON.stringify(EMPTY_CASE_SECTIONS),
    version: 1,
    reports_on_assignment_id: null,
    submitted_at: null,
    submitted_gender_section: null,
    submitted_verdict: null,
    submitted_score: null,
    decided_on: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
}
