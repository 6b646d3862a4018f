/**
 * DuckDB's error messages about a CSV file quote the offending line ("Original Line: …"),
 * which may hold a personal identity number. Only a scrubbed first sentence ever reaches a
 * user: the quoted line is cut off and every run of six or more digits (with separators) is
 * replaced, so no identity number can pass, whatever the message.
 */

const QUOTED_LINE = /(original line|line content|\n)[\s\S]*$/i;
const LONG_NUMBER = /\d[\d\s+\-_/.:]{4,}\d/g;
const QUOTED_VALUE = /"[^"]*"|'[^']*'/g;
const MAX_LENGTH = 300;

/** A short, safe description of what went wrong, from any thrown value. */
export function safeDuckDbDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(QUOTED_LINE, "")
    .replace(QUOTED_VALUE, "…")
    .replace(LONG_NUMBER, "…")
    .trim()
    .slice(0, MAX_LENGTH);
}
