import { type NormalisedText, originalStart } from "./normalise-text.js";

/** A sentence of the analysed text: [start, end) in the folded text, and its folded text. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Abbreviations after which a full stop does not end the sentence ("t.ex. SCB", "enl. Kolada"). */
const ABBREVIATION_BEFORE =
  /(?:^|[\s(])(?:t\.ex|bl\.a|m\.fl|enl|jfr|ca|nr|kap|s\.k|resp|inkl|exkl|dvs|d\.v\.s|fr\.o\.m|t\.o\.m)$/;
const BULLET_LINE = /^(?:[-*•·▪\uf0b7]|\d{1,2}[.)]\s)/;
/** A line shorter than this that ends without punctuation and is followed by a capital ends there (a sub-heading). */
const SHORT_LINE = 60;

/**
 * Splits folded text into sentences. A sentence ends at ".", "!" or "?" followed by a capital,
 * a digit or the end; at a blank line; at a line break after ":" or ";"; before a bulleted
 * or numbered line; and after a short line without punctuation followed by a capital (a
 * sub-heading). Other line breaks are soft wraps, as in text extracted from PDF.
 * Linear in the length of the text.
 */
export function splitSentences(normalised: NormalisedText, original: string): Sentence[] {
  const text = normalised.text;
  const sentences: Sentence[] = [];
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const slice = text.slice(start, end);
    if (/[a-z]/.test(slice)) sentences.push({ index: sentences.length, start, end, text: slice });
  };
  const startsUpperCase = (at: number): boolean =>
    at >= text.length || startsSentence(original.charCodeAt(originalStart(normalised, at)));

  let start = 0;
  let lineStart = 0;
  const length = text.length;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) {
      const previous = text.charAt(k - 1);
      const nextLine = text.slice(k + 1, k + 5);
      const ends =
        text.charCodeAt(k + 1) === 0x0a ||
        previous === ":" ||
        previous === ";" ||
        BULLET_LINE.test(nextLine) ||
        (k - lineStart < SHORT_LINE && !/[.,!?]/.test(previous) && startsUpperCase(k + 1));
      if (ends) {
        push(start, k);
        start = k + 1;
      }
      lineStart = k + 1;
    } else if (code === 0x2e || code === 0x21 || code === 0x3f) {
      let last = k;
      while (last + 1 < length && isSentenceEnd(text.charCodeAt(last + 1))) last++;
      const after = last + 1;
      if (after >= length) {
        push(start, after);
        start = after;
      } else if (isBlank(text.charCodeAt(after)) && startsUpperCase(after + 1)) {
        const abbreviation = code === 0x2e && ABBREVIATION_BEFORE.test(text.slice(Math.max(start, k - 8), k));
        if (!abbreviation) {
          push(start, after);
          start = after;
        }
      }
      k = last;
    }
  }
  push(start, length);
  return sentences;
}

/** A capital, a digit, "&" (OCR's "Ä"), an opening quote or parenthesis: what a new sentence starts with. */
function startsSentence(code: number): boolean {
  if (code < 0x80)
    return (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x26 ||
      code === 0x22 ||
      code === 0x27 ||
      code === 0x28
    );
  if (code === 0x201d || code === 0x201c || code === 0xbb || code === 0x2018 || code === 0x2019) return true;
  const character = String.fromCharCode(code);
  return character !== character.toLowerCase();
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}
