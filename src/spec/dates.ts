/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so that sorting, grouping and period
 * flooring are integer arithmetic with no time zone or Date object involved. Algorithms from
 * Howard Hinnant's "chrono-compatible low-level date algorithms".
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month (1–12) and day of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
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
 * Reads `"YYYY-MM-DD"` as a day number; NaN when the text is not a real calendar date
 * (so `"2024-02-30"` is rejected, not rolled over to March).
 *
 * @example
 * ```ts
 * parseIsoDate("1970-01-02"); // 1
 * ```
 */
export function parseIsoDate(text: string): number {
  const m = ISO_DATE.exec(text);
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** Whether text looks like an ISO date, valid or not (used to infer `xType`). */
export function looksLikeIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Formats a day number as `"YYYY-MM-DD"`. */
export function formatIsoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A calendar period that dates can be floored to. */
export type Period = "day" | "week" | "month" | "quarter" | "year";

/**
 * The first day of the period containing `days`. Weeks are ISO weeks, starting on Monday
 * (as R's `cut(x, "week")` and Norwegian calendars).
 *
 * @example
 * ```ts
 * formatIsoDate(floorToPeriod(parseIsoDate("2024-05-17"), "month")); // "2024-05-01"
 * ```
 */
export function floorToPeriod(days: number, period: Period): number {
  switch (period) {
    case "day":
      return days;
    case "week":
      // 1970-01-01 was a Thursday: shift so that Mondays are multiples of 7.
      return Math.floor((days + 3) / 7) * 7 - 3;
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
