import { useTranslation } from "react-i18next";
import type { ItemScore } from "../../../core/index.js";
import { MissingValue } from "../../components/missing-value.js";
import { useScoreFormats } from "./checklist-format.js";

/** A score as "2,5", or a dash that says "not assessed" to screen readers. */
export function ScoreValue({ score }: { readonly score: ItemScore }) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  if (score === null) return <MissingValue label={t("checklistPages.common.unscored")} />;
  return <>{formats.score(score)}</>;
}
