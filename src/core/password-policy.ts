import type { MessageKey } from "./i18n/index.js";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Checks a new password against the policy (length only, as NIST SP 800-63B advises:
 * no composition rules). Returns the reason it is refused, or null when it is accepted.
 */
export function passwordProblem(password: string): MessageKey | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "errors.passwordTooShort";
  if (length > MAX_PASSWORD_LENGTH) return "errors.passwordTooLong";
  return null;
}
