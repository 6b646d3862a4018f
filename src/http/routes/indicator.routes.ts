import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type ImportMessage, InvalidInputError, type Locale, type RejectedRow } from "../../core/index.js";
import type { Services } from "../../services/index.js";
import { type ColumnMapping, MAX_INDICATOR_FILE_BYTES } from "../../services/statistics/importers/index.js";
import { indicatorCsv, indicatorXlsx } from "../../services/statistics/indicator-export.js";
import type { ImportAnswer } from "../../services/statistics/indicator-import.service.js";
import { localeOfRequest, translate } from "../i18n.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import {
  columnMapping,
  importAnswer,
  importQuery,
  indicatorChange,
  indicatorRole,
  indicatorSummary,
  indicatorView,
  koladaBody,
  lang,
  previewQuery,
} from "./indicator-schemas.js";
import { errorBody, errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const tags = ["statistics"];
const indicatorParams = organisationParams.extend({ indicatorId: id });

/**
 * Aggregated indicators: imports (CSV/XLSX with a column mapping and a preview, saved SCB and
 * Kolada answers, Kolada's live API), the view with disclosure control, changes, exports.
 * Files are uploaded as raw bytes (application/octet-stream), at most 25 MB.
 */
export function indicatorRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(
      "application/octet-stream",
      { parseAs: "buffer", bodyLimit: MAX_INDICATOR_FILE_BYTES },
      (_request, body, done) => done(null, body),
    );
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/indicators";
    const { indicators, indicatorImport } = services.statistics;

    api.get(
      base,
      {
        config: { access: { permission: "statistics.read" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: z.object({ role: indicatorRole.optional() }).strict(),
          response: { 200: z.object({ indicators: z.array(indicatorSummary).readonly() }), ...errorResponses },
        },
      },
      async (request) => ({ indicators: await indicators.list(request.params.organisationId, request.query) }),
    );

    api.post(
      `${base}/import/preview`,
      {
        bodyLimit: MAX_INDICATOR_FILE_BYTES,
        config: { access: { permission: "statistics.manage" } },
        schema: { tags, params: organisationParams, querystring: previewQuery },
      },
      async (request) => {
        const say = sayer(request);
        const preview = await indicatorImport.preview({
          fileName: request.query.fileName,
          bytes: bytesOf(request.body),
          mapping: mappingOf(request.query.mapping),
        });
        const rejected = preview.rejected.map((row) => rejectedRow(row, say));
        const warnings = preview.warnings.map(say);
        if ("observations" in preview) return { ...preview, rejected, warnings };
        return {
          ...preview,
          problems: preview.problems.map(say),
          rows: preview.rows.map((row) => ({
            row: row.row,
            cells: row.cells,
            observation: row.outcome?.kind === "observation" ? row.outcome.observation : null,
            reason: row.outcome?.kind === "rejected" ? say(row.outcome.rejected.reason) : null,
          })),
          rejected,
          warnings,
        };
      },
    );

    api.post(
      `${base}/import`,
      {
        bodyLimit: MAX_INDICATOR_FILE_BYTES,
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: importQuery,
          response: { 201: importAnswer, 422: rejectedAnswer, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { query } = request;
        const answer = await indicatorImport.importFile(
          actorOf(request),
          request.params.organisationId,
          { fileName: query.fileName, bytes: bytesOf(request.body), mapping: mappingOf(query.mapping) },
          {
            role: query.role,
            measureKind: query.measureKind,
            unit: query.unit,
            acceptRejected: query.acceptRejected === "true",
          },
        );
        return sendImportAnswer(request, reply, answer);
      },
    );

    api.post(
      `${base}/kolada`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: z.object({ lang }).strict(),
          body: koladaBody,
          response: { 201: importAnswer, 422: rejectedAnswer, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { body } = request;
        const answer = await indicatorImport.importKolada(actorOf(request), request.params.organisationId, body, {
          role: body.role ?? "indicator",
          measureKind: body.measureKind,
          unit: body.unit,
          acceptRejected: body.acceptRejected === true,
        });
        return sendImportAnswer(request, reply, answer);
      },
    );

    api.get(
      `${base}/:indicatorId`,
      {
        config: { access: { permission: "statistics.read" } },
        schema: { tags, params: indicatorParams, response: { 200: indicatorView, ...errorResponses } },
      },
      async (request) => indicators.get(request.params.organisationId, request.params.indicatorId),
    );

    api.patch(
      `${base}/:indicatorId`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: indicatorParams,
          body: indicatorChange,
          response: { 200: indicatorSummary, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, indicatorId } = request.params;
        return indicators.update(actorOf(request), organisationId, indicatorId, request.body);
      },
    );

    api.delete(
      `${base}/:indicatorId`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: { tags, params: indicatorParams, response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, indicatorId } = request.params;
        await indicators.delete(actorOf(request), organisationId, indicatorId);
        return reply.status(204).send(null);
      },
    );

    api.get(
      `${base}/:indicatorId/export.:format`,
      {
        config: { access: { permission: "statistics.read" } },
        schema: {
          tags,
          params: indicatorParams.extend({ format: z.enum(["csv", "xlsx"]) }),
          querystring: z.object({ lang }).strict(),
        },
      },
      async (request, reply) => {
        const { organisationId, indicatorId, format } = request.params;
        const locale = localeOf(request);
        if (format === "csv")
          return sendFile(reply, await indicatorCsv(indicators, organisationId, indicatorId, locale), "csv");
        return sendFile(reply, await indicatorXlsx(indicators, organisationId, indicatorId, locale), "xlsx");
      },
    );
  };
}

/** The 422 answer: the usual error body, and every rejected row with its number and reason. */
const rejectedAnswer = errorBody.extend({
  rejected: z.array(z.object({ row: z.number(), reason: z.string() })).readonly(),
  total: z.number(),
});

function localeOf(request: FastifyRequest): Locale {
  return localeOfRequest(request.query, request.headers["accept-language"]);
}

function sayer(request: FastifyRequest) {
  const locale = localeOf(request);
  return (message: ImportMessage) => translate(locale, message.key, message.params);
}

function rejectedRow(row: RejectedRow, say: (message: ImportMessage) => string) {
  return { row: row.row, reason: say(row.reason) };
}

/** 201 with what was stored, or 422 with every rejected row when nothing was stored. */
function sendImportAnswer(request: FastifyRequest, reply: FastifyReply, answer: ImportAnswer) {
  const locale = localeOf(request);
  const say = sayer(request);
  const rejected = answer.rejected.map((row) => rejectedRow(row, say));
  if (answer.kind === "rejected") {
    return reply.status(422).send({
      error: {
        code: "rows_rejected",
        message: translate(locale, "indicators.errors.rowsRejected", { count: rejected.length }),
        details: rejected.map((row) => ({
          path: String(row.row),
          message: translate(locale, "indicators.errors.rowRejected", { row: row.row, reason: row.reason }),
        })),
      },
      rejected,
      total: answer.total,
    });
  }
  return reply.status(201).send({
    indicators: answer.indicators,
    imported: answer.imported,
    rejected,
    warnings: answer.warnings.map(say),
  });
}

function bytesOf(body: unknown): Uint8Array {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new InvalidInputError("indicators.errors.emptyFile");
  return body;
}

/** The mapping sent as JSON in the query string, checked like a request body. */
function mappingOf(text: string | undefined): Partial<ColumnMapping> | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidInputError("indicators.errors.invalidMapping");
  }
  const checked = columnMapping.safeParse(parsed);
  if (!checked.success) throw new InvalidInputError("indicators.errors.invalidMapping");
  return checked.data as Partial<ColumnMapping>;
}
