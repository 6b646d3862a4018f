/**
 * Texts about documents: why a file could not be read, the `jamt granska` command, and the
 * labels of exported case documents and minutes extracts. Swedish is the source catalogue.
 */
export const documents = {
  /** Why a file could not be read, one text per reason (DocumentText's `reason`). */
  unreadable: {
    unsupportedFormat: "Filformatet stöds inte. Använd .txt, .md, .docx eller .pdf.",
    tooLarge: "Filen är för stor (högst 25 MB).",
    corrupt: "Filen är skadad eller har inte det format som filändelsen anger.",
    encrypted: "Filen är lösenordsskyddad. Spara den utan lösenord och försök igen.",
    archiveBomb:
      "Filen packas upp till misstänkt mycket data (en så kallad zip-bomb) och lästes inte av säkerhetsskäl.",
    empty: "Filen innehåller ingen text. Är det en inskannad PDF behöver den först tolkas med textigenkänning (OCR).",
    /** The file system refused (no permission, removed while being read). */
    inaccessible: "Filen gick inte att öppna.",
  },
  /** The `jamt granska` command. */
  cli: {
    columns: {
      file: "fil",
      genderSection: "jämställdhetsavsnitt",
      verdict: "bedömning",
      score: "poäng",
      criteria: "uppfyllda kriterier",
    },
    genderSection: {
      present: "finns",
      absent: "saknas",
    },
    unreadableRow: "kunde inte läsas",
    analysisFailed: "Texten kunde inte analyseras på grund av ett fel i Jämt. Rapportera gärna felet.",
    fileError: "{{file}}: {{message}}",
    pathNotFound: "Sökvägen finns inte: {{path}}",
    unknownFormat: "Okänt format: {{format}}. Välj table, json eller csv.",
    noDocuments: "Inga dokument (.txt, .md, .docx, .pdf) hittades i det som angavs.",
    progress: "Granskar",
    summary: "{{read}} av {{total}} filer granskades, {{unreadable}} kunde inte läsas.",
  },
  /** Labels of an exported case document (tjänsteskrivelse). */
  caseDocument: {
    date: "Datum",
    diarienummer: "Diarienummer",
    notRegistered: "Ej registrerat",
    caseOfficer: "Handläggare",
    notFilledIn: "Ej ifyllt.",
    sections: {
      proposal: "Förslag till beslut",
      statement: "Yttrande till beslutsförslaget",
      summary: "Sammanfattning",
      matter: "Ärendet",
      genderImpact: "Beslutsförslagets påverkan avseende jämställdhet",
      basis: "Beslutsunderlag",
      attachments: "Bilagor",
      recipients: "Protokollsutdrag skickas till",
    },
  },
  /** Labels of an extract of the minutes (protokollsutdrag). */
  minutesExtract: {
    title: "Protokollsutdrag",
    meetingDate: "Sammanträdesdatum",
    paragraph: "§ {{number}}",
    diarienummer: "Diarienummer",
    decision: "Beslut",
    outcomes: {
      approved: "Bifall till förslaget.",
      rejected: "Avslag på förslaget.",
      referredBack: "Återremiss.",
      postponed: "Bordläggning.",
      amended: "Beslut i ändrad lydelse.",
    },
    genderPosition: "Ställningstagande till konsekvenser för kvinnor och män",
    considered: "Konsekvenserna för kvinnor och män har beaktats: ja.",
    notConsidered: "Konsekvenserna för kvinnor och män har beaktats: nej.",
    assignments: "Uppdrag",
    assignment: "{{assignee}}: {{what}} (återrapporteras senast {{dueDate}})",
    recipients: "Protokollsutdrag skickas till",
    certifiedBy: "Rätt utdraget intygar",
  },
};
