import { analyseCaseText } from "../core/analysis/index.js";
import type { GenderImpactAnalysis } from "../core/analysis/types.js";
import type { Locale } from "../core/index.js";
import {
  type DocumentFormat,
  readDocumentFile,
  type UnreadableReason,
  unreadableMessageKey,
} from "../services/documents/index.js";
import { translate } from "../services/translator.js";
import type { DocumentPath } from "./granska-files.js";

/** Why a file gave no analysis: it could not be read, or (a bug) the analyser failed on its text. */
export type ReviewFailure = UnreadableReason | "analysisFailed";

/** What reviewing one file gave: its analysis, or why there is none. */
export type Review =
  | {
      readonly kind: "analysed";
      readonly file: string;
      readonly format: DocumentFormat;
      readonly analysis: GenderImpactAnalysis;
    }
  | {
      readonly kind: "failed";
      readonly file: string;
      readonly reason: ReviewFailure;
      /** Why, for the user, in the CLI's language. */
      readonly message: string;
      /** A technical detail in English, when there is one. */
      readonly detail?: string;
    };

/**
 * Reads one file and analyses its gender impact section. Never throws: a file that cannot be
 * read, and an analyser that throws on a text (a bug, reported as such), are failed reviews, so
 * that one document cannot stop a batch.
 */
export async function reviewFile(document: DocumentPath, locale: Locale): Promise<Review> {
  const file = document.shown;
  const read = await readDocumentFile(document.absolute);
  if (read.kind === "unreadable") {
    const message = translate(locale, unreadableMessageKey(read.reason));
    return read.detail === undefined
      ? { kind: "failed", file, reason: read.reason, message }
      : { kind: "failed", file, reason: read.reason, message, detail: read.detail };
  }
  try {
    return { kind: "analysed", file, format: read.format, analysis: analyseCaseText(read.text, { locale }) };
  } catch (error) {
    return {
      kind: "failed",
      file,
      reason: "analysisFailed",
      message: translate(locale, "documents.cli.analysisFailed"),
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
