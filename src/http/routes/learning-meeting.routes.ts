import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../services/index.js";
import { actorOf } from "./auth.routes.js";
import {
  learningMeeting,
  learningMeetingChange,
  lesson,
  meetingParams,
  mentorLinks,
  mentorParams,
  newLearningMeeting,
  newMentor,
  roundMentor,
  roundParams,
} from "./network-schemas.js";
import { errorResponses } from "./schemas.js";

const tags = ["networks"];

/** Learning meetings (lärandeträffar) and mentors of a round, recorded by its coordinator; lessons by each member. */
export function learningMeetingRoutes(services: Services) {
  const { learningMeetings, mentors } = services.networks;
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/organisations/:organisationId/network-rounds/:roundId";

    api.post(
      `${base}/learning-meetings`,
      {
        config: { access: { permission: "network.manage" } },
        schema: {
          tags,
          params: roundParams,
          body: newLearningMeeting,
          response: { 201: learningMeeting, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, roundId } = request.params;
        const meeting = await learningMeetings.create(actorOf(request), organisationId, roundId, request.body);
        return reply.status(201).send(meeting);
      },
    );

    api.patch(
      `${base}/learning-meetings/:meetingId`,
      {
        config: { access: { permission: "network.manage" } },
        schema: {
          tags,
          params: meetingParams,
          body: learningMeetingChange,
          response: { 200: learningMeeting, ...errorResponses },
        },
      },
      async (request) => {
        const { organisationId, roundId, meetingId } = request.params;
        return learningMeetings.update(actorOf(request), organisationId, roundId, meetingId, request.body);
      },
    );

    api.post(
      `${base}/learning-meetings/:meetingId/lessons`,
      {
        config: { access: { permission: "checklist.assess" } },
        schema: {
          tags,
          params: meetingParams,
          body: z.object({ text: z.string().trim().min(1).max(20_000) }).strict(),
          response: { 201: lesson, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { organisationId, roundId, meetingId } = request.params;
        const added = await learningMeetings.addLesson(
          actorOf(request),
          organisationId,
          roundId,
          meetingId,
          request.body.text,
        );
        return reply.status(201).send(added);
      },
    );

    api.post(
      `${base}/mentors`,
      {
        config: { access: { permission: "network.manage" } },
        schema: { tags, params: roundParams, body: newMentor, response: { 201: roundMentor, ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, roundId } = request.params;
        const { organisationId: mentorId, ...links } = request.body;
        const mentor = await mentors.add(actorOf(request), organisationId, roundId, mentorId, links);
        return reply.status(201).send(mentor);
      },
    );

    api.put(
      `${base}/mentors/:mentorId`,
      {
        config: { access: { permission: "network.manage" } },
        schema: { tags, params: mentorParams, body: mentorLinks, response: { 200: roundMentor, ...errorResponses } },
      },
      async (request) => {
        const { organisationId, roundId, mentorId } = request.params;
        return mentors.update(actorOf(request), organisationId, roundId, mentorId, request.body);
      },
    );

    api.delete(
      `${base}/mentors/:mentorId`,
      {
        config: { access: { permission: "network.manage" } },
        schema: { tags, params: mentorParams, response: { 204: z.null(), ...errorResponses } },
      },
      async (request, reply) => {
        const { organisationId, roundId, mentorId } = request.params;
        await mentors.remove(actorOf(request), organisationId, roundId, mentorId);
        return reply.status(204).send(null);
      },
    );
  };
}
