import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { errorResponses, organisationParams } from "./schemas.js";

const day = z.iso.date();

export function auditRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      "/api/v1/organisations/:organisationId/audit",
      {
        config: { access: { permission: "audit.read" } },
        schema: {
          tags: ["audit"],
          summary: "The organisation's audit log, newest first",
          params: organisationParams,
          querystring: z
            .object({
              entityType: z.string().max(40).optional(),
              action: z.string().max(40).optional(),
              actorId: z.string().max(64).optional(),
              from: day.optional(),
              to: day.optional(),
              limit: z.coerce.number().int().min(1).max(500).default(50),
              offset: z.coerce.number().int().min(0).default(0),
              lang: z.enum(["sv", "en"]).optional(),
            })
            .strict(),
          response: {
            200: z.object({
              total: z.number(),
              entries: z.array(
                z.object({
                  id: z.string(),
                  occurredAt: z.string(),
                  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
                  entityType: z.string(),
                  entityId: z.string(),
                  action: z.string(),
                  summary: z.record(z.string(), z.unknown()),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { actorId, ...query } = request.query;
        const { entries, total } = await services.auditLog.list(request.params.organisationId, {
          ...query,
          actorUserId: actorId,
        });
        return {
          total,
          entries: entries.map((entry) => ({
            id: entry.id,
            occurredAt: entry.occurredAt,
            actor: entry.actorUserId ? { id: entry.actorUserId, displayName: entry.actorDisplayName ?? "?" } : null,
            entityType: entry.entityType,
            entityId: entry.entityId,
            action: entry.action,
            summary: entry.summary,
          })),
        };
      },
    );
  };
}
