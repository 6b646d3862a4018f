import { problemsFromError } from "../../hooks/form-problems.js";
import type { RoundScope } from "./round-page.js";
import { usePageFailure } from "./use-page-problems.js";

export interface RoundRemoval {
  /** Why the last removal failed, or null (also once another action on the page has succeeded). */
  readonly failure: string | null;
  /**
   * Runs `action`; when it succeeds, reads the round again and announces `done`. Either way
   * focus goes to the section's heading, since the row and its button may be gone.
   */
  readonly remove: (action: () => Promise<unknown>, done: string) => Promise<void>;
}

/** Removing something from a section of the round page whose heading has the id `headingId`. */
export function useRoundRemoval(scope: RoundScope, headingId: string): RoundRemoval {
  const [failure, setFailure] = usePageFailure(scope.successes);
  const remove = async (action: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await action();
      await scope.refresh();
      scope.announce(done);
    } catch (error) {
      setFailure(problemsFromError(error).message);
    }
    document.getElementById(headingId)?.focus();
  };
  return { failure, remove };
}
