import type { ImportMessage, Locale, Observation, RejectedRow } from "../core/index.js";
import type { ColumnMapping, PreviewRow } from "../services/statistics/importers/index.js";
import { INDICATOR_FIELDS } from "../services/statistics/importers/index.js";
import type { ImportAnswer, IndicatorPreviewAnswer } from "../services/statistics/indicator-import.service.js";
import { translate } from "../services/translator.js";
import { padEnd, padStart, width } from "./terminal-text.js";

/**
 * What `jamt indikatorer` prints: the preview of a file (its mapping, first rows and rejected
 * rows) and what an import stored. Pure: text in, text out, in the locale given.
 */

type Say = (key: Parameters<typeof translate>[1], params?: Record<string, unknown>) => string;

function sayer(locale: Locale): Say {
  return (key, params = {}) => translate(locale, key, params);
}

/** A catalogue message from an importer, said. */
export function sayMessage(locale: Locale, message: ImportMessage): string {
  return translate(locale, message.key, message.params);
}

/** "Rad 5: Värdet ”x” är inte ett tal." for each rejected row. */
export function rejectedLines(locale: Locale, rejected: readonly RejectedRow[]): string[] {
  const say = sayer(locale);
  return rejected.map(
    (row) => `  ${say("indicatorCli.rejectedRow", { row: row.row, reason: sayMessage(locale, row.reason) })}`,
  );
}

/** The fields of the mapping, one per line: the dialog's name of the field, then the column. */
export function mappingLines(locale: Locale, mapping: ColumnMapping): string[] {
  const say = sayer(locale);
  const none = say("indicatorCli.noColumn");
  const rows: [string, string][] = [
    ...INDICATOR_FIELDS.map((field): [string, string] => [
      say(`statistics.import.fields.${field}`),
      mapping[field] ?? none,
    ]),
    [say("statistics.import.fields.dimensions"), mapping.dimensions.length > 0 ? mapping.dimensions.join(", ") : none],
  ];
  const label = Math.max(...rows.map(([name]) => width(name)));
  return rows.map(([name, column]) => `  ${padEnd(name, label)}  ${column}`);
}

/** The preview as printed: the file, the mapping, the first rows, every rejected row and the warnings. */
export function formatPreview(locale: Locale, fileName: string, preview: IndicatorPreviewAnswer): string {
  const say = sayer(locale);
  const lines = [
    say("indicatorCli.summary", {
      file: fileName,
      format: say(`indicatorCli.formats.${preview.format}`),
      count: preview.total,
    }),
    "",
  ];
  if ("mapping" in preview) {
    lines.push(say("indicatorCli.mappingHeading"), ...mappingLines(locale, preview.mapping), "");
    if (preview.rows.length > 0) {
      lines.push(say("indicatorCli.firstRows", { count: preview.rows.length }), ...rowTable(locale, preview.rows), "");
    }
  } else {
    lines.push(say("indicatorCli.fixedFields"), "");
    if (preview.observations.length > 0) {
      const rows = preview.observations.map((observation, index) => ({
        row: index + 1,
        cells: [],
        outcome: { kind: "observation", observation } as const,
      }));
      lines.push(say("indicatorCli.firstRows", { count: rows.length }), ...rowTable(locale, rows), "");
    }
  }
  if (preview.rejected.length > 0) {
    lines.push(
      say("indicatorCli.rejectedHeading", { count: preview.rejected.length }),
      ...rejectedLines(locale, preview.rejected),
    );
  } else lines.push(say("indicatorCli.noneRejected"));
  lines.push(...warningLines(locale, preview.warnings), "", say("indicatorCli.previewOnly"));
  return `${lines.join("\n")}\n`;
}

/** What an import stored: the number of values, each indicator, and the rows left out. */
export function formatImported(
  locale: Locale,
  organisation: string,
  answer: Extract<ImportAnswer, { kind: "imported" }>,
): string {
  const say = sayer(locale);
  const lines = [say("indicatorCli.imported", { count: answer.imported, organisation })];
  for (const indicator of answer.indicators) {
    const measure =
      indicator.role === "population"
        ? say("indicatorCli.population")
        : say(`statisticsPages.common.measureKinds.${indicator.measureKind}`);
    lines.push(
      `  ${say("indicatorCli.importedIndicator", {
        name: indicator.name,
        measure,
        unit: indicator.unit ? say("indicatorCli.unit", { unit: indicator.unit }) : "",
        periods: indicator.periods.join(", "),
        differences: say("indicatorCli.openDifferences", { count: indicator.openDifferences }),
      })}`,
    );
  }
  if (answer.rejected.length > 0) {
    lines.push(
      "",
      say("indicatorCli.skipped", { count: answer.rejected.length }),
      ...rejectedLines(locale, answer.rejected),
    );
  }
  lines.push(...warningLines(locale, answer.warnings));
  return `${lines.join("\n")}\n`;
}

function warningLines(locale: Locale, warnings: readonly ImportMessage[]): string[] {
  if (warnings.length === 0) return [];
  return ["", sayer(locale)("indicatorCli.warningsHeading"), ...warnings.map((w) => `  ${sayMessage(locale, w)}`)];
}

/** The rows as an aligned table of what each becomes; a rejected row gives its reason instead. */
function rowTable(locale: Locale, rows: readonly PreviewRow[]): string[] {
  const say = sayer(locale);
  const none = say("indicatorCli.noColumn");
  const number = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    maximumFractionDigits: 6,
    useGrouping: false,
  });
  const figure = (value: number | null) => (value === null ? none : number.format(value));
  const header = [
    say("indicatorCli.row"),
    say("statistics.import.fields.indicator"),
    say("statistics.import.fields.period"),
    say("statistics.import.fields.area"),
    say("statistics.import.fields.sex"),
    say("statistics.import.fields.ageBand"),
    say("statistics.import.fields.value"),
    say("statistics.import.fields.count"),
    say("statistics.import.fields.dimensions"),
  ];
  const cellsOf = (observation: Observation): string[] => [
    observation.indicatorId,
    observation.period,
    observation.areaCode,
    observation.sex ?? none,
    observation.ageBand?.code ?? none,
    figure(observation.value),
    figure(observation.count),
    Object.entries(observation.dimensions)
      .map(([name, coded]) => `${name}: ${coded.code}`)
      .join(", "),
  ];
  const table = rows.map((row) =>
    row.outcome?.kind === "observation"
      ? { row: String(row.row), cells: cellsOf(row.outcome.observation) }
      : {
          row: String(row.row),
          reason:
            row.outcome?.kind === "rejected"
              ? say("indicatorCli.rejectedInRow", { reason: sayMessage(locale, row.outcome.rejected.reason) })
              : none,
        },
  );
  const widths = header.map((title, index) =>
    Math.max(width(title), ...table.map((entry) => width(index === 0 ? entry.row : (entry.cells?.[index - 1] ?? "")))),
  );
  // Figures (row, value, count) to the right, text to the left; the last column unpadded.
  const right = new Set([0, 6, 7]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        right.has(index)
          ? padStart(cell, widths[index] ?? 0)
          : index === cells.length - 1
            ? cell
            : padEnd(cell, widths[index] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [
    `  ${line(header)}`,
    ...table.map((entry) =>
      entry.cells
        ? `  ${line([entry.row, ...entry.cells])}`
        : `  ${padStart(entry.row, widths[0] ?? 0)}  ${entry.reason}`,
    ),
  ];
}
