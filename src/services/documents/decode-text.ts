import { startsWithBytes } from "./magic-bytes.js";
import { decodeWindows1252 } from "./windows-1252.js";

/**
 * Decodes a plain-text file: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark, and otherwise Windows-1252, the superset of Latin-1 that old Swedish Windows documents
 * use. Returns null when the bytes look binary (a NUL byte without a UTF-16 mark).
 *
 * WARNING: any byte sequence is valid Windows-1252, so a text in another legacy encoding (DOS
 * code page 850, Mac Roman) decodes without error but with wrong letters.
 */
export function decodePlainText(bytes: Uint8Array): string | null {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWithBytes(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWithBytes(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
