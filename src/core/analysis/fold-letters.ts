/**
 * Letter folding shared by the analyser's normaliser and the heading recogniser: any Latin
 * letter to its lower-case ASCII base letter, and the two common mojibake forms of å, ä, ö.
 */

/** Latin-1 Supplement and Latin Extended-A/B (below U+0250) folded to a lower-case ASCII letter; 0 = not a letter. */
export const LATIN_FOLD: Uint8Array = buildLatinFold();

function buildLatinFold(): Uint8Array {
  const table = new Uint8Array(0x250);
  for (let code = 0x41; code < 0x250; code++) {
    const base = String.fromCharCode(code).normalize("NFD").charAt(0).toLowerCase();
    if (base >= "a" && base <= "z") table[code] = base.charCodeAt(0);
  }
  const extra: Record<string, string> = { æ: "a", Æ: "a", ø: "o", Ø: "o", ß: "s", đ: "d", Đ: "d", ł: "l", Ł: "l" };
  for (const [from, to] of Object.entries(extra)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const [code, to] of [
    [0xd0, 0x64], // Ð
    [0xf0, 0x64], // ð
    [0xde, 0x74], // Þ
    [0xfe, 0x74], // þ
  ] as const) {
    table[code] = to;
  }
  return table;
}

/** Second characters of "Ã?" (UTF-8 read as Latin-1/Windows-1252) that spell å, ä, ö, é. */
const LATIN1_MOJIBAKE: Readonly<Record<number, number>> = {
  0xa5: 0x61, // Ã¥ å
  0xa4: 0x61, // Ã¤ ä
  0x85: 0x61, // Ã + NEL: Å
  0x2026: 0x61, // Ã… Å
  0x84: 0x61, // Ã + IND: Ä
  0x201e: 0x61, // Ã„ Ä
  0xb6: 0x6f, // Ã¶ ö
  0x96: 0x6f, // Ã + SPA: Ö
  0x2013: 0x6f, // Ã– Ö
  0xa9: 0x65, // Ã© é
};

/** Second characters of "Г?" (UTF-8 read as Windows-1251) that spell å, ä, ö. */
const CYRILLIC_MOJIBAKE: Readonly<Record<number, number>> = {
  0x490: 0x61, // ГҐ å
  0x491: 0x61,
  0xa4: 0x61, // Г¤ ä
  0x2026: 0x61, // Г… Å
  0x201e: 0x61, // Г„ Ä
  0xb6: 0x6f, // Г¶ ö
  0x2013: 0x6f, // Г– Ö
};

/**
 * The letter a mojibake pair spells ("Ã" + "¤" → a), or 0 when `first` and `second` are no
 * such pair.
 */
export function mojibakeLetter(first: number, second: number): number {
  if (first === 0xc3 || first === 0xe3) return LATIN1_MOJIBAKE[second] ?? 0;
  if (first === 0x413 || first === 0x433) return CYRILLIC_MOJIBAKE[second] ?? 0;
  return 0;
}

const SCRATCH = new Uint16Array(256);

/**
 * The letters of `line` only, folded: "6. Besluts förslagets pÃ¥verkan:" →
 * "beslutsforslagetspaverkan"; "&" counts as "a" (OCR's "Ä"). At most 256 letters.
 */
export function foldedLetters(line: string): string {
  let length = 0;
  for (let i = 0; i < line.length && length < SCRATCH.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) SCRATCH[length++] = code;
    else if (code >= 0x41 && code <= 0x5a) SCRATCH[length++] = code + 32;
    else if (code === 0x26) SCRATCH[length++] = 0x61;
    else if (code >= 0xc0) {
      const pair = mojibakeLetter(code, line.charCodeAt(i + 1));
      if (pair) {
        SCRATCH[length++] = pair;
        i++;
      } else if (code < 0x250 && LATIN_FOLD[code]) SCRATCH[length++] = LATIN_FOLD[code] as number;
    }
  }
  return String.fromCharCode.apply(null, SCRATCH.subarray(0, length) as unknown as number[]);
}

/**
 * The first `count` letters (at most 6) of `line`, folded as foldedLetters does, as a number
 * (base 32, a = 1); -1 when the line has fewer letters. Looks at no more of the line than it
 * needs and makes no string: for quick tests of many lines.
 */
export function foldedPrefixKey(line: string, count: number): number {
  let key = 0;
  let found = 0;
  for (let i = 0; i < line.length && found < count; i++) {
    const code = line.charCodeAt(i);
    let letter = 0;
    if (code >= 0x61 && code <= 0x7a) letter = code;
    else if (code >= 0x41 && code <= 0x5a) letter = code + 32;
    else if (code === 0x26) letter = 0x61;
    else if (code >= 0xc0) {
      const pair = mojibakeLetter(code, line.charCodeAt(i + 1));
      if (pair) {
        letter = pair;
        i++;
      } else if (code < 0x250) letter = LATIN_FOLD[code] ?? 0;
    }
    if (letter !== 0) {
      key = key * 32 + (letter - 0x60);
      found++;
    }
  }
  return found === count ? key : -1;
}

/** The key foldedPrefixKey gives a line that starts with these folded letters. */
export function prefixKeyOf(letters: string): number {
  return foldedPrefixKey(letters, letters.length);
}
