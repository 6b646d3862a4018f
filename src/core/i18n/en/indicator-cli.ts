import type { indicatorCli as sv } from "../sv/indicator-cli.js";
import type { Translation } from "../translation.js";

/** Texts of `jamt indikatorer`: importing an aggregated indicator file from the command line. */
export const indicatorCli: Translation<typeof sv> = {
  usage:
    'Name the organisation with --org, for example: jamt indikatorer indicators.csv --org "Region Norrbotten (demo)". With --preview the file is shown and nothing is saved.',
  fileMissing: 'There is no file "{{file}}".',
  notAFile: '"{{file}}" is not a file.',
  unreadableFile: 'The file "{{file}}" cannot be read: {{reason}}.',
  unknownMeasure: "Unknown measure: {{measure}}. Choose share, rate, mean, count or value.",
  columnsOnlyForTables:
    'The column choices (--indicator, --period, --value …) apply only to CSV and Excel files. "{{file}}" is a saved answer from SCB or Kolada, whose fields are given.',
  fileNotRead: 'The file "{{file}}" could not be read as indicators. Nothing has been saved.',
  mappingProblems: 'The column choices do not fit the file "{{file}}". Nothing has been saved.',
  fileColumns: "The file's columns: {{columns}}.",
  quoted: '"{{name}}"',
  summary_one: "File: {{file}} ({{format}}), {{count}} row.",
  summary_other: "File: {{file}} ({{format}}), {{count}} rows.",
  formats: {
    csv: "CSV",
    xlsx: "Excel",
    scb: "saved answer from SCB",
    kolada: "saved answer from Kolada",
  },
  mappingHeading: "Columns used (guessed, with your choices):",
  noColumn: "–",
  fixedFields: "A saved answer from SCB or Kolada: the answer gives the fields.",
  firstRows_one: "The first row:",
  firstRows_other: "The first {{count}} rows:",
  row: "Row",
  rejectedInRow: "rejected: {{reason}}",
  rejectedHeading_one: "{{count}} row is rejected:",
  rejectedHeading_other: "{{count}} rows are rejected:",
  noneRejected: "No rows are rejected.",
  rejectedRow: "Row {{row}}: {{reason}}",
  warningsHeading: "Note:",
  previewOnly: "Preview: nothing has been saved.",
  refused_one:
    "{{count}} row could not be imported, so nothing has been saved. Correct the row, or import without it with --skip-rejected.",
  refused_other:
    "{{count}} rows could not be imported, so nothing has been saved. Correct the rows, or import without them with --skip-rejected.",
  nothingToImport: "There are no values to import. Nothing has been saved.",
  imported_one: "Imported {{count}} value into {{organisation}}:",
  imported_other: "Imported {{count}} values into {{organisation}}:",
  importedIndicator: "{{name}} ({{measure}}{{unit}}): periods {{periods}}; {{differences}}",
  unit: ", {{unit}}",
  population: "population figures",
  openDifferences_one: "{{count}} flagged difference between women and men",
  openDifferences_other: "{{count}} flagged differences between women and men",
  skipped_one: "{{count}} rejected row was left out:",
  skipped_other: "{{count}} rejected rows were left out:",
};
