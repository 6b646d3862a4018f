import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CASE_STATUSES } from "../../core/index.js";
import type { Services } from "../../services/index.js";
import { localeOfRequest } from "../i18n.js";
import { actorOf } from "./auth.routes.js";
import { decisionInput, decisionView, id, isoDate } from "./case-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const meeting = z.object({ id: z.string(), bodyId: z.string(), date: z.string() });
const meetingParams = organisationParams.extend({ meetingId: id });
const tags = ["meetings"];

function toMeeting(row: { id: string; body_id: string; meeting_date: string }) {
  return { id: row.id, bodyId: row.body_id, date: row.meeting_date };
}

/** Meetings of the bodies, their agendas, the decisions recorded there and the extracts of the minutes. */
export function meetingRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/meetings";

    api.get(
      base,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: organisationParams,
          querystring: z.object({ bodyId: id.optional() }).strict(),
          response: { 200: z.object({ meetings: z.array(meeting) }), ...errorResponses },
        },
      },
      async (request) => ({
        meetings: (await services.meetings.list(request.params.organisationId, request.query.bodyId)).map(toMeeting),
      }),
    );

    api.post(
      base,
      {
        config: { access: { permission: "cases.decide" } },
        schema: {
          tags,
          params: organisationParams,
          body: z.object({ bodyId: id, date: isoDate }).strict(),
          response: { 201: meeting, ...errorResponses },
        },
      },
      async (request, reply) => {
        const row = await services.meetings.create(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(toMeeting(row));
      },
    );

    api.get(
      `${base}/:meetingId`,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: meetingParams,
          response: {
            200: meeting.extend({
              agenda: z.array(
                z.object({
                  position: z.number(),
                  caseId: z.string(),
                  diarienummer: z.string().nullable(),
                  title: z.string(),
                  status: z.enum(CASE_STATUSES),
                  decision: decisionView.nullable(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { meeting: row, agenda } = await services.meetings.get(
          request.params.organisationId,
          request.params.meetingId,
        );
        return {
          ...toMeeting(row),
          agenda: agenda.map((item) => ({
            position: item.position,
            caseId: item.id,
            diarienummer: item.diarienummer,
            title: item.title,
            status: item.status as (typeof CASE_STATUSES)[number],
            decision: item.decision,
          })),
        };
      },
    );

    api.post(
      `${base}/:meetingId/agenda`,
      {
        config: { access: { permission: "cases.decide" } },
        schema: {
          tags,
          params: meetingParams,
          body: z.object({ caseId: id }).strict(),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, meetingId } = request.params;
        await services.meetings.schedule(actorOf(request), organisationId, meetingId, request.body.caseId);
        return reply.status(204).send(null);
      },
    );

    api.delete(
      `${base}/:meetingId/agenda/:caseId`,
      {
        config: { access: { permission: "cases.decide" } },
        schema: { tags, params: meetingParams.extend({ caseId: id }), response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, meetingId, caseId } = request.params;
        await services.meetings.unschedule(actorOf(request), organisationId, meetingId, caseId);
        return reply.status(204).send(null);
      },
    );

    api.post(
      `${base}/:meetingId/decisions`,
      {
        config: { access: { permission: "cases.decide" } },
        schema: {
          tags,
          params: meetingParams,
          body: decisionInput,
          response: { 201: decisionView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, meetingId } = request.params;
        const { caseId, ...decision } = request.body;
        const recorded = await services.meetings.decide(actorOf(request), organisationId, meetingId, caseId, decision);
        return reply.status(201).send(recorded);
      },
    );

    const caseBase = "/api/v1/organisations/:organisationId/cases/:caseId/decisions";
    const caseParams = organisationParams.extend({ caseId: id });

    api.get(
      caseBase,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: caseParams,
          response: { 200: z.object({ decisions: z.array(decisionView) }), ...errorResponses },
        },
      },
      async (request) => ({
        decisions: await services.meetings.decisionsOfCase(request.params.organisationId, request.params.caseId),
      }),
    );

    api.get(
      `${caseBase}/:decisionId/extract.:format`,
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags,
          params: caseParams.extend({ decisionId: id, format: z.enum(["docx", "pdf"]) }),
          querystring: z.object({ lang: z.enum(["sv", "en"]).optional() }),
        },
      },
      async (request, reply) => {
        const { organisationId, caseId, decisionId, format } = request.params;
        const locale = localeOfRequest(request.query, request.headers["accept-language"]);
        const file = await services.caseDocuments.minutesExtract(organisationId, caseId, decisionId, format, locale);
        return sendFile(reply, file, format);
      },
    );
  };
}
