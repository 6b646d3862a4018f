import type { networks as sv } from "../sv/networks.js";
import type { Translation } from "../translation.js";

/** Network rounds, learning meetings, mentors and sharing: the domain's texts and its errors. */
export const networks: Translation<typeof sv> = {
  title: "Networks",
  themes: {
    governance: "Systems for governance and management",
    improvement: "Systematic improvement",
    analysis: "Analysis and follow-up",
    communication: "Communication",
    culture: "Culture and sustainable improvement",
  },
  errors: {
    invalidRoundDates: "The start and end must be real dates (YYYY-MM-DD).",
    roundEndBeforeStart: "The round must end after it starts. Leave the end empty for 18 months.",
    duplicateRoundName: "There is already a round called “{{name}}”. Choose another name.",
    unknownChecklist: "The checklist does not exist. Choose one of the checklists there are.",
    unknownOrganisation: "The organisation does not exist.",
    coordinatorNotMember: "The coordinating organisation cannot be a member or a mentor of its own round.",
    alreadyMember: "{{name}} is already in the round.",
    alreadyMentor: "{{name}} is already a mentor in the round.",
    duplicateGroupName: "There is already a group called “{{name}}” in the round.",
    unknownGroup: "The group does not exist in this round.",
    notInRound:
      "{{name}} is not in the round. Only members, mentors and the coordinating organisation can take part in a learning meeting.",
    meetingOutsideRound: "The learning meeting must lie within the round, between {{from}} and {{to}}.",
    unknownMeeting: "The learning meeting does not exist in this round.",
    mentorNotFinished:
      "{{name}} cannot be a mentor: it has not taken part in a round that ended before {{date}}, when this round starts.",
    emptyTheme: "Give the learning meeting a theme.",
    emptyLesson: "Write what the organisation learnt.",
  },
};
