import { useTranslation } from "react-i18next";
import { CASE_SECTION_KEYS, REVIEW_QUESTIONS } from "../../../core/index.js";
import type { ReviewView } from "../../api/case-types.js";
import { formatDateTime } from "./case-format.js";
import { sectionCommentId } from "./section-comment.js";

/**
 * The latest review: outcome, who and when, the overall comment, the answers to the five
 * questions, and links to the sections that have comments (shown there).
 */
export function ReviewSummary({ review }: { readonly review: ReviewView }) {
  const { t, i18n } = useTranslation();
  const commented = CASE_SECTION_KEYS.filter((key) => review.sectionComments[key]?.trim());
  const returned = review.outcome === "returned";
  return (
    <section
      className={returned ? "review-summary review-returned" : "review-summary"}
      aria-labelledby="latest-review-heading"
    >
      <h2 id="latest-review-heading">{t("casePages.reviewSummary.heading")}</h2>
      <p>
        <strong>{t(`cases.reviewOutcomes.${review.outcome}`)}</strong>{" "}
        {t("casePages.reviewSummary.byline", {
          name: review.reviewerName ?? t("casePages.reviewSummary.unknownReviewer"),
          time: formatDateTime(review.createdAt, i18n.language),
          version: review.version,
        })}
      </p>
      {returned && <p>{t("casePages.reviewSummary.returnedIntro")}</p>}
      {review.comment.trim() && (
        <>
          <h3>{t("casePages.reviewSummary.comment")}</h3>
          <p className="case-lines">{review.comment}</p>
        </>
      )}
      {commented.length > 0 && (
        <>
          <h3>{t("casePages.reviewSummary.sectionComments")}</h3>
          <ul>
            {commented.map((key) => (
              <li key={key}>
                <a href={`#${sectionCommentId(key)}`}>{t(`cases.sections.${key}`)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("casePages.reviewSummary.answers")}</h3>
      <dl className="review-answers">
        {REVIEW_QUESTIONS.map((question) => {
          const answer = review.answers[question];
          return (
            <div key={question} className="review-answer">
              <dt>{t(`cases.reviewQuestions.${question}`)}</dt>
              <dd>
                {answer === undefined
                  ? t("casePages.reviewSummary.notAnswered")
                  : answer
                    ? t("casePages.review.yes")
                    : t("casePages.review.no")}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
