import type { CaseLine } from "./case-outline.js";

/** "Sida 2 av 5", "Sida 2", "Page 2 of 5", "2 (5)", "2/5", "- 2 -". */
const PAGE_NUMBER =
  /^(?:(?:sida|page|s\.)\s*\d{1,3}(?:\s*(?:av|\/|of|\()\s*\d{1,3}\)?)?|\d{1,3}\s*\(\s*\d{1,3}\s*\)|\d{1,3}\s*\/\s*\d{1,3}|[-–]\s*\d{1,3}\s*[-–])$/i;
/** A lone number: a page number only right at a page break, since tables also give lone numbers. */
const LONE_NUMBER = /^\d{1,3}$/;
/** A footer's labelled diarienummer: at the start, or after a wide gap ("Region X    Dnr RS 1206-2019"). */
const FOOTER_DNR =
  /(?:^|\s{2}|\t)(?:dnr|diarienummer|diarienr)\.?:?\s*(?:[a-zåäö]{1,6}\s*)?\d{1,6}\s*[-–]\s*(?:19|20)\d{2}\b/i;
const MAX_FURNITURE_LINE = 100;
const MAX_FOOTER_LINE = 80;
/** How many lines from a page number or page break a header or footer may stand. */
const BAND = 3;

/**
 * Marks the lines that are page furniture in text extracted from PDF, not content:
 * - page numbers ("Sida 2 av 5", "2 (5)"; a lone number only beside a page break);
 * - header and footer lines: a line that occurs more than once, each time within three
 *   lines of a page number or page break ("Region Nordmark  Tjänsteskrivelse");
 * Returns 1 per furniture line. Only lines near page marks are compared, so it stays linear.
 */
export function pageFurniture(lines: readonly CaseLine[]): Uint8Array {
  const furniture = new Uint8Array(lines.length);
  const marks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as CaseLine;
    if (line.text.length > 40) continue;
    const text = line.text.trim();
    if (text.length > 14) continue;
    const atBreak = line.pageEnd || lines[i - 1]?.pageEnd === true;
    if (PAGE_NUMBER.test(text) || (atBreak && LONE_NUMBER.test(text))) {
      furniture[i] = 1;
      marks.push(i);
    }
  }
  for (let i = 0; i < lines.length; i++) if ((lines[i] as CaseLine).pageEnd) marks.push(i, i + 1);

  const near = new Map<string, number[]>();
  for (const mark of marks) {
    for (let i = Math.max(0, mark - BAND); i <= Math.min(lines.length - 1, mark + BAND); i++) {
      const text = (lines[i] as CaseLine).text.trim();
      if (furniture[i] || text.length < 3 || text.length > MAX_FURNITURE_LINE) continue;
      const at = near.get(text) ?? [];
      if (!at.includes(i)) at.push(i);
      near.set(text, at);
    }
  }
  for (const at of near.values()) if (at.length > 1) for (const i of at) furniture[i] = 1;

  return furniture;
}

/**
 * The footers among the lines from `from` on (the first heading: the top of the document is
 * left alone, the diarienummer is read there), near a page number or page break or at the very
 * end: a short line with a labelled diarienummer at its start or after a wide gap, and no full
 * stop ("Dnr 1206-2019"). A reference in running text ("protokoll 2019-03-12, § 45, dnr
 * 400-2019") is not a footer.
 */
export function diarienummerFooters(lines: readonly CaseLine[], furniture: Uint8Array, from: number): number[] {
  const footers: number[] = [];
  const candidates = new Set<number>();
  for (let i = Math.max(from, lines.length - BAND); i < lines.length; i++) candidates.add(i);
  for (let i = from; i < lines.length; i++) {
    if (!furniture[i] && !(lines[i] as CaseLine).pageEnd) continue;
    for (let near = Math.max(from, i - BAND); near <= Math.min(lines.length - 1, i + BAND); near++)
      candidates.add(near);
  }
  for (const i of candidates) {
    const text = (lines[i] as CaseLine).text.trimEnd();
    if (text.trim().length <= MAX_FOOTER_LINE && !text.endsWith(".") && FOOTER_DNR.test(text)) footers.push(i);
  }
  return footers;
}
