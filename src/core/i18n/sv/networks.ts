/** Network rounds, learning meetings, mentors and sharing: the domain's texts and its errors. */
export const networks = {
  title: "Nätverk",
  /** The usual themes of learning meetings (lärandeträffar); themes are free text, these are offered. */
  themes: {
    governance: "System för styrning och ledning",
    improvement: "Systematiskt förbättringsarbete",
    analysis: "Analys och uppföljning",
    communication: "Kommunikation",
    culture: "Kultur och hållbart förbättringsarbete",
  },
  errors: {
    invalidRoundDates: "Start- och slutdatum måste vara riktiga datum (ÅÅÅÅ-MM-DD).",
    roundEndBeforeStart: "Omgången måste sluta efter att den börjar. Lämna slutdatumet tomt för 18 månader.",
    duplicateRoundName: "Det finns redan en omgång som heter ”{{name}}”. Välj ett annat namn.",
    unknownChecklist: "Checklistan finns inte. Välj en av de checklistor som finns.",
    unknownOrganisation: "Organisationen finns inte.",
    coordinatorNotMember: "Den samordnande organisationen kan inte vara medlem eller mentor i sin egen omgång.",
    alreadyMember: "{{name}} är redan med i omgången.",
    alreadyMentor: "{{name}} är redan mentor i omgången.",
    duplicateGroupName: "Det finns redan en grupp som heter ”{{name}}” i omgången.",
    unknownGroup: "Gruppen finns inte i den här omgången.",
    notInRound:
      "{{name}} är inte med i omgången. Bara medlemmar, mentorer och den samordnande organisationen kan delta i en lärandeträff.",
    meetingOutsideRound: "Lärandeträffen måste ligga inom omgången, mellan {{from}} och {{to}}.",
    unknownMeeting: "Lärandeträffen finns inte i den här omgången.",
    mentorNotFinished:
      "{{name}} kan inte bli mentor: organisationen har inte deltagit i någon omgång som avslutades före {{date}}, när den här omgången börjar.",
    emptyTheme: "Ange ett tema för lärandeträffen.",
    emptyLesson: "Skriv vad organisationen lärde sig.",
  },
};
