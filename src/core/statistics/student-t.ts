import { normalQuantile } from "./normal-quantile.js";
import { logGamma, regularizedIncompleteBeta } from "./special-functions.js";

/**
 * Student's t distribution for any degrees of freedom ν > 0, also fractional (Welch's
 * interval gives fractional ν). The distribution function comes from the regularised
 * incomplete beta function, P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2); the quantile inverts it by
 * Newton's method inside a bracket that bisection keeps honest, so it converges for every ν.
 * Above ν = 1e4 the Cornish–Fisher expansion about the normal quantile is used instead: its
 * error (order ν⁻⁴) is below the precision of the beta function there.
 */

/** Above this ν the expansion is more precise than the beta function, whose ln Γ terms cancel. */
const LARGE_DF = 1e4;

function checkDegreesOfFreedom(df: number): void {
  if (!(df > 0)) throw new RangeError(`Degrees of freedom must be > 0, got ${df}`);
}

/** P(T ≤ t) for T with `df` degrees of freedom. WARNING: throws RangeError unless 0 < df < ∞. */
export function studentTCdf(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (!Number.isFinite(df)) throw new RangeError("studentTCdf needs finite degrees of freedom");
  if (Number.isNaN(t)) return Number.NaN;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** The density of T at t. WARNING: throws RangeError unless 0 < df < ∞. */
export function studentTDensity(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (!Number.isFinite(df)) throw new RangeError("studentTDensity needs finite degrees of freedom");
  const logDensity =
    logGamma((df + 1) / 2) -
    logGamma(df / 2) -
    0.5 * Math.log(df * Math.PI) -
    ((df + 1) / 2) * Math.log1p((t * t) / df);
  return Math.exp(logDensity);
}

/** Abramowitz & Stegun 26.7.5, the expansion of t in powers of 1/ν about the normal quantile z. */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
}

/**
 * The t with P(T ≤ t) = p: 12.706 for (0.975, 1), 2.571 for (0.975, 5), 1.960 for df = ∞ (allowed).
 * WARNING: throws RangeError unless 0 ≤ p ≤ 1 and df > 0.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A probability must lie in 0–1, got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const z = normalQuantile(p);
  if (df > LARGE_DF) return cornishFisher(z, df);
  if (df === 1) return 1 / Math.tan(Math.PI * (1 - p));
  // Solve on the upper tail Q(t) = 1 − p, which keeps its precision far out in the tail.
  const target = 1 - p;
  const tail = (t: number) => 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  let lower = 0;
  let upper = Math.max(1, z);
  while (tail(upper) > target) {
    lower = upper;
    upper *= 2;
  }
  let t = Math.min(Math.max(df > 2 ? cornishFisher(z, df) : z, lower), upper);
  for (let iteration = 0; iteration < 200; iteration++) {
    const excess = target - tail(t);
    if (excess === 0) return t;
    if (excess > 0) upper = t;
    else lower = t;
    let next = t - excess / studentTDensity(t, df);
    if (!(next > lower && next < upper)) next = (lower + upper) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
