import { currentLanguage, translate } from "../i18n.js";
import type {
  Assignment,
  CaseFilter,
  CaseSave,
  CaseView,
  DecisionView,
  ImportTarget,
  NewCase,
  ReviewInput,
  ReviewView,
  VersionDetail,
  VersionSummary,
} from "./case-types.js";
import { ApiError, apiRequest, type FieldProblem, renewCsrfToken } from "./client.js";

/** The cases API: one function per operation; each resolves to the answer or rejects with ApiError. */

const API_BASE = "/api/v1";
const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;
const casePath = (orgId: string, caseId: string) => `${org(orgId)}/cases/${encodeURIComponent(caseId)}`;

/** The largest file the API accepts for import (25 MB). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

export async function listCases(orgId: string, filter: CaseFilter, signal?: AbortSignal): Promise<readonly CaseView[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value.trim() !== "") query.set(key, value.trim());
  const suffix = query.size > 0 ? `?${query}` : "";
  const answer = await apiRequest<{ cases: CaseView[] }>("GET", `${org(orgId)}/cases${suffix}`, undefined, signal);
  return answer.cases;
}

/** Registers a case: it gets the next diarienummer and starts as a draft written by the caller. */
export function createCase(orgId: string, draft: NewCase): Promise<CaseView> {
  return apiRequest<CaseView>("POST", `${org(orgId)}/cases`, draft);
}

export function getCase(orgId: string, caseId: string, signal?: AbortSignal): Promise<CaseView> {
  return apiRequest<CaseView>("GET", casePath(orgId, caseId), undefined, signal);
}

/**
 * Saves the case as its next version. Rejects with ApiError 409 "stale_case" when somebody saved
 * after `baseVersion`, and 409 "case_not_editable" once the case has moved on to review.
 */
export function saveCase(orgId: string, caseId: string, save: CaseSave): Promise<CaseView> {
  return apiRequest<CaseView>("PUT", casePath(orgId, caseId), save);
}

/** Sends the case to review; 400 "gender_section_missing" without a gender impact section. */
export function submitCase(orgId: string, caseId: string): Promise<CaseView> {
  return apiRequest<CaseView>("POST", `${casePath(orgId, caseId)}/submit`);
}

export async function listVersions(
  orgId: string,
  caseId: string,
  signal?: AbortSignal,
): Promise<readonly VersionSummary[]> {
  const answer = await apiRequest<{ versions: VersionSummary[] }>(
    "GET",
    `${casePath(orgId, caseId)}/versions`,
    undefined,
    signal,
  );
  return answer.versions;
}

export function getVersion(
  orgId: string,
  caseId: string,
  version: number,
  signal?: AbortSignal,
): Promise<VersionDetail> {
  return apiRequest<VersionDetail>("GET", `${casePath(orgId, caseId)}/versions/${version}`, undefined, signal);
}

/** The reviews of a case, newest first. */
export async function listReviews(orgId: string, caseId: string, signal?: AbortSignal): Promise<readonly ReviewView[]> {
  const answer = await apiRequest<{ reviews: ReviewView[] }>(
    "GET",
    `${casePath(orgId, caseId)}/reviews`,
    undefined,
    signal,
  );
  return answer.reviews;
}

/** Approves or returns a submitted case; returning needs a comment (400 "review_needs_comment"). */
export function reviewCase(orgId: string, caseId: string, review: ReviewInput): Promise<CaseView> {
  return apiRequest<CaseView>("POST", `${casePath(orgId, caseId)}/reviews`, review);
}

/** The decisions recorded on a case, newest first. */
export async function listDecisions(
  orgId: string,
  caseId: string,
  signal?: AbortSignal,
): Promise<readonly DecisionView[]> {
  const answer = await apiRequest<{ decisions: DecisionView[] }>(
    "GET",
    `${casePath(orgId, caseId)}/decisions`,
    undefined,
    signal,
  );
  return answer.decisions;
}

/** Every assignment of the organisation; filter on `state` for the ones still to report back on. */
export async function listAssignments(orgId: string, signal?: AbortSignal): Promise<readonly Assignment[]> {
  const answer = await apiRequest<{ assignments: Assignment[] }>("GET", `${org(orgId)}/assignments`, undefined, signal);
  return answer.assignments;
}

/** The address of the case document (tjänsteskrivelse) as Word, in the interface's language. */
export function caseDocumentUrl(orgId: string, caseId: string): string {
  return `${API_BASE}${casePath(orgId, caseId)}/document.docx?lang=${currentLanguage()}`;
}

/** The address of a decision's extract of the minutes (protokollsutdrag). */
export function minutesExtractUrl(orgId: string, caseId: string, decisionId: string, format: "docx" | "pdf"): string {
  return `${API_BASE}${casePath(orgId, caseId)}/decisions/${encodeURIComponent(decisionId)}/extract.${format}?lang=${currentLanguage()}`;
}

/**
 * Uploads one document (.docx, .pdf, .txt, .md) as its raw bytes and resolves to the case made
 * from it: a draft, or an archived historical case. Rejects with ApiError, with the API's
 * message when it could not read the file. One request per file, so that one bad file does not
 * stop the others.
 */
export async function importCaseFile(orgId: string, file: File, target: ImportTarget): Promise<CaseView> {
  const query = new URLSearchParams({ fileName: file.name, bodyId: target.bodyId });
  if (target.departmentId) query.set("departmentId", target.departmentId);
  if (target.kind === "archived") query.set("decidedOn", target.decidedOn);
  const path = `${org(orgId)}/cases/${target.kind === "draft" ? "import" : "archive"}?${query}`;
  try {
    return await upload(path, file, await uploadToken());
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === "csrf")) throw error;
    token = null;
    return await upload(path, file, await uploadToken());
  }
}

let token: Promise<string> | null = null;

/**
 * The CSRF token for uploads. apiRequest sends only JSON, so uploads fetch the session's token
 * themselves through the client (which then holds the same token).
 */
function uploadToken(): Promise<string> {
  token ??= renewCsrfToken().catch((error: unknown) => {
    token = null;
    throw error;
  });
  return token;
}

async function upload(path: string, file: File, csrfToken: string): Promise<CaseView> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Accept-Language": currentLanguage(),
        "Content-Type": "application/octet-stream",
        "x-csrf-token": csrfToken,
      },
      credentials: "same-origin",
      body: file,
    });
  } catch {
    throw new ApiError(0, "network", translate("ui.errors.network"));
  }
  const payload = await readJson(response);
  if (response.ok) return payload as CaseView;
  throw errorOf(response.status, payload);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The API's error answer ({ error: { code, message, details } }) as an ApiError, as client.ts reads it. */
function errorOf(status: number, payload: unknown): ApiError {
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
