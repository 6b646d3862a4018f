import type { Executor } from "../../data/index.js";
import { ComparisonService } from "./comparison.service.js";
import { LearningMeetingService } from "./learning-meeting.service.js";
import { MentorService } from "./mentor.service.js";
import { RoundService } from "./round.service.js";

export type { Comparison, MovementOccasion, ScopeComparison, SharedAssessment } from "../../core/index.js";
export type { LearningMeetingInput } from "./learning-meeting.service.js";
export type { MentorLinks } from "./mentor.service.js";
export type { NewRoundInput } from "./round.service.js";
export type { RoundRelation } from "./round-access.js";
export type * from "./round-view.js";

/** Network rounds, groups, learning meetings, mentors, sharing and comparisons. */
export interface NetworkServices {
  readonly rounds: RoundService;
  readonly learningMeetings: LearningMeetingService;
  readonly mentors: MentorService;
  readonly comparisons: ComparisonService;
}

export function createNetworkServices(db: Executor): NetworkServices {
  return {
    rounds: new RoundService(db),
    learningMeetings: new LearningMeetingService(db),
    mentors: new MentorService(db),
    comparisons: new ComparisonService(db),
  };
}
