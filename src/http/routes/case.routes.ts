import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { localeOfRequest } from "../i18n.js";
import { actorOf } from "./auth.routes.js";
import { caseFilter, caseSave, caseView, id, newCase, review, reviewView, versionSummary } from "./case-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const caseParams = organisationParams.extend({ caseId: id });
const tags = ["cases"];

/** Cases (ärenden): registration, writing with versions, submission, review and the case document. */
export function caseRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/cases";

    api.get(
      base,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: caseFilter,
          response: { 200: z.object({ cases: z.array(caseView) }), ...errorResponses },
        },
      },
      async (request) => ({ cases: await services.cases.list(request.params.organisationId, request.query) }),
    );

    api.post(
      base,
      {
        config: { access: { permission: "cases.write" } },
        schema: { tags, params: organisationParams, body: newCase, response: { 201: caseView, ...errorResponses } },
      },
      async (request, reply) => {
        const created = await services.cases.register(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(created);
      },
    );

    api.get(
      `${base}/:caseId`,
      {
        config: { access: { permission: "cases.read" } },
        schema: { tags, params: caseParams, response: { 200: caseView, ...errorResponses } },
      },
      async (request) => services.cases.get(request.params.organisationId, request.params.caseId),
    );

    api.put(
      `${base}/:caseId`,
      {
        config: { access: { permission: "cases.write" } },
        schema: { tags, params: caseParams, body: caseSave, response: { 200: caseView, ...errorResponses } },
      },
      async (request) =>
        services.cases.save(actorOf(request), request.params.organisationId, request.params.caseId, request.body),
    );

    api.post(
      `${base}/:caseId/submit`,
      {
        config: { access: { permission: "cases.write" } },
        schema: { tags, params: caseParams, response: { 200: caseView, ...errorResponses } },
      },
      async (request) => services.cases.submit(actorOf(request), request.params.organisationId, request.params.caseId),
    );

    api.get(
      `${base}/:caseId/versions`,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: caseParams,
          response: { 200: z.object({ versions: z.array(versionSummary) }), ...errorResponses },
        },
      },
      async (request) => {
        const rows = await services.cases.versions(request.params.organisationId, request.params.caseId);
        return {
          versions: rows.map((row) => ({
            version: row.version,
            verdict: row.verdict as z.infer<typeof versionSummary>["verdict"],
            score: row.score,
            savedAt: row.saved_at,
            savedByName: row.saved_by_name,
          })),
        };
      },
    );

    api.get(
      `${base}/:caseId/versions/:version`,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: caseParams.extend({ version: z.coerce.number().int().min(1) }),
          response: {
            200: versionSummary.extend({ title: z.string(), sections: caseView.shape.sections }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { organisationId, caseId, version } = request.params;
        const row = await services.cases.version(organisationId, caseId, version);
        return {
          version: row.version,
          verdict: row.verdict as z.infer<typeof versionSummary>["verdict"],
          score: row.score,
          savedAt: row.saved_at,
          savedByName: row.saved_by_name,
          title: row.title,
          sections: row.sections,
        };
      },
    );

    api.get(
      `${base}/:caseId/reviews`,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: caseParams,
          response: { 200: z.object({ reviews: z.array(reviewView) }), ...errorResponses },
        },
      },
      async (request) => ({
        reviews: await services.reviews.list(request.params.organisationId, request.params.caseId),
      }),
    );

    api.post(
      `${base}/:caseId/reviews`,
      {
        config: { access: { permission: "cases.review" } },
        schema: { tags, params: caseParams, body: review, response: { 200: caseView, ...errorResponses } },
      },
      async (request) => {
        const { organisationId, caseId } = request.params;
        await services.reviews.review(actorOf(request), organisationId, caseId, request.body);
        return services.cases.get(organisationId, caseId);
      },
    );

    api.get(
      `${base}/:caseId/document.docx`,
      {
        config: { access: { permission: "cases.read" } },
        schema: { tags, params: caseParams, querystring: z.object({ lang: z.enum(["sv", "en"]).optional() }) },
      },
      async (request, reply) => {
        const locale = localeOfRequest(request.query, request.headers["accept-language"]);
        const file = await services.caseDocuments.caseDocx(
          request.params.organisationId,
          request.params.caseId,
          locale,
        );
        return sendFile(reply, file, "docx");
      },
    );
  };
}
