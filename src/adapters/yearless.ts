/**
 * Weeks and months written without a year — `Uke 3`, `U3`, `v. 3`, `Week 3`, `januar`, `mar.` —
 * and the evidence that gives them one.
 *
 * Teams write the year once, in a title row, the file name or a column of its own, and number
 * the weeks below it. Read as labels such weeks become a category axis: dots without a line and
 * no runs analysis. They are dates once the year is known, and the year is never guessed: it
 * comes from an explicit `year`, a year column, or a hint such as the title or the file name,
 * and a wrap from week 52/53 to week 1 (or from December to January) moves to the next year.
 *
 * @module
 */
import { MONTH_NUMBERS } from "../locale/date.js";
import { isoWeeksInYear } from "../calendar.js";
import { quoted } from "../text/for-people.js";

/** A period written without a year. */
export interface YearlessPeriod {
  kind: "week" | "month";
  /** Week 1–53, or month 1–12. */
  number: number;
}

const YEARLESS_WEEK = /^(?:uke|u|v|w|week|wk)\.? ?(\d{1,2})$/;

/**
 * Reads a week (`Uke 3`, `uke 3`, `U3`, `v. 3`, `V3`, `W3`, `Week 3`) or a month name
 * (`januar`, `Jan.`, `March`) written without a year; `null` for anything else, including weeks
 * and months with a year (those are dates: see `parseDate`).
 *
 * @example
 * ```ts
 * parseYearless("Uke 3"); // { kind: "week", number: 3 }
 * parseYearless("v. 12"); // { kind: "week", number: 12 }
 * parseYearless("mars");  // { kind: "month", number: 3 }
 * parseYearless("uke 3 2024"); // null
 * ```
 */
export function parseYearless(text: string): YearlessPeriod | null {
  if (typeof text !== "string") return null;
  const s = text.trim().toLowerCase().replace(/[\s\u00A0\u202F\u2009]+/g, " ");
  const week = YEARLESS_WEEK.exec(s);
  if (week !== null) {
    const n = Number(week[1]);
    return n >= 1 && n <= 53 ? { kind: "week", number: n } : null;
  }
  const month = MONTH_NUMBERS.get(s.replace(/\.$/, ""));
  return month === undefined ? null : { kind: "month", number: month };
}

/** Where a year came from, for the notice that says so. */
export interface YearSource {
  year: number;
  /** E.g. `the title "Fall 2024"` or `--year`. */
  from: string;
  /** The hint the year was read from (a title line, the file name); absent for a year given. */
  hint?: string;
}

const YEAR_IN_TEXT = /(?<![\d])((?:19|20)\d{2})(?![\d])/g;

/**
 * The year a hint names (a title line above the table, the file name): the first hint that
 * names one wins, and of the years it names the earliest (`Fall 2023/2024`: the series starts in
 * 2023 and moves on at the wrap from week 52 to week 1). `null` when no hint names a year.
 *
 * @example
 * ```ts
 * yearFromHints(["Fall per uke", "fall-2024.csv"]); // { year: 2024, from: 'the hint "fall-2024.csv"' }
 * ```
 */
export function yearFromHints(hints: readonly string[]): YearSource | null {
  for (const hint of hints) {
    if (typeof hint !== "string") continue;
    const years = [...hint.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
    if (years.length > 0) return { year: years.reduce((a, b) => Math.min(a, b)), from: `the hint ${quoted(hint.trim())}`, hint: hint.trim() };
  }
  return null;
}

/**
 * Gives a run of yearless periods their years: the first is in `start`, and each time the
 * number falls by more than half a year (week 52 → week 1, desember → januar) the year moves on
 * by one. A smaller fall (week 30 after week 34) is rows out of order, not a new year, and keeps
 * the year. `null` entries (not yearless) are passed over and keep their place.
 *
 * @example
 * ```ts
 * assignYears([{ kind: "week", number: 52 }, { kind: "week", number: 1 }], 2024); // [2024, 2025]
 * ```
 */
export function assignYears(periods: readonly (YearlessPeriod | null)[], start: number): (number | null)[] {
  let year = start;
  let previous: number | null = null;
  return periods.map((p) => {
    if (p === null) return null;
    const cycle = p.kind === "week" ? 52 : 12;
    if (previous !== null && previous - p.number > cycle / 2) year++;
    previous = p.number;
    return year;
  });
}

/**
 * The period written with its year, in a form `parseDate` reads: `2024-W03`, `2024-03`. `null`
 * for week 53 of a year that has 52 weeks (the caller reports it).
 *
 * @example
 * ```ts
 * withYear({ kind: "week", number: 3 }, 2024);  // "2024-W03"
 * withYear({ kind: "month", number: 3 }, 2024); // "2024-03"
 * ```
 */
export function withYear(period: YearlessPeriod, year: number): string | null {
  const nn = String(period.number).padStart(2, "0");
  if (period.kind === "month") return `${year}-${nn}`;
  return period.number <= isoWeeksInYear(year) ? `${year}-W${nn}` : null;
}
