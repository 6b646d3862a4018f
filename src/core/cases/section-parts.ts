/** The shapes inside sections: the proposal's points, Ärendet's sub-headed parts, the recipients. */
import type { MatterPart } from "./case-sections.js";

const NUMBERED = /^\s*\d{1,2}\s*[.)]\s+(.*)$/;
const ATT = /^\s*(?:[-•*–]\s*)?([Aa]tt\s.*)$/;
/** A lead-in that the points complete: "Regionstyrelsen beslutar", "… föreslås besluta:". */
const LEAD_IN = /(?::|\b(?:beslutar|besluta|beslut|föreslår|föreslås|att))$/i;

/**
 * The proposal's points without their numbers: lines "1. …", "1) …" or "att …" start a point,
 * other lines continue it. A lead-in before the points ("Regionstyrelsen beslutar") is put in
 * front of each point; other text before the points becomes a point of its own. Without
 * numbered or "att" lines, the whole text is one point.
 */
export function proposalPoints(lines: readonly string[]): string[] {
  const points: string[] = [];
  const lead: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const start = NUMBERED.exec(line)?.[1] ?? ATT.exec(line)?.[1];
    if (start !== undefined) points.push(start.trim());
    else if (points.length > 0) points[points.length - 1] = joinLine(points[points.length - 1] ?? "", line);
    else lead.push(line);
  }
  const leadText = lead.reduce(joinLine, "");
  if (points.length === 0) return leadText ? [leadText] : [];
  if (!leadText) return points;
  if (LEAD_IN.test(leadText)) {
    const prefix = leadText.replace(/\s*:$/, "");
    return points.map((point) => `${prefix} ${point.replace(/^Att\b/, "att")}`);
  }
  return [leadText, ...points];
}

/** Joins a wrapped line to the text before it, undoing a line-break hyphen ("jämställdhets-" + "arbetet"). */
function joinLine(before: string, line: string): string {
  if (!before) return line;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(line) && !/^(?:och|eller|samt)\b/.test(line)) {
    return before.slice(0, -1) + line;
  }
  return `${before} ${line}`;
}

const SUB_HEADING_MAX = 60;

/**
 * Ärendet's parts. A sub-heading is a short line (at most 60 characters) that starts with a
 * capital, has no final punctuation, is not a list item, stands first or after a blank line
 * or a finished sentence, and is followed by text. Text before the first sub-heading gets
 * the heading "".
 */
export function matterParts(lines: readonly string[]): MatterPart[] {
  const parts: { heading: string; lines: string[] }[] = [];
  let current: { heading: string; lines: string[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (isSubHeading(lines, i)) {
      current = { heading: line, lines: [] };
      parts.push(current);
      continue;
    }
    if (!current) {
      if (line === "") continue;
      current = { heading: "", lines: [] };
      parts.push(current);
    }
    current.lines.push(lines[i] ?? "");
  }
  return parts.map((part) => ({ heading: part.heading, text: part.lines.join("\n").trim() }));
}

function isSubHeading(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? "").trim();
  if (line === "" || line.length > SUB_HEADING_MAX) return false;
  if (!/^\p{Lu}/u.test(line) || /[.,:;!?]$/.test(line) || /^(?:[-•*–]|\d{1,2}[.)]\s)/.test(line)) return false;
  const before = (lines[i - 1] ?? "").trim();
  if (i > 0 && before !== "" && !/[.!?:]$/.test(before)) return false;
  const after = lines.slice(i + 1).find((next) => next.trim() !== "");
  return after !== undefined;
}

/** Recipients, one per line or separated by commas or semicolons, without bullets or final full stops. */
export function recipientList(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(/[,;]/))
    .map((entry) =>
      entry
        .trim()
        .replace(/^[-•*–]\s*/, "")
        .replace(/\.$/, "")
        .trim(),
    )
    .filter((entry) => entry !== "");
}
