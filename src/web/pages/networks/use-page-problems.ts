import { useRef, useState } from "react";
import type { FormProblems } from "../../hooks/form-problems.js";
import { useFocusProblems } from "../../hooks/use-focus-problems.js";

export interface PageProblems {
  /** What the form shows: its last problems, without those of the fields edited since. */
  readonly problems: FormProblems | null;
  readonly setProblems: (problems: FormProblems | null) => void;
  /** The user changed `field`: its problem (or a problem of the whole form) no longer holds. */
  readonly edited: (field: string) => void;
}

interface Held {
  readonly problems: FormProblems | null;
  readonly edited: readonly string[];
  /** The page's count of successful actions when the problems were found. */
  readonly successes: number;
}

/**
 * A form's problems on a page with several forms and actions. An old error goes away when
 * anything on the page succeeds afterwards (`successes` counts those), and a field's error
 * when the user edits the field, so that nothing on screen describes a state that has passed.
 * Focus moves to the first field with a problem when the problems are found (useFocusProblems),
 * not again when some of them go.
 */
export function usePageProblems(successes: number, idPrefix: string, fields: readonly string[]): PageProblems {
  const [held, setHeld] = useState<Held>({ problems: null, edited: [], successes });
  const latestSuccesses = useRef(successes);
  latestSuccesses.current = successes;
  const raised = held.successes === successes ? held.problems : null;
  useFocusProblems(raised, idPrefix, fields);
  return {
    problems: withoutEdited(raised, held.edited),
    setProblems: (problems) => setHeld({ problems, edited: [], successes: latestSuccesses.current }),
    edited: (field) =>
      setHeld((current) =>
        current.problems && !current.edited.includes(field)
          ? { ...current, edited: [...current.edited, field] }
          : current,
      ),
  };
}

/** The problems without those of the edited fields; the summary goes with the last of them. */
function withoutEdited(problems: FormProblems | null, edited: readonly string[]): FormProblems | null {
  if (!problems || edited.length === 0) return problems;
  const left = Object.entries(problems.fields).filter(([field]) => !edited.includes(field));
  return left.length === 0 ? null : { message: problems.message, fields: Object.fromEntries(left) };
}

/** A failure shown beside a list (a removal the API refused), gone once anything on the page succeeds. */
export function usePageFailure(successes: number): readonly [string | null, (failure: string | null) => void] {
  const [held, setHeld] = useState<{ readonly failure: string | null; readonly successes: number }>({
    failure: null,
    successes,
  });
  const latestSuccesses = useRef(successes);
  latestSuccesses.current = successes;
  return [
    held.successes === successes ? held.failure : null,
    (failure) => setHeld({ failure, successes: latestSuccesses.current }),
  ];
}
