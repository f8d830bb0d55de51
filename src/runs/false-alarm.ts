/**
 * Exact probabilities that a runs rule signals, for n independent useful observations that are
 * each above the centre line with probability p: the false-alarm rate (p = ½, data in control)
 * and, for p ≠ ½, one minus the power against a shift.
 */

import type { RunsMethod } from "../types.js";
import { crossingsWithRunsAtMost } from "./joint-distribution.js";
import { runsRule } from "./signal.js";

/** Σ of xs[from..]. */
function sumFrom(xs: Float64Array, from: number): number {
  let s = 0;
  for (let i = Math.max(from, 0); i < xs.length; i++) s += xs[i]!;
  return s;
}

/**
 * P(no runs signal) for `nUseful` independent observations with P(above) = `pAbove`, under the
 * rule that `method` gives for that n (best box and cut box fall back to Anhøj's rule outside
 * 10..100, as `runsSignal` does).
 *
 * Computed exactly (up to double rounding, about 10⁻¹³ relative) by a dynamic programme that
 * only follows the no-signal region: current run ≤ the longest allowed, crossings capped at the
 * fewest allowed. Cost O(n · longestRunMax · crossingsMin): a few ms for n = 1000, growing as
 * n² log n, so it is meant for n up to a few thousand.
 *
 * @param nUseful - Number of useful observations, a non-negative integer.
 * @param method - Runs rule; defaults to `"anhoej"`.
 * @param pAbove - P(an observation is above the centre line); defaults to ½.
 * @returns The probability of no signal; 1 for n ≤ 1.
 *
 * @example
 * ```ts
 * runsNoSignalProbability(10);                              // 489/512 = 0.955078125
 * runsNoSignalProbability(10, "anhoej", 0.7881446014166034); // ≈ 0.68968, a 0.8-SD shift goes unseen
 * ```
 */
export function runsNoSignalProbability(
  nUseful: number,
  method: RunsMethod = "anhoej",
  pAbove = 0.5,
): number {
  const rule = runsRule(method, nUseful); // validates method and nUseful
  if (!(pAbove >= 0 && pAbove <= 1)) throw new RangeError(`pAbove must be in [0, 1], got ${pAbove}`);
  if (nUseful <= 1) return 1;
  const n = nUseful;
  const { crossingsMin: cMin, longestRunMax: lMax, cut } = rule;
  if (cut === null) {
    // Box {C ≥ cMin, L ≤ lMax}: lump all crossings ≥ cMin into the last cell.
    return crossingsWithRunsAtMost(n, lMax, pAbove, cMin)[cMin]!;
  }
  // Cut box, as three disjoint pieces: {C ≥ cb + 1, L ≤ lb − 1}, {C = cb, L ≤ lbord} and
  // {C ≥ cbord, L = lb}, the last one as (L ≤ lb) − (L ≤ lb − 1).
  const inner = crossingsWithRunsAtMost(n, lMax - 1, pAbove);
  const full = crossingsWithRunsAtMost(n, lMax, pAbove);
  const edge = crossingsWithRunsAtMost(n, cut.lbord, pAbove);
  return sumFrom(inner, cMin + 1) + (edge[cMin] ?? 0) + (sumFrom(full, cut.cbord) - sumFrom(inner, cut.cbord));
}

/** Memoised false-alarm probabilities, keyed by method and n. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 4096;

/**
 * The exact false-alarm probability of a runs rule: the chance that `nUseful` independent
 * in-control observations (each above the centre line with probability ½, none on it) give a
 * runs signal. For Anhøj's rule that is P(L > longestRunMax or C < crossingsMin).
 *
 * Accurate to about 10⁻¹³ relative (checked to 10⁻⁹ against crossrun for n ≤ 100 and against
 * exact integer counts up to n = 1000); a few ms for n = 1000, then memoised per (n, method).
 *
 * @param nUseful - Number of useful observations, a non-negative integer.
 * @param method - Runs rule; defaults to `"anhoej"`. Box rules fall back to Anhøj's outside 10..100.
 * @returns The probability, in [0, 1]; 0 for n ≤ 1.
 *
 * @example
 * ```ts
 * runsFalseAlarm(10);            // 23/512 = 0.044921875
 * runsFalseAlarm(10, "cutbox");  // 32/512 = 0.0625
 * ```
 */
export function runsFalseAlarm(nUseful: number, method: RunsMethod = "anhoej"): number {
  const key = `${method}:${nUseful}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const noSignal = runsNoSignalProbability(nUseful, method, 0.5);
  // Rounding can leave the sum a hair above 1 when no signal is possible at all.
  const p = Math.min(1, Math.max(0, 1 - noSignal));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, p);
  return p;
}
