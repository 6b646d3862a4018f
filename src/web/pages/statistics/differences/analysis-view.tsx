import { useTranslation } from "react-i18next";
import { ANALYSIS_DIMENSION_LABELS, ANALYSIS_DIMENSIONS, NATIONAL_SUBGOALS } from "../../../../core/index.js";
import type { DifferenceAnalysis } from "../../../api/difference-api.js";
import { useLocalised } from "./subgoal-fields.js";

/** The ticked sub-goals and dimensions as one line of text each, in the interface's language. */
export function useLocalisedLists() {
  const { t } = useTranslation();
  const text = useLocalised();
  return {
    subgoals: (numbers: readonly number[]) =>
      NATIONAL_SUBGOALS.filter((goal) => numbers.includes(goal.no))
        .map((goal) => t("differencePages.analysis.subgoalName", { no: goal.no, title: text(goal.title) }))
        .join("; "),
    dimensions: (keys: readonly string[]) =>
      ANALYSIS_DIMENSIONS.filter((key) => keys.includes(key))
        .map((key) => text(ANALYSIS_DIMENSION_LABELS[key]))
        .join("; "),
  };
}

/** The documented analysis, read-only, for those who may read but not analyse. */
export function AnalysisView({ analysis }: { readonly analysis: DifferenceAnalysis }) {
  const { t } = useTranslation();
  const lists = useLocalisedLists();
  const answer = (value: string) =>
    value.trim() === "" ? <span className="muted">{t("differencePages.analysis.noAnswer")}</span> : value;
  const list = (value: string) =>
    value === "" ? <span className="muted">{t("differencePages.analysis.none")}</span> : value;
  return (
    <section aria-labelledby="analysis-heading" className="analysis-view">
      <h2 id="analysis-heading">{t("differencePages.analysis.heading")}</h2>
      <p className="notice">{t("differencePages.common.readOnly")}</p>
      <dl className="analysis-answers">
        <dt>{t("differencePages.analysis.problem")}</dt>
        <dd className="preserve-lines">{answer(analysis.problem)}</dd>
        <dt>{t("differencePages.analysis.goalsAndMethods")}</dt>
        <dd className="preserve-lines">{answer(analysis.goalsAndMethods)}</dd>
        <dt>{t("differencePages.analysis.explanation")}</dt>
        <dd className="preserve-lines">{answer(analysis.explanation)}</dd>
        <dt>{t("differencePages.analysis.judgment")}</dt>
        <dd>
          {analysis.judgment
            ? t(`differencePages.analysis.judgments.${analysis.judgment}`)
            : t("differencePages.analysis.notJudged")}
        </dd>
        <dt>{t("differencePages.analysis.judgmentReason")}</dt>
        <dd className="preserve-lines">{answer(analysis.judgmentReason)}</dd>
        <dt>{t("differencePages.analysis.subgoals")}</dt>
        <dd>{list(lists.subgoals(analysis.subgoals))}</dd>
        <dt>{t("differencePages.analysis.dimensions")}</dt>
        <dd>{list(lists.dimensions(analysis.dimensionsConsidered))}</dd>
      </dl>
    </section>
  );
}
