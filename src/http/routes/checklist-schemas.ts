import { z } from "zod";
import { MEASURE_STATUSES } from "../../core/index.js";
import { id, isoDate } from "./case-schemas.js";

/** Schemas of checklists, assessments and measures. Texts are bounded; request bodies are strict. */

const localisedText = (max: number) =>
  z.object({ sv: z.string().max(max), en: z.string().max(max).default("") }).strict();

/** A checklist as data; the rules (scale, numbering) are checked by the service, with a message per problem. */
export const checklistDefinition = z
  .object({
    name: z.object({ sv: z.string().trim().min(1).max(300), en: z.string().trim().max(300).default("") }).strict(),
    scale: z.object({ min: z.number(), max: z.number(), step: z.number() }).strict(),
    anchors: z
      .array(z.object({ value: z.number(), text: localisedText(500) }).strict())
      .max(30)
      .readonly(),
    items: z
      .array(z.object({ no: z.number().int(), text: localisedText(2_000) }).strict())
      .max(200)
      .readonly(),
  })
  .strict();

export const definitionBody = z.object({ definition: checklistDefinition }).strict();

const definitionView = z.object({
  name: z.object({ sv: z.string(), en: z.string() }),
  scale: z.object({ min: z.number(), max: z.number(), step: z.number() }),
  anchors: z.array(z.object({ value: z.number(), text: z.object({ sv: z.string(), en: z.string() }) })).readonly(),
  items: z.array(z.object({ no: z.number(), text: z.object({ sv: z.string(), en: z.string() }) })).readonly(),
});

export const checklistVersionView = z.object({
  id: z.string(),
  checklistId: z.string(),
  version: z.number(),
  definition: definitionView,
  inUse: z.boolean(),
});

export const checklistSummary = z.object({
  id: z.string(),
  key: z.string().nullable(),
  organisationId: z.string().nullable(),
  builtIn: z.boolean(),
  latest: checklistVersionView,
  versions: z.array(z.object({ version: z.number(), inUse: z.boolean() })).readonly(),
});

/** Evidence links: a case of the organisation, or a web address (http or https only). */
export const evidenceLink = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("case"), caseId: id }).strict(),
  z
    .object({
      kind: z.literal("url"),
      url: z.url({ protocol: /^https?$/ }).max(2_000),
      label: z.string().max(300),
    })
    .strict(),
]);

const links = z.array(evidenceLink).max(50).readonly();

export const evidence = z.object({ text: z.string().max(20_000), links }).strict();

const score = z.number().nullable();
const occasion = z.string().trim().min(1).max(200);
const participants = z.array(z.string().max(200)).max(50).readonly();

export const newAssessment = z
  .object({
    checklistId: id.optional(),
    occasion,
    date: isoDate,
    participants,
    items: z
      .array(
        z
          .object({
            no: z.number().int(),
            score,
            comment: z.string().max(20_000).optional(),
            evidence: evidence.optional(),
          })
          .strict(),
      )
      .max(200)
      .readonly()
      .optional(),
  })
  .strict();

export const assessmentChange = z
  .object({ occasion: occasion.optional(), date: isoDate.optional(), participants: participants.optional() })
  .strict();

export const itemSave = z
  .object({ score, comment: z.string().max(20_000), evidence, revision: z.number().int().min(0) })
  .strict();

const sum = z.object({ sum: z.number(), scoredItems: z.number(), itemCount: z.number(), complete: z.boolean() });

export const assessmentItemView = z.object({
  no: z.number(),
  score,
  comment: z.string(),
  evidence: z.object({ text: z.string(), links: z.array(evidenceLink).readonly() }),
  revision: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});

export const assessmentView = z.object({
  id: z.string(),
  occasion: z.string(),
  date: z.string(),
  participants: z.array(z.string()).readonly(),
  checklist: checklistVersionView,
  items: z.array(assessmentItemView).readonly(),
  sum,
  previous: z
    .object({ id: z.string(), occasion: z.string(), date: z.string(), scores: z.array(score).readonly() })
    .nullable(),
});

export const assessmentTable = z.object({
  checklist: checklistVersionView,
  table: z.object({
    columns: z
      .array(
        z.object({
          id: z.string(),
          occasion: z.string(),
          date: z.string(),
          scores: z.array(score).readonly(),
          sum,
          checklistVersion: z.number(),
          participants: z.array(z.string()).readonly(),
        }),
      )
      .readonly(),
  }),
});

export const checklistQuery = z.object({ checklistId: id.optional() }).strict();

const measureStatus = z.enum(MEASURE_STATUSES);
const measureTitle = z.string().trim().min(1).max(1_000);
const owner = z.string().trim().max(300);

export const newMeasure = z
  .object({
    checklistId: id.optional(),
    itemNo: z.number().int(),
    assessmentId: id.nullable().optional(),
    title: measureTitle,
    owner,
    dueDate: isoDate.nullable().optional(),
    status: measureStatus.optional(),
    links: links.optional(),
  })
  .strict();

export const measureChange = z
  .object({
    version: z.number().int().min(1),
    title: measureTitle.optional(),
    owner: owner.optional(),
    dueDate: isoDate.nullable().optional(),
    status: measureStatus.optional(),
    links: links.optional(),
  })
  .strict();

export const measureView = z.object({
  id: z.string(),
  checklistId: z.string(),
  itemNo: z.number(),
  assessmentId: z.string().nullable(),
  title: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  status: measureStatus,
  doneOn: z.string().nullable(),
  links: z.array(evidenceLink).readonly(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const measuresView = z.object({
  measures: z.array(measureView).readonly(),
  progress: z
    .array(z.object({ itemNo: z.number(), doneSinceLastOccasion: z.number(), open: z.number(), overdue: z.number() }))
    .readonly(),
  lastOccasion: z.object({ occasion: z.string(), date: z.string() }).nullable(),
});

export const measureQuery = z
  .object({ checklistId: id.optional(), itemNo: z.coerce.number().int().min(1).optional() })
  .strict();
