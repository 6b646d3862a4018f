/** Checklist texts for the domain, its errors and exports. */
export const checklists = {
  title: "Checklista",
  errors: {
    scoreOffScale:
      "Punkt {{no}}: poängen {{score, number}} ligger utanför checklistans skala. Tillåtna värden är {{min, number}} till {{max, number}} i steg om {{step, number}}.",
    scoreOffStep:
      "Punkt {{no}}: poängen {{score, number}} ligger mellan skalans steg. Tillåtna värden är {{min, number}} till {{max, number}} i steg om {{step, number}}.",
    occasionTooFarAhead:
      "Tillfället kan inte dateras mer än ett år framåt. Det senaste tillåtna datumet är {{latest}}.",
    invalidOccasionDate: "Datumet {{date}} finns inte. Ange ett riktigt datum (ÅÅÅÅ-MM-DD).",
    emptyOccasion: "Ange vilket tillfälle bedömningen gäller, till exempel Uppstart eller BM1.",
    duplicateOccasion:
      "Organisationen har redan en bedömning för tillfället ”{{occasion}}” med den här checklistan. Välj ett annat namn eller ändra den befintliga bedömningen.",
    checklistInUse:
      "Version {{version}} av checklistan används redan i bedömningar och kan inte ändras, eftersom tidigare bedömningar ska stå kvar som de gjordes. Gör en ny version i stället.",
    invalidChecklist: "Checklistan kan inte sparas. Rätta det som står nedan.",
    builtInChecklist:
      "Den inbyggda checklistan kan inte ändras. Lägg till en egen checklista om ni behöver en annan utgåva.",
    concurrentVersion: "Någon annan lade till en version av checklistan samtidigt. Läs in checklistan på nytt.",
    notOwnChecklist: "Bara den organisation som lade till checklistan kan ändra den.",
    unknownChecklist: "Checklistan finns inte.",
    unknownItem: "Checklistan har ingen punkt {{no}}. Punkterna är numrerade 1–{{count}}.",
    duplicateItem: "Punkt {{no}} finns med mer än en gång.",
    staleItem:
      "Någon annan har sparat punkt {{no}} under tiden. Din ändring sparades inte – jämför med det som sparades och välj vilket som ska gälla.",
    staleMeasure:
      "Någon annan har ändrat åtgärden under tiden. Din ändring sparades inte – läs in åtgärden på nytt och gör om din ändring.",
    unknownAssessment: "Bedömningen finns inte i organisationen.",
    unknownCase: "Ärendet som länken pekar på finns inte i organisationen.",
    emptyMeasureTitle: "Beskriv vad som ska göras.",
  },
  /** What is wrong with a checklist an administrator entered: one message per problem. */
  problems: {
    scaleRange: "Skalans lägsta värde måste vara mindre än dess högsta.",
    scaleStep: "Steget måste vara större än noll, gå jämnt upp i skalan och ge högst {{points}} skalsteg.",
    anchorOffScale: "Förklaringen till värdet {{value, number}} ligger inte på skalan.",
    anchorDuplicate: "Värdet {{value, number}} har mer än en förklaring.",
    noItems: "Checklistan behöver minst en punkt.",
    itemNumbers: "Punkterna måste vara numrerade 1, 2, 3 … i ordning.",
    itemText: "Punkt {{no}} saknar text på svenska.",
  },
  /** The table of an organisation's assessments, as in a result report; also `jamt checklista`. */
  table: {
    no: "Nr",
    item: "Punkt",
    sum: "Summa",
    partialSum: "{{sum, number}} ({{scored}} av {{count}} punkter)",
    unscored: "–",
    sheet: "Självskattning",
    scale: "Skala {{min, number}}–{{max, number}} i steg om {{step, number}}: {{anchors}}.",
    noAssessments: "Inga bedömningar är gjorda ännu.",
    fileName: "sjalvskattning",
    subject: "Självskattning med {{checklist}}, {{organisation}}",
  },
  cli: {
    usage:
      'Ange organisationen med --org, till exempel: jamt checklista --org "Region Norrbotten (demo)" --format table',
    unknownFormat: "Okänt format: {{format}}. Välj table, csv eller json.",
    unknownOrganisation: "Organisationen ”{{name}}” finns inte.",
    closeNames: "Menade du: {{names}}?",
    knownNames: "Organisationer som finns: {{names}}.",
    noOrganisations: "Det finns inga organisationer i databasen.",
    unknownChecklist: "Checklistan ”{{checklist}}” finns inte. Ange dess nyckel (till exempel skr-2015) eller id.",
    noAssessments: "{{organisation}} har inga bedömningar med checklistan ”{{checklist}}”.",
    /** A name as the messages quote it. */
    quoted: "”{{name}}”",
    occasion: "Tillfälle",
    date: "Datum",
  },
};
