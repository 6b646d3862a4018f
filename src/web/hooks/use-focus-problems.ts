import { useEffect, useRef } from "react";
import type { FormProblems } from "./form-problems.js";

/**
 * After a refused submit, moves focus to the first field with a problem (in the form's order),
 * or, when no field is named, to the error summary if it has a focusable wrapper with the id
 * `${idPrefix}-alert` (as ProblemSummary gives it), so that keyboard and screen-reader users
 * land where the correction starts.
 * The summary (role="alert") is announced either way. Runs once per new set of problems.
 */
export function useFocusProblems(problems: FormProblems | null, idPrefix: string, fields: readonly string[]): void {
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  useEffect(() => {
    if (!problems) return;
    const field = fieldsRef.current.find((name) => problems.fields[name] !== undefined);
    const element = field ? document.getElementById(`${idPrefix}-${field}`) : null;
    const target =
      element && !element.matches("input, select, textarea, button")
        ? element.querySelector<HTMLElement>("input, select, textarea, button")
        : element;
    if (target) {
      target.focus();
      return;
    }
    document.getElementById(`${idPrefix}-alert`)?.focus();
  }, [problems, idPrefix]);
}
