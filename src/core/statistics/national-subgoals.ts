import type { LocalisedText } from "../checklists/checklist-definition.js";

/**
 * The six national gender-equality sub-goals (reference/national-goals.json) with the
 * questions an analysis of a difference touching each should answer, and the other dimensions
 * an analysis should remember besides sex. Data, not code: the analysis form and the API read
 * them from here. (`analysis/subgoals.ts` recognises the same sub-goals in case texts.)
 */

export interface NationalSubgoal {
  /** 1–6, as the Government numbers them. */
  readonly no: number;
  readonly title: LocalisedText;
  /** Two or three questions to answer when an analysis touches the sub-goal. */
  readonly questions: readonly LocalisedText[];
}

export const NATIONAL_SUBGOALS: readonly NationalSubgoal[] = [
  {
    no: 1,
    title: { sv: "En jämn fördelning av makt och inflytande", en: "Equal distribution of power and influence" },
    questions: [
      {
        sv: "Vem fattar besluten som ligger bakom skillnaden, och hur många kvinnor och män finns där besluten fattas?",
        en: "Who takes the decisions behind the difference, and how many women and men are there where they are taken?",
      },
      {
        sv: "Vilka kvinnor och män är representerade i råd, dialoger och brukarundersökningar, och vems röst saknas?",
        en: "Which women and men are represented in councils, dialogues and user surveys, and whose voice is missing?",
      },
      {
        sv: "Har kvinnor och män samma möjlighet att påverka hur verksamheten utformas?",
        en: "Do women and men have the same opportunity to influence how the service is designed?",
      },
    ],
  },
  {
    no: 2,
    title: { sv: "Ekonomisk jämställdhet", en: "Economic equality" },
    questions: [
      {
        sv: "Hur fördelas pengar, tid och insatser mellan kvinnor och män, till exempel kostnad per patient eller brukare?",
        en: "How are money, time and services distributed between women and men, for example cost per patient or user?",
      },
      {
        sv: "Påverkar skillnaden kvinnors och mäns möjlighet till arbete, inkomst och ekonomisk självständighet?",
        en: "Does the difference affect women's and men's chances of work, income and economic independence?",
      },
    ],
  },
  {
    no: 3,
    title: { sv: "Jämställd utbildning", en: "Gender-equal education" },
    questions: [
      {
        sv: "Har flickor och pojkar, kvinnor och män samma möjligheter och villkor i utbildningen?",
        en: "Do girls and boys, women and men have the same opportunities and conditions in education?",
      },
      {
        sv: "Styr normer om kön val av utbildning, yrke eller insats?",
        en: "Do norms about sex steer choices of education, occupation or service?",
      },
    ],
  },
  {
    no: 4,
    title: {
      sv: "Jämn fördelning av det obetalda hem- och omsorgsarbetet",
      en: "Equal distribution of unpaid housework and care",
    },
    questions: [
      {
        sv: "Bygger verksamheten på att anhöriga, oftast kvinnor, tar hand om omsorg som inte ges?",
        en: "Does the service rely on relatives, most often women, to provide care that it does not give?",
      },
      {
        sv: "Hur påverkar skillnaden kvinnors och mäns tid för arbete, vila och omsorg om barn och närstående?",
        en: "How does the difference affect women's and men's time for work, rest and caring for children and relatives?",
      },
    ],
  },
  {
    no: 5,
    title: { sv: "Jämställd hälsa", en: "Gender-equal health" },
    questions: [
      {
        sv: "Får kvinnor och män med samma behov samma vård, bemötande och resultat?",
        en: "Do women and men with the same needs get the same care, treatment and outcomes?",
      },
      {
        sv: "Beror skillnaden på olika behov, eller på att kunskap, riktlinjer och metoder utgår från det ena könet?",
        en: "Is the difference due to different needs, or to knowledge, guidelines and methods built on one sex?",
      },
      {
        sv: "Hur skiljer sig hälsan mellan grupper av kvinnor och av män (ålder, bostadsort, utbildning)?",
        en: "How does health differ between groups of women and of men (age, place of residence, education)?",
      },
    ],
  },
  {
    no: 6,
    title: { sv: "Mäns våld mot kvinnor ska upphöra", en: "Men's violence against women must stop" },
    questions: [
      {
        sv: "Kan skillnaden hänga samman med våld i nära relationer, och frågar verksamheten rutinmässigt om våld?",
        en: "Could the difference be linked to violence in close relationships, and does the service routinely ask about violence?",
      },
      {
        sv: "Får kvinnor och barn som utsatts för våld stöd i tid, och arbetar verksamheten med män som utövar våld?",
        en: "Do women and children subjected to violence get support in time, and does the service work with men who use violence?",
      },
    ],
  },
];

/** Other dimensions than sex that an analysis should remember (intersectionality). */
export const ANALYSIS_DIMENSIONS = [
  "age",
  "geography",
  "socioeconomic",
  "disability",
  "ethnicity",
  "childPerspective",
] as const;
export type AnalysisDimension = (typeof ANALYSIS_DIMENSIONS)[number];

export const ANALYSIS_DIMENSION_LABELS: Readonly<Record<AnalysisDimension, LocalisedText>> = {
  age: { sv: "Ålder", en: "Age" },
  geography: { sv: "Geografi (stad och landsbygd, kommun)", en: "Geography (town and countryside, municipality)" },
  socioeconomic: { sv: "Socioekonomisk ställning", en: "Socio-economic position" },
  disability: { sv: "Funktionsnedsättning", en: "Disability" },
  ethnicity: { sv: "Etnicitet och födelseland", en: "Ethnicity and country of birth" },
  childPerspective: { sv: "Barnperspektivet (flickor och pojkar)", en: "The child perspective (girls and boys)" },
};

/** True for 1–6. */
export function isNationalSubgoal(no: number): boolean {
  return NATIONAL_SUBGOALS.some((goal) => goal.no === no);
}
