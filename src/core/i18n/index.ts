import { analysis as enAnalysis } from "./en/analysis.js";
import { casePages as enCasePages } from "./en/case-pages.js";
import { cases as enCases } from "./en/cases.js";
import { checklistPages as enChecklistPages } from "./en/checklist-pages.js";
import { checklists as enChecklists } from "./en/checklists.js";
import { common as enCommon } from "./en/common.js";
import { decisionPages as enDecisionPages } from "./en/decision-pages.js";
import { differencePages as enDifferencePages } from "./en/difference-pages.js";
import { differences as enDifferences } from "./en/differences.js";
import { documents as enDocuments } from "./en/documents.js";
import { errors as enErrors } from "./en/errors.js";
import { indicatorCli as enIndicatorCli } from "./en/indicator-cli.js";
import { indicators as enIndicators } from "./en/indicators.js";
import { networkPages as enNetworkPages } from "./en/network-pages.js";
import { networks as enNetworks } from "./en/networks.js";
import { statistics as enStatistics } from "./en/statistics.js";
import { statisticsEngine as enStatisticsEngine } from "./en/statistics-engine.js";
import { statisticsPages as enStatisticsPages } from "./en/statistics-pages.js";
import { ui as enUi } from "./en/ui.js";
import { analysis as svAnalysis } from "./sv/analysis.js";
import { casePages as svCasePages } from "./sv/case-pages.js";
import { cases as svCases } from "./sv/cases.js";
import { checklistPages as svChecklistPages } from "./sv/checklist-pages.js";
import { checklists as svChecklists } from "./sv/checklists.js";
import { common as svCommon } from "./sv/common.js";
import { decisionPages as svDecisionPages } from "./sv/decision-pages.js";
import { differencePages as svDifferencePages } from "./sv/difference-pages.js";
import { differences as svDifferences } from "./sv/differences.js";
import { documents as svDocuments } from "./sv/documents.js";
import { errors as svErrors } from "./sv/errors.js";
import { indicatorCli as svIndicatorCli } from "./sv/indicator-cli.js";
import { indicators as svIndicators } from "./sv/indicators.js";
import { networkPages as svNetworkPages } from "./sv/network-pages.js";
import { networks as svNetworks } from "./sv/networks.js";
import { statistics as svStatistics } from "./sv/statistics.js";
import { statisticsEngine as svStatisticsEngine } from "./sv/statistics-engine.js";
import { statisticsPages as svStatisticsPages } from "./sv/statistics-pages.js";
import { ui as svUi } from "./sv/ui.js";
import type { MessagePath } from "./translation.js";

export type { Translation } from "./translation.js";

/** Swedish first; English available. */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";

const sv = {
  ...svCommon,
  analysis: svAnalysis,
  cases: svCases,
  casePages: svCasePages,
  decisionPages: svDecisionPages,
  errors: svErrors,
  ui: svUi,
  documents: svDocuments,
  checklists: svChecklists,
  networks: svNetworks,
  checklistPages: svChecklistPages,
  networkPages: svNetworkPages,
  statistics: svStatistics,
  statisticsEngine: svStatisticsEngine,
  statisticsPages: svStatisticsPages,
  differences: svDifferences,
  differencePages: svDifferencePages,
  indicators: svIndicators,
  indicatorCli: svIndicatorCli,
};
const en = {
  ...enCommon,
  analysis: enAnalysis,
  cases: enCases,
  casePages: enCasePages,
  decisionPages: enDecisionPages,
  errors: enErrors,
  ui: enUi,
  documents: enDocuments,
  checklists: enChecklists,
  networks: enNetworks,
  checklistPages: enChecklistPages,
  networkPages: enNetworkPages,
  statistics: enStatistics,
  statisticsEngine: enStatisticsEngine,
  statisticsPages: enStatisticsPages,
  differences: enDifferences,
  differencePages: enDifferencePages,
  indicators: enIndicators,
  indicatorCli: enIndicatorCli,
};

/** The catalogues, one per locale, in the shape i18next reads as its default namespace. */
export const catalogues: Readonly<Record<Locale, typeof sv>> = { sv, en: en as typeof sv };

/** A key of any text in the catalogues, e.g. "errors.notFound" or "roles.reviewer". */
export type MessageKey = MessagePath<typeof sv>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the locale from an Accept-Language header ("en-GB,en;q=0.9,sv;q=0.8"), honouring
 * q-values; Swedish when nothing matches or the header is missing.
 */
export function negotiateLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { language: tag.toLowerCase().split("-")[0] ?? "", quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranked.find((entry) => isLocale(entry.language) || entry.language === "*");
  if (!match || match.language === "*") return DEFAULT_LOCALE;
  return match.language as Locale;
}
