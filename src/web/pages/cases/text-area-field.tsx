import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";
import { FieldMessages, fieldMessageIds } from "../../components/field-messages.js";

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "value" | "onChange" | "children">;

interface TextAreaFieldProps extends NativeProps {
  readonly id: string;
  readonly label: ReactNode;
  /** When given, the label is also the heading of a part of the page (h2 for a case section). */
  readonly heading?: "h2" | "h3" | "h4" | undefined;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly textAreaRef?: Ref<HTMLTextAreaElement>;
  /** Shown between the label and the textarea, e.g. the reviewer's comment on the section. */
  readonly note?: ReactNode;
}

/**
 * A labelled textarea with an optional hint and error, both read with the field. A section's
 * textarea is labelled by the section's heading itself (a label inside the heading), so the
 * heading outline and the form agree and clicking the heading puts the cursor in the text.
 */
export function TextAreaField({
  id,
  label,
  heading: Heading,
  value,
  onValueChange,
  hint,
  error,
  textAreaRef,
  note,
  rows = 5,
  ...native
}: TextAreaFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  const labelElement = <label htmlFor={id}>{label}</label>;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      {Heading ? <Heading className="case-field-heading">{labelElement}</Heading> : labelElement}
      <FieldMessages id={id} hint={hint} error={error} />
      {note}
      <textarea
        {...native}
        ref={textAreaRef}
        className="case-textarea"
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={[describedBy, native["aria-describedby"]].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
