import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Locale, LocalisedText } from "../../../core/index.js";

/** How the network pages write scores, averages and sums: "2,5" and "2,33" in Swedish, at most two decimals. */
export interface NumberFormats {
  readonly number: (value: number) => string;
  readonly integer: (value: number) => string;
}

export function useNumberFormats(): NumberFormats {
  const { i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en-GB" : "sv-SE";
  return useMemo(() => numberFormatsFor(locale), [locale]);
}

export function numberFormatsFor(locale: string): NumberFormats {
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return { number: (value) => decimal.format(value), integer: (value) => integer.format(value) };
}

/** A text of the API in the interface's language; Swedish when there is no English. */
export function textIn(text: LocalisedText, language: Locale): string {
  return (language === "en" ? text.en : text.sv) || text.sv;
}
