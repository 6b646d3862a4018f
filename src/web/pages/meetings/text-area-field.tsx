import type { Ref, TextareaHTMLAttributes } from "react";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "value" | "onChange" | "children">;

interface TextAreaFieldProps extends NativeProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly textAreaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field with an optional hint and error, both read out with the field. */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  textAreaRef,
  ...native
}: TextAreaFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        rows={4}
        {...native}
        ref={textAreaRef}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
