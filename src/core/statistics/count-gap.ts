import { CONFIDENCE_LEVEL, estimate, noEstimate } from "./estimate.js";
import { type Gap, gapFrom } from "./gap.js";
import { shareOfWomen } from "./proportion.js";
import { asPercentagePoints, asRatio, type PercentagePoints } from "./quantities.js";

/**
 * The gap in number between women and men in one group (who is among the patients, the
 * applicants, the users), when no population is known to turn the counts into rates. All
 * three measures are read off women's share p = women / (women + men) and its Wilson
 * interval [l, u], so they agree with each other and with the share printed beside them:
 * - difference between women's and men's shares of the group, p − (1 − p) = 2p − 1, in
 *   percentage points, interval [2l − 1, 2u − 1];
 * - ratio women / men = p / (1 − p), interval [l / (1 − l), u / (1 − u)]; `zero_count` when
 *   either sex has no one in the group;
 * - women's share p with its Wilson interval.
 * `clear` says whether women's share differs from one half. `no_observations` for an empty group.
 */
export function countGap(
  counts: { readonly women: number; readonly men: number },
  level: number = CONFIDENCE_LEVEL,
): Gap<PercentagePoints> {
  const share = shareOfWomen(counts, level);
  if (share.kind === "no_estimate") return gapFrom(share, share, share);
  const points = (p: number) => asPercentagePoints((2 * p - 1) * 100);
  const difference = estimate(points(share.value), points(share.interval.lower), points(share.interval.upper));
  const odds = (p: number) => asRatio(p / (1 - p));
  const ratio =
    counts.women === 0 || counts.men === 0
      ? noEstimate("zero_count")
      : estimate(odds(share.value), odds(share.interval.lower), odds(share.interval.upper));
  return gapFrom(difference, ratio, share);
}
