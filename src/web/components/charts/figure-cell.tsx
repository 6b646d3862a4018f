import { useTranslation } from "react-i18next";
import { formatFigure } from "../../../core/index.js";
import { currentLanguage } from "../../i18n.js";
import type { ChartCell } from "./chart-values.js";

/** Formats figures in the interface's language: "2 340", "71,3" in Swedish. */
export function useFigureFormat(): (value: number) => string {
  const locale = currentLanguage();
  return (value: number) => formatFigure(value, locale);
}

/** "71 %" in Swedish (a no-break space before the sign), "71%" in English; "2 340 kr" in both. */
export function withSuffix(figure: string, suffix: string | undefined): string {
  if (!suffix) return figure;
  if (suffix === "%" && currentLanguage() === "en") return `${figure}%`;
  return `${figure}\u00a0${suffix}`;
}

/**
 * A figure in a table: the number, ".." for a withheld figure or "–" for a missing one. Screen
 * readers hear what the mark means ("skyddad uppgift", "uppgift saknas") instead of the dots.
 */
export function FigureCell({ cell, suffix }: { readonly cell: ChartCell; readonly suffix?: string }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  if (cell.kind === "shown") return <>{withSuffix(format(cell.value), suffix)}</>;
  const [mark, label] =
    cell.kind === "suppressed"
      ? [t("statisticsPages.common.suppressedMark"), t("statisticsPages.common.suppressedLabel")]
      : ["–", t("statisticsPages.common.missingLabel")];
  return (
    <>
      <span aria-hidden="true" className={cell.kind === "suppressed" ? "figure-suppressed" : undefined}>
        {mark}
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

/** The explanation of ".." under every table and chart that has a withheld figure. */
export function SuppressionNote({ minCell }: { readonly minCell: number | null }) {
  const { t } = useTranslation();
  return (
    <p className="suppression-note">
      {minCell === null
        ? t("statisticsPages.common.suppressedNoteGeneral", { mark: t("statisticsPages.common.suppressedMark") })
        : t("statisticsPages.common.suppressedNote", { mark: t("statisticsPages.common.suppressedMark"), minCell })}
    </p>
  );
}
