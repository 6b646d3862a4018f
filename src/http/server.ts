import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyHelmet from "@fastify/helmet";
import fastifySession from "@fastify/session";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler } from "fastify-type-provider-zod";
import type { Config } from "../config/config.js";
import type { Executor } from "../data/index.js";
import type { Services } from "../services/index.js";
import { registerAccessControl } from "./access.js";
import { registerErrorHandling } from "./errors.js";
import { assignmentRoutes } from "./routes/assignment.routes.js";
import { auditRoutes } from "./routes/audit.routes.js";
import { authRoutes } from "./routes/auth.routes.js";
import { caseRoutes } from "./routes/case.routes.js";
import { caseImportRoutes } from "./routes/case-import.routes.js";
import { checklistRoutes } from "./routes/checklist.routes.js";
import { datasetRoutes } from "./routes/dataset.routes.js";
import { differenceRoutes } from "./routes/difference.routes.js";
import { followUpRoutes } from "./routes/follow-up.routes.js";
import { healthRoutes } from "./routes/health.routes.js";
import { indicatorRoutes } from "./routes/indicator.routes.js";
import { meetingRoutes } from "./routes/meeting.routes.js";
import { memberRoutes } from "./routes/member.routes.js";
import { networkRoutes } from "./routes/network.routes.js";
import { organisationRoutes } from "./routes/organisation.routes.js";
import { planGoalRoutes } from "./routes/plan-goal.routes.js";
import { statisticsSettingsRoutes } from "./routes/statistics-settings.routes.js";
import { structureRoutes } from "./routes/structure.routes.js";
import { DatabaseSessionStore } from "./session-store.js";
import { serveWebApp } from "./static-web.js";
import { zodValidatorCompiler } from "./validation.js";

export interface ServerDependencies {
  readonly config: Config;
  readonly db: Executor;
  readonly services: Services;
  /** At least 32 characters; signs the session cookie. */
  readonly sessionSecret: string;
  /** Folder of the built front end; omitted in API-only tests. */
  readonly webRoot?: string;
  /** Where structured logs go (defaults to standard output). */
  readonly logStream?: NodeJS.WritableStream;
}

const SESSION_HOURS = 10;

/** Secrets and personal data that must never reach the logs. */
const REDACTED = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.currentPassword",
  "*.newPassword",
];

/** Builds the HTTP server: the JSON API under /api/v1, /healthz, and the web front end. */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const { config, services } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED, censor: "[hemligt]" },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    forceCloseConnections: "idle",
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.trustProxy,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: deps.sessionSecret,
    cookieName: "jamt_session",
    store: new DatabaseSessionStore(deps.db),
    saveUninitialized: false,
    // A fixed lifetime (a working day) instead of one renewed, and written, on every request.
    rolling: false,
    cookie: { httpOnly: true, sameSite: "lax", secure: "auto", path: "/", maxAge: SESSION_HOURS * 3600 * 1000 },
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: "@fastify/session",
    getToken: (request) => request.headers["x-csrf-token"] as string | undefined,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Jämt API", version: "1", description: "Jämt – jämställda beslut och jämställdhetsintegrering" },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "jamt_session" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  registerAccessControl(app, services);
  app.addHook("onRequest", (request, reply, done) => {
    const changesState = !["GET", "HEAD", "OPTIONS"].includes(request.method);
    if (changesState && request.url.startsWith("/api/")) return app.csrfProtection(request, reply, done);
    done();
  });

  await app.register(healthRoutes(deps.db));
  await app.register(authRoutes(config, services));
  await app.register(organisationRoutes(services));
  await app.register(memberRoutes(services));
  await app.register(structureRoutes(services, "bodies"));
  await app.register(structureRoutes(services, "departments"));
  await app.register(auditRoutes(services));
  await app.register(caseRoutes(services));
  await app.register(caseImportRoutes(services));
  await app.register(meetingRoutes(services));
  await app.register(assignmentRoutes(services));
  await app.register(followUpRoutes(services));
  await app.register(checklistRoutes(services));
  await app.register(networkRoutes(services));
  await app.register(statisticsSettingsRoutes(services));
  await app.register(planGoalRoutes(services));
  await app.register(indicatorRoutes(services));
  await app.register(datasetRoutes(services));
  await app.register(differenceRoutes(services));
  app.get("/api/v1/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () => app.swagger());

  if (deps.webRoot) await serveWebApp(app, deps.webRoot);
  return app;
}
