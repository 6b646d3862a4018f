import {
  type CaseDocument,
  type CaseSections,
  type Locale,
  type MinutesExtract,
  NotFoundError,
} from "../../core/index.js";
import {
  type Executor,
  findCase,
  findDecision,
  findMeeting,
  findOrganisation,
  findUnit,
  findUserById,
  listAssignments,
} from "../../data/index.js";
import { renderCaseDocx, renderMinutesExtractDocx, renderMinutesExtractPdf } from "../documents/index.js";

export type ExtractFormat = "docx" | "pdf";

/** The case and the extract of the minutes as documents to download. */
export class CaseDocumentService {
  constructor(private readonly db: Executor) {}

  async caseDocx(organisationId: string, caseId: string, locale: Locale): Promise<{ name: string; bytes: Uint8Array }> {
    const document = await this.caseDocument(organisationId, caseId);
    return {
      name: fileName(document.diarienummer, document.title, "docx"),
      bytes: await renderCaseDocx(document, locale),
    };
  }

  async minutesExtract(
    organisationId: string,
    caseId: string,
    decisionId: string,
    format: ExtractFormat,
    locale: Locale,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const extract = await this.extract(organisationId, caseId, decisionId);
    const render = format === "pdf" ? renderMinutesExtractPdf : renderMinutesExtractDocx;
    const name = fileName(extract.diarienummer, `protokollsutdrag § ${extract.paragraph}`, format);
    return { name, bytes: await render(extract, locale) };
  }

  private async caseDocument(organisationId: string, caseId: string): Promise<CaseDocument> {
    const row = await findCase(this.db, organisationId, caseId);
    if (!row) throw new NotFoundError("errors.notFound");
    const [organisation, body, department, officer] = await Promise.all([
      findOrganisation(this.db, organisationId),
      findUnit(this.db, "bodies", organisationId, row.body_id),
      row.department_id ? findUnit(this.db, "departments", organisationId, row.department_id) : undefined,
      row.case_officer_id ? findUserById(this.db, row.case_officer_id) : undefined,
    ]);
    return {
      organisationName: organisation?.name ?? "",
      bodyName: body?.name ?? "",
      diarienummer: row.diarienummer,
      title: row.title,
      caseOfficerName: officer?.displayName ?? "",
      departmentName: department?.name ?? null,
      date: row.updated_at.slice(0, 10),
      sections: JSON.parse(row.sections) as CaseSections,
    };
  }

  private async extract(organisationId: string, caseId: string, decisionId: string): Promise<MinutesExtract> {
    const document = await this.caseDocument(organisationId, caseId);
    const decision = await findDecision(this.db, caseId, decisionId);
    if (!decision) throw new NotFoundError("errors.notFound");
    const [meeting, secretary, assignments] = await Promise.all([
      findMeeting(this.db, organisationId, decision.meeting_id),
      decision.recorded_by ? findUserById(this.db, decision.recorded_by) : undefined,
      listAssignments(this.db, organisationId, { caseId }),
    ]);
    return {
      organisationName: document.organisationName,
      bodyName: document.bodyName,
      meetingDate: meeting?.meeting_date ?? decision.decided_on,
      paragraph: decision.paragraph_number,
      diarienummer: document.diarienummer ?? "",
      title: document.title,
      outcome: decision.outcome as MinutesExtract["outcome"],
      decisionPoints: decision.amended_text
        ? decision.amended_text.split(/\n+/).filter((line) => line.trim() !== "")
        : document.sections.proposal,
      genderPosition: { considered: decision.gender_considered === 1, comment: decision.gender_comment },
      assignments: assignments
        .filter((assignment) => assignment.decision_id === decisionId)
        .map((assignment) => ({
          assignee: assignment.assignee,
          what: assignment.description,
          dueDate: assignment.due_date,
        })),
      recipients: document.sections.recipients,
      certifiedBy: secretary?.displayName ?? null,
    };
  }
}

/** "0042-2026 Förlängda öppettider.docx": safe on every file system. */
function fileName(diarienummer: string | null, title: string, extension: string): string {
  const base = `${diarienummer ? `${diarienummer} ` : ""}${title}`
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `${base || "arende"}.${extension}`;
}
