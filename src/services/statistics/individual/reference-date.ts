/** The reference date for ages, checked once so that the SQL rule can trust it. */

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a real date written YYYY-MM-DD, or null for anything else ("2025-02-30", "25-06-15"). */
export function readReferenceDate(text: string): { readonly year: number; readonly monthDay: number } | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, monthDay: month * 100 + day };
}

/** Today in the machine's time zone as YYYY-MM-DD: the CLI's default reference date. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
