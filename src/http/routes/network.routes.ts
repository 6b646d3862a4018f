import type { FastifyInstance } from "fastify";
import type { Services } from "../../services/index.js";

/** The network API (filled in by the network work). */
export function networkRoutes(_services: Services) {
  return async (_app: FastifyInstance) => {};
}
