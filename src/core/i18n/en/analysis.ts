import type { analysis as sv } from "../sv/analysis.js";
import type { Translation } from "../translation.js";

export const analysis: Translation<typeof sv> = {
  title: "How Jämt assesses the gender impact analysis",
  intro:
    "Every case that goes to the committee or board must analyse how the proposal affects women and men, girls and boys. Jämt reads the section “Beslutsförslagets påverkan avseende jämställdhet” (the proposal's impact on gender equality) and shows what is there and what is missing. The criteria follow SKR's checklist for gender-equal decisions, the 4R method and EIGE's gender impact assessment.",
  criteria: {
    relevance: {
      name: "Relevance",
      question: "Have you decided whether the proposal affects women and men, girls and boys – and written down why?",
      meaning:
        "The analysis must state explicitly whether the proposal is relevant to gender equality. “Not relevant” is an acceptable assessment, but only with a reason that someone else can check.",
      example:
        "The proposal is relevant to gender equality because women and men use the health centre's evening clinic to different extents.",
      adviceMissing:
        "State explicitly whether the proposal affects women and men, girls and boys. If you judge that it does not, say why.",
      advicePartly:
        "You write that the proposal does not affect gender equality, but not why. Add the reason: who is affected and why the proposal does not differ for women and men.",
      adviceMet: "Relevance has been assessed. Make sure the rest of the analysis supports the assessment.",
    },
    affectedGroups: {
      name: "Women and men affected",
      question: "Which women and men, girls and boys does the proposal affect, and what is its purpose?",
      meaning:
        "Name women and men, girls and boys instead of gender-neutral words such as “everyone”, “residents”, “patients” or “staff”. Neutral words hide whether the proposal affects women and men differently.",
      example:
        "The proposal affects the women and men in the Kvarnbacken catchment area who seek care on weekday evenings, and its purpose is to give them care close to home.",
      adviceMissing:
        "Say which women and men, girls and boys are affected. Replace words such as “everyone”, “residents” and “patients” with women and men – they are highlighted in the text.",
      advicePartly: "Only one sex is mentioned. Also describe how the proposal affects the other.",
      adviceMet:
        "Both women and men are mentioned. Look at the highlighted neutral words: could they be replaced with women and men?",
    },
    statistics: {
      name: "Sex-disaggregated statistics",
      question:
        "What do statistics broken down by sex say about the people affected? If there are none: why not, and how will they be obtained?",
      meaning:
        "The analysis should rest on figures for women and men, with a source or year, so that it can be checked. If there are no statistics, it is enough to say so, provided you also say how they will be obtained.",
      example:
        "According to the health centre's visit statistics for 2023, 61 per cent of evening visits were made by women and 39 per cent by men.",
      adviceMissing:
        "Give statistics for women and men with a source or year – for example from your own systems, Kolada or Statistics Sweden. If there are none, say so and how they will be obtained.",
      advicePartly:
        "Something is missing: figures for women and men, a source or a year, or how missing statistics will be obtained.",
      adviceMet:
        "The statistics are broken down by sex and have a source. Consider explaining what the figures mean for the proposal.",
    },
    consequences: {
      name: "Consequences for women and men",
      question: "What happens to women and to men if the proposal is carried out – and if it is not?",
      meaning:
        "Describe how the proposal affects women and how it affects men: positively, negatively or not at all. Also describe the zero option, that is, what happens without a decision. The zero option is not needed when the conclusion is that nothing changes.",
      example:
        "Women, who make most evening visits, get shorter waiting times. Men, who more often refrain from seeking care, get a better chance to come after working hours. Without a decision, women will continue to take time off work to reach the health centre.",
      adviceMissing:
        "Describe the consequences for women and for men separately, and what happens if the proposal is not carried out (the zero option).",
      advicePartly:
        "The consequences are described for only one sex, or the zero option is missing. Add what is missing so that women, men and the situation without a decision are all covered.",
      adviceMet: "The consequences for women and men are described. Consider saying how large they are.",
    },
    resources: {
      name: "Resources",
      question: "How are money, time, space and services distributed between women and men?",
      meaning:
        "The second question of the 4R method. Describe how the proposal's resources – money, staff time, premises, places, care and services – are distributed between women and men.",
      example:
        "The evening clinic costs 1.2 million kronor a year, and with today's pattern of visits about 60 per cent of doctors' time goes to women.",
      adviceMissing:
        "Describe how the proposal's resources – money, time, premises, services – are distributed between women and men.",
      advicePartly:
        "Resources and sex are both mentioned, but not how the resources are distributed. Say who gets what, preferably in figures.",
      adviceMet: "The distribution of resources between women and men is described.",
    },
    representation: {
      name: "Representation and influence",
      question:
        "Which women and men take part, have influence and decide – in the work on the proposal and in the service it concerns?",
      meaning:
        "The first question of the 4R method. Describe how women and men are represented among those who prepare, decide on or influence the proposal, for example in working groups, patient councils and consultations.",
      example:
        "The working group consisted of four women and three men, and equal numbers of women and men took part in the patient council's consultation meeting.",
      adviceMissing:
        "Describe how women and men are represented and have influence, for example in the working group or in consultations with those affected.",
      advicePartly: "Representation is mentioned. Also say how it is divided between women and men.",
      adviceMet: "Representation and influence are described.",
    },
    norms: {
      name: "Norms and justified differences",
      question:
        "Which norms and structures explain the differences between women and men, and are the differences justified?",
      meaning:
        "The third question of the 4R method, “realia”: why are things the way they are? Describe the norms and expectations that shape women's and men's needs and choices, and judge whether a difference is justified (for example medically) or unjustified.",
      example:
        "Norms that men should manage on their own lead men to seek care later than women. The difference in the number of visits is therefore not medically justified.",
      adviceMissing:
        "Describe the norms and structures that explain the differences, and whether the differences are justified or unjustified.",
      advicePartly:
        "Describe both what explains the differences (norms, structures) and whether the differences are justified.",
      adviceMet: "Norms and differences have been analysed.",
    },
    intersectionality: {
      name: "Factors other than sex",
      question:
        "How does sex interact with age, geography, income, disability and country of birth – and how are girls and boys affected?",
      meaning:
        "Women and men are not uniform groups. Describe how other factors interact with sex, for example age, living inland or on the coast, income or disability. Where children are affected, include the child perspective.",
      example:
        "Older women in the inland villages, who more often have no car, will have the longest journey to the evening clinic.",
      adviceMissing:
        "Describe how sex interacts with other factors such as age, geography and income. If children are affected, say how girls and boys are affected.",
      advicePartly:
        "Other factors are mentioned. Connect them to sex: how does it differ for women and men, girls and boys?",
      adviceMet: "Other factors are analysed together with sex.",
    },
    goals: {
      name: "Goals",
      question:
        "Which of the organisation's goals and which of the national gender-equality sub-goals does the proposal concern?",
      meaning:
        "Link the proposal to the organisation's goals or to one of the six national gender-equality sub-goals: power and influence, economic equality, gender-equal education, unpaid housework and care, gender-equal health, and ending men's violence against women.",
      example:
        "The proposal contributes to sub-goal 5, gender-equal health, and to the region's goal of equal and gender-equal care.",
      adviceMissing:
        "Say which goals the proposal concerns: the organisation's own goals and the national gender-equality sub-goals 1–6.",
      advicePartly:
        "Goals are mentioned, but not how the proposal relates to them. Say how the proposal contributes to the goals.",
      adviceMet: "The link to goals has been made.",
    },
    conclusion: {
      name: "Conclusion",
      question: "Is the impact on gender equality positive, negative, neutral or mixed – and why?",
      meaning:
        "End with an overall assessment and the reasons for it. “No impact” is an acceptable conclusion when you say who is affected and why the proposal does not differ for women and men.",
      example:
        "Overall, the proposal is judged to have a positive impact on gender equality because it reduces the difference in access to care between women and men.",
      adviceMissing: "Write an overall conclusion: is the impact positive, negative, neutral or mixed? Also say why.",
      advicePartly: "There is a conclusion but no reasons for it. Say why you reach it, preferably with facts.",
      adviceMet: "The conclusion is clear and reasoned.",
    },
    measures: {
      name: "Measures and alternatives",
      question:
        "Which measures are needed for unjustified differences, and are there alternatives where the effect is negative?",
      meaning:
        "The fourth question of the 4R method, “realise”: what needs to change? Propose measures that reduce unjustified differences between women and men, and alternatives where the proposal has negative effects for a group.",
      example:
        "To reach more men, the health centre will offer evening drop-in hours and give information at workplaces with many male employees.",
      adviceMissing:
        "Propose measures for unjustified differences, and alternatives where the proposal has negative effects for women or men.",
      advicePartly:
        "Measures are mentioned, but not which differences they should reduce. Connect them to women and men.",
      adviceMet: "Measures have been proposed.",
    },
    followUp: {
      name: "Follow-up",
      question:
        "How and when will the effects for women and men be followed up, and to whom will the results be reported?",
      meaning:
        "Decide how the outcome will be followed up: which indicators, broken down by sex, when, and to which committee or board the results are reported.",
      example:
        "The number of evening visits will be followed up by sex after one year and reported back to the health and medical care committee in the interim report.",
      adviceMissing:
        "Plan the follow-up: which indicators broken down by sex, when, and to whom the results are reported.",
      advicePartly:
        "Follow-up is mentioned. Also say that it covers women and men, and when or to whom it is reported.",
      adviceMet: "The follow-up is planned.",
    },
  },
  verdicts: {
    missing: "Missing",
    insufficient: "Insufficient",
    adequate: "Adequate",
    good: "Good",
  },
  verdictMeanings: {
    missing: "The case has no section on the impact on gender equality, or the section is empty.",
    insufficient:
      "The section exists but does not answer the core questions: relevance, which women and men are affected, the consequences and the conclusion.",
    adequate:
      "The core questions are answered. The analysis can be strengthened with statistics, the 4R questions, goals, measures and follow-up.",
    good: "A complete analysis: the core questions, sex-disaggregated statistics and most other criteria are covered.",
  },
  conclusions: {
    positive: "Positive impact",
    negative: "Negative impact",
    neutral: "No impact",
    mixed: "Mixed impact",
  },
  subgoals: {
    subgoal1: "Sub-goal 1: Equal distribution of power and influence",
    subgoal2: "Sub-goal 2: Economic equality",
    subgoal3: "Sub-goal 3: Gender-equal education",
    subgoal4: "Sub-goal 4: Equal distribution of unpaid housework and care",
    subgoal5: "Sub-goal 5: Gender-equal health",
    subgoal6: "Sub-goal 6: Men's violence against women must stop",
  },
  scoring:
    "Jämt reads only the text under the heading “Beslutsförslagets påverkan avseende jämställdhet” or an equivalent heading such as “Jämställdhetsanalys”. Text in other parts of the case does not count, however much it is about gender equality. The text is split into sentences, and for each criterion Jämt looks for sentences with particular content – for example a figure together with women or men, not just a single word. Those sentences are shown as evidence. Each criterion that is met gives points, at most 100 in total: relevance 8, women and men affected 12, sex-disaggregated statistics 12, consequences for women and men 14, resources 6, representation and influence 6, norms and justified differences 6, factors other than sex 6, goals 6, conclusion 10, measures and alternatives 7 and follow-up 7. A criterion that is only partly met gives no points, but advice of its own. The verdict is “missing” if the section does not exist or is empty, and “insufficient” if any of the four core criteria is not met: relevance, women and men affected, consequences for women and men, and conclusion. It is “good” if the core criteria and sex-disaggregated statistics are met and the score is at least 75, otherwise “adequate”. The verdict is an aid, not an answer key: it is based on what the text contains, not on whether the content is correct, and it does not replace the reviewer's judgement.",
  guidingQuestions: {
    title: "Questions to start from",
    problem: "What is the problem?",
    goalsAndMethods: "What could the goals and methods be?",
    who: "Who is affected? Which women and men, girls and boys?",
    statistics: "What do statistics broken down by sex say? If there are none: why not, and how will they be obtained?",
    representation: "Representation: How many women and men take part, have influence and decide?",
    resources: "Resources: How are money, time, space and services distributed between women and men?",
    realia: "Realia: Why are things this way? Which norms and values shape them?",
    realisera: "Realise: What needs to change, and which goals and measures will meet women's and men's needs equally?",
    subgoals: "Which of the six national gender-equality sub-goals are concerned?",
    conclusion: "What is the conclusion – positive, negative, neutral or mixed impact – and why?",
    followUp: "How will the effects for women and men be followed up, when and to whom?",
  },
};
