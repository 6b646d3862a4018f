import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChecklistDefinition, ChecklistItem, ItemScore } from "../../../core/index.js";
import { FormAlert } from "../../components/form-alert.js";
import type { FormProblems } from "../../hooks/form-problems.js";
import { formatDateTime, formatTime } from "../cases/case-format.js";
import { useFormats } from "../meetings/format.js";
import { TextAreaField } from "../meetings/text-area-field.js";
import { useScoreFormats } from "./checklist-format.js";
import type { CaseOption } from "./evidence-links.js";
import { ItemConflict } from "./item-conflict.js";
import { type ItemDraft, type ItemState, isDirty, wasSaved } from "./item-state.js";
import { LinksEditor } from "./links-editor.js";
import { ScoreRadios } from "./score-radios.js";

const FIELDS = ["score", "comment", "evidence", "links"];

/** The occasion before this one and its score of the item, shown beside the choice. */
export interface PreviousScore {
  readonly occasion: string;
  readonly date: string;
  readonly score: ItemScore;
}

interface ItemEditorProps {
  readonly item: ChecklistItem;
  readonly definition: ChecklistDefinition;
  readonly state: ItemState;
  readonly previous: PreviousScore | null;
  readonly cases: readonly CaseOption[];
  /** Where "Skapa åtgärd" leads: the agenda with this item's new-measure form open. */
  readonly measurePath: string;
  readonly onDraft: (change: (draft: ItemDraft) => ItemDraft) => void;
  readonly onSave: () => void;
  readonly onTakeNewer: () => void;
  readonly onKeepMine: () => void;
  readonly onRetryFetch: () => void;
}

/**
 * One item of the assessment, saved by itself: the score (with the previous occasion's beside
 * it), a comment, evidence as text and links, and a button that saves this item only. When
 * somebody else saved the item meanwhile, the conflict panel takes over until the user chooses.
 */
export function ItemEditor({
  item,
  definition,
  state,
  previous,
  cases,
  measurePath,
  onDraft,
  onSave,
  onTakeNewer,
  onKeepMine,
  onRetryFetch,
}: ItemEditorProps) {
  const { t, i18n } = useTranslation();
  const formats = useScoreFormats();
  const dates = useFormats();
  const prefix = `item-${item.no}`;
  const { draft, status, saved } = state;
  const dirty = isDirty(state);
  const problems: FormProblems | null =
    status.kind === "failed"
      ? { message: status.message, fields: status.field ? { [status.field]: status.message } : {} }
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  // Only the outcome is announced, once: "Punkt 3 sparad kl. 14:32".
  const announced =
    status.kind === "saved"
      ? t("checklistPages.item.savedAt", { no: item.no, time: formatTime(status.at, i18n.language) })
      : "";

  const change = previous && previous.score !== null && draft.score !== null ? draft.score - previous.score : null;
  const stateText =
    status.kind === "saving"
      ? t("ui.saving")
      : dirty
        ? t("checklistPages.item.unsaved")
        : !wasSaved(saved)
          ? t("checklistPages.item.neverSaved")
          : saved.updatedBy
            ? t("checklistPages.item.lastSavedBy", {
                name: saved.updatedBy,
                time: formatDateTime(saved.updatedAt, i18n.language),
              })
            : t("checklistPages.item.lastSaved", { time: formatDateTime(saved.updatedAt, i18n.language) });

  return (
    <section className={dirty ? "assessment-item item-dirty" : "assessment-item"} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} className="item-heading">
        <span className="item-no">{item.no}.</span> {formats.text(item.text)}
      </h2>
      <p className="previous-score">
        {previous
          ? t("checklistPages.item.previous", {
              occasion: previous.occasion,
              date: dates.shortDate(previous.date),
              score: previous.score === null ? t("checklistPages.common.unscored") : formats.score(previous.score),
            })
          : t("checklistPages.item.noPrevious")}
        {change !== null && (
          <span className="score-change">
            {" "}
            {change === 0
              ? t("checklistPages.item.unchanged")
              : t("checklistPages.item.changed", {
                  change: `${change > 0 ? "+" : "−"}${formats.score(Math.abs(change))}`,
                })}
          </span>
        )}
      </p>
      {status.kind === "conflict" && (
        <ItemConflict
          id={`${prefix}-conflict`}
          itemNo={item.no}
          message={status.message}
          newer={status.newer}
          mine={draft}
          cases={cases}
          onTakeNewer={onTakeNewer}
          onKeepMine={onKeepMine}
          onRetryFetch={onRetryFetch}
        />
      )}
      <form noValidate className="item-form" onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
        <FormAlert problems={problems} idPrefix={prefix} fields={FIELDS} />
        <ScoreRadios
          id={`${prefix}-score`}
          legend={t("checklistPages.item.scoreLegend", { no: item.no })}
          definition={definition}
          value={draft.score}
          onValueChange={(score) => onDraft((d) => ({ ...d, score }))}
          error={problems?.fields.score}
        />
        <TextAreaField
          id={`${prefix}-comment`}
          label={t("checklistPages.item.comment")}
          hint={t("checklistPages.item.commentHint")}
          rows={3}
          value={draft.comment}
          onValueChange={(comment) => onDraft((d) => ({ ...d, comment }))}
        />
        <TextAreaField
          id={`${prefix}-evidence`}
          label={t("checklistPages.item.evidence")}
          hint={t("checklistPages.item.evidenceHint")}
          rows={3}
          value={draft.evidenceText}
          onValueChange={(evidenceText) => onDraft((d) => ({ ...d, evidenceText }))}
        />
        <LinksEditor
          id={`${prefix}-links`}
          legend={t("checklistPages.item.links")}
          links={draft.links}
          onChange={(links) => onDraft((d) => ({ ...d, links }))}
          cases={cases}
          error={problems?.fields.links}
        />
        <div className="item-actions">
          {/* Not disabled while saving: a disabled button loses the keyboard focus; a second press is ignored. */}
          <button type="submit" disabled={status.kind === "conflict"}>
            {t("checklistPages.item.save", { no: item.no })}
          </button>
          <p className={dirty ? "item-state item-state-unsaved" : "item-state"}>{stateText}</p>
          <Link to={measurePath} className="item-measure-link">
            {t("checklistPages.item.createMeasure")}
            <span className="visually-hidden"> {t("checklistPages.item.forItem", { no: item.no })}</span>
          </Link>
        </div>
        <p role="status" className="visually-hidden">
          {announced}
        </p>
      </form>
    </section>
  );
}
