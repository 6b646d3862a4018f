import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatFigure, type IndicatorMeasureKind, mainDifference, type NumberLocale } from "../../../../core/index.js";
import type { DifferenceSummary, GroupLabel } from "../../../api/difference-api.js";

/** How the difference pages write figures, differences and groups, in the interface's language. */
export interface DifferenceFormats {
  /** A figure of the indicator: "71 %" for a share, "1 234,5 kr" for other kinds with a unit. */
  readonly figure: (value: number, summary: Pick<DifferenceSummary, "measureKind" | "unit">) => string;
  /** Women − men, signed: "−15 procentenheter" for shares, "−1 200 kr" otherwise. */
  readonly signedDifference: (value: number, summary: Pick<DifferenceSummary, "measureKind" | "unit">) => string;
  /** The size of the difference without its sign, as the plain-language sentence writes it. */
  readonly size: (value: number, summary: Pick<DifferenceSummary, "measureKind" | "unit">) => string;
  /** "95 % konfidensintervall −20 till −10" or "kan inte prövas statistiskt". */
  readonly interval: (summary: DifferenceSummary) => string;
  /** The group as people read it ("Luleå, 20–39 år"); "Hela området" when it has no parts. */
  readonly group: (label: GroupLabel) => string;
  /** "Kvinnor 71 %, män 86 %: skillnad 15 procentenheter." */
  readonly sentence: (summary: DifferenceSummary) => string;
}

const isShare = (kind: string) => kind === "share";

const measureKindOf = (kind: string): IndicatorMeasureKind =>
  (["share", "rate", "mean", "count", "value"] as const).find((known) => known === kind) ?? "value";

export function useDifferenceFormats(): DifferenceFormats {
  const { t, i18n } = useTranslation();
  const locale: NumberLocale = i18n.language === "en" ? "en" : "sv";
  return useMemo(() => {
    // The same way of writing figures as the indicator pages and the plain-language sentence.
    const number = (value: number) => formatFigure(value, locale);
    const signed = (value: number) => (value > 0 ? `+${number(value)}` : value < 0 ? `−${number(-value)}` : number(0));
    const withUnit = (text: string, unit: string | null) => (unit && unit !== "%" ? `${text} ${unit}` : text);
    const figure: DifferenceFormats["figure"] = (value, { measureKind, unit }) =>
      isShare(measureKind) || unit === "%" ? `${number(value)} %` : withUnit(number(value), unit);
    const inUnit = (text: string, value: number, { measureKind, unit }: Parameters<typeof figure>[1]) =>
      isShare(measureKind)
        ? t("differencePages.common.percentagePoints", { count: Math.abs(value) === 1 ? 1 : 2, value: text })
        : unit === "%"
          ? `${text} %`
          : withUnit(text, unit);
    const signedDifference: DifferenceFormats["signedDifference"] = (value, summary) =>
      inUnit(signed(value), value, summary);
    const size: DifferenceFormats["size"] = (value, summary) => inUnit(number(Math.abs(value)), value, summary);
    const interval: DifferenceFormats["interval"] = (summary) =>
      summary.interval === null || summary.clear === null
        ? t("differencePages.common.notTestable")
        : t("differencePages.common.interval", {
            lower: signed(summary.interval.lower),
            upper: signed(summary.interval.upper),
          });
    const group: DifferenceFormats["group"] = (label) => {
      const parts = groupParts(label);
      return parts.length === 0 ? t("differencePages.common.wholeArea") : parts.join(", ");
    };
    const sentence: DifferenceFormats["sentence"] = (summary) =>
      mainDifference(
        {
          measureKind: measureKindOf(summary.measureKind),
          unit: summary.unit,
          women: { kind: "shown", value: summary.womenValue },
          men: { kind: "shown", value: summary.menValue },
          clear: summary.clear,
        },
        locale,
      )
        .sentences.map((part) => t(part.key as never, part.params) as string)
        .join(" ");
    return { figure, signedDifference, size, interval, group, sentence };
  }, [locale, t]);
}

/** The parts of a group as read: area (its name, else its code), age band, then the further breakdowns. */
function groupParts(label: GroupLabel): string[] {
  const parts = [label.area || label.areaCode, label.ageBand ?? "", ...Object.values(label.dimensions)];
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
