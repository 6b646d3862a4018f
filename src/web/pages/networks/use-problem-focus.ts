import { useEffect } from "react";
import type { FormProblems } from "../../hooks/form-problems.js";

/**
 * After a failed submit, moves focus to the first field of the form that has a problem (in
 * the form's order), so that keyboard and screen-reader users land where they must act; the
 * summary (role="alert") is read out as well. Whole-form problems leave focus where it is.
 */
export function useProblemFocus(problems: FormProblems | null, idPrefix: string, fields: readonly string[]): void {
  useEffect(() => {
    if (!problems) return;
    const first = fields.find((field) => problems.fields[field] !== undefined);
    if (first === undefined) return;
    const element = document.getElementById(`${idPrefix}-${first}`);
    const target = element?.matches("input, select, textarea, button")
      ? element
      : element?.querySelector<HTMLElement>("input, select, textarea, button");
    target?.focus();
  }, [problems, idPrefix, fields]);
}
