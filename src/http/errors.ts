import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { catalogues, JamtError, type MessageKey } from "../core/index.js";
import { localeOfRequest, translate } from "./i18n.js";
import { type FieldIssue, RequestValidationError } from "./validation.js";

/** The body of every error answer: a stable code for programs and a message for people. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  };
}

const STATUS_OF_KIND: Record<JamtError["kind"], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  throttled: 429,
};

/** The one place where errors become HTTP answers. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = localeOfRequest(request.query, request.headers["accept-language"]);
    const say = (key: MessageKey, params: Record<string, unknown> = {}) => translate(locale, key, params);

    if (error instanceof RequestValidationError || error.validation) {
      const issues = error instanceof RequestValidationError ? error.issues : [];
      const details = issues.map((issue) => ({ path: issue.path, message: describeIssue(issue, say) }));
      return send(reply, 400, "validation_failed", say("errors.validation"), details);
    }
    if (error instanceof JamtError) {
      const details = error.details.map((detail) => ({
        path: detail.path,
        message: say(detail.messageKey, detail.params),
      }));
      return send(
        reply,
        STATUS_OF_KIND[error.kind],
        codeOf(error.messageKey),
        say(error.messageKey, error.params),
        details,
      );
    }
    switch (error.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
        return send(reply, 400, "malformed_json", say("errors.malformedJson"));
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return send(reply, 400, "malformed_json", say("errors.emptyJsonBody"));
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return send(
          reply,
          413,
          "body_too_large",
          say("errors.bodyTooLarge", {
            limit: formatBytes(request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0),
          }),
        );
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return send(
          reply,
          415,
          "unsupported_media_type",
          say("errors.unsupportedMediaType", { type: request.headers["content-type"] ?? "?" }),
        );
      case "FST_CSRF_INVALID_TOKEN":
      case "FST_CSRF_MISSING_SECRET":
        return send(reply, 403, "csrf", say("errors.csrf"));
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return send(reply, 400, "malformed_json", say("errors.malformedJson"));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, "bad_request", say("errors.validation"));
    }
    const reference = request.id;
    request.log.error({ err: error, reference }, "unexpected error");
    return send(reply, 500, "internal", say("errors.internal", { reference }));
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const locale = localeOfRequest(request.query, request.headers["accept-language"]);
    return send(reply, 404, "not_found", translate(locale, "errors.notFound"));
  });
}

function send(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: ErrorBody["error"]["details"],
) {
  const body: ErrorBody = { error: { code, message, ...(details && details.length > 0 ? { details } : {}) } };
  return reply.status(status).type("application/json; charset=utf-8").send(body);
}

/** "errors.duplicateBodyName" → "duplicate_body_name". */
export function codeOf(key: MessageKey): string {
  const last = key.split(".").at(-1) ?? key;
  return last.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function describeIssue(issue: FieldIssue, say: (key: MessageKey, params?: Record<string, unknown>) => string): string {
  const field = fieldLabel(issue.path, say);
  const params: Record<string, unknown> = { field, ...issue.params };
  if (issue.code === "type") {
    const expected = String(issue.params.expected);
    const known = ["string", "number", "boolean", "array", "object"].includes(expected) ? expected : "other";
    params.expected = say(`errors.types.${known}` as MessageKey);
  }
  const known = ["unknown", "required", "type", "tooShort", "tooLong", "tooSmall", "tooBig", "format", "option"];
  return say(`errors.field.${known.includes(issue.code) ? issue.code : "invalid"}` as MessageKey, params);
}

const FIELD_NAMES = new Set(Object.keys(catalogues.sv.errors.fieldNames));

/** "displayName" → "Namn"; a nested or unknown path is shown as it is. */
function fieldLabel(path: string, say: (key: MessageKey) => string): string {
  if (!path) return "–";
  return FIELD_NAMES.has(path) ? say(`errors.fieldNames.${path}` as MessageKey) : path;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}
