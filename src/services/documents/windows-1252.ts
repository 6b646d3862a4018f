/**
 * Windows-1252 code points for the bytes 0x80–0x9F (the WHATWG table); every other byte is its
 * own code point, as in Latin-1. Written out because Node's TextDecoder("windows-1252") decodes
 * these bytes as Latin-1 control characters (so "–" and "”" would be lost).
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

/** Decodes Windows-1252 (and so Latin-1) bytes; every byte is a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] ?? byte) : byte);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

const REPRESENTABLE = new Set<number>([...HIGH.filter((code) => code > 0x9f), 0x0a]);

/** True when a character can be written in Windows-1252 (WinAnsiEncoding, the standard PDF fonts). */
export function isWindows1252(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || REPRESENTABLE.has(code);
}

/**
 * Text that the standard PDF fonts (Helvetica, WinAnsiEncoding) can show: a letter outside
 * Windows-1252 loses its accent ("č" → "c"), and a letter with no such base ("ŋ") and what is still unknown becomes
 * "?", instead of silently disappearing or showing as a wrong glyph. Tabs become spaces.
 *
 * WARNING: lossy for Sámi and other letters outside Western European alphabets ("Čohkkiras" →
 * "Cohkkiras"); embedding a Unicode font is the real fix.
 */
export function fitToWindows1252(text: string): string {
  let fitted = "";
  for (const char of text.replace(/\t/g, " ")) {
    if (isWindows1252(char)) {
      fitted += char;
      continue;
    }
    const base = char.normalize("NFD").replace(/\p{M}/gu, "");
    fitted += base !== "" && [...base].every(isWindows1252) ? base : "?";
  }
  return fitted;
}
