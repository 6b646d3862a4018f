import type { differences as sv } from "../sv/differences.js";
import type { Translation } from "../translation.js";

/** Texts of the follow-up of differences between women and men. */
export const differences: Translation<typeof sv> = {
  errors: {
    staleDifference:
      "Somebody else saved the analysis of this difference in the meantime. Your change was not saved – reload the difference and make your change again.",
    staleMeasure:
      "Somebody else changed the measure in the meantime. Your change was not saved – reload the difference and make your change again.",
    judgmentReasonRequired: "Give a reason for the judgment: say why the difference is justified or unjustified.",
    unknownSubgoal: "There is no national gender-equality sub-goal {{no}}. The sub-goals are numbered 1–6.",
    unknownDimension: "“{{key}}” is not one of the dimensions an analysis can consider.",
    emptyMeasureDescription: "Describe what is to be done.",
    emptyMeasureOwner: "Say who is responsible for the measure.",
  },
  statuses: {
    to_analyse: "To be analysed",
    justified: "Justified",
    measure_needed: "Measure missing",
    measure_open: "Measure in progress",
    overdue: "Measure overdue",
    done: "Dealt with",
  },
  judgments: {
    justified: "Justified",
    unjustified: "Unjustified",
  },
  measureStatuses: {
    planned: "Planned",
    in_progress: "In progress",
    done: "Done",
  },
  clear: {
    yes: "Yes",
    no: "No",
    untestable: "Cannot be tested",
  },
  flagged: {
    yes: "Flagged",
    no: "No longer flagged",
  },
  report: {
    fileName: "follow-up-differences",
    summarySheet: "Per department",
    differencesSheet: "Differences",
    methodsSheet: "Methods",
    noDepartment: "No department",
    period: "Period",
    department: "Department",
    total: "Total",
    indicator: "Indicator",
    area: "Area",
    ageBand: "Age band",
    otherGroups: "Other breakdowns",
    women: "Women",
    men: "Men",
    difference: "Difference (women − men)",
    unit: "Unit",
    lower: "Confidence interval, lower",
    upper: "Confidence interval, upper",
    clear: "Statistically clear",
    flagged: "Flag",
    status: "Status",
    judgment: "Judgment",
    judgmentReason: "Reason",
    measures: "Measures",
    measure: "{{description}} (owner: {{owner}}, due {{dueDate}}, {{status}})",
    percentagePoints: "percentage points",
    methods: {
      title: "Follow-up of differences between women and men",
      period: "Period: {{period}}.",
      legalSex: "Sex is legal sex, as in official statistics.",
      thresholds:
        "A difference is flagged when it is at least {{points}} percentage points (shares) or at least {{percent}} % of the larger figure (other measures), and statistically clear.",
      clear:
        "Statistically clear: the 95 % confidence interval of the difference excludes 0 (Wilson/Newcombe for shares, Welch t for means, Poisson for counts and rates). Figures without counts behind them cannot be tested and are flagged when the difference is beyond the threshold.",
      suppression: "Figures resting on fewer than {{minCell}} individuals are never flagged nor shown.",
      generated: "Produced {{date}} in Jämt.",
    },
  },
};
