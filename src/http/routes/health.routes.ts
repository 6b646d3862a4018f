import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Executor } from "../../data/index.js";

/** Liveness and readiness for load balancers: 200 when the database answers, else 503. */
export function healthRoutes(db: Executor) {
  return async (app: FastifyInstance) => {
    app.get("/healthz", { config: { access: "public" }, logLevel: "warn" }, async (_request, reply) => {
      try {
        await sql`select 1`.execute(db);
        return { status: "ok" };
      } catch {
        return reply.status(503).send({ status: "unavailable" });
      }
    });
  };
}
