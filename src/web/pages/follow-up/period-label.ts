import type { TFunction } from "i18next";

/**
 * A period key of the follow-up ("2026", "2026-H1", "2026-Q3") in words: "2026",
 * "2026 halvår 1", "2026 kvartal 3" (in English "H1 2026", "Q3 2026"); anything else as it is.
 */
export function periodLabel(t: TFunction, period: string): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return t("decisionPages.followUp.periodHalf", { year: half[1], n: half[2] });
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t("decisionPages.followUp.periodQuarter", { year: quarter[1], n: quarter[2] });
  return period;
}
