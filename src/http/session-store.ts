import type { SessionStore } from "@fastify/session";
import type * as Fastify from "fastify";
import { deleteSession, type Executor, findSession, now, saveSession } from "../data/index.js";

/** Keeps @fastify/session's sessions in the application database, so that any server can serve any user. */
export class DatabaseSessionStore implements SessionStore {
  constructor(private readonly db: Executor) {}

  set(sessionId: string, session: Fastify.Session, callback: (err?: unknown) => void): void {
    const expires = session.cookie.expires ?? new Date(Date.now() + 24 * 3600 * 1000);
    saveSession(this.db, {
      id: sessionId,
      userId: session.userId ?? null,
      data: JSON.stringify(session),
      expiresAt: new Date(expires).toISOString(),
    }).then(() => callback(), callback);
  }

  get(sessionId: string, callback: (err: unknown, result?: Fastify.Session | null) => void): void {
    findSession(this.db, sessionId, now()).then(
      (data) => callback(null, data ? (JSON.parse(data) as Fastify.Session) : null),
      (error) => callback(error),
    );
  }

  destroy(sessionId: string, callback: (err?: unknown) => void): void {
    deleteSession(this.db, sessionId).then(() => callback(), callback);
  }
}
