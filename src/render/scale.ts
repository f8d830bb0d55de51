/**
 * The linear map from values to pixels and what the renderer knows about numbers and dates
 * without d3: decimals, and the period of a set of dates. Kept free of d3 imports, because
 * spc-charts/interactive imports `decimalsOf` and must not load d3 (ticks.ts has the d3 parts).
 *
 * @module
 */
import { civilFromDays, isoWeekday, type Period } from "../calendar.js";

/** A map from data units to pixels. */
export type Scale = (v: number) => number;

/**
 * Maps [d0, d1] linearly onto [r0, r1], as `scaleLinear` does; a zero-width domain maps to the
 * middle of the range. Halves before subtracting (halving is exact), so that a domain of ±1e308
 * does not overflow.
 *
 * @example
 * ```ts
 * linear(0, 10, 100, 0)(2.5); // 75
 * ```
 */
export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  if (d1 === d0) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  const k = (r1 - r0) / (d1 / 2 - d0 / 2);
  return (v) => r0 + (v / 2 - d0 / 2) * k;
}
/** Fewest decimals that show every value exactly (at most `most`, 6 by default). */
export function decimalsOf(values: readonly number[], most = 6): number {
  // Plain loops, no closures: the renderer asks this once per point title (360,000 times for
  // 10,000 charts of 36 points), and a value with many decimals tries every count up to `most`
  // (a point title asks for no more than its labels show: two tries, not six).
  for (let d = 0; d < most; d++) {
    const f = POWERS_OF_TEN[d]!;
    let exact = true;
    for (let i = 0; i < values.length && exact; i++) {
      const vf = (values[i] as number) * f;
      exact = Math.abs(Math.round(vf) - vf) < 1e-6 * Math.max(1, Math.abs(vf));
    }
    if (exact) return d;
  }
  return most;
}

/** 10 ** d for the decimal counts decimalsOf() tries (exact doubles). */
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000];

/**
 * The period a set of dates (days since 1970-01-01) is on: years when all are 1 January,
 * quarters when all start a quarter, months when all are the 1st, ISO weeks when all are Mondays,
 * else days.
 */
export function inferPeriod(days: readonly number[]): Period {
  let year = true;
  let quarter = true;
  let month = true;
  let week = true;
  for (const d of days) {
    const c = civilFromDays(d);
    if (c.day !== 1) year = quarter = month = false;
    if (c.month !== 1) year = false;
    if ((c.month - 1) % 3 !== 0) quarter = false;
    if (isoWeekday(d) !== 1) week = false;
  }
  return year ? "year" : quarter && days.length > 1 ? "quarter" : month ? "month" : week ? "week" : "day";
}
