import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import { measureChange, measureQuery, measuresView, measureView, newMeasure } from "./checklist-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";

const tags = ["measures"];

/** The improvement agenda: measures per checklist item, and what has been done since the last occasion. */
export function measureRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const measures = services.checklists.measures;
    const base = "/api/v1/organisations/:organisationId/measures";

    api.get(
      base,
      {
        config: { access: { permission: "checklist.read" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: measureQuery,
          response: { 200: measuresView, ...errorResponses },
        },
      },
      async (request) => measures.list(request.params.organisationId, request.query),
    );

    api.post(
      base,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: organisationParams,
          body: newMeasure,
          response: { 201: measureView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await measures.create(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(created);
      },
    );

    api.patch(
      `${base}/:measureId`,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: organisationParams.extend({ measureId: id }),
          body: measureChange,
          response: { 200: measureView, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, measureId } = request.params;
        return measures.update(actorOf(request), organisationId, measureId, request.body);
      },
    );

    api.delete(
      `${base}/:measureId`,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: organisationParams.extend({ measureId: id }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, measureId } = request.params;
        await measures.delete(actorOf(request), organisationId, measureId);
        return reply.status(204).send(null);
      },
    );
  };
}
