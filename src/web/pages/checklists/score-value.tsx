import { useTranslation } from "react-i18next";
import type { ItemScore } from "../../../core/index.js";
import { useScoreFormats } from "./checklist-format.js";

/** A score as "2,5", or a dash that says "not assessed" to screen readers. */
export function ScoreValue({ score }: { readonly score: ItemScore }) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  if (score === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t("checklistPages.common.unscored")}</span>
      </>
    );
  }
  return <>{formats.score(score)}</>;
}
