import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import { newPlanGoal, planGoal } from "./indicator-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";

const tags = ["statistics"];

/** Goals of the organisation's strategic plan, which indicators are linked to. */
export function planGoalRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/plan-goals";
    const goals = services.statistics.planGoals;

    api.get(
      base,
      {
        config: { access: { permission: "statistics.read" } },
        schema: {
          tags,
          params: organisationParams,
          response: { 200: z.object({ goals: z.array(planGoal) }), ...errorResponses },
        },
      },
      async (request) => ({ goals: await goals.list(request.params.organisationId) }),
    );

    api.post(
      base,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: { tags, params: organisationParams, body: newPlanGoal, response: { 201: planGoal, ...errorResponses } },
      },
      async (request, reply) => {
        const created = await goals.create(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(created);
      },
    );

    api.delete(
      `${base}/:goalId`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: organisationParams.extend({ goalId: id }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await goals.delete(actorOf(request), request.params.organisationId, request.params.goalId);
        return reply.status(204).send(null);
      },
    );
  };
}
