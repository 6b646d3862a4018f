import { FieldMessages, fieldMessageIds } from "./field-messages.js";

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onValueChange: (value: string) => void;
  readonly error?: string | undefined;
}

/** A labelled select with an optional error message tied to it. */
export function SelectField({ id, label, value, options, onValueChange, error }: SelectFieldProps) {
  const { describedBy } = fieldMessageIds(id, undefined, error);
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} error={error} />
      <select
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
