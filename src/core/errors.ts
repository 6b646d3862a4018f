import type { MessageKey } from "./i18n/index.js";

/**
 * Expected failures that cross layers, each with a message key so that the HTTP layer
 * and the CLI can say it in the user's language. Mapped to HTTP status in one place
 * (http/plugins/error-handler.ts) and to exit codes in one place (cli/exit-codes.ts).
 */
export abstract class JamtError extends Error {
  abstract readonly kind: "not_found" | "forbidden" | "unauthenticated" | "conflict" | "invalid" | "throttled";
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    /** Several problems at once (e.g. everything wrong with a checklist), each said like the error itself. */
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(messageKey);
  }
}

/** One of several problems behind an error: where it is ("" for the whole) and what it is. */
export interface ErrorDetail {
  readonly path: string;
  readonly messageKey: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The thing does not exist, or the caller may not know that it exists. */
export class NotFoundError extends JamtError {
  readonly kind = "not_found";
}

/** The caller is known to be allowed to see the thing but not to do this with it. */
export class ForbiddenError extends JamtError {
  readonly kind = "forbidden";
}

export class UnauthenticatedError extends JamtError {
  readonly kind = "unauthenticated";
}

/** The request clashes with the current state (a duplicate name, a stale version). */
export class ConflictError extends JamtError {
  readonly kind = "conflict";
}

/** The input is well-formed but breaks a rule of the domain. */
export class InvalidInputError extends JamtError {
  readonly kind = "invalid";
}

/** Too many attempts; try again later. */
export class ThrottledError extends JamtError {
  readonly kind = "throttled";
}
