import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import { checklistSummary, checklistVersionView, definitionBody } from "./checklist-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";

const tags = ["checklists"];
const version = z.coerce.number().int().min(1);

/**
 * Checklists (instruments) and their versions. Everyone signed in may read every checklist;
 * an organisation's administrators add checklists and versions of its own.
 */
export function checklistDefinitionRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const definitions = services.checklists.definitions;
    const own = "/api/v1/organisations/:organisationId/checklists";

    api.get(
      "/api/v1/checklists",
      {
        config: { access: "authenticated" },
        schema: { tags, response: { 200: z.object({ checklists: z.array(checklistSummary) }), ...errorResponses } },
      },
      async () => ({ checklists: await definitions.list() }),
    );

    api.get(
      "/api/v1/checklists/:checklistId/versions/:version",
      {
        config: { access: "authenticated" },
        schema: {
          tags,
          params: z.object({ checklistId: id, version }),
          response: { 200: checklistVersionView, ...errorResponses },
        },
      },
      async (request) => definitions.version(request.params.checklistId, request.params.version),
    );

    api.post(
      own,
      {
        config: { access: { permission: "checklists.define" } },
        schema: {
          tags,
          params: organisationParams,
          body: definitionBody,
          response: { 201: checklistSummary, ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await definitions.create(
          actorOf(request),
          request.params.organisationId,
          request.body.definition,
        );
        return reply.status(201).send(created);
      },
    );

    api.post(
      `${own}/:checklistId/versions`,
      {
        config: { access: { permission: "checklists.define" } },
        schema: {
          tags,
          params: organisationParams.extend({ checklistId: id }),
          body: definitionBody,
          response: { 201: checklistVersionView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, checklistId } = request.params;
        const created = await definitions.addVersion(
          actorOf(request),
          organisationId,
          checklistId,
          request.body.definition,
        );
        return reply.status(201).send(created);
      },
    );

    api.put(
      `${own}/:checklistId/versions/:version`,
      {
        config: { access: { permission: "checklists.define" } },
        schema: {
          tags,
          params: organisationParams.extend({ checklistId: id, version }),
          body: definitionBody,
          response: { 200: checklistVersionView, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, checklistId, version: number } = request.params;
        return definitions.updateVersion(
          actorOf(request),
          organisationId,
          checklistId,
          number,
          request.body.definition,
        );
      },
    );
  };
}
