import { FormAlert } from "../../components/form-alert.js";
import type { FormProblems } from "../../hooks/form-problems.js";
import { useFocusProblems } from "../../hooks/use-focus-problems.js";

interface ProblemSummaryProps {
  readonly problems: FormProblems | null;
  /** Field `x` of the form has the element id `${idPrefix}-x`. */
  readonly idPrefix: string;
  /** The form's fields in their order on the page; the first with a problem gets focus. */
  readonly fields: readonly string[];
}

/** The form's error summary (FormAlert), with focus moved to the first field to correct. */
export function ProblemSummary({ problems, idPrefix, fields }: ProblemSummaryProps) {
  useFocusProblems(problems, idPrefix, fields);
  if (!problems) return null;
  return (
    <div id={`${idPrefix}-alert`} tabIndex={-1} className="problem-summary">
      <FormAlert problems={problems} idPrefix={idPrefix} fields={fields} />
    </div>
  );
}
