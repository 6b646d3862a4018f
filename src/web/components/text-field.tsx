import type { InputHTMLAttributes, Ref } from "react";
import { FieldMessages, fieldMessageIds } from "./field-messages.js";

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "children">;

interface TextFieldProps extends NativeProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly hint?: string | undefined;
  /** Shown under the label and tied to the input (aria-describedby, aria-invalid). */
  readonly error?: string | undefined;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with an optional hint and error message, both read out with the field. */
export function TextField({ id, label, value, onValueChange, hint, error, inputRef, ...native }: TextFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        {...native}
        ref={inputRef}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
