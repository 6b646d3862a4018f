import {
  analyseCaseText,
  type CaseSections,
  ConflictError,
  formatDiarienummer,
  InvalidInputError,
  type MessageKey,
  parseDiarienummer,
  recogniseSections,
} from "../../core/index.js";
import {
  type Executor,
  insertCase,
  insertCaseVersion,
  isUniqueViolation,
  newId,
  now,
  reserveNumber,
} from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";
import { readDocumentText } from "../documents/index.js";
import { blankCase, type CaseService } from "./case.service.js";
import { checkCaseReferences } from "./case-references.js";
import type { CaseView } from "./case-view.js";

export interface ImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** A draft to keep working on, or a historical case archived as it was decided. */
  readonly mode: "draft" | "archived";
  readonly bodyId: string;
  readonly departmentId: string | null;
  /** For an archived case: the date it was decided (YYYY-MM-DD); the follow-up counts it then. */
  readonly decidedOn?: string | undefined;
}

/** Existing cases from .docx, .pdf or .txt files: sections recognised, also in OCR-damaged text. */
export class CaseImportService {
  constructor(
    private readonly db: Executor,
    private readonly cases: CaseService,
  ) {}

  async import(actor: Actor, organisationId: string, request: ImportRequest): Promise<CaseView> {
    const read = await readDocumentText({ name: request.fileName, bytes: request.bytes });
    if (read.kind === "unreadable") throw new InvalidInputError(`documents.unreadable.${read.reason}` as MessageKey);
    const recognised = recogniseSections(read.text);
    const title = recognised.title ?? request.fileName.replace(/\.[^.]+$/, "");
    if (request.mode === "draft") {
      return this.cases.register(actor, organisationId, {
        title,
        bodyId: request.bodyId,
        departmentId: request.departmentId,
        sections: recognised.sections,
      });
    }
    if (!request.decidedOn) throw new InvalidInputError("errors.decisionDateRequired");
    return this.archive(actor, organisationId, request, {
      title,
      diarienummer: recognised.diarienummer,
      text: read.text,
      sections: recognised.sections,
      decidedOn: request.decidedOn,
    });
  }

  private async archive(
    actor: Actor,
    organisationId: string,
    request: ImportRequest,
    found: {
      title: string;
      diarienummer: string | null;
      text: string;
      sections: CaseSections;
      decidedOn: string;
    },
  ): Promise<CaseView> {
    const id = newId();
    const analysis = analyseCaseText(found.text);
    const parsed = found.diarienummer ? parseDiarienummer(found.diarienummer) : null;
    const diarienummer = parsed ? formatDiarienummer(parsed.number, parsed.year) : null;
    try {
      await this.db.transaction().execute(async (trx) => {
        const at = now();
        await checkCaseReferences(trx, organisationId, { ...request, caseOfficerId: null });
        if (parsed) await reserveNumber(trx, "diarienummer", organisationId, parsed.year, parsed.number);
        await insertCase(trx, {
          ...blankCase(id, organisationId, at, actor),
          body_id: request.bodyId,
          department_id: request.departmentId,
          diarienummer,
          title: found.title,
          status: "archived",
          sections: JSON.stringify(found.sections),
          submitted_at: found.decidedOn,
          submitted_gender_section: analysis.genderSection.present ? 1 : 0,
          submitted_verdict: analysis.verdict,
          submitted_score: analysis.score,
          decided_on: found.decidedOn,
        });
        await insertCaseVersion(trx, {
          case_id: id,
          version: 1,
          title: found.title,
          sections: JSON.stringify(found.sections),
          verdict: analysis.verdict,
          score: analysis.score,
          saved_by: actor.userId,
          saved_at: at,
        });
        await audit(trx, actor, {
          organisationId,
          entityType: "case",
          entityId: id,
          action: "import",
          summary: { mode: "archived", fileName: request.fileName, diarienummer, verdict: analysis.verdict },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError("errors.duplicateDiarienummer", { diarienummer: diarienummer ?? "" });
      throw error;
    }
    return this.cases.get(organisationId, id);
  }
}
