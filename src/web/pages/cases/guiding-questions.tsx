import { useTranslation } from "react-i18next";

/** The questions to start from, in the order an analysis usually answers them. */
const QUESTIONS = [
  "analysis.guidingQuestions.problem",
  "analysis.guidingQuestions.goalsAndMethods",
  "analysis.guidingQuestions.who",
  "analysis.guidingQuestions.statistics",
  "analysis.guidingQuestions.representation",
  "analysis.guidingQuestions.resources",
  "analysis.guidingQuestions.realia",
  "analysis.guidingQuestions.realisera",
  "analysis.criteria.intersectionality.question",
  "analysis.guidingQuestions.subgoals",
  "analysis.guidingQuestions.conclusion",
  "analysis.guidingQuestions.followUp",
] as const;

/**
 * The guiding questions (who is affected, statistics by sex, the 4R questions, sub-goals,
 * conclusion, follow-up) in a disclosure. They are only read: the officer answers them in
 * their own words, nothing is put into the text for them.
 */
export function GuidingQuestions() {
  const { t } = useTranslation();
  return (
    <details className="guiding-questions">
      <summary>{t("analysis.guidingQuestions.title")}</summary>
      <p>{t("casePages.guiding.intro")}</p>
      <ul>
        {QUESTIONS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
