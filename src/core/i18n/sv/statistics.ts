/**
 * Texts about statistics divided by sex. `import`: reading SCB, Kolada and analysts' CSV/XLSX
 * files, with a text for every reason a file fails or a row is rejected. Swedish is the source
 * catalogue.
 */
export const statistics = {
  /** Kolada's sex codes. */
  sex: {
    K: "Kvinnor",
    M: "Män",
    T: "Totalt",
  },
  import: {
    /** The fields of an indicator file, as the import dialog names them. */
    fields: {
      indicator: "Indikator",
      indicatorName: "Indikatorns namn",
      period: "Period",
      area: "Område",
      areaName: "Områdets namn",
      sex: "Kön",
      ageBand: "Åldersgrupp",
      value: "Värde",
      count: "Antal",
      unit: "Enhet",
      dimensions: "Övriga indelningar",
    },
    /** Why a file or a response could not be read at all; nothing from it is imported. */
    failed: {
      unsupportedFormat: "Filformatet stöds inte. Använd .csv eller .xlsx.",
      tooLarge: "Filen är för stor (högst {{max}} MB).",
      empty: "Filen är tom.",
      notText: "Filen är inte en textfil. Spara den som CSV eller som Excelfil (.xlsx).",
      noHeader: "Filen saknar rubrikrad. Första raden ska ange vad varje kolumn innehåller.",
      csvSyntax:
        "Filen kan inte läsas som CSV: fel vid rad {{row}}, oftast ett citattecken som aldrig avslutas. Rätta raden och försök igen.",
      unreadableWorkbook: "Excelfilen går inte att läsa. Spara den på nytt som .xlsx och försök igen.",
      noWorksheet: "Arbetsboken har inget blad som heter ”{{sheet}}”.",
      unknownColumn: "Kolumnen ”{{column}}” finns inte i filen.",
      columnMappedTwice: "Kolumnen ”{{column}}” är vald för mer än ett fält.",
      missingColumn: {
        indicator: "Välj vilken kolumn som anger indikatorn.",
        period: "Välj vilken kolumn som anger perioden (till exempel år).",
        area: "Välj vilken kolumn som anger området (till exempel kommun).",
        value: "Välj vilken kolumn som anger värdet.",
      },
      notJson: "Innehållet är inte JSON.",
      notScb: "Filen är inte ett svar från SCB:s API (JSON-stat 2.0, JSON-stat 1.x eller formatet json).",
      malformedScb: "Svaret från SCB är ofullständigt eller felaktigt och kan inte läsas.",
      noTimeDimension: "Tabellen från SCB saknar tidsindelning (år, månad), så värdena kan inte knytas till en period.",
      notKolada: "Svaret har inte Koladas form (en lista ”values” med kpi, kommun, period och värden).",
      http: "Kolada svarade med felkod {{status}} på {{url}}.",
      network: "Kolada gick inte att nå ({{url}}): {{detail}}.",
      foreignNextUrl: "Kolada hänvisade nästa sida till en annan adress ({{url}}). Den följdes inte.",
      repeatedPage: "Kolada hänvisade tillbaka till en sida som redan hämtats ({{url}}). Hämtningen avbröts.",
      pageLimit: "Svaret hade fler än {{pages}} sidor. Hämtningen avbröts; begränsa urvalet och försök igen.",
    },
    /** Why one row was not imported; the rest of the file is read. */
    rejected: {
      wrongColumnCount: "Raden har {{found}} kolumner, men rubrikraden har {{expected}}.",
      missingIndicator: "Indikator saknas.",
      missingPeriod: "Period saknas.",
      missingArea: "Område saknas.",
      missingSex: "Kön saknas. Ange K, M eller T (kvinnor, män eller totalt).",
      unknownSex:
        "Könet ”{{value}}” känns inte igen. Ange K, M eller T (kvinnor, män, totalt), eller 1 för män och 2 för kvinnor.",
      valueNotNumber: "Värdet ”{{value}}” är inte ett tal. Lämna cellen tom om värdet saknas.",
      countNotWholeNumber: "Antalet ”{{value}}” är inte ett heltal som är noll eller större.",
      duplicateRow:
        "Raden upprepar rad {{firstRow}}: samma indikator, period, område, kön, åldersgrupp och övriga indelningar.",
      malformedEntry: "Posten har inte den form som svaret i övrigt har.",
      areaNotText:
        "Område {{value}} är angivet som tal, inte som text. Koder som 0180 förlorar då sin inledande nolla.",
    },
    /** What the user should know although every row was read. */
    warnings: {
      repairedUpdated: "Tabellens uppdateringstid ”{{updated}}” var felskriven och lästes som {{read}}.",
      unreadableUpdated: "Tabellens uppdateringstid ”{{updated}}” gick inte att läsa och har utelämnats.",
      noAreaDimension: "Tabellen saknar områdesindelning. Värdena gäller hela riket ({{name}}, kod {{code}}).",
      numericAreaCode:
        "Områdeskoderna i kolumnen ”{{column}}” är sparade som tal i Excel. Inledande nollor (0180) kan ha försvunnit; formatera kolumnen som text.",
      duplicateHeader: "Rubriken ”{{column}}” finns i mer än en kolumn. Den första används.",
      morePages: "Den sparade filen är en sida av flera. Resten av svaret finns på {{url}} och har inte lästs.",
    },
  },
};
