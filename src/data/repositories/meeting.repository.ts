import type { Selectable } from "kysely";
import type { MeetingTable } from "../schema.js";
import type { Executor } from "./executor.js";

export type MeetingRow = Selectable<MeetingTable>;

export function insertMeeting(db: Executor, row: MeetingRow) {
  return db.insertInto("meetings").values(row).execute();
}

export function findMeeting(db: Executor, organisationId: string, meetingId: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom("meetings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", meetingId)
    .executeTakeFirst();
}

export function listMeetings(db: Executor, organisationId: string, bodyId?: string): Promise<MeetingRow[]> {
  let query = db.selectFrom("meetings").selectAll().where("organisation_id", "=", organisationId);
  if (bodyId) query = query.where("body_id", "=", bodyId);
  return query.orderBy("meeting_date", "desc").orderBy("id").execute();
}

/** The cases on a meeting's agenda, in order. */
export function listAgenda(db: Executor, meetingId: string) {
  return db
    .selectFrom("agenda_items")
    .innerJoin("cases", "cases.id", "agenda_items.case_id")
    .select(["agenda_items.position", "cases.id", "cases.diarienummer", "cases.title", "cases.status"])
    .where("agenda_items.meeting_id", "=", meetingId)
    .orderBy("agenda_items.position")
    .execute();
}

export async function appendToAgenda(db: Executor, meetingId: string, caseId: string): Promise<void> {
  const last = await db
    .selectFrom("agenda_items")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  await db
    .insertInto("agenda_items")
    .values({ meeting_id: meetingId, case_id: caseId, position: Number(last?.position ?? 0) + 1 })
    .execute();
}

export function removeFromAgenda(db: Executor, meetingId: string, caseId: string) {
  return db.deleteFrom("agenda_items").where("meeting_id", "=", meetingId).where("case_id", "=", caseId).execute();
}

/** The meeting a case is on the agenda of, if any, and not yet decided there. */
export function findAgendaItemOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom("agenda_items")
    .innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
    .select(["meetings.id", "meetings.meeting_date", "meetings.body_id"])
    .where("agenda_items.case_id", "=", caseId)
    .orderBy("meetings.meeting_date", "desc")
    .executeTakeFirst();
}
