import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { InvalidInputError } from "../../core/index.js";
import { MAX_DOCUMENT_BYTES, type Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { caseView, id, isoDate } from "./case-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";

const target = {
  fileName: z.string().trim().min(1).max(255),
  bodyId: id,
  departmentId: id.optional(),
};

/**
 * Existing case documents uploaded one file per request, as the raw bytes
 * (application/octet-stream), so that a 25 MB PDF needs no multipart parsing:
 * as drafts by case officers, as archived historical cases by secretaries.
 */
export function caseImportRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(
      "application/octet-stream",
      { parseAs: "buffer", bodyLimit: MAX_DOCUMENT_BYTES },
      (_request, body, done) => done(null, body),
    );
    const api = app.withTypeProvider<ZodTypeProvider>();
    const options = (permission: "cases.write" | "cases.decide", query: z.ZodType) => ({
      bodyLimit: MAX_DOCUMENT_BYTES,
      config: { access: { permission } },
      schema: {
        tags: ["cases"],
        params: organisationParams,
        querystring: query,
        response: { 201: caseView, ...errorResponses },
      },
    });

    api.post(
      "/api/v1/organisations/:organisationId/cases/import",
      options("cases.write", z.object(target).strict()),
      async (request, reply) => {
        const query = request.query as { fileName: string; bodyId: string; departmentId?: string };
        const created = await services.caseImport.import(actorOf(request), request.params.organisationId, {
          ...query,
          departmentId: query.departmentId ?? null,
          bytes: bytesOf(request.body),
          mode: "draft",
        });
        return reply.status(201).send(created);
      },
    );

    api.post(
      "/api/v1/organisations/:organisationId/cases/archive",
      options("cases.decide", z.object({ ...target, decidedOn: isoDate }).strict()),
      async (request, reply) => {
        const query = request.query as { fileName: string; bodyId: string; departmentId?: string; decidedOn: string };
        const created = await services.caseImport.import(actorOf(request), request.params.organisationId, {
          ...query,
          departmentId: query.departmentId ?? null,
          bytes: bytesOf(request.body),
          mode: "archived",
        });
        return reply.status(201).send(created);
      },
    );
  };
}

function bytesOf(body: unknown): Uint8Array {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new InvalidInputError("documents.unreadable.empty");
  return body;
}
