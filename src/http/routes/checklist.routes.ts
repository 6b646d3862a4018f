import type { FastifyInstance } from "fastify";
import type { Services } from "../../services/index.js";
import { assessmentRoutes } from "./assessment.routes.js";
import { checklistDefinitionRoutes } from "./checklist-definition.routes.js";
import { measureRoutes } from "./measure.routes.js";

/** The checklist API: checklists and their versions, assessments and their items, measures. */
export function checklistRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    await app.register(checklistDefinitionRoutes(services));
    await app.register(assessmentRoutes(services));
    await app.register(measureRoutes(services));
  };
}
