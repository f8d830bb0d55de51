/**
 * A rough normal quantile (probit), good to about 10⁻³: only a starting point for searches that
 * then step on an exact CDF (binomialQuantile). Winitzki's closed-form inverse error function,
 * the formula simple-statistics' `probit` uses, with its clamp of p = 0 and p ≥ 1 to 10⁻⁴ from the
 * ends, so that the searches start where they did.
 */

/** Winitzki's constant a = 8(π − 3) / (3π(4 − π)). */
const A = (8 * (Math.PI - 3)) / (3 * Math.PI * (4 - Math.PI));
/** How far from 0 and 1 p is clamped. */
const EDGE = 1e-4;

/**
 * z such that Φ(z) ≈ p (to about 10⁻³).
 *
 * @example
 * ```ts
 * approximateProbit(0.5);   // 0
 * approximateProbit(0.975); // ≈ 1.96
 * ```
 */
export function approximateProbit(p: number): number {
  const q = p === 0 ? EDGE : p >= 1 ? 1 - EDGE : p;
  const x = 2 * q - 1;
  const ln = Math.log(1 - x * x);
  const b = 2 / (Math.PI * A) + ln / 2;
  const inv = Math.sqrt(Math.sqrt(Math.pow(b, 2) - ln / A) - b);
  return Math.SQRT2 * (x >= 0 ? inv : -inv);
}
