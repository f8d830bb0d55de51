/**
 * Scales and ticks on d3: round value ticks and nice domains by d3-array's `ticks` and
 * `tickIncrement` (what d3-scale's `scaleLinear().ticks()` and `.nice()` call), d3-time
 * intervals for calendar ticks (days, ISO weeks, months, quarters, years), d3-scale's
 * `scalePoint`/`scaleBand` for categories. `scaleLinear` itself is not imported: it brings
 * d3-interpolate, d3-color's table of named colours and d3-format (8.6 kB min+gzip) for a map
 * `a + (v − d0) · k` and number text the renderer writes itself, and puts
 * `compute + renderSvg + explain` over its 55 kB budget (docs/rendering.md). What d3 does not
 * do the way a chart of health-care data needs is here: padding of the y domain, domains near the ends of the double range, ISO week numbers (d3-time counts
 * weeks from 1970, not from week 1 of the ISO year). Tick *text* is the project's own (locale.ts):
 * d3-format and d3-time-format take their words from the machine's locale, which would make the
 * same chart differ between machines.
 *
 * @module
 */
import { tickIncrement, ticks } from "d3-array";
import { scaleBand, scalePoint } from "d3-scale";
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { isoWeekOf, type Period } from "../calendar.js";
import type { Scale } from "./scale.js";

const DAY_MS = 86_400_000;

/**
 * The domain rounded out to multiples of the tick step: d3-scale's `linear.nice(count)`, step
 * for step (refined until the step stops changing; unchanged when it does not settle in ten).
 */
function nice(start: number, stop: number, count: number): [number, number] {
  let lo = start;
  let hi = stop;
  let previous: number | undefined;
  for (let tries = 0; tries < 10; tries++) {
    const step = tickIncrement(lo, hi, count);
    if (step === previous) return [lo, hi];
    if (step > 0) {
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
    } else if (step < 0) {
      lo = Math.ceil(lo * step) / step;
      hi = Math.floor(hi * step) / step;
    } else break;
    previous = step;
  }
  return [start, stop];
}
/**
 * Categories at the middle of equal bands (d3's `scalePoint` with padding ½), and the width of
 * one band (`scaleBand`), which the stepped limits reach across.
 */
export function categoryScale(count: number, r0: number, r1: number): { scale: Scale; band: number } {
  const domain = Array.from({ length: Math.max(1, count) }, (_, i) => i);
  const point = scalePoint<number>().domain(domain).range([r0, r1]).padding(0.5);
  const band = scaleBand<number>().domain(domain).range([r0, r1]).bandwidth();
  return { scale: (v) => point(v) ?? (r0 + r1) / 2, band };
}
/**
 * About `count` round values (1, 2 or 5 × 10^k apart) from `lo` to `hi`: d3-array's `ticks`, which
 * computes them on integers so that 0.3 is 0.3. A range whose width overflows (±1e308) is ticked
 * a tenth of the size and scaled back. Never more than 10 × count + 10 ticks: a range that
 * floating-point noise made tiny against its values would otherwise ask for 2^53 of them.
 */
export function niceTicks(lo: number, hi: number, count: number, integer = false): number[] {
  if (!(hi >= lo) || count < 1) return [];
  if (hi === lo) return [lo];
  let values: number[];
  if (Number.isFinite(hi - lo)) {
    // Whole numbers only (an x of 1, 2, 3): never a step below 1.
    const asked = integer ? Math.max(1, Math.min(count, Math.floor(hi - lo))) : count;
    values = ticks(lo, hi, asked);
    if (integer) values = values.filter(Number.isInteger);
  } else values = ticks(lo / 10, hi / 10, count).map((v) => v * 10);
  return values.length <= 10 * count + 10 && values.every(Number.isFinite) ? values : [];
}
/**
 * A y domain padded by 6 % of its range on each side, then rounded out to whole ticks as
 * d3's `nice()` does when that adds little (at most a fifth of the range): round ends read well, but
 * a large step must not squeeze the data into half the plot. Rounding never crosses 0.
 *
 * @example
 * ```ts
 * niceDomain(0.4, 9.5, 5); // [-0.146, 12]: the top rounded up to a tick, the bottom not rounded below 0
 * ```
 */
export function niceDomain(lo: number, hi: number, count: number): [number, number] {
  const e = (hi / 2 - lo / 2) * 0.12; // 6 % of the range, without overflowing at ±1e308
  // Padding 1.7e308 would overflow to Infinity (and leave the axis without ticks): clamp.
  const padded: [number, number] = [Math.max(lo - e, -Number.MAX_VALUE), Math.min(hi + e, Number.MAX_VALUE)];
  if (!Number.isFinite(padded[1] - padded[0])) return padded;
  let [a, b] = nice(padded[0], padded[1], count);
  // Counts and rates never go below 0: rounding must not add a negative tick under them.
  if (lo >= 0 && a < 0) a = padded[0];
  if (hi <= 0 && b > 0) b = padded[1];
  return b - a <= (padded[1] - padded[0]) * 1.2 && Number.isFinite(a) && Number.isFinite(b) ? [a, b] : padded;
}

/** One date tick: where, and the unit whose label it takes. */
export interface DateTick {
  day: number;
  unit: Period;
}

/** The longest length in days of each unit: an estimate from it never skips a step that would fit. */
const UNIT_DAYS: Record<Period, number> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

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
    // Steps that clearly give too many ticks are skipped without listing them (a d3-time range
    // makes a Date per tick): about (hi − lo) / (length of the step) of them.
    if ((hi - lo) / (UNIT_DAYS[unit] * step) > Math.max(2, max(unit)) + 2) continue;
    const ticks = stepTicks(lo, hi, unit, step);
    if (ticks.length <= Math.max(2, max(unit))) return (ticks.length > 0 ? ticks : [lo]).map((day) => ({ day, unit: ticks.length > 0 ? unit : period }));
  }
  return [{ day: lo, unit: period }];
}

/**
 * The d3-time interval of a tick step. Weeks are ISO weeks numbered from week 1 of their year
 * (d3's `every` would count weeks from 1970), and a step of several weeks skips week 53 so that
 * ticks stay evenly spaced; days are counted from the first date.
 */
function interval(lo: number, unit: Period, step: number): CountableTimeInterval | ReturnType<CountableTimeInterval["filter"]> {
  switch (unit) {
    case "day":
      return utcDay.filter((date) => (Math.round(date.getTime() / DAY_MS) - lo) % step === 0);
    case "week":
      return utcMonday.filter((date) => {
        const week = isoWeekOf(Math.round(date.getTime() / DAY_MS)).week;
        return (week - 1) % step === 0 && !(step > 1 && week === 53);
      });
    case "month":
      return utcMonth.every(step)!;
    case "quarter":
      return utcMonth.every(3 * step)!;
    case "year":
      return utcYear.every(step)!;
  }
}

function stepTicks(lo: number, hi: number, unit: Period, step: number): number[] {
  const dates = interval(lo, unit, step).range(new Date(lo * DAY_MS), new Date((hi + 1) * DAY_MS));
  return dates.map((date) => Math.round(date.getTime() / DAY_MS));
}
