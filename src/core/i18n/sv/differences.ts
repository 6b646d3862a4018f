/**
 * Texts of the follow-up of differences between women and men: why a save was refused, the
 * statuses, and the follow-up report as a file. Swedish is the source catalogue.
 */
export const differences = {
  errors: {
    staleDifference:
      "Någon annan har sparat analysen av skillnaden under tiden. Din ändring sparades inte – läs in skillnaden på nytt och gör om din ändring.",
    staleMeasure:
      "Någon annan har ändrat åtgärden under tiden. Din ändring sparades inte – läs in skillnaden på nytt och gör om din ändring.",
    judgmentReasonRequired: "Motivera bedömningen: skriv varför skillnaden är motiverad eller omotiverad.",
    unknownSubgoal: "Det finns inget jämställdhetspolitiskt delmål {{no}}. Delmålen är numrerade 1–6.",
    unknownDimension: "”{{key}}” är ingen av de dimensioner analysen kan ta hänsyn till.",
    emptyMeasureDescription: "Beskriv vad som ska göras.",
    emptyMeasureOwner: "Ange vem som ansvarar för åtgärden.",
  },
  statuses: {
    to_analyse: "Ska analyseras",
    justified: "Motiverad",
    measure_needed: "Åtgärd saknas",
    measure_open: "Åtgärd pågår",
    overdue: "Åtgärd försenad",
    done: "Åtgärdad",
  },
  judgments: {
    justified: "Motiverad",
    unjustified: "Omotiverad",
  },
  measureStatuses: {
    planned: "Planerad",
    in_progress: "Pågår",
    done: "Klar",
  },
  clear: {
    yes: "Ja",
    no: "Nej",
    untestable: "Kan inte prövas",
  },
  flagged: {
    yes: "Flaggad",
    no: "Inte längre flaggad",
  },
  /** The follow-up report as XLSX and CSV. */
  report: {
    fileName: "uppfoljning-skillnader",
    summarySheet: "Per avdelning",
    differencesSheet: "Skillnader",
    methodsSheet: "Metod",
    noDepartment: "Ingen avdelning",
    period: "Period",
    department: "Avdelning",
    total: "Totalt",
    indicator: "Indikator",
    area: "Område",
    ageBand: "Åldersgrupp",
    otherGroups: "Övriga indelningar",
    women: "Kvinnor",
    men: "Män",
    difference: "Skillnad (kvinnor − män)",
    unit: "Enhet",
    lower: "Konfidensintervall, nedre",
    upper: "Konfidensintervall, övre",
    clear: "Statistiskt säker",
    flagged: "Flaggning",
    status: "Status",
    judgment: "Bedömning",
    judgmentReason: "Motivering",
    measures: "Åtgärder",
    measure: "{{description}} (ansvarig: {{owner}}, klart senast {{dueDate}}, {{status}})",
    percentagePoints: "procentenheter",
    methods: {
      title: "Uppföljning av skillnader mellan kvinnor och män",
      period: "Period: {{period}}.",
      legalSex: "Kön avser juridiskt kön, som i den officiella statistiken.",
      thresholds:
        "En skillnad flaggas när den är minst {{points}} procentenheter (andelar) eller minst {{percent}} % av det större värdet (övriga mått), och samtidigt statistiskt säker.",
      clear:
        "Statistiskt säker: 95 % konfidensintervall för skillnaden som inte innehåller 0 (Wilson/Newcombe för andelar, Welch t för medelvärden, Poisson för antal och kvoter). Värden utan antal bakom kan inte prövas och flaggas när skillnaden är över gränsen.",
      suppression: "Värden som bygger på färre än {{minCell}} individer flaggas aldrig och redovisas inte.",
      generated: "Framtagen {{date}} i Jämt.",
    },
  },
};
