import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { id } from "./case-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";

const STATES = ["open", "overdue", "closed"] as const;

const assignment = z.object({
  id: z.string(),
  assignee: z.string(),
  description: z.string(),
  dueDate: z.string(),
  state: z.enum(STATES),
  closedAt: z.string().nullable(),
  decision: z.object({
    caseId: z.string(),
    diarienummer: z.string().nullable(),
    title: z.string(),
    paragraph: z.number(),
    paragraphYear: z.number(),
    decidedOn: z.string(),
  }),
  reportCases: z
    .array(z.object({ id: z.string(), diarienummer: z.string().nullable(), title: z.string(), status: z.string() }))
    .readonly(),
});

/** Assignments (uppdrag) given by decisions; overdue ones are marked. */
export function assignmentRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      "/api/v1/organisations/:organisationId/assignments",
      {
        config: { access: { permission: "cases.read" } },
        schema: {
          tags: ["assignments"],
          params: organisationParams,
          querystring: z.object({ state: z.enum(STATES).optional(), caseId: id.optional() }).strict(),
          response: { 200: z.object({ assignments: z.array(assignment) }), ...errorResponses },
        },
      },
      async (request) => ({
        assignments: await services.assignments.list(request.params.organisationId, request.query),
      }),
    );
  };
}
