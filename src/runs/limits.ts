/**
 * Anhøj's critical values for runs analysis, exactly as qicharts2's `runs.analysis()` computes them:
 *
 * - longest run: `round(log2(n)) + 3` (Schilling 2012);
 * - crossings: `qbinom(0.05, max(n − 1, 0), 0.5)` (Chen 2010), the smallest k with
 *   P(Binom(n − 1, ½) ≤ k) ≥ 0.05.
 */

import { binomialQuantile } from "../stats/binomial-quantile.js";

/** Anhøj's limits for one count of useful observations. */
export interface AnhoejLimits {
  /** A run longer than this signals. */
  readonly longestRunMax: number;
  /** Fewer crossings than this signal. */
  readonly crossingsMin: number;
}

/**
 * `round(log2(n))` for an integer n ≥ 1, decided with integer arithmetic.
 *
 * log2(n) is never exactly k + ½ for an integer n (2^(k+½) is irrational), so R's half-to-even
 * rounding never comes into play; but a floating-point log2 could still land on the wrong side of
 * k + ½ when n is close to 2^(k+½). Comparing n² with 2^(2k+1) instead is exact.
 */
function roundLog2(n: number): number {
  // k = floor(log2(n)), made exact by correcting the floating-point estimate.
  let k = Math.floor(Math.log2(n));
  if (2 ** k > n) k -= 1;
  else if (2 ** (k + 1) <= n) k += 1;
  // log2(n) ≥ k + ½  ⇔  n² ≥ 2^(2k+1). n² is exact in doubles below 2^26.5; beyond, use BigInt.
  const roundsUp =
    n < 2 ** 26 ? n * n >= 2 ** (2 * k + 1) : BigInt(n) * BigInt(n) >= 2n ** BigInt(2 * k + 1);
  return roundsUp ? k + 1 : k;
}

/** Limits already computed, by n. Charts reuse a handful of n, so the cache stays small. */
const cache = new Map<number, AnhoejLimits>();
/** Bound on the cache so that a caller sweeping millions of n cannot grow it without end. */
const CACHE_LIMIT = 4096;

/**
 * Anhøj's runs limits for `nUseful` useful observations (included, not missing, not on the
 * centre line), identical to qicharts2's for every n (checked against qicharts2 for n = 1..1000;
 * the crossings quantile is exact, not a normal approximation, for any n up to 10⁷ and beyond).
 *
 * A part signals when its longest run exceeds `longestRunMax` or its crossings fall below
 * `crossingsMin`. Results are memoised: the first call for n = 10⁶ costs well under a millisecond
 * (an O(√n) sum), repeated calls are a map lookup.
 *
 * n = 0 (no useful points; qicharts2 reports NA and no signal) returns the limits for n = 1,
 * `{ longestRunMax: 3, crossingsMin: 0 }`, which no such part can break.
 *
 * @param nUseful - Number of useful observations, a non-negative integer.
 * @returns The longest run allowed and the fewest crossings allowed.
 * @throws RangeError when `nUseful` is not a non-negative safe integer.
 *
 * @example
 * ```ts
 * anhoejLimits(24);  // { longestRunMax: 8, crossingsMin: 8 }
 * anhoejLimits(100); // { longestRunMax: 10, crossingsMin: 41 }
 * ```
 */
export function anhoejLimits(nUseful: number): AnhoejLimits {
  if (!Number.isSafeInteger(nUseful) || nUseful < 0) {
    throw new RangeError(`nUseful must be a non-negative integer, got ${nUseful}`);
  }
  const hit = cache.get(nUseful);
  if (hit !== undefined) return hit;
  const n = Math.max(nUseful, 1);
  const limits: AnhoejLimits = Object.freeze({
    longestRunMax: roundLog2(n) + 3,
    // qicharts2 writes max(n − 1, 0); with n ≥ 1 here that is n − 1.
    crossingsMin: binomialQuantile(0.05, n - 1, 0.5),
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(nUseful, limits);
  return limits;
}
