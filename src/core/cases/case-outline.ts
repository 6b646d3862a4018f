import type { CaseSectionKey } from "./case-sections.js";
import { diarienummerFooters, pageFurniture } from "./page-furniture.js";
import {
  foldHeading,
  headingKeyOf,
  isTemplateWording,
  mayBeHeading,
  WRAPPING_HEADING_START,
} from "./section-headings.js";

/** One line of a document: [start, end) in the text, without its line break. */
export interface CaseLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line ends with a page break (form feed), as pdftotext writes them. */
  readonly pageEnd: boolean;
}

/** A recognised template heading. */
export interface HeadingLine {
  readonly key: CaseSectionKey;
  /** Index of its (first) line. */
  readonly line: number;
  /** 1, or 2 when a long heading wrapped onto a second line. */
  readonly lineCount: number;
  /** As written, trimmed; the two lines joined by a space when it wrapped. */
  readonly heading: string;
  /** Text after a colon on the heading line ("Protokollsutdrag skickas till: Ekonomidirektör"), or "". */
  readonly inline: string;
  /** In the template's own words, not a variant ("Jämställdhetsanalys"). */
  readonly templateWording: boolean;
}

/** The lines of a document, which of them are page furniture, and its template headings in order. */
export interface CaseOutline {
  readonly lines: readonly CaseLine[];
  /** 1 for a page-furniture line (page number, repeated header or footer), else 0. */
  readonly furniture: Uint8Array;
  readonly headings: readonly HeadingLine[];
}

const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029]/g;
/** A heading is short and does not end like a sentence; longer lines are only tested when they hold a colon. */
const MAX_HEADING_LINE = 90;
const MAX_LINE_WITH_COLON = 200;
/** Punctuation no template heading contains: lines with it are text, and are not folded. */
const NOT_IN_HEADINGS = /[,;!?]/;

/** Any line break but "\n" alone. */
const OTHER_LINE_BREAK = /[\r\f\v\u2028\u2029]/;

export function splitLines(text: string): CaseLine[] {
  const lines: CaseLine[] = [];
  let start = 0;
  if (!OTHER_LINE_BREAK.test(text)) {
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      lines.push({ start, end, text: text.slice(start, end), pageEnd: false });
      start = end + 1;
    }
    lines.push({ start, end: text.length, text: text.slice(start), pageEnd: false });
    return lines;
  }
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index), pageEnd: match[0] === "\f" });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start), pageEnd: false });
  return lines;
}

/**
 * Outlines a case document given as plain text (possibly extracted from PDF, OCR-damaged).
 * Each section key is recognised once, at its first heading; a later line that looks like
 * the same heading is text — unless the first was a variant and the later one is in the
 * template's own words: then the variant was a sub-heading, and its lines belong to the
 * section before. Linear in the length of the text.
 */
export function outlineCase(text: string): CaseOutline {
  const lines = splitLines(text);
  const furniture = pageFurniture(lines);
  let headings: HeadingLine[] = [];
  const byKey = new Map<CaseSectionKey, HeadingLine>();
  for (let i = 0; i < lines.length; i++) {
    if (furniture[i]) continue;
    const found = headingAt(lines, furniture, i);
    if (!found) continue;
    const earlier = byKey.get(found.key);
    if (earlier) {
      if (earlier.templateWording || !found.templateWording) continue;
      headings = headings.filter((heading) => heading !== earlier);
    }
    byKey.set(found.key, found);
    headings.push(found);
    i += found.lineCount - 1;
  }
  for (const footer of diarienummerFooters(lines, furniture, headings[0]?.line ?? lines.length)) furniture[footer] = 1;
  return { lines, furniture, headings };
}

function headingAt(lines: readonly CaseLine[], furniture: Uint8Array, i: number): HeadingLine | null {
  const raw = lines[i]?.text ?? "";
  // Cheap tests on the line as it is, before anything is copied or folded.
  if (raw.length < 4 || raw.length > MAX_LINE_WITH_COLON + 10 || !mayBeHeading(raw)) return null;
  const colon = raw.indexOf(":");
  if (colon < 0 && raw.length > MAX_HEADING_LINE + 10) return null;
  if (NOT_IN_HEADINGS.test(colon < 0 ? raw : raw.slice(0, colon))) return null;
  const trimmed = raw.trim();
  if (trimmed.length < 4 || (colon < 0 && /[.,;]$/.test(trimmed))) return null;
  const at = trimmed.indexOf(":");
  const label = at >= 0 ? trimmed.slice(0, at).trim() : trimmed;
  if (label.length > MAX_HEADING_LINE) return null;
  const folded = foldHeading(label);
  const key = headingKeyOf(folded);
  if (key) {
    const inline = at >= 0 ? trimmed.slice(at + 1).trim() : "";
    return { key, line: i, lineCount: 1, heading: label, inline, templateWording: isTemplateWording(folded, key) };
  }
  if (at >= 0 || !WRAPPING_HEADING_START.test(folded)) return null;
  // A long heading wrapped by PDF extraction: "Beslutsförslagets påverkan avseende" / "jämställdhet".
  let j = i + 1;
  while (j < lines.length && furniture[j]) j++;
  const second = (lines[j]?.text ?? "").trim();
  if (second === "" || second.length > MAX_HEADING_LINE) return null;
  const wrapped = headingKeyOf(folded + foldHeading(second));
  if (!wrapped) return null;
  const joined = /-$/.test(trimmed) ? `${trimmed.slice(0, -1)}${second}` : `${trimmed} ${second}`;
  const templateWording = isTemplateWording(folded + foldHeading(second), wrapped);
  return { key: wrapped, line: i, lineCount: j - i + 1, heading: joined, inline: "", templateWording };
}

/**
 * The text of the section under `heading`: its lines as written up to the next recognised
 * heading, page furniture left out, joined by "\n", leading and trailing blank lines removed.
 */
export function sectionBody(outline: CaseOutline, heading: HeadingLine): string {
  return sectionLines(outline, heading).join("\n").trim();
}

/**
 * The lines of the section under `heading` (see sectionBody), right-trimmed, blank lines
 * kept. Where page furniture is removed in the middle of a sentence (the line before it does
 * not end with ".", "!", "?" or ":"), the blank lines around it go too, so that the sentence
 * reads on across the page break.
 */
export function sectionLines(outline: CaseOutline, heading: HeadingLine): string[] {
  const index = outline.headings.indexOf(heading);
  const stop = outline.headings[index + 1]?.line ?? outline.lines.length;
  const body: string[] = heading.inline ? [heading.inline] : [];
  let joiningPages = false;
  for (let i = heading.line + heading.lineCount; i < stop; i++) {
    const text = (outline.lines[i]?.text ?? "").trimEnd();
    if (outline.furniture[i]) {
      while (body.length > 0 && body[body.length - 1] === "") body.pop();
      joiningPages = body.length > 0 && !/[.!?:]$/.test(body[body.length - 1] ?? "");
      continue;
    }
    if (joiningPages && text.trim() === "") continue;
    joiningPages = false;
    body.push(text);
  }
  return body;
}
