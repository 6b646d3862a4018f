import type { documents as sv } from "../sv/documents.js";
import type { Translation } from "../translation.js";

export const documents: Translation<typeof sv> = {
  unreadable: {
    unsupportedFormat: "The file format is not supported. Use .txt, .md, .docx or .pdf.",
    tooLarge: "The file is too large (at most 25 MB).",
    corrupt: "The file is damaged or is not in the format its extension says.",
    encrypted: "The file is password-protected. Save it without a password and try again.",
    archiveBomb:
      "The file unpacks to a suspiciously large amount of data (a so-called zip bomb) and was not read, for safety.",
    empty: "The file contains no text. If it is a scanned PDF, it first needs text recognition (OCR).",
    inaccessible: "The file could not be opened.",
  },
  cli: {
    columns: {
      file: "file",
      genderSection: "gender section",
      verdict: "verdict",
      score: "score",
      criteria: "criteria met",
    },
    genderSection: {
      present: "present",
      absent: "absent",
    },
    unreadableRow: "could not be read",
    analysisFailed: "The text could not be analysed because of an error in Jämt. Please report it.",
    fileError: "{{file}}: {{message}}",
    pathNotFound: "The path does not exist: {{path}}",
    unknownFormat: "Unknown format: {{format}}. Choose table, json or csv.",
    noDocuments: "No documents (.txt, .md, .docx, .pdf) were found in what was given.",
    progress: "Reviewing",
    summary: "{{read}} of {{total}} files reviewed, {{unreadable}} could not be read.",
  },
  caseDocument: {
    date: "Date",
    diarienummer: "Case number",
    notRegistered: "Not registered",
    caseOfficer: "Case officer",
    notFilledIn: "Not filled in.",
    sections: {
      proposal: "Proposed decision",
      statement: "Statement on the proposal",
      summary: "Summary",
      matter: "The matter",
      genderImpact: "The proposal's impact on gender equality",
      basis: "Basis for the decision",
      attachments: "Attachments",
      recipients: "Extract of the minutes sent to",
    },
  },
  minutesExtract: {
    title: "Extract of the minutes",
    meetingDate: "Meeting date",
    paragraph: "§ {{number}}",
    diarienummer: "Case number",
    decision: "Decision",
    outcomes: {
      approved: "The proposal is approved.",
      rejected: "The proposal is rejected.",
      referredBack: "Referred back.",
      postponed: "Postponed.",
      amended: "Decision in amended wording.",
    },
    genderPosition: "Position on the consequences for women and men",
    considered: "The consequences for women and men have been considered: yes.",
    notConsidered: "The consequences for women and men have been considered: no.",
    assignments: "Assignments",
    assignment: "{{assignee}}: {{what}} (report back by {{dueDate}})",
    recipients: "Extract sent to",
    certifiedBy: "Certified a true extract",
  },
};
