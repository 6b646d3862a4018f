import type { MessageKey } from "../../core/index.js";

/** Largest document Jämt reads: 25 MB, in bytes. Checked before a file is read into memory. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** The formats Jämt reads, named after their file extension. */
export const DOCUMENT_FORMATS = ["txt", "md", "docx", "pdf"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * Why a document could not be read. All but `inaccessible` are properties of the bytes;
 * `inaccessible` comes only from `readDocumentFile` (the file system refused: no permission,
 * removed while being read, not a regular file).
 */
export const UNREADABLE_REASONS = [
  "unsupportedFormat",
  "tooLarge",
  "corrupt",
  "encrypted",
  "archiveBomb",
  "empty",
  "inaccessible",
] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

/** The text of a document, or why there is none. Expected failures are values, never exceptions. */
export type DocumentText =
  | { readonly kind: "read"; readonly text: string; readonly format: DocumentFormat }
  | {
      readonly kind: "unreadable";
      readonly reason: UnreadableReason;
      /** A technical detail in English (a parser's message, a size), for logs; not for end users. */
      readonly detail?: string;
    };

export type UnreadableDocument = Extract<DocumentText, { kind: "unreadable" }>;

/** The catalogue text that tells a user why the document could not be read. */
export function unreadableMessageKey(reason: UnreadableReason): MessageKey {
  return `documents.unreadable.${reason}`;
}

export function unreadable(reason: UnreadableReason, detail?: string): UnreadableDocument {
  return detail === undefined ? { kind: "unreadable", reason } : { kind: "unreadable", reason, detail };
}

/**
 * The format a file name claims by its extension (case-insensitive), or null for any other
 * extension. The bytes must still agree: see `readDocumentText`.
 */
export function formatOfName(name: string): DocumentFormat | null {
  const extension = extensionOf(name);
  return (DOCUMENT_FORMATS as readonly string[]).includes(extension) ? (extension as DocumentFormat) : null;
}

/** The lower-cased extension without its dot, "" when there is none ("README", ".gitignore"). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/**
 * Text as the analysers expect it: composed characters (NFC, so that "ä" from a Mac file
 * matches "ä" typed on Windows) and "\n" line ends.
 */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n");
}

/** True when the text has at least one character that is not white space. */
export function hasVisibleText(text: string): boolean {
  return /\S/u.test(text);
}
