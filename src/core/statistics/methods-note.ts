import type { MessageKey } from "../i18n/index.js";

/**
 * What a reader of a breakdown or an export must know to read it right, kept as data so the
 * same note goes into the CLI's output, the API's answer and every XLSX/CSV export, and is
 * said in the reader's language only when it is shown.
 */
export interface MethodsNote {
  /** Sex is always legal sex (the population register's), which the note says in words. */
  readonly legalSex: true;
  /** The date ages are computed at (YYYY-MM-DD); null when ages came from the source as they were. */
  readonly referenceDate: string | null;
  /** The disclosure threshold N: counts of 1 … N−1 are withheld. */
  readonly minCell: number;
  /** How a withheld figure is printed. */
  readonly suppressionMark: "..";
  /** The files or registers the figures come from, as names a reader recognises. */
  readonly sources: readonly string[];
  /** When the figures were produced (ISO 8601). */
  readonly generatedAt: string;
}

/** The mark every withheld figure is printed with, whatever the reason. */
export const SUPPRESSION_MARK = "..";

/** A methods note; `generatedAt` is the caller's clock, so the core stays free of it. */
export function methodsNote(parts: {
  readonly referenceDate: string | null;
  readonly minCell: number;
  readonly sources: readonly string[];
  readonly generatedAt: string;
}): MethodsNote {
  return { legalSex: true, suppressionMark: SUPPRESSION_MARK, ...parts, sources: [...parts.sources] };
}

/** The translate function of the server or the CLI (`translate(locale, …)` with the locale bound). */
export type TranslateText = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The note as lines of text in the caller's language: legal sex, age, suppression, intervals,
 * sources (omitted when there are none) and the time it was produced.
 */
export function methodsNoteLines(note: MethodsNote, translate: TranslateText): string[] {
  const lines = [
    translate("statisticsEngine.methods.legalSex"),
    note.referenceDate === null
      ? translate("statisticsEngine.methods.noReferenceDate")
      : translate("statisticsEngine.methods.referenceDate", { date: note.referenceDate }),
    translate("statisticsEngine.methods.suppression", { largest: note.minCell - 1, mark: note.suppressionMark }),
    translate("statisticsEngine.methods.intervals"),
  ];
  if (note.sources.length > 0)
    lines.push(translate("statisticsEngine.methods.sources", { sources: note.sources.join(", ") }));
  lines.push(translate("statisticsEngine.methods.generatedAt", { time: note.generatedAt }));
  return lines;
}
