import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import type { UnitChange } from "../../services/structure.service.js";
import { actorOf } from "./auth.routes.js";
import { bodyKind, errorResponses, organisationParams } from "./schemas.js";

const name = z.string().trim().min(1).max(200);

/**
 * Bodies (nämnder) and departments (avdelningar): listed by every member, managed by
 * administrators. The two share one shape; bodies also have a kind.
 */
export function structureRoutes(services: Services, collection: "bodies" | "departments") {
  const service = services[collection];
  const withKind = collection === "bodies";
  const unit = z.object({
    id: z.string(),
    name: z.string(),
    ...(withKind ? { kind: z.string() } : {}),
    archived: z.boolean(),
  });
  const create = z.object({ name, ...(withKind ? { kind: bodyKind } : {}) }).strict();
  const change = z
    .object({
      name: name.optional(),
      ...(withKind ? { kind: bodyKind.optional() } : {}),
      archived: z.boolean().optional(),
    })
    .strict();
  const idParam = collection === "bodies" ? "bodyId" : "departmentId";
  const params = organisationParams.extend({ [idParam]: z.string().min(1).max(64) });
  const tags = [collection];

  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      `/api/v1/organisations/:organisationId/${collection}`,
      {
        config: { access: { permission: "organisation.read" } },
        schema: {
          tags,
          params: organisationParams,
          response: { 200: z.object({ [collection]: z.array(unit) }), ...errorResponses },
        },
      },
      async (request) => ({ [collection]: await service.list(request.params.organisationId) }),
    );

    api.post(
      `/api/v1/organisations/:organisationId/${collection}`,
      {
        config: { access: { permission: "structure.manage" } },
        schema: { tags, params: organisationParams, body: create, response: { 201: unit, ...errorResponses } },
      },
      async (request, reply) => {
        const created = await service.create(
          actorOf(request),
          request.params.organisationId,
          request.body as { name: string; kind?: string },
        );
        return reply.status(201).send(created);
      },
    );

    api.patch(
      `/api/v1/organisations/:organisationId/${collection}/:${idParam}`,
      {
        config: { access: { permission: "structure.manage" } },
        schema: { tags, params, body: change, response: { 200: unit, ...errorResponses } },
      },
      async (request) => {
        const path = request.params as Record<string, string>;
        return service.update(
          actorOf(request),
          path.organisationId as string,
          path[idParam] as string,
          request.body as UnitChange,
        );
      },
    );
  };
}
