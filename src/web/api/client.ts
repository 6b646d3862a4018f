import { currentLanguage, translate } from "../i18n.js";

const API_BASE = "/api/v1";

/** One field's problem, as the API reports it: `path` is the field ("email", "roles.0"). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A refusal or failure reported by the API, with a message ready to show (the API localises
 * it from Accept-Language). Network failures have status 0 and code "network".
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

let csrfToken: Promise<string> | null = null;
let unauthenticatedHandler: (() => void) | null = null;

/** Called whenever the API answers 401 to anything but a login attempt (the session has ended). */
export function onUnauthenticated(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

/** Forgets the CSRF token and fetches a new one; needed after login and logout, when the session changes. */
export function renewCsrfToken(): Promise<string> {
  csrfToken = null;
  return csrf();
}

function csrf(): Promise<string> {
  csrfToken ??= request<{ csrfToken: string }>("GET", "/auth/csrf").then(
    (answer) => answer.csrfToken,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

/**
 * Calls the API with the session cookie, the current language and, on every change, the CSRF
 * token (refetched and retried once if the server rejects it). Resolves to the JSON answer,
 * or undefined for 204; rejects with ApiError. WARNING: an AbortSignal rejects with the
 * browser's AbortError, not an ApiError.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  try {
    return await request<T>(method, path, body, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.code === "csrf" && method !== "GET") {
      await renewCsrfToken();
      return await request<T>(method, path, body, signal);
    }
    throw error;
  }
}

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLanguage() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = await csrf();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, "network", translate("ui.errors.network"));
  }
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  const error = errorFrom(response.status, payload);
  if (error.status === 401 && path !== "/auth/login") unauthenticatedHandler?.();
  throw error;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFrom(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  const code = typeof error?.code === "string" ? error.code : `http_${status}`;
  const message =
    typeof error?.message === "string" && error.message !== ""
      ? error.message
      : translate("ui.errors.unexpected", { status });
  const details = Array.isArray(error?.details) ? error.details.filter(isFieldProblem) : [];
  return new ApiError(status, code, message, details);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return isRecord(value) && typeof value.path === "string" && typeof value.message === "string";
}
