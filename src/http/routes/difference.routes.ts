import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ANALYSIS_DIMENSIONS,
  DIFFERENCE_JUDGMENTS,
  DIFFERENCE_MEASURE_STATUSES,
  DIFFERENCE_STATUSES,
} from "../../core/index.js";
import type { Services } from "../../services/index.js";
import { todayUtc } from "../../services/statistics/difference.service.js";
import {
  differenceReportCsv,
  differenceReportFileName,
  differenceReportXlsx,
} from "../../services/statistics/difference-report-export.js";
import { localeOfRequest } from "../i18n.js";
import { actorOf } from "./auth.routes.js";
import { id, isoDate } from "./case-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const tags = ["differences"];
const period = z.string().trim().min(1).max(40);
const longText = z.string().max(20_000);

const groupLabel = z.object({
  area: z.string(),
  areaCode: z.string(),
  ageBand: z.string().nullable(),
  dimensions: z.record(z.string(), z.string()),
});

const summary = z.object({
  id: z.string(),
  indicatorId: z.string(),
  indicatorName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  period: z.string(),
  groupLabel,
  womenValue: z.number(),
  menValue: z.number(),
  difference: z.number(),
  interval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
  clear: z.boolean().nullable(),
  unit: z.string().nullable(),
  measureKind: z.string(),
  flagged: z.boolean(),
  status: z.enum(DIFFERENCE_STATUSES),
});

const measureView = z.object({
  id: z.string(),
  differenceId: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: z.enum(DIFFERENCE_MEASURE_STATUSES),
  doneOn: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const view = summary.extend({
  analysis: z.object({
    problem: z.string(),
    goalsAndMethods: z.string(),
    explanation: z.string(),
    judgment: z.enum(DIFFERENCE_JUDGMENTS).nullable(),
    judgmentReason: z.string(),
    subgoals: z.array(z.number()).readonly(),
    dimensionsConsidered: z.array(z.enum(ANALYSIS_DIMENSIONS)).readonly(),
    analysedBy: z.string().nullable(),
    analysedAt: z.string().nullable(),
  }),
  measures: z.array(measureView).readonly(),
  version: z.number(),
});

const listQuery = z
  .object({
    period: period.optional(),
    status: z.enum(DIFFERENCE_STATUSES).optional(),
    departmentId: id.optional(),
    indicatorId: id.optional(),
  })
  .strict();

const analysisSave = z
  .object({
    problem: longText,
    goalsAndMethods: longText,
    explanation: longText,
    judgment: z.enum(DIFFERENCE_JUDGMENTS).nullable(),
    judgmentReason: longText,
    subgoals: z.array(z.number().int().min(1).max(6)).max(6),
    dimensionsConsidered: z.array(z.enum(ANALYSIS_DIMENSIONS)).max(ANALYSIS_DIMENSIONS.length),
    version: z.number().int().min(1),
  })
  .strict();

const newMeasure = z
  .object({
    description: z.string().max(4000),
    owner: z.string().max(200),
    dueDate: isoDate,
  })
  .strict();

const measureChange = z
  .object({
    description: z.string().max(4000).optional(),
    owner: z.string().max(200).optional(),
    dueDate: isoDate.optional(),
    status: z.enum(DIFFERENCE_MEASURE_STATUSES).optional(),
    version: z.number().int().min(1),
  })
  .strict();

const counts = z.object(
  Object.fromEntries(DIFFERENCE_STATUSES.map((status) => [status, z.number()])) as Record<
    (typeof DIFFERENCE_STATUSES)[number],
    z.ZodNumber
  >,
);

const report = z.object({
  period: z.string().nullable(),
  departments: z
    .array(
      z.object({
        departmentId: z.string().nullable(),
        name: z.string().nullable(),
        counts,
        total: z.number(),
        differences: z.array(summary).readonly(),
      }),
    )
    .readonly(),
});

const reportQuery = z.object({ period: period.optional() }).strict();

const subgoals = z.object({
  subgoals: z
    .array(z.object({ no: z.number(), title: z.string(), questions: z.array(z.string()).readonly() }))
    .readonly(),
  dimensions: z.array(z.object({ key: z.string(), label: z.string() })).readonly(),
});

const READ = { access: { permission: "statistics.read" } } as const;
const ANALYSE = { access: { permission: "differences.analyse" } } as const;

/** Flagged differences between women and men: list, analysis, measures, the follow-up report and its files. */
export function differenceRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const differences = services.differences;
    const base = "/api/v1/organisations/:organisationId/differences";
    const differenceParams = organisationParams.extend({ differenceId: id });
    const measureParams = differenceParams.extend({ measureId: id });

    api.get(
      base,
      {
        config: READ,
        schema: {
          tags,
          params: organisationParams,
          querystring: listQuery,
          response: {
            200: z.object({ differences: z.array(summary).readonly(), periods: z.array(z.string()).readonly() }),
            ...errorResponses,
          },
        },
      },
      async (request) => differences.list(request.params.organisationId, request.query),
    );

    api.get(
      `${base}/report`,
      {
        config: READ,
        schema: {
          tags,
          params: organisationParams,
          querystring: reportQuery,
          response: { 200: report, ...errorResponses },
        },
      },
      async (request) => differences.report(request.params.organisationId, request.query.period),
    );

    api.get(
      `${base}/report.:format`,
      {
        config: READ,
        schema: {
          tags,
          params: organisationParams.extend({ format: z.enum(["csv", "xlsx"]) }),
          querystring: reportQuery.extend({ lang: z.enum(["sv", "en"]).optional() }),
        },
      },
      async (request, reply) => {
        const { organisationId, format } = request.params;
        const locale = localeOfRequest(request.query, request.headers["accept-language"]);
        const today = todayUtc();
        const data = await differences.reportExport(organisationId, request.query.period, today);
        const name = `${differenceReportFileName(data, locale)}.${format}`;
        if (format === "csv") return sendFile(reply, { name, bytes: differenceReportCsv(data, locale, today) }, "csv");
        return sendFile(reply, { name, bytes: await differenceReportXlsx(data, locale, today) }, "xlsx");
      },
    );

    api.get(
      `${base}/:differenceId`,
      {
        config: READ,
        schema: { tags, params: differenceParams, response: { 200: view, ...errorResponses } },
      },
      async (request) => differences.get(request.params.organisationId, request.params.differenceId),
    );

    api.put(
      `${base}/:differenceId/analysis`,
      {
        config: ANALYSE,
        schema: { tags, params: differenceParams, body: analysisSave, response: { 200: view, ...errorResponses } },
      },
      async (request) => {
        const { organisationId, differenceId } = request.params;
        return differences.saveAnalysis(actorOf(request), organisationId, differenceId, request.body);
      },
    );

    api.post(
      `${base}/:differenceId/measures`,
      {
        config: ANALYSE,
        schema: { tags, params: differenceParams, body: newMeasure, response: { 201: measureView, ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, differenceId } = request.params;
        const created = await differences.measures.create(actorOf(request), organisationId, differenceId, request.body);
        return reply.status(201).send(created);
      },
    );

    api.patch(
      `${base}/:differenceId/measures/:measureId`,
      {
        config: ANALYSE,
        schema: { tags, params: measureParams, body: measureChange, response: { 200: measureView, ...errorResponses } },
      },
      async (request) => {
        const { organisationId, differenceId, measureId } = request.params;
        return differences.measures.update(actorOf(request), organisationId, differenceId, measureId, request.body);
      },
    );

    api.delete(
      `${base}/:differenceId/measures/:measureId`,
      {
        config: ANALYSE,
        schema: { tags, params: measureParams, response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, differenceId, measureId } = request.params;
        await differences.measures.delete(actorOf(request), organisationId, differenceId, measureId);
        return reply.status(204).send(null);
      },
    );

    api.get(
      "/api/v1/organisations/:organisationId/national-subgoals",
      {
        config: READ,
        schema: {
          tags,
          params: organisationParams,
          querystring: z.object({ lang: z.enum(["sv", "en"]).optional() }).strict(),
          response: { 200: subgoals, ...errorResponses },
        },
      },
      async (request) =>
        differences.nationalSubgoals(localeOfRequest(request.query, request.headers["accept-language"])),
    );
  };
}
