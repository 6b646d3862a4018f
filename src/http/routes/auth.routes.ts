import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../../config/config.js";
import { ThrottledError, UnauthenticatedError } from "../../core/index.js";
import { LoginThrottle, type Services } from "../../services/index.js";
import { email, errorResponses, me, password } from "./schemas.js";

/** Log-in, log-out, password change and the signed-in user's own view of their memberships. */
export function authRoutes(config: Config, services: Services) {
  const throttle = new LoginThrottle(config.loginAttempts.max, config.loginAttempts.windowMs);
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      "/api/v1/auth/csrf",
      {
        config: { access: "public" },
        schema: {
          tags: ["auth"],
          summary: "CSRF token for the next state-changing request",
          response: { 200: z.object({ csrfToken: z.string() }) },
        },
      },
      async (_request, reply) => ({ csrfToken: reply.generateCsrf() }),
    );

    api.post(
      "/api/v1/auth/login",
      {
        config: { access: "public" },
        schema: {
          tags: ["auth"],
          summary: "Log in with e-mail and password",
          body: z.object({ email, password }).strict(),
          response: { 200: me, ...errorResponses },
        },
      },
      async (request, reply) => {
        const key = `${request.ip}|${request.body.email.toLowerCase()}`;
        const waitMs = throttle.waitFor(key);
        if (waitMs > 0) {
          reply.header("retry-after", Math.ceil(waitMs / 1000));
          throw new ThrottledError("errors.tooManyLoginAttempts", { minutes: Math.ceil(waitMs / 60_000) });
        }
        const outcome = await services.auth.login(request.body.email, request.body.password);
        if (outcome.kind === "ok") throttle.recordSuccess(key);
        else throttle.recordFailure(key);
        if (outcome.kind === "invalid_credentials") throw new UnauthenticatedError("errors.invalidCredentials");
        if (outcome.kind === "account_disabled") throw new UnauthenticatedError("errors.accountDisabled");
        // A new session id at log-in, so that an id planted before cannot be taken over.
        await request.session.regenerate();
        request.session.userId = outcome.user.id;
        return meOf(services, outcome.user.id);
      },
    );

    api.post(
      "/api/v1/auth/logout",
      {
        config: { access: "authenticated" },
        schema: { tags: ["auth"], summary: "Log out", response: { 204: z.null() } },
      },
      async (request, reply) => {
        await services.auth.recordLogout(actorOf(request));
        await request.session.destroy();
        return reply.status(204).send(null);
      },
    );

    api.post(
      "/api/v1/auth/password",
      {
        config: { access: "authenticated" },
        schema: {
          tags: ["auth"],
          summary: "Change the signed-in user's password; ends their other sessions",
          body: z.object({ currentPassword: password, newPassword: password }).strict(),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await services.auth.changePassword(actorOf(request), {
          ...request.body,
          keepSessionId: request.session.sessionId,
        });
        return reply.status(204).send(null);
      },
    );

    api.get(
      "/api/v1/me",
      {
        config: { access: "authenticated" },
        schema: {
          tags: ["auth"],
          summary: "The signed-in user and their roles per organisation",
          response: { 200: me, 401: errorResponses[401] },
        },
      },
      async (request) => meOf(services, actorOf(request).userId),
    );
  };
}

export function actorOf(request: FastifyRequest) {
  if (!request.actor) throw new UnauthenticatedError("errors.unauthenticated");
  return request.actor;
}

async function meOf(services: Services, userId: string) {
  const user = await services.auth.findUser(userId);
  if (!user) throw new UnauthenticatedError("errors.unauthenticated");
  const memberships = await services.organisations.membershipsOf(userId);
  return { id: user.id, email: user.email, displayName: user.displayName, memberships };
}
