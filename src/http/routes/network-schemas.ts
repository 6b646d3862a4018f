import { z } from "zod";
import { SHARING_LEVELS } from "../../core/index.js";
import { id, isoDate } from "./case-schemas.js";
import { organisationParams } from "./schemas.js";

/** Schemas of network rounds, learning meetings, mentors, sharing and comparisons. */

/** A list in an answer (the services answer with read-only arrays). */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const name = z.string().trim().min(1).max(200);
const theme = z.string().trim().min(1).max(200);
const roles = z.array(z.string().trim().min(1).max(200)).max(50);

export const roundParams = organisationParams.extend({ roundId: id });
export const memberParams = roundParams.extend({ memberId: id });
export const meetingParams = roundParams.extend({ meetingId: id });
export const mentorParams = roundParams.extend({ mentorId: id });

export const newRound = z
  .object({ name, startsOn: isoDate, endsOn: isoDate.optional(), checklistId: id.optional() })
  .strict();

export const relation = z.enum(["coordinator", "member", "mentor"]);
const organisationRef = z.object({ id: z.string(), name: z.string() });
export const sharing = z.object({ level: z.enum(SHARING_LEVELS), includeComments: z.boolean() });

export const roundSummary = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  checklistId: z.string(),
  coordinator: organisationRef,
  relation,
  groupName: z.string().nullable(),
});

export const roundMember = z.object({
  organisationId: z.string(),
  name: z.string(),
  groupId: z.string().nullable(),
  sharing,
});

export const roundMentor = z.object({
  organisationId: z.string(),
  name: z.string(),
  themes: list(z.string()),
  learningMeetingIds: list(z.string()),
});

export const lesson = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

export const learningMeeting = z.object({
  id: z.string(),
  date: z.string(),
  theme: z.string(),
  notes: z.string(),
  participants: list(z.object({ organisationId: z.string(), name: z.string(), roles: list(z.string()) })),
  lessons: list(lesson),
});

export const roundView = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  checklist: z.object({ id: z.string(), name: z.object({ sv: z.string(), en: z.string() }) }),
  coordinator: organisationRef,
  relation,
  groups: list(
    z.object({
      id: z.string(),
      name: z.string(),
      members: list(z.object({ organisationId: z.string(), name: z.string() })),
    }),
  ),
  members: list(roundMember),
  mentors: list(roundMentor),
  learningMeetings: list(learningMeeting),
});

const participants = z.array(z.object({ organisationId: id, roles }).strict()).max(100);

export const newLearningMeeting = z
  .object({
    date: isoDate,
    theme,
    notes: z.string().max(50_000).optional(),
    participants: participants.optional(),
  })
  .strict();

export const learningMeetingChange = newLearningMeeting.partial().strict();

export const mentorLinks = z
  .object({
    themes: z.array(theme).max(20),
    learningMeetingIds: z.array(id).max(100),
  })
  .strict();

export const newMentor = mentorLinks.extend({ organisationId: id }).strict();

const itemScore = z.number().nullable();
const assessmentSum = z.object({
  sum: z.number(),
  scoredItems: z.number(),
  itemCount: z.number(),
  complete: z.boolean(),
});
const occasionScores = z.object({
  occasion: z.string(),
  date: z.string(),
  scores: list(itemScore),
  sum: assessmentSum,
});
const scopeComparison = z.union([
  z.object({
    available: z.literal(true),
    organisations: z.number(),
    averages: list(z.object({ average: z.number().nullable(), organisations: z.number() })),
    averageSum: z.number().nullable(),
  }),
  z.object({ available: z.literal(false), reason: z.enum(["not_sharing", "no_group", "no_data"]) }),
]);

export const comparison = z.object({
  occasion: z.string().nullable(),
  occasions: list(z.string()),
  own: occasionScores.nullable(),
  group: scopeComparison,
  network: scopeComparison,
  shared: list(
    occasionScores.extend({
      organisationId: z.string(),
      name: z.string(),
      comments: list(z.object({ no: z.number(), comment: z.string(), evidenceText: z.string() })).nullable(),
    }),
  ),
});

export const movement = z.object({
  occasions: list(
    z.object({
      occasion: z.string(),
      recorded: z.number(),
      averageSum: z.number().nullable(),
      organisations: list(
        z.object({ organisationId: z.string(), name: z.string(), sum: z.number(), complete: z.boolean() }),
      ),
    }),
  ),
});
