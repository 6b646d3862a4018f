/**
 * A diarienummer is "NNNN-YYYY": a number running per organisation and year, then the
 * year (e.g. "0042-2026", "1206-2019"). At least four digits; more when a year has more cases.
 */
export function formatDiarienummer(number: number, year: number): string {
  return `${String(number).padStart(4, "0")}-${year}`;
}

const PATTERN = /^(\d{1,6})-(\d{4})$/;

/** The number and year of a diarienummer, or null when the text is not one. */
export function parseDiarienummer(text: string): { number: number; year: number } | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  return { number: Number(match[1]), year: Number(match[2]) };
}
