import { useTranslation } from "react-i18next";
import { CONCLUSIONS, CORE_CRITERIA, CRITERION_IDS, CRITERION_WEIGHTS, VERDICTS } from "../../../core/index.js";
import { PageHeading } from "../../components/page-heading.js";
import { useDocumentTitle } from "../../hooks/use-document-title.js";
import { GuidingQuestions } from "./guiding-questions.js";
import "../../styles/decisions.css";

const SUBGOALS = ["subgoal1", "subgoal2", "subgoal3", "subgoal4", "subgoal5", "subgoal6"] as const;

/**
 * Analysregler (public, no login): how Jämt judges the section "Beslutsförslagets påverkan
 * avseende jämställdhet" — the scoring, the verdicts and every criterion with its question,
 * meaning and an example — written for case officers and politicians, not developers.
 */
export function AnalysisRulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("analysis.title"));
  const total = CRITERION_IDS.reduce((sum, id) => sum + CRITERION_WEIGHTS[id], 0);
  const contents = [
    ["rules-scoring", t("decisionPages.rules.scoringHeading")],
    ["rules-verdicts", t("decisionPages.rules.verdictsHeading")],
    ["rules-criteria", t("decisionPages.rules.criteriaHeading")],
    ["rules-conclusions", t("decisionPages.rules.conclusionsHeading")],
    ["rules-questions", t("analysis.guidingQuestions.title")],
    ["rules-subgoals", t("decisionPages.rules.subgoalsHeading")],
  ] as const;

  return (
    <div className="rules-page">
      <PageHeading>{t("analysis.title")}</PageHeading>
      <p className="lead">{t("analysis.intro")}</p>
      <nav aria-labelledby="rules-contents" className="contents">
        <h2 id="rules-contents" className="contents-heading">
          {t("decisionPages.rules.contents")}
        </h2>
        <ul>
          {contents.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="rules-scoring">
        <h2 id="rules-scoring">{t("decisionPages.rules.scoringHeading")}</h2>
        <p>{t("analysis.scoring")}</p>
        <div className="table-wrapper scroll-contained narrow-table">
          <table>
            <caption>{t("decisionPages.rules.weightsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("decisionPages.rules.criterion")}</th>
                <th scope="col" className="numeric">
                  {t("decisionPages.rules.points")}
                </th>
                <th scope="col">{t("decisionPages.rules.core")}</th>
              </tr>
            </thead>
            <tbody>
              {CRITERION_IDS.map((id) => (
                <tr key={id}>
                  <th scope="row">
                    <a href={`#criterion-${id}`}>{t(`analysis.criteria.${id}.name`)}</a>
                  </th>
                  <td className="numeric">{CRITERION_WEIGHTS[id]}</td>
                  <td>{CORE_CRITERIA.includes(id) ? t("decisionPages.common.yes") : t("decisionPages.common.no")}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("decisionPages.rules.total")}</th>
                <td className="numeric">{total}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="rules-verdicts">
        <h2 id="rules-verdicts">{t("decisionPages.rules.verdictsHeading")}</h2>
        <dl className="verdict-list">
          {VERDICTS.map((verdict) => (
            <div key={verdict}>
              <dt>{t(`analysis.verdicts.${verdict}`)}</dt>
              <dd>{t(`analysis.verdictMeanings.${verdict}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="rules-criteria">
        <h2 id="rules-criteria">{t("decisionPages.rules.criteriaHeading")}</h2>
        <p>{t("decisionPages.rules.criteriaIntro")}</p>
        <ol className="criteria">
          {CRITERION_IDS.map((id) => (
            <li key={id} id={`criterion-${id}`} className="criterion">
              <h3>{t(`analysis.criteria.${id}.name`)}</h3>
              <p className="criterion-points">
                {t("decisionPages.rules.criterionPoints", { points: CRITERION_WEIGHTS[id] })}
                {CORE_CRITERIA.includes(id) && ` ${t("decisionPages.rules.coreNote")}`}
              </p>
              <dl>
                <dt>{t("decisionPages.rules.question")}</dt>
                <dd>{t(`analysis.criteria.${id}.question`)}</dd>
                <dt>{t("decisionPages.rules.meaning")}</dt>
                <dd>{t(`analysis.criteria.${id}.meaning`)}</dd>
                <dt>{t("decisionPages.rules.example")}</dt>
                <dd>
                  <blockquote className="example">{t(`analysis.criteria.${id}.example`)}</blockquote>
                </dd>
                <dt>{t("decisionPages.rules.advice")}</dt>
                <dd>{t(`analysis.criteria.${id}.adviceMissing`)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rules-conclusions">
        <h2 id="rules-conclusions">{t("decisionPages.rules.conclusionsHeading")}</h2>
        <p>{t("decisionPages.rules.conclusionsIntro")}</p>
        <ul>
          {CONCLUSIONS.map((conclusion) => (
            <li key={conclusion}>{t(`analysis.conclusions.${conclusion}`)}</li>
          ))}
        </ul>
      </section>

      <GuidingQuestions headingId="rules-questions" />

      <section aria-labelledby="rules-subgoals">
        <h2 id="rules-subgoals">{t("decisionPages.rules.subgoalsHeading")}</h2>
        <p>{t("decisionPages.rules.subgoalsIntro")}</p>
        <ul>
          {SUBGOALS.map((goal) => (
            <li key={goal}>{t(`analysis.subgoals.${goal}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
