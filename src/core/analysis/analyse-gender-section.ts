import { DEFAULT_LOCALE, type Locale, type MessageKey } from "../i18n/index.js";
import { statedConclusion } from "./conclusion.js";
import { type CriterionFinding, evaluateCriterion } from "./criteria.js";
import { scanWords } from "./lexicon.js";
import { messageAt } from "./messages.js";
import { neutralTerms } from "./neutral-terms.js";
import { normaliseText, originalSlice } from "./normalise-text.js";
import { scoreOf, verdictOf } from "./scoring.js";
import { factsOf } from "./sentence-facts.js";
import { splitSentences } from "./sentences.js";
import { subgoalReferences } from "./subgoals.js";
import { CRITERION_IDS, type CriterionId, type CriterionResult, type GenderImpactAnalysis } from "./types.js";

export interface AnalysisOptions {
  /** The language of the advice; Swedish when left out. */
  readonly locale?: Locale;
}

/**
 * Analyses the text of the section "Beslutsförslagets påverkan avseende jämställdhet" as
 * typed in the editor. The section is present when it has non-whitespace text; its heading
 * is then null. Offsets (neutral terms) and quotes (evidence) refer to `sectionText` as given.
 * Pure and fast enough to run on every keystroke.
 */
export function analyseGenderSection(sectionText: string, options: AnalysisOptions = {}): GenderImpactAnalysis {
  return analyseSectionText(sectionText, null, options.locale ?? DEFAULT_LOCALE);
}

/** The analysis of a section's text, with the heading it was found under (null for structured input). */
export function analyseSectionText(text: string, heading: string | null, locale: Locale): GenderImpactAnalysis {
  if (!/\S/.test(text)) return missingSection(heading, locale);

  const normalised = normaliseText(text);
  const words = scanWords(normalised.text);
  const facts = factsOf(splitSentences(normalised, text), words, normalised, text);
  const context = { facts, conclusion: statedConclusion(facts), subgoals: subgoalReferences(facts) };
  const findings = new Map<CriterionId, CriterionFinding>(
    CRITERION_IDS.map((id) => [id, evaluateCriterion(id, context)]),
  );
  const met = new Set(CRITERION_IDS.filter((id) => findings.get(id)?.met));

  const criteria = CRITERION_IDS.map((id): CriterionResult => {
    const found = findings.get(id) ?? { met: false, partly: false, evidence: [] };
    const adviceKey = adviceKeyOf(id, found.met ? "met" : found.partly ? "partly" : "missing");
    return {
      id,
      met: found.met,
      evidence: found.evidence.map(({ sentence }) => originalSlice(text, normalised, sentence.start, sentence.end)),
      advice: messageAt(locale, adviceKey),
      adviceKey,
    };
  });

  return {
    genderSection: { present: true, heading, text },
    verdict: verdictOf(true, met),
    score: scoreOf(met),
    criteria,
    conclusion: context.conclusion.conclusion,
    subgoals: context.subgoals.subgoals,
    neutralTerms: neutralTerms(words, normalised, text),
  };
}

function missingSection(heading: string | null, locale: Locale): GenderImpactAnalysis {
  return {
    genderSection: { present: false, heading, text: "" },
    verdict: verdictOf(false, new Set()),
    score: 0,
    criteria: CRITERION_IDS.map((id) => {
      const adviceKey = adviceKeyOf(id, "missing");
      return { id, met: false, evidence: [], advice: messageAt(locale, adviceKey), adviceKey };
    }),
    conclusion: null,
    subgoals: [],
    neutralTerms: [],
  };
}

const ADVICE = { met: "adviceMet", partly: "advicePartly", missing: "adviceMissing" } as const;
type AdviceState = keyof typeof ADVICE;

/** The advice keys, made once: the same strings every time, cheap to look up and to memoise. */
const ADVICE_KEYS = new Map<CriterionId, Readonly<Record<AdviceState, MessageKey>>>(
  CRITERION_IDS.map((id) => [
    id,
    {
      met: `analysis.criteria.${id}.${ADVICE.met}`,
      partly: `analysis.criteria.${id}.${ADVICE.partly}`,
      missing: `analysis.criteria.${id}.${ADVICE.missing}`,
    },
  ]),
);

function adviceKeyOf(id: CriterionId, state: AdviceState): MessageKey {
  return (ADVICE_KEYS.get(id) as Readonly<Record<AdviceState, MessageKey>>)[state];
}
