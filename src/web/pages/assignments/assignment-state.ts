import { ASSIGNMENT_STATES, type Assignment, type AssignmentState } from "../../api/decision-api.js";

/** The state filter as users see it in the address bar (?status=forsenat), Swedish like the paths. */
export const STATE_SLUGS: Readonly<Record<AssignmentState, string>> = {
  open: "pagar",
  overdue: "forsenat",
  closed: "aterrapporterat",
};

export const STATE_PARAM = "status";

/** The state named by the URL's slug; null for "all" or an unknown slug. */
export function stateOfSlug(slug: string | null): AssignmentState | null {
  return ASSIGNMENT_STATES.find((state) => STATE_SLUGS[state] === slug) ?? null;
}

const RANK: Readonly<Record<AssignmentState, number>> = { overdue: 0, open: 1, closed: 2 };

/**
 * Overdue first (longest overdue first), then open ones by due date, then those reported
 * back, latest first. Returns a new array.
 */
export function sortAssignments(assignments: readonly Assignment[]): Assignment[] {
  return [...assignments].sort((a, b) => {
    const byState = RANK[a.state] - RANK[b.state];
    if (byState !== 0) return byState;
    if (a.state === "closed") return (b.closedAt ?? "").localeCompare(a.closedAt ?? "");
    return a.dueDate.localeCompare(b.dueDate);
  });
}
