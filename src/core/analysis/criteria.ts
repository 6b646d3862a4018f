import type { StatedConclusion } from "./conclusion.js";
import type { SentenceFacts } from "./sentence-facts.js";
import type { SubgoalReferences } from "./subgoals.js";
import type { CriterionId } from "./types.js";

/** How far a criterion is met: met, partly (something is there, not enough), or not at all. */
export interface CriterionFinding {
  readonly met: boolean;
  readonly partly: boolean;
  /** The sentences that show it, in text order, at most MAX_EVIDENCE. */
  readonly evidence: readonly SentenceFacts[];
}

export const MAX_EVIDENCE = 3;

type Facts = readonly SentenceFacts[];

interface Context {
  readonly facts: Facts;
  readonly conclusion: StatedConclusion;
  readonly subgoals: SubgoalReferences;
}

const sex = (f: SentenceFacts): boolean => f.women || f.men;

/**
 * A finding with its evidence: sentences taken from the groups in the order given (the
 * strongest evidence first), at most MAX_EVIDENCE, then put back in text order.
 */
function finding(met: boolean, ...groups: Facts[]): CriterionFinding {
  const evidence: SentenceFacts[] = [];
  for (const group of groups) {
    for (const fact of group) {
      if (evidence.length === MAX_EVIDENCE) break;
      if (!evidence.includes(fact)) evidence.push(fact);
    }
  }
  if (evidence.length > 1) evidence.sort((a, b) => a.sentence.index - b.sentence.index);
  return { met, partly: !met && evidence.length > 0, evidence };
}

/** The sentence right after `fact`, if any. */
function next(facts: Facts, fact: SentenceFacts): SentenceFacts | undefined {
  return facts[fact.sentence.index + 1];
}

/**
 * The rules, one per criterion. Each needs content, not a keyword: a figure together with
 * women or men, an effect together with women and with men, a measure tied to a difference.
 * The same rules are explained in plain words in the catalogues (analysis.criteria.*.meaning).
 */
const RULES: Readonly<Record<CriterionId, (context: Context) => CriterionFinding>> = {
  // Decided explicitly: relevant, or not relevant with a written reason.
  relevance: ({ facts }) => {
    const relevant = facts.filter((f) => f.relevant);
    const reasoned = facts.filter((f) => f.notRelevant && (f.reason || next(facts, f)?.reason === true));
    const unreasoned = facts.filter((f) => f.notRelevant);
    return finding(relevant.length > 0 || reasoned.length > 0, relevant, reasoned, unreasoned);
  },

  // Women (girls) and men (boys) are both named.
  affectedGroups: ({ facts }) => {
    const both = facts.filter((f) => f.women && f.men);
    const women = facts.filter((f) => f.women);
    const men = facts.filter((f) => f.men);
    return finding(women.length > 0 && men.length > 0, both, women.slice(0, 1), men.slice(0, 1));
  },

  // A figure for women or men with a source or year; or missing data acknowledged with a plan.
  statistics: ({ facts }) => {
    const bySex = facts.filter((f) => f.figure && (sex(f) || f.bySex));
    const sourced = facts.some((f) => f.source) || bySex.some((f) => f.year);
    const plan = facts.filter((f) => f.missingData && (f.dataPlan || next(facts, f)?.dataPlan === true));
    const figuresWithoutSex = facts.filter((f) => f.figure && f.source);
    const missing = facts.filter((f) => f.missingData);
    return finding((bySex.length > 0 && sourced) || plan.length > 0, bySex, plan, figuresWithoutSex, missing);
  },

  // An effect for women and for men, and what happens without a decision (not needed when nothing changes).
  consequences: ({ facts, conclusion }) => {
    const women = facts.filter((f) => f.women && f.effect);
    const men = facts.filter((f) => f.men && f.effect);
    const zero = facts.filter((f) => f.zeroAlternative);
    const zeroNeeded = conclusion.conclusion !== "neutral";
    const met = women.length > 0 && men.length > 0 && (zero.length > 0 || !zeroNeeded);
    return finding(met, women.slice(0, 1), men.slice(0, 1), zero.slice(0, 1));
  },

  // How money, time, space or services are shared between women and men.
  resources: ({ facts }) => {
    const shared = facts.filter((f) => f.resource && sex(f) && f.distribution);
    return finding(
      shared.length > 0,
      shared,
      facts.filter((f) => f.resource && sex(f)),
    );
  },

  // Who takes part and decides, women and men.
  representation: ({ facts }) => {
    const present = facts.filter((f) => f.representation && (sex(f) || f.bySex));
    return finding(present.length > 0, present);
  },

  // Norms or structures behind a difference, and whether the difference is justified.
  norms: ({ facts }) => {
    const norms = facts.filter((f) => f.norms && (sex(f) || f.difference));
    const justified = facts.filter((f) => f.justification && (f.difference || sex(f)));
    return finding(norms.length > 0 && justified.length > 0, norms, justified);
  },

  // Another factor (age, geography, …) together with sex, or the child perspective assessed.
  intersectionality: ({ facts }) => {
    const together = facts.filter((f) => f.otherFactors && sex(f));
    const named = facts.filter((f) => f.intersectional || (f.childPerspective && (sex(f) || f.effect)));
    return finding(
      together.length > 0 || named.length > 0,
      together,
      named,
      facts.filter((f) => f.otherFactors),
    );
  },

  // A national sub-goal, or a goal of the organisation linked to gender equality or to women and men.
  goals: ({ facts, subgoals }) => {
    const linked = facts.filter((f) => f.goal && f.goalLink && (f.genderEquality || sex(f)));
    return finding(subgoals.subgoals.length > 0 || linked.length > 0, subgoals.sentences, linked);
  },

  // A stated conclusion with its reasons; "no impact" needs a reason of its own.
  conclusion: ({ facts, conclusion }) => {
    if (!conclusion.conclusion) return finding(false);
    const stated = conclusion.sentences;
    const reasoned = stated.filter((f) => f.reason || next(facts, f)?.reason === true);
    const reasonsAboutPeople = facts.filter((f) => f.reason && sex(f));
    const effectsDescribed = facts.some((f) => f.women && f.effect) && facts.some((f) => f.men && f.effect);
    const met =
      reasoned.length > 0 || reasonsAboutPeople.length > 0 || (conclusion.conclusion !== "neutral" && effectsDescribed);
    return finding(met, stated, reasoned);
  },

  // A measure or alternative tied to women and men, a difference or a negative effect.
  measures: ({ facts }) => {
    const tied = facts.filter((f) => f.measure && (sex(f) || f.difference || f.negative));
    return finding(
      tied.length > 0,
      tied,
      facts.filter((f) => f.measure),
    );
  },

  // Follow-up by sex, with when or to whom.
  followUp: ({ facts }) => {
    const planned = facts.filter((f) => f.followUp && (f.bySex || (f.women && f.men)) && (f.when || f.toWhom));
    return finding(
      planned.length > 0,
      planned,
      facts.filter((f) => f.followUp),
    );
  },
};

/** Evaluates one criterion. */
export function evaluateCriterion(id: CriterionId, context: Context): CriterionFinding {
  return RULES[id](context);
}
