import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CASE_SECTION_KEYS,
  type CaseSectionKey,
  REVIEW_QUESTIONS,
  type ReviewOutcome,
  type ReviewQuestion,
} from "../../../core/index.js";
import { reviewCase } from "../../api/case-api.js";
import type { CaseView, ReviewAnswers } from "../../api/case-types.js";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";
import { FormAlert } from "../../components/form-alert.js";
import { type FormProblems, problemsFromChecks, problemsFromError } from "../../hooks/form-problems.js";
import { TextAreaField } from "./text-area-field.js";

const FIELDS = [...REVIEW_QUESTIONS, "comment", "sectionComments"];

interface ReviewFormProps {
  readonly orgId: string;
  readonly caseId: string;
  readonly onReviewed: (view: CaseView, outcome: ReviewOutcome) => void;
}

/**
 * The reviewer's gate: five yes/no questions, a comment per section if needed, an overall
 * comment, then approve or return. Returning needs a comment; the API says so if it is missing.
 */
export function ReviewForm({ orgId, caseId, onReviewed }: ReviewFormProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Partial<Record<ReviewQuestion, boolean>>>({});
  const [sectionComments, setSectionComments] = useState<Partial<Record<CaseSectionKey, string>>>({});
  const [comment, setComment] = useState("");
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState<ReviewOutcome | null>(null);

  const send = async (outcome: ReviewOutcome) => {
    const found = problemsFromChecks(
      t("ui.form.errorSummary"),
      Object.fromEntries(
        REVIEW_QUESTIONS.map((question) => [
          question,
          answers[question] === undefined &&
            t("casePages.review.answerRequired", { question: t(`cases.reviewQuestions.${question}`) }),
        ]),
      ),
    );
    setProblems(found);
    if (found) return;
    setBusy(outcome);
    try {
      const view = await reviewCase(orgId, caseId, {
        outcome,
        answers: answers as ReviewAnswers,
        sectionComments,
        comment,
      });
      onReviewed(view, outcome);
    } catch (error) {
      setProblems(problemsFromError(error, { review_needs_comment: "comment" }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">{t("casePages.review.heading")}</h2>
      <p>{t("casePages.review.intro")}</p>
      <form
        noValidate
        className="form review-form"
        aria-labelledby="review-heading"
        onSubmit={(e) => e.preventDefault()}
      >
        <FormAlert problems={problems} idPrefix="review" fields={FIELDS} />
        {REVIEW_QUESTIONS.map((question) => (
          <YesNo
            key={question}
            id={`review-${question}`}
            legend={t(`cases.reviewQuestions.${question}`)}
            value={answers[question]}
            error={problems?.fields[question]}
            onChange={(value) => setAnswers((current) => ({ ...current, [question]: value }))}
          />
        ))}
        <fieldset id="review-sectionComments">
          <legend>{t("casePages.review.sectionComments")}</legend>
          <p className="hint">{t("casePages.review.sectionCommentsHint")}</p>
          {CASE_SECTION_KEYS.map((key) => (
            <TextAreaField
              key={key}
              id={`review-section-${key}`}
              label={t(`cases.sections.${key}`)}
              rows={2}
              value={sectionComments[key] ?? ""}
              onValueChange={(text) => setSectionComments((current) => ({ ...current, [key]: text }))}
            />
          ))}
        </fieldset>
        <TextAreaField
          id="review-comment"
          label={t("casePages.review.comment")}
          hint={t("casePages.review.commentHint")}
          rows={4}
          value={comment}
          error={problems?.fields.comment}
          onValueChange={setComment}
        />
        <div className="actions">
          <button type="button" disabled={busy !== null} onClick={() => void send("approved")}>
            {busy === "approved" ? t("ui.saving") : t("casePages.review.approve")}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={busy !== null}
            onClick={() => void send("returned")}
          >
            {busy === "returned" ? t("ui.saving") : t("casePages.review.return")}
          </button>
        </div>
      </form>
    </section>
  );
}

interface YesNoProps {
  readonly id: string;
  readonly legend: string;
  readonly value: boolean | undefined;
  readonly error: string | undefined;
  readonly onChange: (value: boolean) => void;
}

/** One question of the review gate: a fieldset with the question as legend and two radio buttons. */
function YesNo({ id, legend, value, error, onChange }: YesNoProps) {
  const { t } = useTranslation();
  const { describedBy } = fieldMessageIds(id, undefined, error);
  return (
    <fieldset id={id} className={error ? "case-yes-no field-invalid" : "case-yes-no"} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages id={id} error={error} />
      <div className="case-radios">
        {([true, false] as const).map((option) => {
          const optionId = `${id}-${option ? "yes" : "no"}`;
          return (
            <div className="case-radio" key={optionId}>
              <input
                type="radio"
                id={optionId}
                name={id}
                checked={value === option}
                onChange={() => onChange(option)}
              />
              <label htmlFor={optionId}>{option ? t("casePages.review.yes") : t("casePages.review.no")}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
