import type { FastifyInstance, FastifyRequest } from "fastify";
import { ForbiddenError, NotFoundError, type Permission, type Role, UnauthenticatedError } from "../core/index.js";
import type { Actor, Services } from "../services/index.js";

/**
 * Who may call a route. Every route under /api/v1 must declare one; a route that does
 * not is refused at start-up, so nothing is reachable by accident (deny by default).
 * - "public": anyone (log-in, the OpenAPI document)
 * - "authenticated": any signed-in user (their own account)
 * - { permission }: a signed-in member of the organisation in the `:organisationId`
 *   path parameter whose roles there grant the permission
 */
export type Access = "public" | "authenticated" | { readonly permission: Permission };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Set for every request to a route that is not public. */
    actor?: Actor;
    /** Set for organisation routes: the caller's roles in that organisation. */
    organisationRoles?: readonly Role[];
  }
  interface Session {
    userId?: string;
  }
}

export function registerAccessControl(app: FastifyInstance, services: Services): void {
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/") && route.config?.access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    }
  });

  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === "public") return;
    request.actor = await authenticatedActor(request, services);
    if (access === "authenticated") return;
    const organisationId = (request.params as { organisationId?: string }).organisationId;
    if (!organisationId) throw new Error(`Route ${request.routeOptions.url} needs an :organisationId parameter`);
    const decision = await services.organisations.access(request.actor.userId, organisationId, access.permission);
    // Outsiders are told nothing, not even that the organisation exists.
    if (!decision.member) throw new NotFoundError("errors.notFound");
    if (!decision.allowed) throw new ForbiddenError("errors.forbidden");
    request.organisationRoles = decision.roles;
  });
}

async function authenticatedActor(request: FastifyRequest, services: Services): Promise<Actor> {
  const userId = request.session.userId;
  if (!userId) throw new UnauthenticatedError("errors.unauthenticated");
  const user = await services.auth.findUser(userId);
  if (!user?.active) {
    await request.session.destroy();
    throw new UnauthenticatedError("errors.unauthenticated");
  }
  return { userId };
}
