import type { ReactNode } from "react";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";

interface RadioGroupProps<V extends string> {
  /** The fieldset's id; each radio gets `${id}-${value}`. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  /** "" when nothing is chosen yet. */
  readonly value: V | "";
  readonly onValueChange: (value: V) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly className?: string;
}

/** Radio buttons grouped under a legend, with a hint and an error read out with the group. */
export function RadioGroup<V extends string>({
  id,
  legend,
  options,
  value,
  onValueChange,
  hint,
  error,
  className,
}: RadioGroupProps<V>) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  const classes = ["radios", className, error ? "field-invalid" : undefined].filter(Boolean).join(" ");
  return (
    <fieldset id={id} className={classes} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option) => (
        <div className="radio" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValueChange(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
