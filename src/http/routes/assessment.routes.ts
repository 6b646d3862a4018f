import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  checklistTableDocx,
  checklistTablePdf,
  checklistTableXlsx,
  exportFileStem,
} from "../../services/checklists/index.js";
import type { Services } from "../../services/index.js";
import { localeOfRequest } from "../i18n.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import {
  assessmentChange,
  assessmentItemView,
  assessmentTable,
  assessmentView,
  checklistQuery,
  itemSave,
  newAssessment,
} from "./checklist-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const tags = ["assessments"];
const assessmentParams = organisationParams.extend({ assessmentId: id });
const RENDER = { xlsx: checklistTableXlsx, docx: checklistTableDocx, pdf: checklistTablePdf } as const;

/** An organisation's self-assessments on occasions, saved item by item, and the table of them as files. */
export function assessmentRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const assessments = services.checklists.assessments;
    const base = "/api/v1/organisations/:organisationId/assessments";

    api.get(
      base,
      {
        config: { access: { permission: "checklist.read" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: checklistQuery,
          response: { 200: assessmentTable, ...errorResponses },
        },
      },
      async (request) => assessments.table(request.params.organisationId, request.query.checklistId),
    );

    api.post(
      base,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: organisationParams,
          body: newAssessment,
          response: { 201: assessmentView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await assessments.create(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(created);
      },
    );

    api.get(
      `${base}/export.:format`,
      {
        config: { access: { permission: "checklist.read" } },
        schema: {
          tags,
          params: organisationParams.extend({ format: z.enum(["xlsx", "docx", "pdf"]) }),
          querystring: checklistQuery.extend({ lang: z.enum(["sv", "en"]).optional() }),
        },
      },
      async (request, reply) => {
        const { organisationId, format } = request.params;
        const locale = localeOfRequest(request.query, request.headers["accept-language"]);
        const data = await assessments.exportTable(organisationId, request.query.checklistId);
        const name = `${exportFileStem(data, locale)}.${format}`;
        return sendFile(reply, { name, bytes: await RENDER[format](data, locale) }, format);
      },
    );

    api.get(
      `${base}/:assessmentId`,
      {
        config: { access: { permission: "checklist.read" } },
        schema: { tags, params: assessmentParams, response: { 200: assessmentView, ...errorResponses } },
      },
      async (request) => assessments.get(request.params.organisationId, request.params.assessmentId),
    );

    api.patch(
      `${base}/:assessmentId`,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: assessmentParams,
          body: assessmentChange,
          response: { 200: assessmentView, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, assessmentId } = request.params;
        return assessments.update(actorOf(request), organisationId, assessmentId, request.body);
      },
    );

    api.delete(
      `${base}/:assessmentId`,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: { tags, params: assessmentParams, response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, assessmentId } = request.params;
        await assessments.delete(actorOf(request), organisationId, assessmentId);
        return reply.status(204).send(null);
      },
    );

    api.put(
      `${base}/:assessmentId/items/:no`,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: assessmentParams.extend({ no: z.coerce.number().int().min(1).max(1_000) }),
          body: itemSave,
          response: { 200: assessmentItemView, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, assessmentId, no } = request.params;
        return assessments.saveItem(actorOf(request), organisationId, assessmentId, no, request.body);
      },
    );
  };
}
