import type { Selectable } from "kysely";
import type { LearningLessonTable, LearningMeetingTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type LearningMeetingRow = Selectable<LearningMeetingTable>;
export type LearningLessonRow = Selectable<LearningLessonTable>;
/** A lesson with the name of the organisation that drew it. */
export type NamedLearningLessonRow = LearningLessonRow & { readonly organisation_name: string };

export function insertLearningMeeting(db: Executor, row: LearningMeetingRow) {
  return db.insertInto("learning_meetings").values(row).execute();
}

export function findLearningMeeting(
  db: Executor,
  roundId: string,
  meetingId: string,
): Promise<LearningMeetingRow | undefined> {
  return db
    .selectFrom("learning_meetings")
    .selectAll()
    .where("round_id", "=", roundId)
    .where("id", "=", meetingId)
    .executeTakeFirst();
}

/** The learning meetings of a round in date order. */
export function listLearningMeetings(db: Executor, roundId: string): Promise<LearningMeetingRow[]> {
  return db
    .selectFrom("learning_meetings")
    .selectAll()
    .where("round_id", "=", roundId)
    .orderBy("meeting_date")
    .orderBy("id")
    .execute();
}

/** Writes the fields given (the others stay as they are). */
export function updateLearningMeeting(
  db: Executor,
  change: Pick<LearningMeetingRow, "id" | "updated_at"> &
    Partial<Pick<LearningMeetingRow, "meeting_date" | "theme" | "notes" | "participants">>,
) {
  const { id, ...values } = change;
  return db.updateTable("learning_meetings").set(values).where("id", "=", id).execute();
}

export function insertLesson(db: Executor, row: LearningLessonRow) {
  return db.insertInto("learning_lessons").values(row).execute();
}

/** The lessons of every learning meeting of a round, oldest first. */
export function listLessonsOfRound(db: Executor, roundId: string): Promise<NamedLearningLessonRow[]> {
  return db
    .selectFrom("learning_lessons")
    .innerJoin("learning_meetings", "learning_meetings.id", "learning_lessons.learning_meeting_id")
    .innerJoin("organisations", "organisations.id", "learning_lessons.organisation_id")
    .selectAll("learning_lessons")
    .select("organisations.name as organisation_name")
    .where("learning_meetings.round_id", "=", roundId)
    .orderBy("learning_lessons.created_at")
    .orderBy("learning_lessons.id")
    .execute();
}
