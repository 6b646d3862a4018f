import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { NeutralTerm } from "../../../core/analysis/index.js";

/** The text cut at the neutral terms: plain pieces and marked ones, in order; overlapping terms are skipped. */
export function markedPieces(
  text: string,
  terms: readonly NeutralTerm[],
): { readonly text: string; readonly marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const term of [...terms].sort((a, b) => a.start - b.start)) {
    if (term.start < at || term.end > text.length || term.end <= term.start) continue;
    if (term.start > at) pieces.push({ text: text.slice(at, term.start), marked: false });
    pieces.push({ text: text.slice(term.start, term.end), marked: true });
    at = term.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** Each neutral word once, with how often it occurs, most frequent first. */
export function termCounts(text: string, terms: readonly NeutralTerm[]): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const term of terms) {
    const word = text.slice(term.start, term.end).toLocaleLowerCase("sv") || term.term;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count);
}

interface NeutralTermsProps {
  readonly id: string;
  /** The text the terms' offsets refer to. */
  readonly text: string;
  readonly terms: readonly NeutralTerm[];
}

/**
 * The words that hide sex ("invånare", "patienter"), listed with counts and marked in a
 * read-only copy of the text, so the officer sees where to name women and men instead.
 */
export function NeutralTerms({ id, text, terms }: NeutralTermsProps) {
  const { t } = useTranslation();
  if (terms.length === 0) return null;
  return (
    <div className="neutral-terms">
      <h3 id={`${id}-heading`}>{t("casePages.neutral.heading")}</h3>
      <NeutralTermCounts text={text} terms={terms} />
      <p className="hint">{t("casePages.neutral.hint")}</p>
      <div className="text-mirror case-marked" id={id}>
        <MarkedText text={text} terms={terms} />
      </div>
    </div>
  );
}

/** "”invånare” (2 gånger), ”patienter” (1 gång)". */
export function NeutralTermCounts({ text, terms }: { readonly text: string; readonly terms: readonly NeutralTerm[] }) {
  const { t } = useTranslation();
  return (
    <p>
      {termCounts(text, terms)
        .map(({ term, count }) => t("casePages.neutral.occurrences", { term, count }))
        .join(", ")}
    </p>
  );
}

/** The text with the neutral terms in <mark>; put it in an element that keeps line breaks. */
export function MarkedText({ text, terms }: { readonly text: string; readonly terms: readonly NeutralTerm[] }) {
  return (
    <>
      {markedPieces(text, terms).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <Fragment key={index}>{piece.text}</Fragment>,
      )}
    </>
  );
}
