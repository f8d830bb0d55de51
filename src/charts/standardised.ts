import { lineAt, limitsAround, type Line, type PartLines } from "./part-frame.js";

/**
 * A standardised chart (z chart): each value as zᵢ = (yᵢ − cl) / σᵢ, with centre line 0 and limits
 * ±3 (±2, ±1), so that subgroups of very different sizes share one pair of straight limits
 * (Provost & Murray, "The Health Care Data Guide", ch. 8; qicharts' `standardised`). σᵢ is the
 * chart's own sigma for the subgroup (binomial, Poisson, or Laney's for the prime charts), and
 * no clamping applies: a z-score has no floor. A subgroup whose sigma is 0 has y = cl (p̄ is 0 or
 * 1), so its z is 0.
 *
 * @example
 * ```ts
 * standardisedLines(Float64Array.of(0.1, 0.3), 0.2, Float64Array.of(0.05, 0.1)).y; // [-2, 1]
 * ```
 */
export function standardisedLines(y: Float64Array, cl: number, sigma: Line): PartLines {
  const z = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const s = lineAt(sigma, i);
    const d = (y[i] as number) - cl;
    z[i] = s === 0 && d === 0 ? 0 : d / s;
  }
  return { y: z, cl: 0, ...limitsAround(0, 1) };
}
