import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { GenderImpactAnalysis, Verdict } from "../../../core/analysis/index.js";
import { useDebouncedValue } from "./use-debounced-value.js";

/** How long the verdict must stay the same before a screen reader is told about it. */
const ANNOUNCE_AFTER_MS = 2_000;

interface AnalysisPanelProps {
  readonly analysis: GenderImpactAnalysis;
  /** Prefix of the ids in the panel (it may be shown twice on a page). */
  readonly idPrefix: string;
  /** Announce verdict changes (the editor); the read-only view and the reviewer's view do not change. */
  readonly live?: boolean;
}

/**
 * Jämt's assessment of the gender impact section: verdict and score, then every criterion,
 * met or not (a sign and a word, never colour alone), with its advice and the sentences that
 * show it. It only reads the text; it never writes into it.
 */
export function AnalysisPanel({ analysis, idPrefix, live = false }: AnalysisPanelProps) {
  const { t } = useTranslation();
  const met = analysis.criteria.filter((criterion) => criterion.met).length;
  const subgoal = (goal: number) => {
    const key = SUBGOALS[goal - 1];
    return key ? t(key) : String(goal);
  };
  return (
    <section className="analysis-panel" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>{t("casePages.analysis.heading")}</h3>
      <p className={`analysis-verdict analysis-verdict-${analysis.verdict}`}>
        <span className="analysis-verdict-label">{t("casePages.analysis.verdict")}</span>{" "}
        <strong>{t(`analysis.verdicts.${analysis.verdict}`)}</strong>
        <span className="analysis-verdict-score">{t("casePages.analysis.score", { score: analysis.score })}</span>
      </p>
      <p>{t(`analysis.verdictMeanings.${analysis.verdict}`)}</p>
      {live && <VerdictAnnouncer verdict={analysis.verdict} score={analysis.score} />}
      {analysis.genderSection.present && (
        <dl className="analysis-facts">
          <dt>{t("casePages.analysis.criteriaMet")}</dt>
          <dd>{t("casePages.analysis.criteriaMetCount", { met, total: analysis.criteria.length })}</dd>
          <dt>{t("casePages.analysis.conclusion")}</dt>
          <dd>
            {analysis.conclusion
              ? t(`analysis.conclusions.${analysis.conclusion}`)
              : t("casePages.analysis.noConclusion")}
          </dd>
          <dt>{t("casePages.analysis.subgoals")}</dt>
          <dd>
            {analysis.subgoals.length === 0 ? (
              t("casePages.analysis.noSubgoals")
            ) : (
              <ul className="case-plain-list">
                {analysis.subgoals.map((goal) => (
                  <li key={goal}>{subgoal(goal)}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t("casePages.analysis.neutralWords")}</dt>
          <dd>
            {analysis.neutralTerms.length === 0
              ? t("casePages.analysis.noNeutralWords")
              : t("casePages.analysis.neutralWordsCount", { count: analysis.neutralTerms.length })}
          </dd>
        </dl>
      )}
      <h4>{t("casePages.analysis.criteria")}</h4>
      <ul className="analysis-criteria">
        {analysis.criteria.map((criterion) => (
          <li
            key={criterion.id}
            className={
              criterion.met
                ? "analysis-criterion analysis-criterion-met"
                : "analysis-criterion analysis-criterion-unmet"
            }
          >
            <p className="analysis-criterion-name">
              <span className="analysis-criterion-icon" aria-hidden="true">
                {criterion.met ? "✓" : "✗"}
              </span>
              <strong>{t(`analysis.criteria.${criterion.id}.name`)}</strong>{" "}
              <span className="analysis-criterion-state">
                {criterion.met ? t("casePages.analysis.met") : t("casePages.analysis.notMet")}
              </span>
            </p>
            <p className="analysis-criterion-advice">{criterion.advice}</p>
            {criterion.evidence.length > 0 && (
              <details className="analysis-evidence">
                <summary>
                  {t("casePages.analysis.evidence", { count: criterion.evidence.length })}
                  <span className="visually-hidden">
                    {" "}
                    {t("casePages.analysis.evidenceFor", { criterion: t(`analysis.criteria.${criterion.id}.name`) })}
                  </span>
                </summary>
                <ul>
                  {criterion.evidence.map((quote) => (
                    <li key={quote}>
                      <q>{quote}</q>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/regler">{t("casePages.analysis.rulesLink")}</Link>
      </p>
      <p className="hint">{t("casePages.analysis.disclaimer")}</p>
    </section>
  );
}

/** The national gender-equality sub-goals 1–6, in order. */
const SUBGOALS = [
  "analysis.subgoals.subgoal1",
  "analysis.subgoals.subgoal2",
  "analysis.subgoals.subgoal3",
  "analysis.subgoals.subgoal4",
  "analysis.subgoals.subgoal5",
  "analysis.subgoals.subgoal6",
] as const;

/**
 * Tells screen readers the new verdict, politely and only once it has held for a while, so
 * that typing is not interrupted by every passing change.
 */
function VerdictAnnouncer({ verdict, score }: { readonly verdict: Verdict; readonly score: number }) {
  const { t } = useTranslation();
  const settled = useDebouncedValue(verdict, ANNOUNCE_AFTER_MS);
  const first = useRef(settled);
  const [message, setMessage] = useState("");
  const scoreRef = useRef(score);
  scoreRef.current = score;
  useEffect(() => {
    if (settled === first.current) return;
    first.current = settled;
    setMessage(
      t("casePages.analysis.announce", { verdict: t(`analysis.verdicts.${settled}`), score: scoreRef.current }),
    );
  }, [settled, t]);
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
