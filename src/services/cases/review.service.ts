import {
  type CaseSectionKey,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  type ReviewOutcome,
  type ReviewQuestion,
} from "../../core/index.js";
import { type Executor, findCase, insertReview, listReviews, newId, now, updateCaseStatus } from "../../data/index.js";
import type { Actor } from "../actor.js";
import { audit } from "../audit.js";

export interface ReviewInput {
  readonly outcome: ReviewOutcome;
  /** Yes/no for every question of the review gate. */
  readonly answers: Readonly<Record<ReviewQuestion, boolean>>;
  readonly sectionComments: Readonly<Partial<Record<CaseSectionKey, string>>>;
  readonly comment: string;
}

export interface ReviewView {
  readonly id: string;
  readonly version: number;
  readonly reviewerName: string | null;
  readonly outcome: ReviewOutcome;
  readonly answers: Readonly<Record<ReviewQuestion, boolean>>;
  readonly sectionComments: Readonly<Partial<Record<CaseSectionKey, string>>>;
  readonly comment: string;
  readonly createdAt: string;
}

/** The gender-equality expert's review: approve the case for a meeting or return it to the officer. */
export class ReviewService {
  constructor(private readonly db: Executor) {}

  async list(organisationId: string, caseId: string): Promise<ReviewView[]> {
    if (!(await findCase(this.db, organisationId, caseId))) throw new NotFoundError("errors.notFound");
    const rows = await listReviews(this.db, caseId);
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      reviewerName: row.reviewer_name,
      outcome: row.outcome as ReviewOutcome,
      answers: JSON.parse(row.answers),
      sectionComments: JSON.parse(row.section_comments),
      comment: row.comment,
      createdAt: row.created_at,
    }));
  }

  /** Records the review; a returned case must say why, in a comment or on a section. */
  async review(actor: Actor, organisationId: string, caseId: string, input: ReviewInput): Promise<void> {
    const sectionComments = Object.fromEntries(
      Object.entries(input.sectionComments).filter(([, text]) => (text ?? "").trim() !== ""),
    );
    const comment = input.comment.trim();
    if (input.outcome === "returned" && comment === "" && Object.keys(sectionComments).length === 0) {
      throw new InvalidInputError("errors.reviewNeedsComment");
    }
    await this.db.transaction().execute(async (trx) => {
      const current = await findCase(trx, organisationId, caseId);
      if (!current) throw new NotFoundError("errors.notFound");
      const at = now();
      const moved = await updateCaseStatus(trx, { id: caseId, from: ["submitted"], to: input.outcome, at });
      if (!moved) throw new ConflictError("errors.caseNotSubmitted");
      const id = newId();
      await insertReview(trx, {
        id,
        case_id: caseId,
        version: current.version,
        reviewer_id: actor.userId,
        outcome: input.outcome,
        answers: JSON.stringify(input.answers),
        section_comments: JSON.stringify(sectionComments),
        comment,
        created_at: at,
      });
      await audit(trx, actor, {
        organisationId,
        entityType: "case",
        entityId: caseId,
        action: input.outcome === "approved" ? "approve" : "return",
        summary: { version: current.version, answers: input.answers },
      });
    });
  }
}
