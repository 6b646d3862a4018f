import { useTranslation } from "react-i18next";
import { TextField } from "../../components/text-field.js";
import { TYPICAL_PARTICIPANTS, type TypicalParticipant } from "./checklist-format.js";

/** The roles that took part: checkboxes for the typical ones, and a free text for others (comma-separated). */
export interface ParticipantsDraft {
  readonly typical: readonly TypicalParticipant[];
  readonly others: string;
}

export function participantsDraftOf(participants: readonly string[]): ParticipantsDraft {
  return {
    typical: TYPICAL_PARTICIPANTS.filter((role) => participants.includes(role)),
    others: participants.filter((p) => !(TYPICAL_PARTICIPANTS as readonly string[]).includes(p)).join(", "),
  };
}

/** The participants as the API takes them: the typical roles in their usual order, then the others as written. */
export function participantsOf(draft: ParticipantsDraft): string[] {
  const others = draft.others
    .split(",")
    .map((part) => part.trim().replace(/\s+/g, " "))
    .filter((part) => part !== "");
  return [...new Set([...TYPICAL_PARTICIPANTS.filter((role) => draft.typical.includes(role)), ...others])];
}

interface ParticipantsFieldProps {
  /** The fieldset's id; checkboxes get `${id}-${role}`, the free text `${id}-others`. */
  readonly id: string;
  readonly value: ParticipantsDraft;
  readonly onValueChange: (value: ParticipantsDraft) => void;
}

export function ParticipantsField({ id, value, onValueChange }: ParticipantsFieldProps) {
  const { t } = useTranslation();
  const toggle = (role: TypicalParticipant, checked: boolean) =>
    onValueChange({
      ...value,
      typical: TYPICAL_PARTICIPANTS.filter((r) => (r === role ? checked : value.typical.includes(r))),
    });
  return (
    <fieldset id={id} className="checkboxes" aria-describedby={`${id}-hint`}>
      <legend>{t("checklistPages.participants.legend")}</legend>
      <p id={`${id}-hint`} className="hint">
        {t("checklistPages.participants.hint")}
      </p>
      <div className="participant-options">
        {TYPICAL_PARTICIPANTS.map((role) => (
          <div className="checkbox" key={role}>
            <input
              type="checkbox"
              id={`${id}-${role}`}
              checked={value.typical.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />
            <label htmlFor={`${id}-${role}`}>{t(`checklistPages.participants.${role}`)}</label>
          </div>
        ))}
      </div>
      <TextField
        id={`${id}-others`}
        label={t("checklistPages.participants.others")}
        hint={t("checklistPages.participants.othersHint")}
        autoComplete="off"
        value={value.others}
        onValueChange={(others) => onValueChange({ ...value, others })}
      />
    </fieldset>
  );
}
