import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { comparison, movement, roundParams, sharing } from "./network-schemas.js";
import { errorResponses } from "./schemas.js";

const tags = ["networks"];

/**
 * A member's consent to share (checklist.share, only its own), the comparison it then sees
 * (checklist.read), and the coordinator's view of the whole round's movement (network.manage).
 */
export function networkSharingRoutes(services: Services) {
  const comparisons = services.networks.comparisons;
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/network-rounds/:roundId";

    api.put(
      `${base}/sharing`,
      {
        config: { access: { permission: "checklist.share" } },
        schema: { tags, params: roundParams, body: sharing.strict(), response: { 200: sharing, ...errorResponses } },
      },
      async (request) => {
        const { organisationId, roundId } = request.params;
        return comparisons.setSharing(actorOf(request), organisationId, roundId, request.body);
      },
    );

    api.get(
      `${base}/comparison`,
      {
        config: { access: { permission: "checklist.read" } },
        schema: {
          tags,
          params: roundParams,
          querystring: z.object({ occasion: z.string().max(200).optional() }).strict(),
          response: { 200: comparison, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, roundId } = request.params;
        return comparisons.comparison(organisationId, roundId, request.query.occasion ?? null);
      },
    );

    api.get(
      `${base}/movement`,
      {
        config: { access: { permission: "network.manage" } },
        schema: { tags, params: roundParams, response: { 200: movement, ...errorResponses } },
      },
      async (request) => comparisons.movement(request.params.organisationId, request.params.roundId),
    );
  };
}
