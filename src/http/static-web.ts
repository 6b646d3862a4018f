import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built web front end (dist/web). Any GET that is not an API call and not a
 * file answers with index.html, so that the front end's own routes survive a reload.
 * Returns false when there is no build.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(path.join(webRoot, "index.html"))) return false;
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, maxAge: "1h" });
  app.get("/*", { config: { access: "public" } }, (request, reply) => {
    if (request.url.startsWith("/api/")) return reply.callNotFound();
    return reply.header("cache-control", "no-cache").sendFile("index.html", { cacheControl: false });
  });
  return true;
}
