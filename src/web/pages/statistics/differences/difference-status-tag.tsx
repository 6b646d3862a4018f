import { useTranslation } from "react-i18next";
import type { DifferenceStatus } from "../../../api/difference-api.js";

/** The follow-up status of a difference in words, marked so that "overdue" and "missing" stand out. */
export function DifferenceStatusTag({ status }: { readonly status: DifferenceStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`difference-status difference-status-${status}`}>{t(`differencePages.statuses.${status}`)}</span>
  );
}
