import { LATIN_FOLD, mojibakeLetter } from "./fold-letters.js";

/**
 * Text folded once for matching, with a map back to the original.
 *
 * Folding: lower case; å, ä, à, á, æ … → a; ö, ø … → o; é … → e (any Latin letter to its
 * base letter); "&" next to a letter → a (OCR reads "Ä" as "&": "&rendet"); UTF-8 read as
 * Latin-1 or as Windows-1251 ("pÃ¥verkan", "pГҐverkan") → a/o; combining marks, soft
 * hyphens and zero-width characters dropped; ligatures split ("ﬁ" → "fi"); dashes → "-";
 * typographic quotes → ' and ";
 * a word hyphenated across a line break joined ("jämställdhets-\nintegrering"), except
 * before "och", "eller", "samt" ("hälso-\noch sjukvård"); runs of spaces → one space; line
 * breaks kept, at most two in a row, so that paragraphs stay visible.
 */
export interface NormalisedText {
  readonly text: string;
  /**
   * The map back to the original, kept small: pairs (index in `text`, shift), each saying that
   * from that index on, a character's source starts at index + shift in the original, until
   * the next pair. Most text maps one to one, so there are few pairs: one per collapsed run
   * of whitespace, joined hyphenation, mojibake pair or dropped character. Read it with
   * originalStart and originalEnd.
   */
  readonly shifts: Int32Array;
}

const LIGATURES: Readonly<Record<number, string>> = {
  0xfb00: "ff",
  0xfb01: "fi",
  0xfb02: "fl",
  0xfb03: "ffi",
  0xfb04: "ffl",
};

/** Words that follow a suspended hyphen ("hälso- och sjukvård"): the hyphen is not a line-break hyphen. */
const KEEP_HYPHEN_BEFORE = /^(?:och|eller|samt|resp|respektive)\b/i;

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

function isNewline(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0x2028 || code === 0x2029;
}

/** Dropped without a trace: soft hyphen, zero-width characters, byte-order mark, combining marks. */
function isInvisible(code: number): boolean {
  return code === 0xad || code === 0xfeff || (code >= 0x200b && code <= 0x200d) || (code >= 0x300 && code <= 0x36f);
}

function isLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f);
}

function isLowerCaseLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** Folds `original` in one pass; see NormalisedText. Linear in the length of the text. */
export function normaliseText(original: string): NormalisedText {
  const n = original.length;
  // Only ligatures make the output longer than the input; they grow the buffer.
  let out = scratch(n + 8);
  let length = 0;
  const shifts: number[] = [];
  let shift = 0; // original index − folded index of the character written last
  let shifted = false; // something other than one visible ASCII character was read since then
  let ascii = true; // every folded character is ASCII: the fast way to make the string
  let spaceStart = -1; // where a pending run of whitespace started, -1 when none
  let newlines = 0; // line breaks in the pending run

  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) {
      if (spaceStart >= 0) {
        if (joinsHyphenation(original, out, length, newlines, i)) {
          length--; // "jämställdhets-\nintegrering": drop the hyphen and the line break
        } else if (length > 0) {
          const separator = newlines > 0 ? 0x0a : 0x20;
          for (let k = newlines > 1 ? 2 : 1; k > 0; k--) {
            if (spaceStart - length !== shift) shift = addShift(shifts, length, spaceStart - length);
            out[length++] = separator;
          }
        }
        spaceStart = -1;
        newlines = 0;
        shifted = true;
      }
      if (shifted) {
        if (i - length !== shift) shift = addShift(shifts, length, i - length);
        shifted = false;
      }
      out[length++] =
        code >= 0x41 && code <= 0x5a
          ? code + 32
          : code === 0x26 && isLetterCode(original.charCodeAt(i + 1))
            ? 0x61
            : code;
      continue;
    }
    if (code === 0x20 && spaceStart < 0 && length > 0) {
      const next = original.charCodeAt(i + 1);
      if (next > 0x20 && next < 0x7f) {
        // One space between words: nothing to collapse.
        if (shifted) {
          if (i - length !== shift) shift = addShift(shifts, length, i - length);
          shifted = false;
        }
        out[length++] = 0x20;
        continue;
      }
    }
    if (code === 0x20 || isSpace(code)) {
      if (spaceStart < 0) spaceStart = i;
      continue;
    }
    if (isNewline(code)) {
      if (spaceStart < 0) spaceStart = i;
      if (!(code === 0x0a && original.charCodeAt(i - 1) === 0x0d)) newlines++;
      continue;
    }
    shifted = true;
    if (isInvisible(code)) continue;
    // Any other visible character: flush the pending whitespace the same way, then fold.
    if (spaceStart >= 0) {
      if (joinsHyphenation(original, out, length, newlines, i)) length--;
      else if (length > 0) {
        const separator = newlines > 0 ? 0x0a : 0x20;
        for (let k = newlines > 1 ? 2 : 1; k > 0; k--) {
          if (spaceStart - length !== shift) shift = addShift(shifts, length, spaceStart - length);
          out[length++] = separator;
        }
      }
      spaceStart = -1;
      newlines = 0;
    }
    const ligature = LIGATURES[code];
    if (ligature !== undefined) {
      if (length + ligature.length > out.length) {
        const grownOut = new Uint16Array(2 * out.length + ligature.length);
        grownOut.set(out);
        out = grownOut;
      }
      for (let k = 0; k < ligature.length; k++) {
        if (i - length !== shift) shift = addShift(shifts, length, i - length);
        out[length++] = ligature.charCodeAt(k);
      }
      continue;
    }
    const pair = mojibakeLetter(code, original.charCodeAt(i + 1));
    const folded = pair || foldOther(code);
    if (folded >= 0x80) ascii = false;
    if (i - length !== shift) shift = addShift(shifts, length, i - length);
    out[length++] = folded;
    if (pair) i++;
  }

  return { text: decode(out, length, ascii), shifts: Int32Array.from(shifts) };
}

/** Records that from folded index `at` on, sources start `shift` further on; returns the shift. */
function addShift(shifts: number[], at: number, shift: number): number {
  // A character written at the same index replaces one removed (a joined hyphen).
  if (shifts.length > 0 && shifts[shifts.length - 2] === at) shifts[shifts.length - 1] = shift;
  else shifts.push(at, shift);
  return shift;
}

let SCRATCH = new Uint16Array(4096);

/** A buffer for the folded code units, reused between calls (the string is made from it at once). */
function scratch(capacity: number): Uint16Array {
  if (SCRATCH.length < capacity) SCRATCH = new Uint16Array(Math.max(capacity, 2 * SCRATCH.length));
  return SCRATCH;
}

/**
 * Whether the whitespace before position i ends a line with a word hyphenated across it
 * ("jämställdhets-" + "integrering"): one line break, a hyphen after a letter, a lower-case
 * letter next, and not a suspended hyphen ("hälso- och").
 */
function joinsHyphenation(original: string, out: Uint16Array, length: number, newlines: number, i: number): boolean {
  return (
    newlines === 1 &&
    length > 1 &&
    out[length - 1] === 0x2d &&
    isLetterCode(out[length - 2] ?? 0) &&
    isLowerCaseLetter(original.charCodeAt(i)) &&
    !KEEP_HYPHEN_BEFORE.test(original.slice(i, i + 11))
  );
}

/** A non-ASCII visible character folded: Latin letters to their base, dashes to "-", others lower-cased. */
function foldOther(code: number): number {
  if (code < 0x250) return LATIN_FOLD[code] || code;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 0x2d;
  if (code >= 0x2018 && code <= 0x201b) return 0x27; // ‘ ’ → '
  if (code >= 0x201c && code <= 0x201f) return 0x22; // “ ” „ → "
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const UTF8 = new TextDecoder();
let BYTES = new Uint8Array(4096);
const UTF16 = new TextDecoder("utf-16le");
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of the code units; ASCII-only text (the usual case) goes the fast way, through UTF-8. */
function decode(codes: Uint16Array, length: number, ascii: boolean): string {
  if (ascii) {
    if (BYTES.length < length) BYTES = new Uint8Array(Math.max(length, 2 * BYTES.length));
    BYTES.set(codes.subarray(0, length));
    return UTF8.decode(BYTES.subarray(0, length));
  }
  if (LITTLE_ENDIAN) return UTF16.decode(codes.subarray(0, length));
  const parts: string[] = [];
  for (let at = 0; at < length; at += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(at + 8192, length)) as unknown as number[]));
  }
  return parts.join("");
}

/**
 * The original text behind the folded range [start, end): a substring of the original,
 * e.g. for a quoted sentence or a highlighted word. Empty for an empty range.
 */
export function originalSlice(original: string, normalised: NormalisedText, start: number, end: number): string {
  if (end <= start) return "";
  return original.slice(originalStart(normalised, start), originalEnd(normalised, original, end - 1));
}

/** Where the source of folded character `at` starts in the original. */
export function originalStart(normalised: NormalisedText, at: number): number {
  const shifts = normalised.shifts;
  // The last pair whose index is at most `at`, by binary search over the pairs.
  let low = 0;
  let high = (shifts.length >> 1) - 1;
  let shift = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((shifts[2 * middle] as number) <= at) {
      shift = shifts[2 * middle + 1] as number;
      low = middle + 1;
    } else high = middle - 1;
  }
  return at + shift;
}

/**
 * Where the source of folded character `at` ends in the original: after one code unit, two
 * for a mojibake pair ("Ã¤"), and for whitespace at the next character that has a source of
 * its own.
 */
export function originalEnd(normalised: NormalisedText, original: string, at: number): number {
  const start = originalStart(normalised, at);
  const folded = normalised.text.charCodeAt(at);
  if (folded === 0x20 || folded === 0x0a) {
    for (let next = at + 1; next < normalised.text.length; next++) {
      const nextStart = originalStart(normalised, next);
      if (nextStart > start) return nextStart;
    }
    return original.length;
  }
  return mojibakeLetter(original.charCodeAt(start), original.charCodeAt(start + 1)) ? start + 2 : start + 1;
}
