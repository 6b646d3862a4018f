/**
 * What the indicator and settings services ask of the follow-up of differences: to evaluate
 * the flags again after values or thresholds changed. The DifferenceService implements it;
 * `NO_FLAG_REFRESH` stands in where no follow-up runs (tools, tests of one service).
 */
export interface FlagRefresh {
  /** Re-evaluates the flagged differences of the organisation (only these indicators' when given). */
  refreshFlags(organisationId: string, indicatorIds?: readonly string[]): Promise<unknown>;
}

export const NO_FLAG_REFRESH: FlagRefresh = { refreshFlags: async () => undefined };
