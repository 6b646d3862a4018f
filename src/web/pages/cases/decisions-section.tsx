import { useTranslation } from "react-i18next";
import { minutesExtractUrl } from "../../api/case-api.js";
import type { DecisionView } from "../../api/case-types.js";
import { formatDate } from "./case-format.js";
import { bodyName, type CaseLookups } from "./case-lookups.js";

interface DecisionsSectionProps {
  readonly orgId: string;
  readonly caseId: string;
  readonly decisions: readonly DecisionView[];
  readonly lookups: CaseLookups;
}

/**
 * The decisions on the case: paragraph (§), date, outcome, the body's position on the
 * consequences for women and men, and the extract of the minutes to download.
 */
export function DecisionsSection({ orgId, caseId, decisions, lookups }: DecisionsSectionProps) {
  const { t, i18n } = useTranslation();
  if (decisions.length === 0) return null;
  return (
    <section className="case-decisions" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t("casePages.decisions.heading")}</h2>
      {decisions.map((decision) => {
        const paragraph = t("casePages.decisions.paragraph", {
          paragraph: decision.paragraph,
          year: decision.paragraphYear,
        });
        return (
          <article key={decision.id} className="case-decision" aria-labelledby={`decision-${decision.id}`}>
            <h3 id={`decision-${decision.id}`}>
              {paragraph}, {bodyName(lookups, decision.bodyId) ?? t("casePages.unknown")}
            </h3>
            <dl className="details">
              <dt>{t("casePages.decisions.date")}</dt>
              <dd>{formatDate(decision.decidedOn, i18n.language)}</dd>
              <dt>{t("casePages.decisions.outcome")}</dt>
              <dd>{t(`cases.outcomes.${decision.outcome}`)}</dd>
              <dt>{t("casePages.decisions.genderPosition")}</dt>
              <dd>
                {decision.genderPosition.considered
                  ? t("casePages.decisions.considered")
                  : t("casePages.decisions.notConsidered")}
                {decision.genderPosition.comment.trim() && (
                  <span className="case-lines"> {decision.genderPosition.comment}</span>
                )}
              </dd>
            </dl>
            {decision.amendedText && (
              <>
                <h4>{t("casePages.decisions.amendedText")}</h4>
                <p className="case-lines">{decision.amendedText}</p>
              </>
            )}
            <ul className="case-downloads">
              <li>
                <a href={minutesExtractUrl(orgId, caseId, decision.id, "docx")} download>
                  {t("casePages.decisions.extractDocx", { paragraph })}
                </a>
              </li>
              <li>
                <a href={minutesExtractUrl(orgId, caseId, decision.id, "pdf")} download>
                  {t("casePages.decisions.extractPdf", { paragraph })}
                </a>
              </li>
            </ul>
          </article>
        );
      })}
    </section>
  );
}
