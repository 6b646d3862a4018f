import type { Locale, MessageKey } from "../../core/index.js";
import { translate } from "../translator.js";

/**
 * What an exported document says, independent of the file format: headings, paragraphs and
 * lists in reading order. One builder per kind of document (case, minutes extract) makes the
 * blocks; one renderer per format (.docx, .pdf) draws them, so both formats say the same thing.
 */
export type DocumentBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  /** Free text: a blank line separates paragraphs, a single line break stays a line break. */
  | { readonly kind: "text"; readonly text: string; readonly emphasis?: "strong" | "subtle" }
  /** "Label: value", the label in bold. */
  | { readonly kind: "field"; readonly label: string; readonly value: string }
  | { readonly kind: "list"; readonly style: "numbered" | "bulleted"; readonly items: readonly string[] }
  | TableBlock;

/**
 * A table of plain-text cells (a line break in a cell stays one): column headings, body rows and
 * an optional foot row in bold (sums). `widths` are relative column widths; `align` per column.
 */
export interface TableBlock {
  readonly kind: "table";
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly footer?: readonly string[];
  readonly widths?: readonly number[];
  readonly align?: readonly ("start" | "end")[];
}

/** The file's metadata: its title, author and language (for screen readers and spelling). */
export interface DocumentMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly locale: Locale;
}

export interface BlockDocument {
  readonly metadata: DocumentMetadata;
  readonly blocks: readonly DocumentBlock[];
}

/** Says a catalogue text in one language. */
export type Say = (key: MessageKey, params?: Readonly<Record<string, unknown>>) => string;

export function sayIn(locale: Locale): Say {
  return (key, params) => translate(locale, key, params);
}

/** The BCP 47 tag written into documents in this locale. */
export function languageTag(locale: Locale): string {
  return locale === "sv" ? "sv-SE" : "en-GB";
}

/** Splits free text into paragraphs at blank lines, each a list of its lines; blank text gives none. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ""));
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}
