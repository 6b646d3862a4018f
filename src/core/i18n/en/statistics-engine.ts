import type { statisticsEngine as sv } from "../sv/statistics-engine.js";
import type { Translation } from "../translation.js";

/** Texts of the analysis engine for individual-level files and of `jamt statistik`. */
export const statisticsEngine: Translation<typeof sv> = {
  failed: {
    notFound: "The file “{{file}}” does not exist.",
    unreadable: "The file “{{file}}” cannot be read as CSV or Parquet: {{detail}}",
    empty: "The file “{{file}}” has no rows.",
    missingColumn: "The file has no column “{{column}}”. Its columns are: {{columns}}.",
    noSexColumn:
      "The file does not give sex. Name the column of personal identity numbers (--pnr) or a column of sex (K/M, woman/man, 1/2). Its columns are: {{columns}}.",
    noAgeColumn:
      "Age bands need ages. Name the column of personal identity numbers (--pnr) or a column of ages. The file's columns are: {{columns}}.",
    notNumeric:
      "The column “{{column}}” holds values that are not numbers ({{count}}, the first on row {{row}}). Means need numbers; leave a cell empty where the value is missing.",
    noValidRows:
      "No row of the file could be used: {{invalid}} rows had an invalid personal identity number or no sex.",
    badReferenceDate: "The reference date “{{date}}” is not a date. Write it YYYY-MM-DD, for example 2025-12-31.",
    badMinCell: "The minimum cell size must be a whole number of 1 or more, not “{{value}}”.",
    ageBands: {
      empty: "Give age bands, for example 0-19,20-39,40-64,65-79,80+.",
      garbled: "Age band {{position}} (“{{part}}”) cannot be read. Write for example 20-39 or 80+.",
      reversed: "The age band “{{part}}” starts after it ends.",
      notFromZero: "The age bands must start at 0, but the first is “{{first}}”.",
      gap: "Ages are missing between “{{after}}” and “{{before}}”.",
      overlap: "The age bands “{{after}}” and “{{before}}” overlap.",
      openBandNotLast: "The open band “{{part}}” must come last.",
      noOpenEnd: "The last age band “{{last}}” must be open-ended, for example 80+.",
    },
  },
  methods: {
    title: "About the statistics",
    legalSex:
      "Sex is legal sex as registered in the population register (the second-to-last digit of the personal identity number). Some people do not identify with their legal sex.",
    referenceDate: "Age is completed years at the reference date {{date}}.",
    noReferenceDate: "Age is as given in the source.",
    suppression:
      "Cells with 1–{{largest}} individuals are not shown, nor are cells that would let a hidden cell be computed from the totals. Hidden values are marked {{mark}}, never 0.",
    intervals:
      "95 % confidence intervals: Wilson for proportions, t interval (Welch) for means, Poisson (Byar) for rates per 1,000 inhabitants. A difference is statistically clear when its interval does not contain 0.",
    sources: "Sources: {{sources}}.",
    generatedAt: "Produced {{time}}.",
  },
  cli: {
    unknownFormat: "There is no format “{{format}}”. Choose table, csv or json.",
    progress: "Analysing",
    invalidIdentity_one: "{{count}} row had an invalid personal identity number and was left out: row {{rows}}.",
    invalidIdentity_other: "{{count}} rows had an invalid personal identity number and were left out: rows {{rows}}.",
    invalidIdentityMore: "{{rows}} and {{more}} more",
    excludedRows_one: "{{count}} row had no sex or age and was left out.",
    excludedRows_other: "{{count}} rows had no sex or age and were left out.",
    analysedRows_one: "{{count}} row analysed.",
    analysedRows_other: "{{count}} rows analysed.",
    columns: {
      sex: "sex",
      n: "n",
      shareOfWomen: "share of women",
      mean: "mean",
      meanInterval: "95 % CI",
      median: "median",
      ratePerThousand: "per 1,000",
      gap: "gap W−M",
      gapInterval: "95 % CI",
      clear: "clear",
    },
    yes: "yes",
    no: "no",
    notTestable: "–",
    pointsUnit: "pp",
    unexpected: "The statistics could not be produced because of an unexpected error: {{detail}}",
  },
};
