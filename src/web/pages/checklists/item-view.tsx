import { useTranslation } from "react-i18next";
import type { ChecklistDefinition, ChecklistItem } from "../../../core/index.js";
import type { AssessmentItem } from "../../api/checklist-types.js";
import { useFormats } from "../meetings/format.js";
import { useScoreFormats } from "./checklist-format.js";
import { EvidenceLinks } from "./evidence-links.js";
import type { PreviousScore } from "./item-editor.js";
import { ScoreValue } from "./score-value.js";

interface ItemViewProps {
  readonly orgId: string;
  readonly item: ChecklistItem;
  readonly definition: ChecklistDefinition;
  readonly saved: AssessmentItem;
  readonly previous: PreviousScore | null;
  readonly cases: ReadonlyMap<string, string>;
}

/** One item of an assessment to read (for those who may not assess): score, the previous occasion's, comment, evidence. */
export function ItemView({ orgId, item, definition, saved, previous, cases }: ItemViewProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const dates = useFormats();
  const anchor = definition.anchors.find((a) => a.value === saved.score);
  return (
    <section className="assessment-item" aria-labelledby={`item-${item.no}-heading`}>
      <h2 id={`item-${item.no}-heading`} className="item-heading">
        <span className="item-no">{item.no}.</span> {formats.text(item.text)}
      </h2>
      <dl className="details item-details">
        <dt>{t("checklistPages.item.score")}</dt>
        <dd>
          <span className="item-score">
            <ScoreValue score={saved.score} />
          </span>
          {anchor && <span className="muted"> {formats.text(anchor.text)}</span>}
        </dd>
        <dt>{t("checklistPages.item.previousShort")}</dt>
        <dd>
          {previous ? (
            <>
              <ScoreValue score={previous.score} />{" "}
              <span className="muted">
                ({previous.occasion}, {dates.shortDate(previous.date)})
              </span>
            </>
          ) : (
            t("checklistPages.item.noPreviousShort")
          )}
        </dd>
        <dt>{t("checklistPages.item.comment")}</dt>
        <dd className="preserve-lines">
          {saved.comment.trim() === "" ? t("checklistPages.item.noComment") : saved.comment}
        </dd>
        <dt>{t("checklistPages.item.evidence")}</dt>
        <dd>
          {saved.evidence.text.trim() === "" && saved.evidence.links.length === 0 ? (
            t("checklistPages.item.noEvidence")
          ) : (
            <>
              {saved.evidence.text.trim() !== "" && <p className="preserve-lines">{saved.evidence.text}</p>}
              <EvidenceLinks orgId={orgId} links={saved.evidence.links} cases={cases} />
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
