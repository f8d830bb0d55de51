/**
 * Linear scales and ticks. d3-scale's `scaleLinear` would bring d3-interpolate and d3-format
 * (about 11 kB min+gzip) for a map `a + (v − d0) · k`; the renderer formats numbers itself, so
 * the few lines it needs are here. Tick steps follow d3-array's `ticks` (1, 2, 5 × 10^k).
 *
 * @module
 */
import { civilFromDays, daysFromCivil, isoWeekOf, isoWeekday, type Period } from "../calendar.js";

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  // Halves before subtracting, so that a domain of ±1e308 does not overflow (halving is exact).
  const k = (r1 - r0) / (d1 / 2 - d0 / 2);
  return (v) => r0 + (v / 2 - d0 / 2) * k;
}

/**
 * About `count` round values (1, 2 or 5 × 10^k apart) from `lo` to `hi`, computed on integers so
 * that 0.3 is 0.3. Never more than 10 × count + 10 ticks: a range that floating-point noise made
 * tiny against its values (0.3 and 0.1 + 0.2) would otherwise ask for 2^53 of them, and past 2^53
 * the counter stops moving.
 */
export function niceTicks(lo: number, hi: number, count: number, integer = false): number[] {
  if (!(hi >= lo) || count < 1) return [];
  if (hi === lo) return [lo];
  const raw = hi / count - lo / count; // (hi − lo) / count without overflowing at ±1e308
  if (!(raw > 0) || !Number.isFinite(raw)) return [];
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= Math.SQRT2 * 5 ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  const out: number[] = [];
  const most = 10 * count + 10;
  let step = factor * 10 ** power;
  if (integer && step < 1) step = 1;
  if (step >= 1) {
    for (let i = Math.ceil(lo / step); i * step <= hi && out.length < most; i++) out.push(i * step);
  } else {
    const inverse = 10 ** -power / factor; // ticks are i / inverse, exact for decimals
    for (let i = Math.ceil(lo * inverse); i / inverse <= hi && out.length < most; i++) out.push(i / inverse);
  }
  return out.length < most ? out : [];
}

/** Fewest decimals that show every value exactly (at most 6). */
export function decimalsOf(values: readonly number[]): number {
  for (let d = 0; d < 6; d++) {
    const f = 10 ** d;
    if (values.every((v) => Math.abs(Math.round(v * f) - v * f) < 1e-6 * Math.max(1, Math.abs(v * f)))) return d;
  }
  return 6;
}

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

/** One date tick: where, and the unit whose label it takes. */
export interface DateTick {
  day: number;
  unit: Period;
}

const STEPS: Record<Period, [Period, number][]> = {
  day: [["day", 1], ["day", 2], ["week", 1], ["week", 2], ["month", 1], ["month", 3], ["month", 6]],
  week: [["week", 1], ["week", 2], ["week", 4], ["week", 13], ["week", 26]],
  month: [["month", 1], ["month", 2], ["month", 3], ["month", 6]],
  quarter: [["quarter", 1], ["quarter", 2]],
  year: [],
};

/**
 * Date ticks between `lo` and `hi` (day numbers, inclusive) in the data's period: the finest
 * step with at most `max` ticks, falling back to whole years (1, 2, 5, 10, … apart).
 */
export function dateTicks(lo: number, hi: number, period: Period, max: (unit: Period) => number): DateTick[] {
  const years: [Period, number][] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((k) => ["year", k]);
  for (const [unit, step] of [...STEPS[period], ...years]) {
    const ticks = stepTicks(lo, hi, unit, step);
    if (ticks.length <= Math.max(2, max(unit))) return (ticks.length > 0 ? ticks : [lo]).map((day) => ({ day, unit: ticks.length > 0 ? unit : period }));
  }
  return [{ day: lo, unit: period }];
}

function stepTicks(lo: number, hi: number, unit: Period, step: number): number[] {
  const out: number[] = [];
  if (unit === "day") {
    for (let d = lo; d <= hi; d += step) out.push(d);
  } else if (unit === "week") {
    for (let d = lo + ((8 - isoWeekday(lo)) % 7); d <= hi; d += 7) if ((isoWeekOf(d).week - 1) % step === 0 && !(step > 1 && isoWeekOf(d).week === 53)) out.push(d);
  } else {
    const c = civilFromDays(lo);
    let y = c.year;
    let m = c.month;
    if (c.day !== 1) m++;
    const months = unit === "quarter" ? step * 3 : unit === "year" ? 12 : step;
    for (;;) {
      if (m > 12) {
        m -= 12;
        y++;
      }
      const d = daysFromCivil(y, m, 1);
      if (d > hi) break;
      if ((m - 1) % months === 0 && (unit !== "year" || y % step === 0)) out.push(d);
      m++;
    }
  }
  return out;
}
