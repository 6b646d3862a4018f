import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";

/** One problem with a request field, in a form the error handler can say in any language. */
export interface FieldIssue {
  readonly code: string;
  /** Dotted path of the field, e.g. "roles.0"; "" for the whole body. */
  readonly path: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Thrown by the validator; carries every issue of the request part that failed. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: readonly FieldIssue[]) {
    super("request validation failed");
  }
}

/**
 * Validates with zod and keeps what is needed to explain each issue, but never the input
 * itself (it may be a password).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues.flatMap(toFieldIssues)) };
  };

function toFieldIssues(issue: z.core.$ZodIssue): FieldIssue[] {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ code: "unknown", path: path ? `${path}.${key}` : key, params: {} }));
  }
  if (issue.code === "invalid_type") {
    const missing = (issue as { input?: unknown }).input === undefined;
    return [{ code: missing ? "required" : "type", path, params: { expected: issue.expected } }];
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    const small = issue.code === "too_small";
    const measured = issue.origin === "string" || issue.origin === "array" || issue.origin === "set";
    const code = small ? (measured ? "tooShort" : "tooSmall") : measured ? "tooLong" : "tooBig";
    return [{ code, path, params: small ? { minimum: issue.minimum } : { maximum: issue.maximum } }];
  }
  if (issue.code === "invalid_format") return [{ code: "format", path, params: { format: issue.format } }];
  if (issue.code === "invalid_value") return [{ code: "option", path, params: { options: issue.values.join(", ") } }];
  return [{ code: "invalid", path, params: {} }];
}
