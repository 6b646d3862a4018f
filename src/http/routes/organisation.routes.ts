import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../core/index.js";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { errorResponses, organisationParams, organisationSummary } from "./schemas.js";

export function organisationRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      "/api/v1/organisations",
      {
        config: { access: "authenticated" },
        schema: {
          tags: ["organisations"],
          summary: "The organisations the signed-in user belongs to",
          response: { 200: z.object({ organisations: z.array(organisationSummary) }) },
        },
      },
      async (request) => {
        const memberships = await services.organisations.membershipsOf(actorOf(request).userId);
        return { organisations: memberships.map((membership) => membership.organisation) };
      },
    );

    api.get(
      "/api/v1/organisations/:organisationId",
      {
        config: { access: { permission: "organisation.read" } },
        schema: {
          tags: ["organisations"],
          summary: "One organisation",
          params: organisationParams,
          response: { 200: organisationSummary, ...errorResponses },
        },
      },
      async (request) => {
        const organisation = await services.organisations.find(request.params.organisationId);
        if (!organisation) throw new NotFoundError("errors.notFound");
        return organisation;
      },
    );
  };
}
