import type { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { InvalidInputError } from "../../core/index.js";
import type { Services } from "../../services/index.js";
import { MAX_DATASET_BYTES } from "../../services/statistics/dataset.service.js";
import { breakdownCsv, breakdownXlsx } from "../../services/statistics/dataset-export.js";
import { fileStem } from "../../services/statistics/indicator-export.js";
import { localeOfRequest } from "../i18n.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import {
  breakdownAnswer,
  breakdownBody,
  breakdownQuery,
  datasetQuery,
  datasetView,
  indicatorSummary,
  saveAsIndicator,
} from "./indicator-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const tags = ["statistics"];
const datasetParams = organisationParams.extend({ datasetId: id });

/**
 * Individual-level datasets: the raw file (CSV or Parquet, at most 200 MB) streamed to a
 * temporary file and converted, breakdowns with disclosure control, their exports, and
 * breakdowns saved as indicators. Only those who may import them (analysts, administrators)
 * reach datasets at all: rows about individuals are need-to-know even without identity numbers,
 * and free breakdowns of them could be combined to recover withheld cells; everyone else reads
 * what is saved as indicators.
 */
export function datasetRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    // The body stays a stream: the service writes it to a temporary file and counts its bytes.
    app.addContentTypeParser("application/octet-stream", (_request, payload, done) => done(null, payload));
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/datasets";
    const { datasets, datasetIndicators } = services.statistics;

    api.get(
      base,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: organisationParams,
          response: { 200: z.object({ datasets: z.array(datasetView).readonly() }), ...errorResponses },
        },
      },
      async (request) => ({ datasets: await datasets.list(request.params.organisationId) }),
    );

    api.post(
      base,
      {
        bodyLimit: MAX_DATASET_BYTES,
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: datasetQuery,
          response: { 201: datasetView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const body = request.body as Readable | undefined;
        if (!body || typeof (body as Readable).pipe !== "function") {
          throw new InvalidInputError("indicators.errors.emptyFile");
        }
        const created = await datasets.upload(actorOf(request), request.params.organisationId, {
          ...request.query,
          body,
        });
        return reply.status(201).send(created);
      },
    );

    api.get(
      `${base}/:datasetId`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: { tags, params: datasetParams, response: { 200: datasetView, ...errorResponses } },
      },
      async (request) => datasets.get(request.params.organisationId, request.params.datasetId),
    );

    api.delete(
      `${base}/:datasetId`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: { tags, params: datasetParams, response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        await datasets.delete(actorOf(request), request.params.organisationId, request.params.datasetId);
        return reply.status(204).send(null);
      },
    );

    api.post(
      `${base}/:datasetId/breakdown`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: datasetParams,
          body: breakdownBody,
          response: { 200: breakdownAnswer, ...errorResponses },
        },
      },
      async (request) => datasets.breakdown(request.params.organisationId, request.params.datasetId, request.body),
    );

    api.get(
      `${base}/:datasetId/breakdown.:format`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: datasetParams.extend({ format: z.enum(["csv", "xlsx"]) }),
          querystring: breakdownQuery,
        },
      },
      async (request, reply) => {
        const { organisationId, datasetId, format } = request.params;
        const { by, lang: _lang, ...rest } = request.query;
        const columns = by
          .split(",")
          .map((column) => column.trim())
          .filter((column) => column !== "");
        const parsed = breakdownBody.safeParse({ ...rest, by: columns });
        if (!parsed.success) throw new InvalidInputError("errors.validation");
        const dataset = await datasets.get(organisationId, datasetId);
        const answer = await datasets.breakdown(organisationId, datasetId, parsed.data);
        const locale = localeOfRequest(request.query, request.headers["accept-language"]);
        const name = `${fileStem(dataset.name)}.${format}`;
        if (format === "csv")
          return sendFile(reply, { name, bytes: breakdownCsv(answer, dataset.name, locale) }, "csv");
        return sendFile(reply, { name, bytes: await breakdownXlsx(answer, dataset.name, locale) }, "xlsx");
      },
    );

    api.post(
      `${base}/:datasetId/indicator`,
      {
        config: { access: { permission: "statistics.manage" } },
        schema: {
          tags,
          params: datasetParams,
          body: saveAsIndicator,
          response: { 201: indicatorSummary, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, datasetId } = request.params;
        const saved = await datasetIndicators.save(actorOf(request), organisationId, datasetId, request.body);
        return reply.status(201).send(saved);
      },
    );
  };
}
