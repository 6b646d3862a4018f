import type { FastifyInstance } from "fastify";
import type { Services } from "../../services/index.js";

/** The checklist API (filled in by the checklist work). */
export function checklistRoutes(_services: Services) {
  return async (_app: FastifyInstance) => {};
}
