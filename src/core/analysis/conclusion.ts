import type { SentenceFacts } from "./sentence-facts.js";
import type { Conclusion } from "./types.js";

const EQUALITY = String.raw`(?:jamstall\w*|jamlik\w*)`;

const POSITIVE = new RegExp(
  String.raw`\b(?:positiv\w*|gynnsam\w*|(?:forbattra\w*|oka\w*|framja\w*|stark\w*|bidra\w* till) (?:\w+ ){0,2}${EQUALITY}|okad ${EQUALITY}|minska\w* (?:\w+ ){0,2}skillnad\w*|utjamna\w*)`,
  "g",
);
const NEGATIVE = new RegExp(
  String.raw`\b(?:negativ\w*|ogynnsam\w*|(?:forsamra\w*|minska\w*|motverka\w*) (?:\w+ ){0,2}${EQUALITY}|minskad ${EQUALITY}|oka\w* (?:\w+ ){0,2}skillnad\w*|missgynna\w*)`,
  "g",
);
/** A statement is not counted when negated: "ingen negativ påverkan", "inte någon positiv effekt". */
const NEGATED_BEFORE = /\b(?:ingen|inga|inte|ej|icke|nagon|nagra|utan) (?:\w+ )?$/;
const NEGATION_REACH = 30;

/** Whether `text` has a match of the global `pattern` that is not negated just before it. */
function statesUnnegated(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, match.index - NEGATION_REACH), match.index))) {
      pattern.lastIndex = 0;
      return true;
    }
    pattern.lastIndex = match.index + 1; // a shorter statement may start inside a negated one
  }
  return false;
}

const NEUTRAL =
  /\b(?:ingen (?:\w+ )?(?:paverkan|betydelse|inverkan|effekt\w*|konsekvens\w*|skillnad)|inga (?:\w+ )?(?:konsekvenser|effekter|skillnader)|inte (?:\w+ ){0,3}(?:paverka\w*|betydelse|inverkan)|neutral\w*|(?:paverka\w*|beror\w*|berors) (?:\w+ ){0,5}(?:lika|pa samma satt)|pa samma satt|oforandrad\w*|oforandrat)\b/;
const MIXED =
  /\b(?:blandad\w*|bade positiv\w* och negativ\w*|bade negativ\w* och positiv\w*|delvis (?:positiv|negativ)\w*)\b/;

export interface StatedConclusion {
  readonly conclusion: Conclusion | null;
  /** The sentences that state it. */
  readonly sentences: readonly SentenceFacts[];
}

/**
 * The conclusion the text states. Sentences that state an assessment ("sammantaget",
 * "bedöms", "slutsats") are read first; only when none of them takes a position are the
 * other sentences read. Positive and negative together, or "blandad", make it mixed; a
 * positive or negative statement outweighs a neutral one ("ingen negativ påverkan, men
 * positiv för kvinnor" is positive).
 */
export function statedConclusion(facts: readonly SentenceFacts[]): StatedConclusion {
  const assessed = fromSentences(facts.filter((fact) => fact.conclusionMarker));
  return assessed.conclusion ? assessed : fromSentences(facts);
}

function fromSentences(facts: readonly SentenceFacts[]): StatedConclusion {
  let positive = false;
  let negative = false;
  let neutral = false;
  let mixed = false;
  const sentences: SentenceFacts[] = [];
  for (const fact of facts) {
    if (!fact.polarityCue) continue;
    const text = fact.sentence.text;
    const found = {
      mixed: MIXED.test(text),
      positive: statesUnnegated(POSITIVE, text),
      negative: statesUnnegated(NEGATIVE, text),
    };
    const isNeutral = !found.mixed && !found.positive && !found.negative && NEUTRAL.test(text);
    if (!found.mixed && !found.positive && !found.negative && !isNeutral) continue;
    mixed ||= found.mixed;
    positive ||= found.positive;
    negative ||= found.negative;
    neutral ||= isNeutral;
    sentences.push(fact);
  }
  const conclusion: Conclusion | null =
    mixed || (positive && negative)
      ? "mixed"
      : positive
        ? "positive"
        : negative
          ? "negative"
          : neutral
            ? "neutral"
            : null;
  return { conclusion, sentences };
}
