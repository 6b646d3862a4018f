import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistSummary } from "../../api/checklist-types.js";
import { SelectField } from "../../components/select-field.js";
import { useScoreFormats } from "./checklist-format.js";

interface ChecklistPickerProps {
  readonly id: string;
  readonly checklists: readonly ChecklistSummary[];
  /** The checklist shown now. */
  readonly value: string;
  readonly onApply: (checklistId: string) => void;
}

/**
 * Chooses among several checklists with a button, so that moving through the options never
 * changes the page (WCAG 3.2.2). Nothing is shown while there is only one checklist.
 */
export function ChecklistPicker({ id, checklists, value, onApply }: ChecklistPickerProps) {
  const { t } = useTranslation();
  const formats = useScoreFormats();
  const [chosen, setChosen] = useState(value);
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    // The URL changed (back button, a link): show its choice.
    setShownFor(value);
    setChosen(value);
  }
  if (checklists.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(chosen);
  };
  return (
    <form className="form inline-filter" onSubmit={submit} aria-label={t("checklistPages.picker.label")}>
      <SelectField
        id={id}
        label={t("checklistPages.picker.checklist")}
        value={chosen}
        options={checklists.map((checklist) => ({
          value: checklist.id,
          label: checklist.builtIn
            ? t("checklistPages.picker.builtInOption", { name: formats.text(checklist.latest.definition.name) })
            : formats.text(checklist.latest.definition.name),
        }))}
        onValueChange={setChosen}
      />
      <button type="submit" className="button-secondary">
        {t("checklistPages.picker.apply")}
      </button>
    </form>
  );
}
