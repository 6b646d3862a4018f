import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AssessmentSum, LocalisedText } from "../../../core/index.js";

/** How the checklist pages write scores and sums: Swedish decimal comma ("2,5"), and the coverage of a partial sum. */
export interface ScoreFormats {
  /** "2,5" (sv) or "2.5" (en); at most three decimals. */
  readonly score: (value: number) => string;
  /** "24", or "22 (9 av 10 punkter)" when items were left unscored. */
  readonly sum: (sum: AssessmentSum) => string;
  /** The text in the interface's language, Swedish when the English one is missing. */
  readonly text: (text: LocalisedText) => string;
}

export function useScoreFormats(): ScoreFormats {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => scoreFormatsFor(language, t), [language, t]);
}

export function scoreFormatsFor(language: string, t: TFunction): ScoreFormats {
  const number = new Intl.NumberFormat(language === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 3 });
  const score = (value: number) => number.format(value);
  return {
    score,
    sum: (sum) =>
      sum.complete
        ? score(sum.sum)
        : t("checklistPages.common.partialSum", { sum: score(sum.sum), scored: sum.scoredItems, count: sum.itemCount }),
    text: (text) => (language === "en" && text.en.trim() !== "" ? text.en : text.sv),
  };
}

/** A number as it is typed in a form, in full precision: "0,25" in Swedish, "0.25" in English. */
export function typedNumber(value: number, language: string): string {
  return language === "en" ? String(value) : String(value).replace(".", ",");
}

/**
 * Reads a number typed the Swedish or the English way ("2,5", "2.5", " 3 "); null when it is
 * no number. Thousands separators are not accepted (scales are small numbers).
 */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(",", ".").replace(/^−/, "-");
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/**
 * The roles that typically take part in a self-assessment, stored as these Swedish words (the
 * data is Swedish, like the reports it goes into) and shown in the interface's language.
 */
export const TYPICAL_PARTICIPANTS = [
  "politiker",
  "chefer",
  "strateger",
  "controllers",
  "analytiker",
  "kommunikatörer",
] as const;
export type TypicalParticipant = (typeof TYPICAL_PARTICIPANTS)[number];

export function isTypicalParticipant(value: string): value is TypicalParticipant {
  return (TYPICAL_PARTICIPANTS as readonly string[]).includes(value);
}

/** A participant as shown: a typical role in the interface's language, anything else as written. */
export function participantLabel(t: TFunction, participant: string): string {
  return isTypicalParticipant(participant) ? t(`checklistPages.participants.${participant}`) : participant;
}
