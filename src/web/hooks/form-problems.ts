import { ApiError } from "../api/client.js";

/** What is wrong with a submitted form: a message for the whole form, and one per field. */
export interface FormProblems {
  readonly message: string;
  /** Field name → message. Fields not on the form are listed in the summary without a link. */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Turns a failed API call into form problems. The API names a field by its path ("roles.0");
 * the first segment is the form's field. `fieldOfCode` ties an error without details to the
 * field it is about (say, "duplicate_name" to "name").
 */
export function problemsFromError(error: unknown, fieldOfCode: Readonly<Record<string, string>> = {}): FormProblems {
  if (!(error instanceof ApiError)) return { message: String(error), fields: {} };
  const fields: Record<string, string> = {};
  const codeField = fieldOfCode[error.code];
  if (codeField && error.details.length === 0)
    return { message: error.message, fields: { [codeField]: error.message } };
  for (const detail of error.details) {
    const field = detail.path.split(".")[0] || "form";
    fields[field] = fields[field] ? `${fields[field]} ${detail.message}` : detail.message;
  }
  return { message: error.message, fields };
}

/** Problems found before sending anything; null when there are none. */
export function problemsFromChecks(
  message: string,
  checks: Readonly<Record<string, string | null | false>>,
): FormProblems | null {
  const fields = Object.fromEntries(
    Object.entries(checks).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  return Object.keys(fields).length === 0 ? null : { message, fields };
}

/** A rough check that catches typing mistakes; the API has the last word on what is valid. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
