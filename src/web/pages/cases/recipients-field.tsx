import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "./text-area-field.js";

/** The recipients in the text: one per line, blank lines left out. */
export function recipientsOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

interface RecipientsFieldProps {
  readonly recipients: readonly string[];
  readonly onChange: (recipients: string[]) => void;
  readonly commentId?: string | undefined;
  readonly comment?: ReactNode;
}

/**
 * Protokollsutdrag skickas till: one recipient per line. The text as typed is kept here, so
 * that a new, still empty line survives; it is replaced only when the list changes from
 * outside (another version taken over).
 */
export function RecipientsField({ recipients, onChange, commentId, comment }: RecipientsFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(recipients.join("\n"));
  const shown = sameList(recipientsOf(text), recipients) ? text : recipients.join("\n");
  return (
    <div className="case-section">
      <TextAreaField
        id="section-recipients"
        heading="h2"
        label={t("cases.sections.recipients")}
        hint={t("casePages.recipients.hint")}
        value={shown}
        rows={4}
        aria-describedby={commentId}
        note={comment}
        onValueChange={(next) => {
          setText(next);
          onChange(recipientsOf(next));
        }}
      />
    </div>
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
