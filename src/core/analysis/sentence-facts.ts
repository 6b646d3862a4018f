import {
  type ClassBit,
  type ClassMask,
  classBit,
  hasBit,
  type Words,
  wordEnd,
  wordHas,
  wordMask,
  wordStart,
} from "./lexicon.js";
import { type NormalisedText, originalStart } from "./normalise-text.js";
import * as phrases from "./phrases.js";
import type { Sentence } from "./sentences.js";

/** What one sentence of the section talks about: the raw material of every criterion. */
export interface SentenceFacts {
  readonly sentence: Sentence;
  readonly women: boolean;
  readonly men: boolean;
  readonly bySex: boolean;
  readonly figure: boolean;
  readonly source: boolean;
  readonly year: boolean;
  readonly missingData: boolean;
  /** Said only of a sentence about missing data or the one after it, the only places it counts. */
  readonly dataPlan: boolean;
  readonly effect: boolean;
  readonly zeroAlternative: boolean;
  readonly relevant: boolean;
  readonly notRelevant: boolean;
  readonly reason: boolean;
  readonly resource: boolean;
  readonly distribution: boolean;
  readonly representation: boolean;
  readonly norms: boolean;
  readonly difference: boolean;
  readonly justification: boolean;
  readonly otherFactors: boolean;
  readonly childPerspective: boolean;
  readonly intersectional: boolean;
  readonly goal: boolean;
  readonly goalLink: boolean;
  readonly genderEquality: boolean;
  readonly measure: boolean;
  readonly negative: boolean;
  readonly followUp: boolean;
  /** Said only of a sentence about follow-up, the only place it counts. */
  readonly when: boolean;
  /** Said only of a sentence about follow-up, the only place it counts. */
  readonly toWhom: boolean;
  readonly conclusionMarker: boolean;
  /** The sentence has a word that can state a position (positive, negative, no impact). */
  readonly polarityCue: boolean;
  /** The sentence has a word that can name a national sub-goal. */
  readonly subgoalCue: boolean;
}

/** The classes read here, looked up once. */
const BIT = {
  women: classBit("women"),
  men: classBit("men"),
  ambiguousMan: classBit("ambiguousMan"),
  bySex: classBit("bySex"),
  bySexCue: classBit("bySexCue"),
  fractionWord: classBit("fractionWord"),
  digit: classBit("digit"),
  year: classBit("year"),
  source: classBit("source"),
  sourceCue: classBit("sourceCue"),
  dataWord: classBit("dataWord"),
  missingWord: classBit("missingWord"),
  missingDataCue: classBit("missingDataCue"),
  dataPlanCue: classBit("dataPlanCue"),
  effect: classBit("effect"),
  effectCue: classBit("effectCue"),
  zeroAlternative: classBit("zeroAlternative"),
  zeroAlternativeCue: classBit("zeroAlternativeCue"),
  negationCue: classBit("negationCue"),
  relevant: classBit("relevant"),
  relevantCue: classBit("relevantCue"),
  reason: classBit("reason"),
  reasonCue: classBit("reasonCue"),
  resource: classBit("resource"),
  distribution: classBit("distribution"),
  representation: classBit("representation"),
  norms: classBit("norms"),
  difference: classBit("difference"),
  justification: classBit("justification"),
  justificationCue: classBit("justificationCue"),
  otherFactors: classBit("otherFactors"),
  otherFactorsCue: classBit("otherFactorsCue"),
  childPerspective: classBit("childPerspective"),
  intersectional: classBit("intersectional"),
  intersectionalCue: classBit("intersectionalCue"),
  goal: classBit("goal"),
  goalCue: classBit("goalCue"),
  goalLink: classBit("goalLink"),
  goalLinkCue: classBit("goalLinkCue"),
  genderEquality: classBit("genderEquality"),
  measure: classBit("measure"),
  measureCue: classBit("measureCue"),
  negative: classBit("negative"),
  followUp: classBit("followUp"),
  followUpCue: classBit("followUpCue"),
  when: classBit("when"),
  whenCue: classBit("whenCue"),
  toWhomCue: classBit("toWhomCue"),
  conclusionMarker: classBit("conclusionMarker"),
  conclusionMarkerCue: classBit("conclusionMarkerCue"),
  subgoalCue: classBit("subgoalCue"),
  polarityCue: classBit("polarityCue"),
} as const;

/**
 * The facts of each sentence, in order: its words' classes (one pass over the text, see
 * lexicon.ts), and a phrase pattern only where a cue word makes the phrase possible.
 */
export function factsOf(
  sentences: readonly Sentence[],
  words: Words,
  normalised: NormalisedText,
  original: string,
): readonly SentenceFacts[] {
  const lostDiacritics = hasLostDiacritics(original);
  let word = 0;
  let missingDataBefore = false;
  return sentences.map((sentence) => {
    while (word < words.count && wordStart(words, word) < sentence.start) word++;
    let low = 0;
    let high = 0;
    const men: number[] = [];
    for (; word < words.count && wordStart(words, word) < sentence.end; word++) {
      const classes = wordMask(words, word);
      low |= classes.low;
      high |= classes.high;
      if (wordHas(words, word, BIT.ambiguousMan)) men.push(word);
    }
    const mask: ClassMask = { low, high };
    const text = sentence.text;
    const notRelevant = hasBit(mask, BIT.negationCue) && phrases.NOT_RELEVANT.test(text);
    const followUp = hasBit(mask, BIT.followUp) || (hasBit(mask, BIT.followUpCue) && phrases.FOLLOW_UP.test(text));
    const year = hasBit(mask, BIT.year);
    const digit = hasBit(mask, BIT.digit);
    const missingData =
      hasBit(mask, BIT.dataWord) &&
      (hasBit(mask, BIT.missingWord) || cued(mask, BIT.missingDataCue, phrases.MISSING_DATA, text));
    const dataPlan = (missingData || missingDataBefore) && cued(mask, BIT.dataPlanCue, phrases.DATA_PLAN, text);
    missingDataBefore = missingData;
    return {
      sentence,
      women: hasBit(mask, BIT.women),
      men:
        hasBit(mask, BIT.men) ||
        (men.length > 0 && ambiguousManIsMen(sentence, men, words, normalised, original, lostDiacritics)),
      bySex: hasBit(mask, BIT.bySex) || cued(mask, BIT.bySexCue, phrases.BY_SEX, text),
      figure: (digit || hasBit(mask, BIT.fractionWord)) && phrases.FIGURE.test(text),
      source: hasBit(mask, BIT.source) || cued(mask, BIT.sourceCue, phrases.SOURCE, text),
      year,
      missingData,
      dataPlan,
      effect: hasBit(mask, BIT.effect) || cued(mask, BIT.effectCue, phrases.EFFECT, text),
      zeroAlternative:
        hasBit(mask, BIT.zeroAlternative) || cued(mask, BIT.zeroAlternativeCue, phrases.ZERO_ALTERNATIVE, text),
      relevant: !notRelevant && (hasBit(mask, BIT.relevant) || cued(mask, BIT.relevantCue, phrases.RELEVANT, text)),
      notRelevant,
      reason:
        hasBit(mask, BIT.reason) || cued(mask, BIT.reasonCue, phrases.REASON, text) || text.includes("i och med att"),
      resource: hasBit(mask, BIT.resource),
      distribution: hasBit(mask, BIT.distribution) || text.includes("%"),
      representation: hasBit(mask, BIT.representation),
      norms: hasBit(mask, BIT.norms),
      difference: hasBit(mask, BIT.difference),
      justification: hasBit(mask, BIT.justification) || cued(mask, BIT.justificationCue, phrases.JUSTIFICATION, text),
      otherFactors:
        hasBit(mask, BIT.otherFactors) ||
        ((digit || hasBit(mask, BIT.otherFactorsCue)) && phrases.OTHER_FACTORS.test(text)),
      childPerspective: hasBit(mask, BIT.childPerspective),
      intersectional:
        hasBit(mask, BIT.intersectional) || cued(mask, BIT.intersectionalCue, phrases.INTERSECTIONAL, text),
      goal: hasBit(mask, BIT.goal) || cued(mask, BIT.goalCue, phrases.GOAL, text),
      goalLink: hasBit(mask, BIT.goalLink) || cued(mask, BIT.goalLinkCue, phrases.GOAL_LINK, text),
      genderEquality: hasBit(mask, BIT.genderEquality),
      measure: hasBit(mask, BIT.measure) || cued(mask, BIT.measureCue, phrases.MEASURE, text),
      negative: hasBit(mask, BIT.negative),
      followUp,
      when: followUp && (hasBit(mask, BIT.when) || year || cued(mask, BIT.whenCue, phrases.WHEN, text)),
      toWhom: followUp && cued(mask, BIT.toWhomCue, phrases.TO_WHOM, text),
      conclusionMarker:
        hasBit(mask, BIT.conclusionMarker) || cued(mask, BIT.conclusionMarkerCue, phrases.CONCLUSION_MARKER, text),
      polarityCue: hasBit(mask, BIT.polarityCue),
      subgoalCue: hasBit(mask, BIT.subgoalCue),
    };
  });
}

/** A phrase pattern, tested only when the sentence has one of its cue words. */
function cued(mask: ClassMask, cue: ClassBit, pattern: RegExp, text: string): boolean {
  return hasBit(mask, cue) && pattern.test(text);
}

/** Swedish text of some length without å, ä or ö (or their mojibake) has lost them, as OCR often does. */
const MIN_LETTERS_FOR_LOSS = 200;

export function hasLostDiacritics(original: string): boolean {
  if (/[åäöÅÄÖ]|Ã|Г/.test(original)) return false;
  let letters = 0;
  for (let i = 0; i < original.length && letters < MIN_LETTERS_FOR_LOSS; i++) {
    const code = original.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) letters++;
  }
  return letters >= MIN_LETTERS_FOR_LOSS;
}

/**
 * Whether a folded "man" in the sentence (the words at `at`) means men. It does when the
 * original letter is not a plain "a" (ä, or its mojibake). Where it is a plain "a", "man" is
 * also the pronoun "one", so it counts next to women ("kvinnor och man"), after a figure
 * ("40 % man"), before a comma, or – in text that lost all its å/ä/ö – wherever it does not
 * stand like the pronoun ("om man kan", "man ska").
 */
function ambiguousManIsMen(
  sentence: Sentence,
  at: readonly number[],
  words: Words,
  normalised: NormalisedText,
  original: string,
  lostDiacritics: boolean,
): boolean {
  const text = normalised.text;
  for (const word of at) {
    const start = wordStart(words, word);
    const end = wordEnd(words, word);
    if (end - start === 3) {
      const vowel = original.charAt(originalStart(normalised, start + 1));
      if (vowel !== "a" && vowel !== "A") return true;
    }
    if (!lostDiacritics) continue;
    const before = text.slice(Math.max(sentence.start, start - 12), start);
    const after = text.slice(end, Math.min(sentence.end, end + 13));
    if (!phrases.PRONOUN_MAN_BEFORE.test(before) && !phrases.PRONOUN_MAN_AFTER.test(after)) return true;
  }
  return phrases.MEN_IN_CONTEXT.test(sentence.text);
}
