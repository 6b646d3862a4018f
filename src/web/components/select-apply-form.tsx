import { type FormEvent, useState } from "react";
import { type Option, SelectField } from "./select-field.js";

interface SelectApplyFormProps {
  /** The select's id. */
  readonly id: string;
  /** The form's accessible name. */
  readonly formLabel: string;
  readonly label: string;
  /** The choice in force now (from the URL). */
  readonly value: string;
  readonly options: readonly Option[];
  readonly buttonLabel: string;
  readonly onApply: (value: string) => void;
}

/**
 * A select whose choice takes effect with a button, so that moving through the options never
 * changes the page (WCAG 3.2.2).
 */
export function SelectApplyForm({ id, formLabel, label, value, options, buttonLabel, onApply }: SelectApplyFormProps) {
  const [chosen, setChosen] = useState(value);
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    // The URL changed (back button, a link): show its choice. No remount, so focus stays on the button.
    setShownFor(value);
    setChosen(value);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(chosen);
  };
  return (
    <form className="form inline-filter" onSubmit={submit} aria-label={formLabel}>
      <SelectField id={id} label={label} value={chosen} options={options} onValueChange={setChosen} />
      <button type="submit" className="button-secondary">
        {buttonLabel}
      </button>
    </form>
  );
}
