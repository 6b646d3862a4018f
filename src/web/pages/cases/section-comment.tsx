import { useTranslation } from "react-i18next";

/** The id of the reviewer's comment on a section, for aria-describedby on the section's field. */
export function sectionCommentId(key: string): string {
  return `review-comment-${key}`;
}

/** The reviewer's comment on one section, shown at the section (and read with its field). */
export function SectionComment({
  sectionKey,
  comment,
}: {
  readonly sectionKey: string;
  readonly comment: string | undefined;
}) {
  const { t } = useTranslation();
  if (!comment?.trim()) return null;
  return (
    <div className="review-comment" id={sectionCommentId(sectionKey)}>
      <p className="review-comment-label">{t("casePages.review.sectionComment")}</p>
      <p className="case-lines">{comment}</p>
    </div>
  );
}
