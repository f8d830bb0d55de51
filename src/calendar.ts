/**
 * Calendar arithmetic on whole days, without `Date`.
 *
 * `Date` is avoided on purpose: `Date.UTC(24, 0, 1)` is 1924, local time zones shift midnight,
 * and none of it is needed to count days. A day is an integer: days since 1970-01-01 in the
 * proleptic Gregorian calendar (Howard Hinnant's `days_from_civil` algorithm).
 *
 * @module
 */

/** A calendar period that dates can be floored to (ISO weeks start on Monday). */
export type Period = "day" | "week" | "month" | "quarter" | "year";

/**
 * Every period, shortest first.
 *
 * @example
 * ```ts
 * PERIODS.includes("week"); // true
 * ```
 */
export const PERIODS: readonly Period[] = ["day", "week", "month", "quarter", "year"];

/** A calendar date split into its parts (`month` 1–12, `day` 1–31). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Days since 1970-01-01 of a Gregorian date (negative before 1970).
 *
 * @example
 * ```ts
 * daysFromCivil(1970, 1, 2); // 1
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Hinnant: count years from March so that the leap day is the last day of the "year".
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The Gregorian date of a day number (inverse of {@link daysFromCivil}).
 *
 * @example
 * ```ts
 * civilFromDays(0); // { year: 1970, month: 1, day: 1 }
 * ```
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * True for Gregorian leap years.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
 *
 * @example
 * ```ts
 * isoWeekday(daysFromCivil(2024, 1, 1)); // 1 (a Monday)
 * ```
 */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/**
 * Number of ISO weeks in a year: 53 when the year starts on a Thursday, or is a leap year
 * starting on a Wednesday; 52 otherwise.
 *
 * @example
 * ```ts
 * isoWeeksInYear(2020); // 53
 * ```
 */
export function isoWeeksInYear(year: number): 52 | 53 {
  const jan1 = isoWeekday(daysFromCivil(year, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

/**
 * The Monday of ISO week `week` of ISO year `year`, as a day number. Week 1 is the week
 * that holds 4 January, so its Monday may fall in December of the year before.
 *
 * @example
 * ```ts
 * toIsoDate(isoWeekMonday(2025, 1)); // "2024-12-30"
 * ```
 */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1) + (week - 1) * 7;
}

/**
 * The ISO year and week of a day number (the ISO year differs from the calendar year
 * around New Year).
 *
 * @example
 * ```ts
 * isoWeekOf(daysFromCivil(2024, 12, 30)); // { year: 2025, week: 1 }
 * ```
 */
export function isoWeekOf(days: number): { year: number; week: number } {
  // The Thursday of a week decides which year the week belongs to.
  const thursday = days - isoWeekday(days) + 4;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/**
 * The first day of the period that holds `days`.
 *
 * @example
 * ```ts
 * toIsoDate(floorToPeriod(daysFromCivil(2024, 5, 17), "quarter")); // "2024-04-01"
 * ```
 */
export function floorToPeriod(days: number, period: Period): number {
  switch (period) {
    case "day":
      return days;
    case "week":
      return days - (isoWeekday(days) - 1);
    case "month": {
      const { year, month } = civilFromDays(days);
      return daysFromCivil(year, month, 1);
    }
    case "quarter": {
      const { year, month } = civilFromDays(days);
      return daysFromCivil(year, month - ((month - 1) % 3), 1);
    }
    case "year":
      return daysFromCivil(civilFromDays(days).year, 1, 1);
  }
}

/**
 * The first day of the period after the one that starts on `start`.
 *
 * @example
 * ```ts
 * toIsoDate(nextPeriodStart(daysFromCivil(2024, 12, 1), "month")); // "2025-01-01"
 * ```
 */
export function nextPeriodStart(start: number, period: Period): number {
  switch (period) {
    case "day":
      return start + 1;
    case "week":
      return start + 7;
    case "month":
    case "quarter":
    case "year": {
      const { year, month } = civilFromDays(start);
      const step = period === "month" ? 1 : period === "quarter" ? 3 : 12;
      const m0 = month - 1 + step;
      return daysFromCivil(year + Math.floor(m0 / 12), (m0 % 12) + 1, 1);
    }
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * A day number as `"YYYY-MM-DD"`.
 *
 * @example
 * ```ts
 * toIsoDate(0); // "1970-01-01"
 * ```
 */
export function toIsoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The number the ASCII digits iso[from, to) write, or -1 when one is not a digit. */
function digits(iso: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The day number of a strict `"YYYY-MM-DD"` string, or `null` when it is not one or is not a
 * real date.
 *
 * @example
 * ```ts
 * fromIsoDate("1970-01-02"); // 1
 * fromIsoDate("2023-02-29"); // null
 * ```
 */
export function fromIsoDate(iso: string): number | null {
  // What /^(\d{4})-(\d{2})-(\d{2})$/ accepts, read by char codes: the renderer reads every
  // date of every chart (a point's x, its title, the axis), and the regular expression with its
  // match array was a twentieth of rendering a monthly chart.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/**
 * The first day (`"YYYY-MM-DD"`) of the period that holds an ISO date, or `null` when `iso` is
 * not a valid `"YYYY-MM-DD"` date.
 *
 * @example
 * ```ts
 * periodStart("2024-02-01", "week"); // "2024-01-29" (the Monday of ISO week 5)
 * ```
 */
export function periodStart(iso: string, period: Period): string | null {
  const days = fromIsoDate(iso);
  return days === null ? null : toIsoDate(floorToPeriod(days, period));
}
