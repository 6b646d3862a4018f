import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { settingsChange, statisticsSettings } from "./indicator-schemas.js";
import { errorResponses, organisationParams } from "./schemas.js";

const tags = ["statistics"];

/** The organisation's thresholds: the smallest cell shown, and when a difference is flagged. */
export function statisticsSettingsRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const path = "/api/v1/organisations/:organisationId/statistics/settings";

    api.get(
      path,
      {
        config: { access: { permission: "statistics.read" } },
        schema: { tags, params: organisationParams, response: { 200: statisticsSettings, ...errorResponses } },
      },
      async (request) => services.statistics.settings.get(request.params.organisationId),
    );

    api.put(
      path,
      {
        config: { access: { permission: "statistics.settings" } },
        schema: {
          tags,
          params: organisationParams,
          body: settingsChange,
          response: { 200: statisticsSettings, ...errorResponses },
        },
      },
      async (request) =>
        services.statistics.settings.update(actorOf(request), request.params.organisationId, request.body),
    );
  };
}
