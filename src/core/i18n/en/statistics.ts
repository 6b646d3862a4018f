import type { statistics as sv } from "../sv/statistics.js";
import type { Translation } from "../translation.js";

/** Texts about statistics divided by sex: importing SCB, Kolada and CSV/XLSX files. */
export const statistics: Translation<typeof sv> = {
  sex: {
    K: "Women",
    M: "Men",
    T: "Total",
  },
  import: {
    fields: {
      indicator: "Indicator",
      indicatorName: "Indicator name",
      period: "Period",
      area: "Area",
      areaName: "Area name",
      sex: "Sex",
      ageBand: "Age band",
      value: "Value",
      count: "Count",
      unit: "Unit",
      dimensions: "Other breakdowns",
    },
    failed: {
      unsupportedFormat: "The file format is not supported. Use .csv or .xlsx.",
      tooLarge: "The file is too large (at most {{max}} MB).",
      empty: "The file is empty.",
      notText: "The file is not a text file. Save it as CSV or as an Excel file (.xlsx).",
      noHeader: "The file has no header row. The first row must say what each column holds.",
      csvSyntax:
        "The file cannot be read as CSV: error at row {{row}}, usually a quotation mark that is never closed. Correct the row and try again.",
      unreadableWorkbook: "The Excel file cannot be read. Save it again as .xlsx and try again.",
      noWorksheet: "The workbook has no sheet called “{{sheet}}”.",
      unknownColumn: "The file has no column “{{column}}”.",
      columnMappedTwice: "The column “{{column}}” is chosen for more than one field.",
      missingColumn: {
        indicator: "Choose the column that gives the indicator.",
        period: "Choose the column that gives the period (a year, for example).",
        area: "Choose the column that gives the area (a municipality, for example).",
        value: "Choose the column that gives the value.",
      },
      notJson: "The content is not JSON.",
      notScb: "The file is not a response from SCB's API (JSON-stat 2.0, JSON-stat 1.x or the json format).",
      malformedScb: "The response from SCB is incomplete or malformed and cannot be read.",
      noTimeDimension: "The SCB table has no time dimension (year, month), so its values cannot be tied to a period.",
      notKolada:
        "The response does not have Kolada's shape (a list “values” with kpi, municipality, period and values).",
      http: "Kolada answered with error code {{status}} to {{url}}.",
      network: "Kolada could not be reached ({{url}}): {{detail}}.",
      foreignNextUrl: "Kolada pointed the next page to another address ({{url}}). It was not followed.",
      repeatedPage: "Kolada pointed back to a page already fetched ({{url}}). Fetching stopped.",
      pageLimit: "The answer had more than {{pages}} pages. Fetching stopped; narrow the selection and try again.",
    },
    rejected: {
      wrongColumnCount: "The row has {{found}} columns, but the header row has {{expected}}.",
      missingIndicator: "The indicator is missing.",
      missingPeriod: "The period is missing.",
      missingArea: "The area is missing.",
      missingSex: "Sex is missing. Give K, M or T (women, men or total).",
      unknownSex:
        "The sex “{{value}}” is not recognised. Give K, M or T (women, men, total), or 1 for men and 2 for women.",
      valueNotNumber: "The value “{{value}}” is not a number. Leave the cell empty if the value is missing.",
      countNotWholeNumber: "The count “{{value}}” is not a whole number of zero or more.",
      duplicateRow:
        "The row repeats row {{firstRow}}: the same indicator, period, area, sex, age band and other breakdowns.",
      malformedEntry: "The entry does not have the shape of the rest of the response.",
      areaNotText: "Area {{value}} is given as a number, not as text. Codes such as 0180 then lose their leading zero.",
    },
    warnings: {
      repairedUpdated: "The table's update time “{{updated}}” was malformed and was read as {{read}}.",
      unreadableUpdated: "The table's update time “{{updated}}” could not be read and has been left out.",
      noAreaDimension:
        "The table has no area dimension. Its values are for the whole country ({{name}}, code {{code}}).",
      numericAreaCode:
        "The area codes in the column “{{column}}” are stored as numbers in Excel. Leading zeros (0180) may have been lost; format the column as text.",
      duplicateHeader: "The header “{{column}}” appears in more than one column. The first is used.",
      morePages: "The saved file is one page of several. The rest of the answer is at {{url}} and has not been read.",
    },
  },
};
