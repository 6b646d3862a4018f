import { useTranslation } from "react-i18next";

/** The guiding questions, grouped as case officers learn them: the two basic ones, 4R, and the rest. */
const GROUPS = [
  { heading: "twoQuestions", keys: ["problem", "goalsAndMethods"] },
  { heading: "fourR", keys: ["representation", "resources", "realia", "realisera"] },
  { heading: "moreQuestions", keys: ["who", "statistics", "subgoals", "conclusion", "followUp"] },
] as const;

/** The questions an analysis starts from (analysis.guidingQuestions), under one h2 with an h3 per group. */
export function GuidingQuestions({ headingId }: { readonly headingId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("analysis.guidingQuestions.title")}</h2>
      <p>{t("decisionPages.rules.questionsIntro")}</p>
      {GROUPS.map((group) => (
        <div key={group.heading}>
          <h3>{t(`decisionPages.rules.${group.heading}`)}</h3>
          <ul>
            {group.keys.map((key) => (
              <li key={key}>{t(`analysis.guidingQuestions.${key}`)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
