import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { TYPICAL_OCCASIONS } from "../../../core/index.js";
import { TextField } from "../../components/text-field.js";
import type { FormProblems } from "../../hooks/form-problems.js";
import { type ParticipantsDraft, ParticipantsField, participantsOf } from "./participants-field.js";

/** An assessment's occasion as a form holds it: its name, its date and who took part. */
export interface OccasionDraft {
  readonly occasion: string;
  readonly date: string;
  readonly participants: ParticipantsDraft;
}

/** The draft as the API takes it: the name with its white space folded, the participants listed. */
export function occasionInputOf(draft: OccasionDraft) {
  return {
    occasion: draft.occasion.trim().replace(/\s+/g, " "),
    date: draft.date,
    participants: participantsOf(draft.participants),
  };
}

/** The checks made before sending (for problemsFromChecks): a name, and a whole date. */
export function occasionChecks(t: TFunction, draft: OccasionDraft) {
  return {
    occasion: draft.occasion.trim() === "" && t("checklistPages.new.occasionRequired"),
    date: !/^\d{4}-\d{2}-\d{2}$/.test(draft.date) && t("checklistPages.new.dateRequired"),
  };
}

/** The API's error codes about the occasion, each with the field it is about (for problemsFromError). */
export const OCCASION_ERROR_FIELDS = {
  duplicate_occasion: "occasion",
  occasion_too_far_ahead: "date",
  invalid_occasion_date: "date",
  empty_occasion: "occasion",
} as const;

interface OccasionFieldsProps {
  /** The fields get the ids `${idPrefix}-occasion`, `${idPrefix}-date` and `${idPrefix}-participants`. */
  readonly idPrefix: string;
  readonly draft: OccasionDraft;
  readonly onDraftChange: (draft: OccasionDraft) => void;
  readonly problems: FormProblems | null;
  /** Occasions the checklist already has, named in the hint when there are any. */
  readonly usedOccasions?: readonly string[];
}

/** The occasion's name (typical names suggested), its date and its participants. */
export function OccasionFields({ idPrefix, draft, onDraftChange, problems, usedOccasions = [] }: OccasionFieldsProps) {
  const { t } = useTranslation();
  const typicalList = `${idPrefix}-typical-occasions`;
  return (
    <>
      <TextField
        id={`${idPrefix}-occasion`}
        label={t("checklistPages.new.occasion")}
        hint={[
          t("checklistPages.new.occasionHint", { typical: TYPICAL_OCCASIONS.join(", ") }),
          usedOccasions.length > 0 && t("checklistPages.new.usedOccasions", { occasions: usedOccasions.join(", ") }),
        ]
          .filter(Boolean)
          .join(" ")}
        list={typicalList}
        autoComplete="off"
        required
        value={draft.occasion}
        onValueChange={(occasion) => onDraftChange({ ...draft, occasion })}
        error={problems?.fields.occasion}
      />
      <datalist id={typicalList}>
        {TYPICAL_OCCASIONS.map((typical) => (
          <option key={typical} value={typical} />
        ))}
      </datalist>
      <TextField
        id={`${idPrefix}-date`}
        type="date"
        label={t("checklistPages.new.date")}
        hint={t("checklistPages.new.dateHint")}
        required
        value={draft.date}
        onValueChange={(date) => onDraftChange({ ...draft, date })}
        error={problems?.fields.date}
      />
      <ParticipantsField
        id={`${idPrefix}-participants`}
        value={draft.participants}
        onValueChange={(participants) => onDraftChange({ ...draft, participants })}
      />
    </>
  );
}
