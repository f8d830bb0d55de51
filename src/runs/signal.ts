/**
 * The runs-analysis verdict, as qicharts2's `crsignal()`: Anhøj's rule, or the experimental
 * best-box and cut-box rules (Anhøj & Wentzel-Larsen, "Smooth operator"), which are only
 * tabulated for 10..100 useful observations and fall back to Anhøj's rule outside that range.
 */

import type { RunsMethod } from "../types.js";
import { boxBounds } from "./box-bounds.js";
import { anhoejLimits } from "./limits.js";

/**
 * A runs rule for one n, as a no-signal region in the (crossings C, longest run L) plane:
 * no signal iff C ≥ `crossingsMin` and L ≤ `longestRunMax`, except that a cut box also signals
 * on the removed border: it keeps only (C ≥ crossingsMin + 1 and L ≤ longestRunMax − 1) or
 * (C = crossingsMin and L ≤ cut.lbord) or (C ≥ cut.cbord and L = longestRunMax).
 */
export interface RunsRule {
  /** The rule actually applied. */
  readonly method: RunsMethod;
  /** A box rule was asked for but n is outside 10..100, so Anhøj's rule is used. */
  readonly fellBack: boolean;
  /** Fewest crossings without a signal (Anhøj: crossingsMin; boxes: cb). */
  readonly crossingsMin: number;
  /** Longest run without a signal (Anhøj: longestRunMax; boxes: lb). */
  readonly longestRunMax: number;
  /** The cut-box border, or `null` for an uncut box (always `null` for Anhøj and best box). */
  readonly cut: { readonly cbord: number; readonly lbord: number } | null;
}

/**
 * The runs rule that applies to `nUseful` useful observations under `method`, after qicharts2's
 * fallback: best box and cut box are defined for 10 ≤ n ≤ 100 only, elsewhere Anhøj's rule is
 * used and `fellBack` is true. A cut box whose corner could not be removed is the best box.
 *
 * @param method - `"anhoej"`, `"bestbox"` or `"cutbox"`.
 * @param nUseful - Number of useful observations, a non-negative integer.
 * @returns The no-signal region.
 *
 * @example
 * ```ts
 * runsRule("cutbox", 10);
 * // { method: "cutbox", fellBack: false, crossingsMin: 2, longestRunMax: 6, cut: { cbord: 3, lbord: 5 } }
 * runsRule("bestbox", 9).fellBack; // true (Anhøj's rule applies)
 * ```
 */
export function runsRule(method: RunsMethod, nUseful: number): RunsRule {
  if (method !== "anhoej" && method !== "bestbox" && method !== "cutbox") {
    throw new RangeError(`method must be "anhoej", "bestbox" or "cutbox", got ${String(method)}`);
  }
  const limits = anhoejLimits(nUseful); // also validates nUseful
  const bounds = method === "anhoej" ? undefined : boxBounds(nUseful);
  if (bounds === undefined) {
    return {
      method: "anhoej",
      fellBack: method !== "anhoej",
      crossingsMin: limits.crossingsMin,
      longestRunMax: limits.longestRunMax,
      cut: null,
    };
  }
  const cut =
    method === "cutbox" && bounds.cbord !== null && bounds.lbord !== null
      ? { cbord: bounds.cbord, lbord: bounds.lbord }
      : null;
  return { method, fellBack: false, crossingsMin: bounds.cb, longestRunMax: bounds.lb, cut };
}

/**
 * Whether (crossings, longestRun) lies outside a rule's no-signal region.
 *
 * @param rule - A rule from {@link runsRule}.
 * @param crossings - Number of crossings C.
 * @param longestRun - Longest run L.
 * @returns `true` for a signal.
 *
 * @example
 * ```ts
 * isRunsSignal(runsRule("anhoej", 10), 1, 4); // true: fewer than 2 crossings
 * ```
 */
export function isRunsSignal(rule: RunsRule, crossings: number, longestRun: number): boolean {
  const { crossingsMin: cb, longestRunMax: lb, cut } = rule;
  if (cut === null) return !(crossings >= cb && longestRun <= lb);
  // The cut region as crsignal() writes it; its three parts overlap only inside the box.
  const quiet =
    (crossings >= cb + 1 && longestRun <= lb - 1) ||
    (crossings === cb && longestRun <= cut.lbord) ||
    (crossings >= cut.cbord && longestRun <= lb);
  return !quiet;
}

/** The verdict of {@link runsSignal}. */
export interface RunsSignal {
  /** Unusually long run or unusually few crossings for the rule applied. */
  readonly signal: boolean;
  /** The rule actually applied (`"anhoej"` after a fallback). */
  readonly method: RunsMethod;
  /** A box rule was asked for but n is outside 10..100, so Anhøj's rule was used. */
  readonly fellBack: boolean;
}

/**
 * The runs signal of one part, exactly as qicharts2's `crsignal(n, c, l, method)`.
 *
 * - `"anhoej"`: signal iff L > round(log2(n)) + 3 or C < qbinom(0.05, n − 1, ½).
 * - `"bestbox"`: signal unless C ≥ cb[n] and L ≤ lb[n].
 * - `"cutbox"`: as best box where the box is not cut; else signal unless (C ≥ cb + 1 and
 *   L ≤ lb − 1) or (C = cb and L ≤ lbord) or (C ≥ cbord and L ≤ lb).
 *
 * The box rules are tabulated for 10 ≤ n ≤ 100; outside that range Anhøj's rule is used and
 * `fellBack` is true (qicharts2 prints a message; callers should surface a warning).
 * With no useful observations there is no signal, as in qicharts2's `runs.analysis()`.
 *
 * @param method - `"anhoej"`, `"bestbox"` or `"cutbox"`.
 * @param nUseful - Number of useful observations n (not missing, not on the centre line).
 * @param crossings - Number of crossings C, 0..n − 1.
 * @param longestRun - Longest run L, 1..n.
 * @returns `{ signal, method, fellBack }`.
 * @throws RangeError when the counts cannot come from n observations (qicharts2 stops too).
 *
 * @example
 * ```ts
 * runsSignal("anhoej", 24, 7, 5);   // { signal: true, method: "anhoej", fellBack: false } (7 < 8 crossings)
 * runsSignal("bestbox", 120, 55, 9); // { signal: false, method: "anhoej", fellBack: true }
 * ```
 */
export function runsSignal(
  method: RunsMethod,
  nUseful: number,
  crossings: number,
  longestRun: number,
): RunsSignal {
  const rule = runsRule(method, nUseful);
  if (nUseful === 0) return { signal: false, method: rule.method, fellBack: rule.fellBack };
  if (!Number.isInteger(crossings) || crossings < 0 || crossings > nUseful - 1) {
    throw new RangeError(`crossings must be an integer in 0..${nUseful - 1}, got ${crossings}`);
  }
  if (!Number.isInteger(longestRun) || longestRun < 1 || longestRun > nUseful) {
    throw new RangeError(`longestRun must be an integer in 1..${nUseful}, got ${longestRun}`);
  }
  return {
    signal: isRunsSignal(rule, crossings, longestRun),
    method: rule.method,
    fellBack: rule.fellBack,
  };
}
