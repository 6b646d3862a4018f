import { classBit, type Words, wordEnd, wordHas, wordStart } from "./lexicon.js";
import { type NormalisedText, originalEnd, originalStart } from "./normalise-text.js";
import type { NeutralTerm } from "./types.js";

/** After "alla": a verb or preposition, so "alla" stands for people ("alla behandlas lika", "alla i länet"). */
const ALLA_AS_PEOPLE =
  /^(?:[.,;:!?)]|$|(?:behandlas|ska|skall|har|far|kan|omfattas|berors|paverkas|gynnas|ar|blir|som|oavsett|erbjuds|behover|vill|i|inom|pa|med|utan)\b)/;
/** A sex word right next to a group word qualifies it ("kvinnliga patienter", "alla kvinnor", "patienter, kvinnor och män"). */
const SEX_BEFORE = /\b(?:kvinn\w*|flick\w*|pojk\w*|man|mannen|manlig\w*)\W+(?:\w+\W+){0,2}$/;
const SEX_AFTER = /^\W+(?:\w+\W+){0,1}(?:kvinn\w*|flick\w*|pojk\w*|man|mannen|manlig\w*)\b/;
const WINDOW = 40;
const GROUP_WORD = classBit("groupWord");

/**
 * Every neutral group word (lexicon.ts: groupWord; "alla" only where it stands for people),
 * with its offsets [start, end) in the ORIGINAL text (the editor highlights them there), in
 * order. A word qualified by sex close by is not reported.
 */
export function neutralTerms(words: Words, normalised: NormalisedText, original: string): NeutralTerm[] {
  const text = normalised.text;
  const terms: NeutralTerm[] = [];
  for (let word = 0; word < words.count; word++) {
    if (!wordHas(words, word, GROUP_WORD)) continue;
    const at = wordStart(words, word);
    const end = wordEnd(words, word);
    const after = text.slice(end, end + WINDOW);
    if (end - at === 4 && text.startsWith("alla", at)) {
      const next = after.replace(/^ /, "");
      if (!ALLA_AS_PEOPLE.test(next) || /^(?:kvinn|flick|pojk|man\b|manlig)/.test(next)) continue;
    }
    if (SEX_BEFORE.test(text.slice(Math.max(0, at - WINDOW), at)) || SEX_AFTER.test(after)) continue;
    const start = originalStart(normalised, at);
    const stop = originalEnd(normalised, original, end - 1);
    terms.push({ term: original.slice(start, stop), start, end: stop });
  }
  return terms;
}
