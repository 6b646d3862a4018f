import type { Executor } from "./executor.js";

/** Server-side sessions: the cookie holds only the signed id. */
export async function findSession(db: Executor, id: string, at: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("sessions")
    .select("data")
    .where("id", "=", id)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  return row?.data;
}

export function saveSession(
  db: Executor,
  session: { id: string; userId: string | null; data: string; expiresAt: string },
) {
  return db
    .insertInto("sessions")
    .values({ id: session.id, user_id: session.userId, data: session.data, expires_at: session.expiresAt })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({ user_id: session.userId, data: session.data, expires_at: session.expiresAt }),
    )
    .execute();
}

export function deleteSession(db: Executor, id: string) {
  return db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Ends every session of a user except one (the one that changed the password). */
export function deleteOtherSessionsOfUser(db: Executor, userId: string, keepSessionId: string | undefined) {
  return db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .$if(keepSessionId !== undefined, (q) => q.where("id", "!=", keepSessionId as string))
    .execute();
}

export function deleteExpiredSessions(db: Executor, at: string) {
  return db.deleteFrom("sessions").where("expires_at", "<=", at).execute();
}
