import type { SentenceFacts } from "./sentence-facts.js";

/**
 * The six national gender-equality sub-goals (reference/national-goals.json), as folded
 * patterns. A name counts anywhere ("ekonomisk jämställdhet", "jämställd hälsa", "mäns våld
 * mot kvinnor"); a short form ("makt och inflytande", "det obetalda hemarbetet") only in a
 * sentence that speaks of goals. "delmål 5", "delmålen 2 och 5", "delmål 1–3" count by number.
 */
const NAMES: readonly { readonly no: number; readonly full: RegExp; readonly short: RegExp }[] = [
  { no: 1, full: /\bjamn fordelning av makt och inflytande\b/, short: /\bmakt och inflytande\b/ },
  { no: 2, full: /\bekonomisk jamstalldhet\b/, short: /\bekonomisk jamstalldhet\b/ },
  { no: 3, full: /\bjamstalld utbildning\b/, short: /\bjamstalld utbildning\b/ },
  {
    no: 4,
    full: /\bjamn fordelning av det obetalda hem-? ?(?:och )?omsorgsarbetet\b/,
    short: /\bobetalda (?:hem|omsorgs)\w*/,
  },
  { no: 5, full: /\bjamstalld halsa\b/, short: /\bjamstalld halsa\b/ },
  { no: 6, full: /\bmans vald mot kvinnor\b/, short: /\b(?:mans vald mot kvinnor|vald i nara relation\w*)\b/ },
];

const BY_NUMBER =
  /\b(?:delmal\w*|jamstalldhetspolitiska mal\w*)\s*(?:nr\.?\s*)?(\d(?:\s*(?:,|och|samt|&|-|till)\s*\d)*)/g;
const SPEAKS_OF_GOALS = /\b(?:delmal\w*|mal|malen|malet|jamstalldhetspolitisk\w*|jamstalldhetsmal\w*)\b/;

export interface SubgoalReferences {
  /** Sub-goal numbers 1–6, ascending, without repeats. */
  readonly subgoals: readonly number[];
  readonly sentences: readonly SentenceFacts[];
}

/** The national sub-goals the sentences refer to, by name or by number. */
export function subgoalReferences(facts: readonly SentenceFacts[]): SubgoalReferences {
  const found = new Set<number>();
  const sentences: SentenceFacts[] = [];
  for (const fact of facts) {
    if (!fact.subgoalCue) continue;
    const text = fact.sentence.text;
    const before = found.size;
    let referred = false;
    const speaksOfGoals = SPEAKS_OF_GOALS.test(text);
    for (const name of NAMES) {
      if (name.full.test(text) || (speaksOfGoals && name.short.test(text))) {
        found.add(name.no);
        referred = true;
      }
    }
    if (speaksOfGoals) {
      BY_NUMBER.lastIndex = 0;
      for (let match = BY_NUMBER.exec(text); match; match = BY_NUMBER.exec(text)) {
        for (const no of numbersIn(match[1] ?? "")) found.add(no);
        referred = true;
      }
    }
    if (referred || found.size > before) sentences.push(fact);
  }
  return { subgoals: [...found].sort((a, b) => a - b), sentences };
}

/** "2, 4 och 5" → 2, 4, 5; "1-3" → 1, 2, 3; only 1–6. */
function numbersIn(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(/\s*(?:,|och|samt|&)\s*/)) {
    const range = /^(\d)\s*(?:-|till)\s*(\d)$/.exec(part);
    if (range) {
      for (let no = Number(range[1]); no <= Number(range[2]); no++) numbers.push(no);
    } else if (/^\d$/.test(part)) numbers.push(Number(part));
  }
  return numbers.filter((no) => no >= 1 && no <= 6);
}
