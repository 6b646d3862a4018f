import { useTranslation } from "react-i18next";
import type { ChecklistSummary } from "../../api/checklist-types.js";
import { SelectApplyForm } from "../../components/select-apply-form.js";
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
  if (checklists.length < 2) return null;
  return (
    <SelectApplyForm
      id={id}
      formLabel={t("checklistPages.picker.label")}
      label={t("checklistPages.picker.checklist")}
      value={value}
      options={checklists.map((checklist) => ({
        value: checklist.id,
        label: checklist.builtIn
          ? t("checklistPages.picker.builtInOption", { name: formats.text(checklist.latest.definition.name) })
          : formats.text(checklist.latest.definition.name),
      }))}
      buttonLabel={t("checklistPages.picker.apply")}
      onApply={onApply}
    />
  );
}
