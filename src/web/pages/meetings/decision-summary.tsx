import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { Decision, NewAssignment } from "../../api/decision-api.js";
import { extractUrl } from "../../api/decision-api.js";
import { currentLanguage } from "../../i18n.js";
import { useFormats } from "./format.js";
import { CheckIcon, WarningIcon } from "./icons.js";

interface DecisionSummaryProps {
  readonly orgId: string;
  readonly decision: Decision;
  /** The assignments the decision gave, as far as known. */
  readonly assignments: readonly NewAssignment[];
  readonly caseName: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** A recorded decision: §, date, outcome, the body's position on the gender consequences, assignments, extracts. */
export function DecisionSummary({ orgId, decision, assignments, caseName, headingRef }: DecisionSummaryProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const headingId = `decision-summary-${decision.id}`;
  const lang = currentLanguage();
  const { considered, comment } = decision.genderPosition;
  return (
    <section className="decision-summary" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("decisionPages.decision.heading", { paragraph: decision.paragraph })}
      </h4>
      <dl className="details">
        <dt>{t("decisionPages.decision.paragraph")}</dt>
        <dd>
          {t("decisionPages.decision.paragraphOfYear", { paragraph: decision.paragraph, year: decision.paragraphYear })}
        </dd>
        <dt>{t("decisionPages.decision.date")}</dt>
        <dd>
          <time dateTime={decision.decidedOn}>{formats.longDate(decision.decidedOn)}</time>
        </dd>
        <dt>{t("decisionPages.decision.outcome")}</dt>
        <dd>{t(`cases.outcomes.${decision.outcome}`)}</dd>
        {decision.amendedText !== null && (
          <>
            <dt>{t("decisionPages.decision.amendedText")}</dt>
            <dd className="preserve-lines">{decision.amendedText}</dd>
          </>
        )}
      </dl>
      <div className={considered ? "gender-position considered" : "gender-position not-considered"}>
        <h5>{t("decisionPages.decision.position")}</h5>
        <p className="position-answer">
          {considered ? <CheckIcon /> : <WarningIcon />}
          <span>{considered ? t("decisionPages.decision.considered") : t("decisionPages.decision.notConsidered")}</span>
        </p>
        <p className="preserve-lines">
          <span className="label">{t("decisionPages.decision.comment")}: </span>
          {comment === "" ? t("decisionPages.decision.noComment") : comment}
        </p>
      </div>
      {assignments.length > 0 && (
        <>
          <h5>{t("decisionPages.decision.assignments")}</h5>
          <ul className="decision-assignments">
            {assignments.map((assignment, index) => (
              // A decision's assignments never change order, so the index is a stable key.
              <li key={index}>
                <strong>{assignment.assignee}</strong>: {assignment.description}{" "}
                {t("decisionPages.decision.dueBy", { date: formats.longDate(assignment.dueDate) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h5>{t("decisionPages.decision.extract")}</h5>
      <ul className="downloads">
        <li>
          <a href={extractUrl(orgId, decision, "docx", lang)} download>
            {t("decisionPages.decision.downloadDocx")}
            <span className="visually-hidden"> {t("decisionPages.decision.forCase", { case: caseName })}</span>
          </a>
        </li>
        <li>
          <a href={extractUrl(orgId, decision, "pdf", lang)} download>
            {t("decisionPages.decision.downloadPdf")}
            <span className="visually-hidden"> {t("decisionPages.decision.forCase", { case: caseName })}</span>
          </a>
        </li>
      </ul>
    </section>
  );
}
