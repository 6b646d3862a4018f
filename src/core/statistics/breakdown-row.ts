import type { EstimateOutcome } from "./estimate.js";
import type { Gap } from "./gap.js";
import type { SexCode } from "./observation.js";
import type { PercentagePoints, PerThousand, Proportion } from "./quantities.js";
import type { CountCell, Reported, SuppressionReason } from "./reported.js";

/** One grouping column and its value in this row, e.g. { column: "kommun", value: "0180" }; in `--by` order. */
export interface GroupKey {
  readonly column: string;
  readonly value: string;
}

/** The gaps between women and men, on the T row of each group. */
export interface BreakdownGaps {
  /** The gap in share: women's share of the group against men's, in percentage points. */
  readonly proportion?: Reported<Gap<PercentagePoints>>;
  readonly rate?: Reported<Gap<PerThousand>>;
  readonly standardisedRate?: Reported<Gap<PerThousand>>;
  /** In the unit of the measure (kronor, days …). */
  readonly mean?: Reported<Gap>;
}

/** The measures of one row; which are present depends on what was asked for (`--mean`, populations …). */
export interface BreakdownMeasures {
  /** Women's share of the group: on T rows only. */
  readonly shareOfWomen?: Reported<EstimateOutcome<Proportion>>;
  readonly ratePerThousand?: Reported<EstimateOutcome<PerThousand>>;
  readonly standardisedRate?: Reported<EstimateOutcome<PerThousand>>;
  readonly mean?: Reported<EstimateOutcome>;
  /** null when the group has no values of the measure. */
  readonly median?: Reported<number | null>;
  readonly gaps?: BreakdownGaps;
}

/**
 * One row of a breakdown as the CLI prints it and the API returns it: one per group and
 * sex (Kolada's codes K, M and T, as the importers use them), with the number of
 * individuals, the measures and whether anything was withheld.
 */
export interface BreakdownRow {
  readonly group: readonly GroupKey[];
  readonly sex: SexCode;
  readonly n: CountCell;
  readonly measures: BreakdownMeasures;
  /** Why something in the row is withheld: n's reason, else `derived`; null when all is shown. */
  readonly suppressed: SuppressionReason | null;
}

/** Builds a row and fills in `suppressed` from its parts, so the flag cannot disagree with them. */
export function breakdownRow(parts: Omit<BreakdownRow, "suppressed">): BreakdownRow {
  return { ...parts, suppressed: rowSuppression(parts) };
}

function rowSuppression(parts: Omit<BreakdownRow, "suppressed">): SuppressionReason | null {
  if (parts.n.kind === "suppressed") return parts.n.reason;
  const { gaps, ...measures } = parts.measures;
  const reported: (Reported<unknown> | undefined)[] = [...Object.values(measures), ...Object.values(gaps ?? {})];
  return reported.some((measure) => measure?.kind === "suppressed") ? "derived" : null;
}
