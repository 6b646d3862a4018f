import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { PERIOD_GRANULARITIES, VERDICTS } from "../../core/index.js";
import { followUpCsv, followUpXlsx, type Services } from "../../services/index.js";
import { localeOfRequest } from "../i18n.js";
import { id, isoDate } from "./case-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";
import { sendFile } from "./send-file.js";

const query = z
  .object({
    granularity: z.enum(PERIOD_GRANULARITIES).default("year"),
    from: isoDate.optional(),
    to: isoDate.optional(),
    bodyId: id.optional(),
    departmentId: id.optional(),
  })
  .strict();

const figures = z.object({
  period: z.string(),
  cases: z.number(),
  withGenderSection: z.number(),
  genderSectionShare: z.number().nullable(),
  verdicts: z.object(
    Object.fromEntries(VERDICTS.map((v) => [v, z.number()])) as Record<(typeof VERDICTS)[number], z.ZodNumber>,
  ),
  decided: z.number(),
  withPosition: z.number(),
  positionShare: z.number().nullable(),
});

const record = z.object({
  caseId: z.string(),
  diarienummer: z.string().nullable(),
  title: z.string(),
  bodyId: z.string(),
  departmentId: z.string().nullable(),
  date: z.string(),
  genderSection: z.boolean(),
  verdict: z.enum(VERDICTS),
  decided: z.boolean(),
  positionRecorded: z.boolean(),
  archived: z.boolean(),
});

/** The follow-up of gender-equal decisions: figures per period, the cases behind them, CSV and XLSX. */
export function followUpRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/follow-up";

    api.get(
      base,
      {
        config: { access: { permission: "followup.read" } },
        schema: {
          tags: ["follow-up"],
          params: organisationParams,
          querystring: query,
          response: {
            200: z.object({ total: figures, periods: z.array(figures).readonly(), cases: z.array(record) }),
            ...errorResponses,
          },
        },
      },
      async (request) => services.followUp.summary(request.params.organisationId, request.query),
    );

    api.get(
      `${base}/export.:format`,
      {
        config: { access: { permission: "followup.read" } },
        schema: {
          tags: ["follow-up"],
          params: organisationParams.extend({ format: z.enum(["csv", "xlsx"]) }),
          querystring: query.extend({ lang: z.enum(["sv", "en"]).optional() }),
        },
      },
      async (request, reply) => {
        const { organisationId, format } = request.params;
        const locale = localeOfRequest(request.query, request.headers["accept-language"]);
        const data = await services.followUp.exportData(organisationId, request.query);
        const name = `uppfoljning-jamstallda-beslut.${format}`;
        if (format === "csv") return sendFile(reply, { name, bytes: followUpCsv(data, locale) }, "csv");
        return sendFile(reply, { name, bytes: await followUpXlsx(data, locale) }, "xlsx");
      },
    );
  };
}
