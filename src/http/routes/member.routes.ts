import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { displayName, email, errorResponses, member, organisationParams, password, role } from "./schemas.js";

const roles = z
  .array(role)
  .max(8)
  .refine((list) => new Set(list).size === list.length, "duplicate roles");

export function memberRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      "/api/v1/organisations/:organisationId/members",
      {
        config: { access: { permission: "members.read" } },
        schema: {
          tags: ["members"],
          summary: "People in the organisation and their roles there",
          params: organisationParams,
          response: { 200: z.object({ members: z.array(member).readonly() }), ...errorResponses },
        },
      },
      async (request) => ({ members: await services.members.list(request.params.organisationId) }),
    );

    api.post(
      "/api/v1/organisations/:organisationId/members",
      {
        config: { access: { permission: "users.manage" } },
        schema: {
          tags: ["members"],
          summary: "Add a person (creating the account if the e-mail has none) with roles",
          params: organisationParams,
          body: z.object({ email, displayName, password: password.optional(), roles: roles.min(1) }).strict(),
          response: { 201: member, ...errorResponses },
        },
      },
      async (request, reply) => {
        const added = await services.members.add(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(added);
      },
    );

    api.put(
      "/api/v1/organisations/:organisationId/members/:userId/roles",
      {
        config: { access: { permission: "users.manage" } },
        schema: {
          tags: ["members"],
          summary: "Replace a member's roles; an empty list removes the member",
          params: organisationParams.extend({ userId: z.string().min(1).max(64) }),
          body: z.object({ roles }).strict(),
          response: { 200: member, 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, userId } = request.params;
        const updated = await services.members.setRoles(actorOf(request), organisationId, userId, request.body.roles);
        return updated ? updated : reply.status(204).send(null);
      },
    );
  };
}
