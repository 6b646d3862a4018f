import { z } from "zod";
import {
  CASE_SECTION_KEYS,
  CASE_STATUSES,
  DECISION_OUTCOMES,
  REVIEW_OUTCOMES,
  REVIEW_QUESTIONS,
  VERDICTS,
} from "../../core/index.js";

/** Schemas of cases, reviews, meetings and decisions. Texts are bounded so that no request grows without limit. */

const LONG_TEXT = 200_000;
const text = z.string().max(LONG_TEXT);
const line = z.string().trim().max(2_000);
export const title = z.string().trim().min(1).max(500);
export const id = z.string().min(1).max(64);
export const isoDate = z.iso.date();

export const caseSections = z
  .object({
    proposal: z.array(z.string().max(20_000)).max(100).readonly(),
    statement: text,
    summary: text,
    matter: z
      .array(z.object({ heading: z.string().max(500), text }).strict())
      .max(100)
      .readonly(),
    genderImpact: text,
    basis: text,
    attachments: text,
    recipients: z.array(line).max(200).readonly(),
  })
  .strict();

export const caseView = z.object({
  id: z.string(),
  diarienummer: z.string().nullable(),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  bodyId: z.string(),
  departmentId: z.string().nullable(),
  caseOfficerId: z.string().nullable(),
  sections: caseSections,
  version: z.number(),
  reportsOnAssignmentId: z.string().nullable(),
  submission: z
    .object({ at: z.string(), genderSection: z.boolean(), verdict: z.enum(VERDICTS), score: z.number() })
    .nullable(),
  decidedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const newCase = z
  .object({
    title,
    bodyId: id,
    departmentId: id.nullable().optional(),
    caseOfficerId: id.nullable().optional(),
    reportsOnAssignmentId: id.nullable().optional(),
    sections: caseSections.optional(),
  })
  .strict();

export const caseSave = z
  .object({
    baseVersion: z.number().int().min(1),
    title,
    sections: caseSections,
    bodyId: id,
    departmentId: id.nullable(),
    caseOfficerId: id.nullable(),
  })
  .strict();

export const caseFilter = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    bodyId: id.optional(),
    caseOfficerId: id.optional(),
    search: z.string().max(200).optional(),
  })
  .strict();

export const versionSummary = z.object({
  version: z.number(),
  verdict: z.enum(VERDICTS),
  score: z.number(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
});

export const review = z
  .object({
    outcome: z.enum(REVIEW_OUTCOMES),
    answers: z
      .object(
        Object.fromEntries(REVIEW_QUESTIONS.map((q) => [q, z.boolean()])) as Record<
          (typeof REVIEW_QUESTIONS)[number],
          z.ZodBoolean
        >,
      )
      .strict(),
    sectionComments: z.partialRecord(z.enum(CASE_SECTION_KEYS), z.string().max(20_000)).default({}),
    comment: z.string().max(20_000).default(""),
  })
  .strict();

export const reviewView = z.object({
  id: z.string(),
  version: z.number(),
  reviewerName: z.string().nullable(),
  outcome: z.enum(REVIEW_OUTCOMES),
  answers: z.record(z.string(), z.boolean()),
  sectionComments: z.record(z.string(), z.string()),
  comment: z.string(),
  createdAt: z.string(),
});

export const decisionInput = z
  .object({
    caseId: id,
    outcome: z.enum(DECISION_OUTCOMES),
    amendedText: z.string().max(LONG_TEXT).optional(),
    genderPosition: z.object({ considered: z.boolean(), comment: z.string().max(20_000) }).strict(),
    assignments: z
      .array(
        z
          .object({
            assignee: z.string().trim().min(1).max(300),
            description: z.string().trim().min(1).max(5_000),
            dueDate: isoDate,
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();

export const decisionView = z.object({
  id: z.string(),
  caseId: z.string(),
  meetingId: z.string(),
  bodyId: z.string(),
  paragraph: z.number(),
  paragraphYear: z.number(),
  decidedOn: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  amendedText: z.string().nullable(),
  genderPosition: z.object({ considered: z.boolean(), comment: z.string() }),
});
