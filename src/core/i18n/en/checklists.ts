import type { checklists as sv } from "../sv/checklists.js";
import type { Translation } from "../translation.js";

/** Checklist texts for the domain, its errors and exports. */
export const checklists: Translation<typeof sv> = {
  title: "Checklist",
  errors: {
    scoreOffScale:
      "Item {{no}}: the score {{score, number}} lies outside the checklist's scale. Allowed values are {{min, number}} to {{max, number}} in steps of {{step, number}}.",
    scoreOffStep:
      "Item {{no}}: the score {{score, number}} lies between the steps of the scale. Allowed values are {{min, number}} to {{max, number}} in steps of {{step, number}}.",
    occasionTooFarAhead: "An occasion cannot be dated more than a year ahead. The latest date allowed is {{latest}}.",
    invalidOccasionDate: "The date {{date}} does not exist. Give a real date (YYYY-MM-DD).",
    emptyOccasion: "Say which occasion the assessment is for, for example Uppstart (start-up) or BM1.",
    duplicateOccasion:
      "The organisation already has an assessment for the occasion “{{occasion}}” with this checklist. Choose another name or change the existing assessment.",
    checklistInUse:
      "Version {{version}} of the checklist is already used by assessments and cannot be changed, because past assessments must stay as they were made. Make a new version instead.",
    invalidChecklist: "The checklist cannot be saved. Correct what is listed below.",
    builtInChecklist:
      "The built-in checklist cannot be changed. Add a checklist of your own if you need another edition.",
    concurrentVersion: "Someone else added a version of the checklist at the same time. Reload the checklist.",
    notOwnChecklist: "Only the organisation that added the checklist can change it.",
    unknownChecklist: "The checklist does not exist.",
    unknownItem: "The checklist has no item {{no}}. Its items are numbered 1–{{count}}.",
    duplicateItem: "Item {{no}} is given more than once.",
    staleItem:
      "Someone else saved item {{no}} in the meantime. Your change was not saved – compare it with what was saved and choose which should stand.",
    staleMeasure:
      "Someone else changed the measure in the meantime. Your change was not saved – reload the measure and make your change again.",
    unknownAssessment: "The assessment does not exist in the organisation.",
    unknownCase: "The case the link points to does not exist in the organisation.",
    emptyMeasureTitle: "Describe what is to be done.",
  },
  problems: {
    scaleRange: "The lowest value of the scale must be less than its highest.",
    scaleStep: "The step must be greater than zero, divide the scale evenly and give at most {{points}} points.",
    anchorOffScale: "The explanation of the value {{value, number}} is not on the scale.",
    anchorDuplicate: "The value {{value, number}} has more than one explanation.",
    noItems: "The checklist needs at least one item.",
    itemNumbers: "The items must be numbered 1, 2, 3 … in order.",
    itemText: "Item {{no}} has no Swedish text.",
  },
  table: {
    no: "No.",
    item: "Item",
    sum: "Total",
    partialSum: "{{sum, number}} ({{scored}} of {{count}} items)",
    unscored: "–",
    sheet: "Self-assessment",
    scale: "Scale {{min, number}}–{{max, number}} in steps of {{step, number}}: {{anchors}}.",
    noAssessments: "No assessments have been made yet.",
    fileName: "self-assessment",
    subject: "Self-assessment with {{checklist}}, {{organisation}}",
  },
  cli: {
    usage:
      'Name the organisation with --org, for example: jamt checklista --org "Region Norrbotten (demo)" --format table',
    unknownFormat: "Unknown format: {{format}}. Choose table, csv or json.",
    unknownOrganisation: 'There is no organisation "{{name}}".',
    closeNames: "Did you mean: {{names}}?",
    knownNames: "Organisations there are: {{names}}.",
    noOrganisations: "There are no organisations in the database.",
    unknownChecklist: 'There is no checklist "{{checklist}}". Give its key (for example skr-2015) or id.',
    noAssessments: '{{organisation}} has no assessments with the checklist "{{checklist}}".',
    /** A name as the messages quote it. */
    quoted: '"{{name}}"',
    occasion: "Occasion",
    date: "Date",
  },
};
