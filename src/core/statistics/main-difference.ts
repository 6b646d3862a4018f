import type { MessageKey } from "../i18n/index.js";
import { proportionGap } from "./proportion-gap.js";
import type { Shown } from "./reported.js";

/**
 * The main difference between women and men of an indicator in one period, as one plain
 * sentence a politician reads before any chart: "Kvinnor 71 %, män 86 %: skillnad 15
 * procentenheter." Pure: the sentence is catalogue keys with their parameters, numbers
 * already written in the locale's way (sv-SE: space between thousands, decimal comma), so
 * that the web and exports say it alike.
 */

/** How an indicator's figures are measured; shares are in per cent (71, not 0.71). */
export type IndicatorMeasureKind = "share" | "rate" | "mean" | "count" | "value";

/**
 * One sex's figure: shown (a number, or null where the source has none) or withheld (the
 * reason, if any, is not needed here); null when there is no figure at all.
 */
export type SexFigure = Shown<number | null> | { readonly kind: "suppressed" } | null;

export interface MainDifferenceInput {
  readonly measureKind: IndicatorMeasureKind;
  /** The indicator's unit as stored ("kr", "dagar"); never used for shares, which are per cent. */
  readonly unit: string | null;
  readonly women: SexFigure;
  readonly men: SexFigure;
  /**
   * Whether the difference is statistically clear: true or false from an interval, null when it
   * cannot be tested (no counts behind the figures), undefined to say nothing about it.
   */
  readonly clear?: boolean | null;
}

/** A sentence from the catalogues with its parameters. */
export interface Sentence {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/** The sentence of the figures and, where known, the sentence on statistical certainty. */
export interface MainDifference {
  /**
   * - `difference`: both figures shown;
   * - `suppressed`: a figure is withheld (too few individuals), so no difference is said;
   * - `missing`: a figure is missing (or not divided by sex).
   */
  readonly kind: "difference" | "suppressed" | "missing";
  readonly sentences: readonly Sentence[];
}

export type NumberLocale = "sv" | "en";

const INTL_LOCALE: Readonly<Record<NumberLocale, string>> = { sv: "sv-SE", en: "en-GB" };
const KEY = "statisticsPages.sentence";

/**
 * A figure as the pages write it: one decimal at most below 100, whole numbers from 100
 * ("71,3", "2 340"); in Swedish with a space between thousands and a decimal comma.
 */
export function formatFigure(value: number, locale: NumberLocale): string {
  const digits = Math.abs(value) < 100 ? 1 : 0;
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value);
}

/** A relative difference in per cent: whole numbers, one decimal below 1 (0,4 %). */
function formatPercent(value: number, locale: NumberLocale): string {
  const digits = Math.abs(value) < 1 ? 1 : 0;
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value);
}

function withUnit(value: string, unit: string | null): string {
  return unit === null || unit.trim() === "" ? value : `${value}\u00a0${unit.trim()}`;
}

/**
 * The main difference of one period and group. Shares are compared in percentage points;
 * every other kind as how much higher (or, for counts, how many more) one sex's figure is
 * than the other's, in per cent of the lower. A withheld figure is never described, not even
 * as "higher": that would hint at its size.
 */
export function mainDifference(input: MainDifferenceInput, locale: NumberLocale): MainDifference {
  const { women, men } = input;
  if (women?.kind === "suppressed" || men?.kind === "suppressed") {
    return { kind: "suppressed", sentences: [{ key: `${KEY}.suppressed`, params: {} }] };
  }
  const w = women?.value ?? null;
  const m = men?.value ?? null;
  if (w === null || m === null) {
    return { kind: "missing", sentences: [{ key: `${KEY}.missing`, params: {} }] };
  }
  return { kind: "difference", sentences: [figuresSentence(input, w, m, locale), ...claritySentences(input.clear)] };
}

function figuresSentence(input: MainDifferenceInput, w: number, m: number, locale: NumberLocale): Sentence {
  if (input.measureKind === "share") {
    const params = {
      women: formatFigure(w, locale),
      men: formatFigure(m, locale),
      difference: formatFigure(Math.abs(w - m), locale),
    };
    return { key: params.difference === formatFigure(0, locale) ? `${KEY}.shareEqual` : `${KEY}.share`, params };
  }
  const params = {
    women: withUnit(formatFigure(w, locale), input.unit),
    men: withUnit(formatFigure(m, locale), input.unit),
  };
  const low = Math.min(w, m);
  const high = Math.max(w, m);
  // A relative difference needs a positive base; otherwise say the absolute difference.
  if (!(low > 0)) {
    if (w === m) return { key: `${KEY}.equal`, params };
    const difference = withUnit(formatFigure(high - low, locale), input.unit);
    return { key: w > m ? `${KEY}.womenAbove` : `${KEY}.menAbove`, params: { ...params, difference } };
  }
  const relative = formatPercent(((high - low) / low) * 100, locale);
  if (relative === formatPercent(0, locale)) return { key: `${KEY}.equal`, params };
  const more = input.measureKind === "count";
  const key: MessageKey =
    w > m ? (more ? `${KEY}.womenMore` : `${KEY}.womenHigher`) : more ? `${KEY}.menMore` : `${KEY}.menHigher`;
  return { key, params: { ...params, relative } };
}

function claritySentences(clear: boolean | null | undefined): Sentence[] {
  if (clear === undefined) return [];
  if (clear === null) return [{ key: `${KEY}.untestable`, params: {} }];
  return [{ key: clear ? `${KEY}.clear` : `${KEY}.notClear`, params: {} }];
}

/** A share in per cent and the number of individuals it is a share of. */
export interface ShareFigure {
  readonly percent: number;
  readonly count: number;
}

/**
 * Whether a difference in shares is statistically clear (Newcombe's interval of the
 * difference excludes 0), from each share and the number it is a share of; null when either
 * count is missing or 0, so the difference cannot be tested. The events are the share of the
 * count rounded to a whole number, which is what a published share of a count stands for.
 */
export function shareClarity(women: ShareFigure | null, men: ShareFigure | null): boolean | null {
  if (women === null || men === null || !(women.count > 0 && men.count > 0)) return null;
  const events = (figure: ShareFigure) =>
    Math.min(figure.count, Math.max(0, Math.round((figure.percent / 100) * figure.count)));
  return proportionGap({
    women: { events: events(women), n: Math.round(women.count) },
    men: { events: events(men), n: Math.round(men.count) },
  }).clear;
}
