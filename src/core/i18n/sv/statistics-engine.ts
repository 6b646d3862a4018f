/**
 * Texts of the analysis engine for individual-level files (CSV, Parquet) and of
 * `jamt statistik`: why a file cannot be analysed, the methods note that goes with every
 * breakdown, and the command's own words. No text ever holds a personal identity number.
 */
export const statisticsEngine = {
  failed: {
    notFound: "Filen ”{{file}}” finns inte.",
    unreadable: "Filen ”{{file}}” går inte att läsa som CSV eller Parquet: {{detail}}",
    empty: "Filen ”{{file}}” innehåller inga rader.",
    missingColumn: "Kolumnen ”{{column}}” finns inte i filen. Filen har kolumnerna: {{columns}}.",
    noSexColumn:
      "Filen anger inte kön. Ange kolumnen med personnummer (--pnr) eller en kolumn med kön (K/M, kvinna/man, 1/2). Filen har kolumnerna: {{columns}}.",
    noAgeColumn:
      "Åldersgrupper kräver ålder. Ange kolumnen med personnummer (--pnr) eller en kolumn med ålder. Filen har kolumnerna: {{columns}}.",
    notNumeric:
      "Kolumnen ”{{column}}” innehåller värden som inte är tal ({{count}} st., första på rad {{row}}). Medelvärden kräver tal; lämna cellen tom där värdet saknas.",
    noValidRows: "Ingen rad i filen kunde användas: {{invalid}} rader hade ogiltigt personnummer eller saknade kön.",
    badReferenceDate: "Referensdatumet ”{{date}}” är inte ett datum. Skriv det ÅÅÅÅ-MM-DD, till exempel 2025-12-31.",
    badMinCell: "Minsta cellstorlek måste vara ett heltal som är 1 eller större, inte ”{{value}}”.",
    ageBands: {
      empty: "Ange åldersgrupper, till exempel 0-19,20-39,40-64,65-79,80+.",
      garbled: "Åldersgrupp {{position}} (”{{part}}”) går inte att läsa. Skriv till exempel 20-39 eller 80+.",
      reversed: "Åldersgruppen ”{{part}}” börjar efter att den slutar.",
      notFromZero: "Åldersgrupperna måste börja vid 0, men den första är ”{{first}}”.",
      gap: "Åldrar saknas mellan ”{{after}}” och ”{{before}}”.",
      overlap: "Åldersgrupperna ”{{after}}” och ”{{before}}” överlappar.",
      openBandNotLast: "Den öppna gruppen ”{{part}}” måste vara sist.",
      noOpenEnd: "Den sista åldersgruppen ”{{last}}” måste vara öppen uppåt, till exempel 80+.",
    },
  },
  /** The methods note printed under every breakdown and written into every export. */
  methods: {
    title: "Om statistiken",
    legalSex:
      "Kön är juridiskt kön enligt folkbokföringen (näst sista siffran i personnumret). Några personer identifierar sig inte med sitt juridiska kön.",
    referenceDate: "Ålder är fyllda år vid referensdatumet {{date}}.",
    noReferenceDate: "Ålder är den som anges i källan.",
    suppression:
      "Celler med 1–{{largest}} individer visas inte, liksom celler som annars skulle låta en dold cell räknas fram ur summorna. Dolda värden markeras {{mark}}, aldrig 0.",
    intervals:
      "Konfidensintervall 95 %: Wilson för andelar, t-intervall (Welch) för medelvärden, Poisson (Byar) för antal per 1 000 invånare. En skillnad är statistiskt säker när intervallet inte innehåller 0.",
    sources: "Källor: {{sources}}.",
    generatedAt: "Framtagen {{time}}.",
  },
  cli: {
    unknownFormat: "Formatet ”{{format}}” finns inte. Välj table, csv eller json.",
    progress: "Analyserar",
    invalidIdentity_one: "{{count}} rad hade ogiltigt personnummer och räknades inte med: rad {{rows}}.",
    invalidIdentity_other: "{{count}} rader hade ogiltigt personnummer och räknades inte med: rad {{rows}}.",
    invalidIdentityMore: "{{rows}} och {{more}} till",
    excludedRows_one: "{{count}} rad saknade kön eller ålder och räknades inte med.",
    excludedRows_other: "{{count}} rader saknade kön eller ålder och räknades inte med.",
    analysedRows_one: "{{count}} rad analyserad.",
    analysedRows_other: "{{count}} rader analyserade.",
    columns: {
      sex: "kön",
      n: "n",
      shareOfWomen: "andel kvinnor",
      mean: "medel",
      meanInterval: "95 % KI",
      median: "median",
      ratePerThousand: "per 1 000",
      gap: "skillnad K−M",
      gapInterval: "95 % KI",
      clear: "säker",
    },
    yes: "ja",
    no: "nej",
    notTestable: "–",
    pointsUnit: "pe",
    unexpected: "Statistiken kunde inte tas fram på grund av ett oväntat fel: {{detail}}",
  },
};
