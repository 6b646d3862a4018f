import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { LEARNING_MEETING_THEMES, LEARNING_THEME_KEYS } from "../../core/index.js";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import { id } from "./case-schemas.js";
import { learningMeetingRoutes } from "./learning-meeting.routes.js";
import { memberParams, newRound, roundMember, roundParams, roundSummary, roundView } from "./network-schemas.js";
import { networkSharingRoutes } from "./network-sharing.routes.js";
import { errorResponses, organisationParams } from "./schemas.js";

const tags = ["networks"];

/**
 * Network rounds. The coordinator's routes take the coordinating organisation as
 * `:organisationId` (network.manage); members and mentors read a round through their own
 * organisation (checklist.read). A round the organisation is not part of answers 404.
 */
export function networkRoutes(services: Services) {
  const rounds = services.networks.rounds;
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/network-rounds";

    api.get(
      "/api/v1/learning-meeting-themes",
      {
        config: { access: "authenticated" },
        schema: {
          tags,
          response: {
            200: z.object({
              themes: z.array(z.object({ key: z.enum(LEARNING_THEME_KEYS), sv: z.string(), en: z.string() })),
            }),
            ...errorResponses,
          },
        },
      },
      async () => ({ themes: [...LEARNING_MEETING_THEMES] }),
    );

    api.get(
      base,
      {
        config: { access: { permission: "checklist.read" } },
        schema: {
          tags,
          params: organisationParams,
          response: { 200: z.object({ rounds: z.array(roundSummary) }), ...errorResponses },
        },
      },
      async (request) => ({ rounds: await rounds.list(request.params.organisationId) }),
    );

    api.get(
      "/api/v1/organisations/:organisationId/network-candidates",
      {
        config: { access: { permission: "network.manage" } },
        schema: {
          tags,
          params: organisationParams,
          response: {
            200: z.object({ organisations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) }),
            ...errorResponses,
          },
        },
      },
      async (request) => ({ organisations: await rounds.candidates(request.params.organisationId) }),
    );

    api.post(
      base,
      {
        config: { access: { permission: "network.manage" } },
        schema: { tags, params: organisationParams, body: newRound, response: { 201: roundView, ...errorResponses } },
      },
      async (request, reply) => {
        const round = await rounds.create(actorOf(request), request.params.organisationId, request.body);
        return reply.status(201).send(round);
      },
    );

    api.get(
      `${base}/:roundId`,
      {
        config: { access: { permission: "checklist.read" } },
        schema: { tags, params: roundParams, response: { 200: roundView, ...errorResponses } },
      },
      async (request) => rounds.get(request.params.organisationId, request.params.roundId),
    );

    api.post(
      `${base}/:roundId/members`,
      {
        config: { access: { permission: "network.manage" } },
        schema: {
          tags,
          params: roundParams,
          body: z.object({ organisationId: id }).strict(),
          response: { 201: roundMember, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, roundId } = request.params;
        const member = await rounds.invite(actorOf(request), organisationId, roundId, request.body.organisationId);
        return reply.status(201).send(member);
      },
    );

    api.delete(
      `${base}/:roundId/members/:memberId`,
      {
        config: { access: { permission: "network.manage" } },
        schema: { tags, params: memberParams, response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, roundId, memberId } = request.params;
        await rounds.removeMember(actorOf(request), organisationId, roundId, memberId);
        return reply.status(204).send(null);
      },
    );

    api.post(
      `${base}/:roundId/groups`,
      {
        config: { access: { permission: "network.manage" } },
        schema: {
          tags,
          params: roundParams,
          body: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
          response: { 201: z.object({ id: z.string(), name: z.string() }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, roundId } = request.params;
        const group = await rounds.createGroup(actorOf(request), organisationId, roundId, request.body.name);
        return reply.status(201).send(group);
      },
    );

    api.put(
      `${base}/:roundId/members/:memberId/group`,
      {
        config: { access: { permission: "network.manage" } },
        schema: {
          tags,
          params: memberParams,
          body: z.object({ groupId: id.nullable() }).strict(),
          response: { 200: roundMember, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, roundId, memberId } = request.params;
        return rounds.placeMember(actorOf(request), organisationId, roundId, memberId, request.body.groupId);
      },
    );

    await app.register(learningMeetingRoutes(services));
    await app.register(networkSharingRoutes(services));
  };
}
