import { parseDay } from "./occasions.js";

/** A benchmarking round lasts 18 months. */
export const ROUND_MONTHS = 18;

/** The default end of a round that starts on `start` (YYYY-MM-DD): 18 months later, the day before. */
export function defaultRoundEnd(start: string): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + ROUND_MONTHS, day) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

export type RoundDatesCheck =
  | { readonly kind: "ok" }
  | { readonly kind: "invalid" }
  | { readonly kind: "end_before_start" };

export function checkRoundDates(start: string, end: string): RoundDatesCheck {
  const from = parseDay(start);
  const to = parseDay(end);
  if (from === undefined || to === undefined) return { kind: "invalid" };
  return to <= from ? { kind: "end_before_start" } : { kind: "ok" };
}

/**
 * An organisation may mentor in a round when it took part in an earlier round that ended
 * before this one starts (it "finished a round").
 */
export function mayMentor(earlierRounds: readonly { readonly endsOn: string }[], roundStartsOn: string): boolean {
  return earlierRounds.some((round) => round.endsOn < roundStartsOn);
}

/**
 * Whether an occasion belongs to a round: its date lies within the round's period, ends
 * included. A round compares only its own occasions, so an organisation's earlier rounds
 * never mix into a later one.
 */
export function isWithinRound(date: string, round: { readonly startsOn: string; readonly endsOn: string }): boolean {
  return date >= round.startsOn && date <= round.endsOn;
}
