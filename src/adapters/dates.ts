/**
 * Dates as Norwegian improvement teams write them: `01.03.2024`, `mars 24`, `jan.24`,
 * `uke 5 2024`, `2024 K1` — and ISO `2024-03-01`. Every date becomes `"YYYY-MM-DD"`, the first
 * day of its period for months, weeks and quarters.
 *
 * Nothing here guesses silently: an impossible date (`31.02.2024`) is an error, and in a column
 * a value whose format differs from the rest (`03.04.2024` among ISO dates) is reported rather
 * than read one way or the other.
 *
 * @module
 */
import { formatLongDate, formatNumericDate, formatPeriod, formatQuarter, MONTH_NUMBERS, MONTHS } from "../locale/date.js";
import {
  daysInMonth,
  fromIsoDate,
  isoWeekMonday,
  isoWeeksInYear,
  civilFromDays,
  toIsoDate,
  type Period,
} from "../calendar.js";
import { quote, usageError } from "./report.js";
import { notice, NOTICE_MESSAGES, type Notice } from "./notice-messages.js";
import type { ParamsOf } from "../locale/message.js";
import { Notes } from "./notes.js";

/**
 * How a date was written. Names read as the pattern they stand for; `mm/dd/yyyy` only comes
 * from column detection (or `slashOrder: "mdy"`), never from a single value.
 */
export type DateKind =
  | "yyyy-mm-dd"
  | "dd.mm.yyyy"
  | "dd/mm/yyyy"
  | "mm/dd/yyyy"
  | "dd-mm-yyyy"
  | "d. month yyyy"
  | "yyyy-mm"
  | "mm.yyyy"
  | "month yyyy"
  | "iso-week"
  | "quarter";

/**
 * The period each kind of date stands for.
 *
 * @example
 * ```ts
 * DATE_KIND_PERIOD["month yyyy"]; // "month"
 * ```
 */
export const DATE_KIND_PERIOD: Readonly<Record<DateKind, Period>> = {
  "yyyy-mm-dd": "day",
  "dd.mm.yyyy": "day",
  "dd/mm/yyyy": "day",
  "mm/dd/yyyy": "day",
  "dd-mm-yyyy": "day",
  "d. month yyyy": "day",
  "yyyy-mm": "month",
  "mm.yyyy": "month",
  "month yyyy": "month",
  "iso-week": "week",
  quarter: "quarter",
};

/** Why a text is not a date. */
export type DateFailureCode = "empty" | "not_a_date" | "invalid_date";

/**
 * The outcome of reading one date: the ISO date (first day of the period for months, weeks and
 * quarters), how it was written and the period it stands for; `time` is the time of day when
 * one was written after the date (it is otherwise ignored). Or a reason for failure, in English,
 * with (except for an empty cell) the `notice` that says it in bokmål as well.
 */
export type DateParse =
  | { ok: true; iso: string; kind: DateKind; period: Period; time?: string }
  | { ok: false; code: DateFailureCode; reason: string; notice?: Notice };

/**
 * Two-digit years below this are 20yy, the others 19yy: `24` → 2024, `69` → 1969. This is the
 * POSIX `strptime` `%y` rule (00–68 → 2000s); it is fixed rather than relative to today so that
 * the same file always gives the same chart.
 *
 * @example
 * ```ts
 * parseDate("1.1.68"); // 2068-01-01
 * parseDate("1.1.69"); // 1969-01-01
 * ```
 */
export const TWO_DIGIT_YEAR_PIVOT = 69;

/** Options of {@link parseDate}. */
export interface DateOptions {
  /** Order of `a/b/yyyy` dates: day first (default, as in Norway and the UK) or month first (US). */
  slashOrder?: "dmy" | "mdy";
  /** Two-digit years below this are 20yy, the others 19yy; default {@link TWO_DIGIT_YEAR_PIVOT}. */
  twoDigitYearPivot?: number;
}


// An optional time of day after a date ("01.03.2024 13:45", "2024-03-01T13:45:00Z",
// "01.03.2024 kl. 13.45"): incident logs carry it; the date is kept as written and the time
// zone, if any, is ignored.
const TIME = String.raw`(?:(?: |t)(?:kl\.? ?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?`;
const YEAR = String.raw`(\d{4}|\d{2})`;
const SEP = String.raw`(?: ?[-/,] ?| )`;

const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const DMY = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})\2${YEAR}${TIME}$`);
const MONTH_DOT_YEAR = /^(\d{1,2})\.(\d{4})$/;
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})\.? ?-?([a-zæøå]+)\.? ?[-,]? ?${YEAR}${TIME}$`);
const MONTH_NAME = new RegExp(String.raw`^([a-zæøå]+)\.? ?[-.]? ?${YEAR}$`);
const WEEK_YEAR_FIRST = /^(\d{4}) ?-? ?(?:w|u|v|uke|week)\.? ?(\d{1,2})$/;
// A two-digit year after a week only with "/" or a space: "Uke 9-10" is a pair of weeks, not week 9 of 2010.
const WEEK_YEAR_LAST = new RegExp(String.raw`^(?:uke|u|v|w|week|wk)\.? ?(\d{1,2})(?:${SEP}(\d{4})|(?: ?/ ?| )(\d{2}))$`);
const QUARTER_YEAR_FIRST = /^(\d{4}) ?-? ?[kq] ?([1-4])$/;
const QUARTER_YEAR_LAST = new RegExp(String.raw`^[kq] ?([1-4])${SEP}${YEAR}$`);
const QUARTER_WORD = /^([1-4])\.? ?(?:kvartal|kv\.?) ?(\d{4})$/;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function expandYear(text: string, pivot: number): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < pivot ? 2000 + n : 1900 + n;
}

type Outcome = DateParse;

function bad(code: DateFailureCode, reason: string): Outcome {
  return { ok: false, code, reason };
}

/**
 * A failure with its words in the notice catalog, so that a rejected line says why in the
 * user's language (the English `reason` is the notice's text).
 */
function failed<K extends DateNoticeCode>(code: DateFailureCode, why: K, params: ParamsOf<typeof NOTICE_MESSAGES, K>): Outcome {
  const made = notice(why, params);
  return { ok: false, code, reason: made.message, notice: made };
}

type DateNoticeCode = "date_bad_year" | "date_bad_month" | "date_bad_day" | "date_bad_time" | "date_bad_month_name" | "date_no_year" | "date_not_a_date" | "date_bad_week";

/** Checks year, month and day and builds the outcome; `what` is the original text. */
function dayDate(what: string, kind: DateKind, year: number, month: number, day: number, time?: string): Outcome {
  if (year < 1000 || year > 9999) return failed("invalid_date", "date_bad_year", { value: what, year });
  if (month < 1 || month > 12) return failed("invalid_date", "date_bad_month", { value: what, month });
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return failed("invalid_date", "date_bad_day", { value: what, month, year, days: last });
  const iso = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
  const period = DATE_KIND_PERIOD[kind];
  return time === undefined ? { ok: true, iso, kind, period } : { ok: true, iso, kind, period, time };
}

/** Reads the time groups of {@link TIME}; `null` for an impossible time, `undefined` for none. */
function timeOf(h: string | undefined, m: string | undefined, s: string | undefined): string | null | undefined {
  if (h === undefined || m === undefined) return undefined;
  const hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return s === undefined ? `${pad2(hour)}:${pad2(minute)}` : `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
}

function withTime(
  what: string,
  kind: DateKind,
  year: number,
  month: number,
  day: number,
  h: string | undefined,
  m: string | undefined,
  s: string | undefined,
): Outcome {
  const time = timeOf(h, m, s);
  if (time === null) return failed("invalid_date", "date_bad_time", { value: what });
  return dayDate(what, kind, year, month, day, time);
}

function monthNumber(what: string, name: string): number | Outcome {
  const month = MONTH_NUMBERS.get(name);
  return month ?? failed("not_a_date", "date_bad_month_name", { value: what, name });
}

/**
 * Reads one date. Accepted forms (case-insensitive, surrounding spaces ignored):
 *
 * - days: `2024-03-01`, `01.03.2024`, `1.3.24`, `01/03/2024` (day first unless
 *   `slashOrder: "mdy"`), `01-03-2024`, `1. mars 2024`, `01-Mar-2024`, each optionally followed
 *   by a time of day (`13:45`, `T13:45:00Z`, `kl. 13.45`), returned in `time` and otherwise ignored;
 * - months, as their first day: `2024-03`, `03.2024`, `mars 2024`, `mars 24`, `Mar-24`,
 *   `jan.24`, `mai.24`, `jan. 2024` (Norwegian and English names, full or three letters, with or
 *   without a dot);
 * - ISO weeks, as their Monday: `2024-W05`, `2024W05`, `2024 uke 5`, `uke 5 2024`, `uke 5/24`,
 *   `U5 2024`, `v. 5 2024`, `Week 5 2024` (a week without a year: see `parseYearless`);
 * - quarters, as their first day: `2024 K1`, `2024-Q1`, `Q1 2024`, `K1 2024`, `1. kvartal 2024`.
 *
 * Two-digit years follow {@link TWO_DIGIT_YEAR_PIVOT}. A bare year (`2024`) is not a date: in a
 * column it is a number. Impossible dates (`31.02.2024`, week 53 of a 52-week year) fail;
 * failures are returned, not thrown.
 *
 * @throws {SpcError} only when `text` is not a string at all.
 * @example
 * ```ts
 * parseDate("01.03.2024"); // { ok: true, iso: "2024-03-01", kind: "dd.mm.yyyy", period: "day" }
 * parseDate("mars 24");    // { ok: true, iso: "2024-03-01", kind: "month yyyy", period: "month" }
 * parseDate("uke 5 2024"); // { ok: true, iso: "2024-01-29", kind: "iso-week", period: "week" }
 * parseDate("2024 K2");    // { ok: true, iso: "2024-04-01", kind: "quarter", period: "quarter" }
 * parseDate("31.02.2024"); // { ok: false, code: "invalid_date", reason: '"31.02.2024" is not a real date (February 2024 has 29 days)', notice: { code: "date_bad_day", … } }
 * ```
 */
export function parseDate(text: string, options: DateOptions = {}): DateParse {
  if (typeof text !== "string") throw usageError("invalid_input", "the date to read must be a string");
  const what = text.trim();
  if (what === "") return bad("empty", "the date is empty");
  // One normal form for matching: lower case, every kind of space a plain single space.
  const s = what.toLowerCase().replace(/[\s\u00A0\u202F\u2009]+/g, " ");
  const pivot = options.twoDigitYearPivot ?? TWO_DIGIT_YEAR_PIVOT;
  let m: RegExpExecArray | null;

  if ((m = ISO_DATE.exec(s)) !== null) {
    return withTime(what, "yyyy-mm-dd", Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  }
  if ((m = ISO_MONTH.exec(s)) !== null) return dayDate(what, "yyyy-mm", Number(m[1]), Number(m[2]), 1);
  if ((m = DMY.exec(s)) !== null) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = expandYear(m[4] ?? "", pivot);
    const sep = m[2];
    if (sep === "/") {
      return options.slashOrder === "mdy"
        ? withTime(what, "mm/dd/yyyy", year, a, b, m[5], m[6], m[7])
        : withTime(what, "dd/mm/yyyy", year, b, a, m[5], m[6], m[7]);
    }
    return withTime(what, sep === "." ? "dd.mm.yyyy" : "dd-mm-yyyy", year, b, a, m[5], m[6], m[7]);
  }
  if ((m = MONTH_DOT_YEAR.exec(s)) !== null) return dayDate(what, "mm.yyyy", Number(m[2]), Number(m[1]), 1);
  if ((m = WEEK_YEAR_FIRST.exec(s)) !== null) return weekDate(what, Number(m[1]), Number(m[2]));
  if ((m = WEEK_YEAR_LAST.exec(s)) !== null) return weekDate(what, expandYear(m[2] ?? m[3] ?? "", pivot), Number(m[1]));
  if ((m = QUARTER_YEAR_FIRST.exec(s)) !== null) return dayDate(what, "quarter", Number(m[1]), Number(m[2]) * 3 - 2, 1);
  if ((m = QUARTER_YEAR_LAST.exec(s)) !== null) {
    return dayDate(what, "quarter", expandYear(m[2] ?? "", pivot), Number(m[1]) * 3 - 2, 1);
  }
  if ((m = QUARTER_WORD.exec(s)) !== null) return dayDate(what, "quarter", Number(m[2]), Number(m[1]) * 3 - 2, 1);
  if (/^(?:uke|u|v|w|week|wk)\.? ?\d{1,2}$/.test(s)) return failed("not_a_date", "date_no_year", { value: what });
  if ((m = DAY_MONTH_NAME.exec(s)) !== null) {
    const month = monthNumber(what, m[2] ?? "");
    if (typeof month !== "number") return month;
    return withTime(what, "d. month yyyy", expandYear(m[3] ?? "", pivot), month, Number(m[1]), m[4], m[5], m[6]);
  }
  if ((m = MONTH_NAME.exec(s)) !== null) {
    const month = monthNumber(what, m[1] ?? "");
    if (typeof month !== "number") return month;
    return dayDate(what, "month yyyy", expandYear(m[2] ?? "", pivot), month, 1);
  }
  if (MONTH_NUMBERS.has(s.replace(/\.$/, ""))) return failed("not_a_date", "date_no_year", { value: what });
  return failed("not_a_date", "date_not_a_date", { value: what });
}

function weekDate(what: string, year: number, week: number): Outcome {
  if (year < 1000 || year > 9999) return failed("invalid_date", "date_bad_year", { value: what, year });
  const weeks = isoWeeksInYear(year);
  if (week < 1 || week > weeks) return failed("invalid_date", "date_bad_week", { value: what, year, weeks });
  return { ok: true, iso: toIsoDate(isoWeekMonday(year, week)), kind: "iso-week", period: "week" };
}

/** How {@link formatNorwegianDate} writes a date. */
export type NorwegianDateStyle = "date" | "long" | "month" | "month-short" | "week" | "quarter" | "iso";

/**
 * Writes an ISO date the Norwegian way. Period styles write the period that holds the date
 * (the ISO week's year may differ from the calendar year around New Year). Every style reads
 * back with {@link parseDate} to the first day of its period.
 *
 * | style | `2024-03-01` |
 * |---|---|
 * | `date` (default) | `01.03.2024` |
 * | `long` | `1. mars 2024` |
 * | `month` | `mars 2024` |
 * | `month-short` | `mar. 2024` (`mai 2024`: the whole word needs no dot) |
 * | `week` | `uke 9 2024` |
 * | `quarter` | `1. kv. 2024` |
 * | `iso` | `2024-03-01` |
 *
 * @throws {SpcError} when `iso` is not a valid `"YYYY-MM-DD"` date.
 * @example
 * ```ts
 * formatNorwegianDate("2024-12-30", "week"); // "uke 1 2025"
 * ```
 */
export function formatNorwegianDate(iso: string, style: NorwegianDateStyle = "date"): string {
  const days = typeof iso === "string" ? fromIsoDate(iso) : null;
  if (days === null) throw usageError("invalid_date", `${quote(String(iso))} is not a date written YYYY-MM-DD`);
  const { year, month } = civilFromDays(days);
  const y = String(year).padStart(4, "0");
  switch (style) {
    case "date":
      return formatNumericDate(days);
    case "long":
      return formatLongDate(days, "nb");
    case "month":
      return `${MONTHS.nb[month - 1] ?? ""} ${y}`;
    case "month-short":
      return formatPeriod(days, "month", "nb");
    case "week":
      return formatPeriod(days, "week", "nb");
    case "quarter":
      return formatQuarter(year, month, "nb");
    case "iso":
      return toIsoDate(days);
    default:
      throw usageError("invalid_style", `${quote(String(style))} is not a date style`);
  }
}

/** A cell of a date column: a date, or why it was not read (including format disagreements). */
export type DateCell = DateParse | { ok: false; code: "mixed_format" | "ambiguous"; reason: string; notice: Notice };

/** Options of {@link parseDateColumn}. */
export interface DateColumnOptions {
  /** The column's format, when known; otherwise the most common format among the values. */
  format?: DateKind;
  /**
   * What to do with a date written in another format than the column's: `"reject"` (default)
   * reports it; `"accept-unambiguous"` reads it when it cannot be misread (e.g. `2024-03-15`
   * among `dd.mm.yyyy` dates) and stands for the same period. Day-first/month-first
   * ambiguous values (`03.04.2024` among ISO dates) are rejected either way.
   */
  mixed?: "reject" | "accept-unambiguous";
  /** As for {@link parseDate}. */
  twoDigitYearPivot?: number;
}

/** What {@link parseDateColumn} decided for a column and each of its cells. */
export interface DateColumn {
  /** The column's format, or `null` when no value is a date. */
  format: DateKind | null;
  /** One entry per input value, in order. */
  cells: DateCell[];
  /** Decisions the user should know about (e.g. day/month order assumed for `a/b/yyyy`), in English. */
  warnings: string[];
  /** The same decisions with their codes and parameters. */
  notices: Notice[];
}

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:[ t]|$)/;
const NUMERIC_DAY_KINDS: ReadonlySet<DateKind> = new Set(["dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "dd-mm-yyyy"]);

/**
 * Reads a whole column of dates and checks that they agree on one format.
 *
 * The column's format is `options.format` or the most common format among the values (ties:
 * the one seen first). A value written differently is not guessed at: it is rejected as
 * `ambiguous` when day and month could be swapped (`03.04.2024` among `yyyy-mm-dd` dates,
 * `04/03/2024` among `dd.mm.yyyy` ones), and as `mixed_format` otherwise (unless
 * `mixed: "accept-unambiguous"` and it stands for the same period).
 *
 * `a/b/yyyy` dates are read day first, as in Norway; when some value can only be month first
 * (`03/13/2024`) and none only day first, the whole column is read month first (US) — both
 * decisions are reported in `warnings` when the column's format is a slash format.
 *
 * @example
 * ```ts
 * const col = parseDateColumn(["2024-03-01", "2024-03-02", "03.04.2024"]);
 * col.format;   // "yyyy-mm-dd"
 * col.cells[2]; // { ok: false, code: "ambiguous", reason: '"03.04.2024" is written dd.mm.yyyy, but this column\'s dates are yyyy-mm-dd; it could mean 3 April 2024 or 4 March 2024' }
 * ```
 */
export function parseDateColumn(values: readonly string[], options: DateColumnOptions = {}): DateColumn {
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) {
    throw usageError("invalid_input", "the dates to read must be an array of strings");
  }
  const notes = new Notes();
  const pivot = options.twoDigitYearPivot ?? TWO_DIGIT_YEAR_PIVOT;

  // Day or month first for a/b/yyyy, decided from all slash values at once.
  let slashOrder: "dmy" | "mdy" = options.format === "mm/dd/yyyy" ? "mdy" : "dmy";
  let slashNote: { code: "slash_month_first" | "slash_day_first"; example: string } | null = null;
  if (options.format === undefined) {
    let dayFirstOnly: string | null = null;
    let monthFirstOnly: string | null = null;
    let swappable: string | null = null;
    for (const value of values) {
      const m = SLASH.exec(value.trim().toLowerCase());
      if (m === null) continue;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dayFirstOnly ??= value.trim();
      else if (b > 12 && a <= 12) monthFirstOnly ??= value.trim();
      else if (a !== b && a <= 12 && b <= 12) swappable ??= value.trim();
    }
    if (monthFirstOnly !== null && dayFirstOnly === null) {
      slashOrder = "mdy";
      slashNote = { code: "slash_month_first", example: monthFirstOnly };
    } else if (swappable !== null && dayFirstOnly === null) {
      slashNote = { code: "slash_day_first", example: swappable };
    }
  }

  const parsed = values.map((v) => parseDate(v, { slashOrder, twoDigitYearPivot: pivot }));
  let format: DateKind | null = options.format ?? null;
  if (format === null) {
    const counts = new Map<DateKind, number>();
    for (const p of parsed) if (p.ok) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    let best = 0;
    for (const [kind, n] of counts) {
      if (n > best) {
        best = n;
        format = kind;
      }
    }
  }
  if (slashNote !== null && (format === "dd/mm/yyyy" || format === "mm/dd/yyyy")) notes.add(slashNote.code, { example: slashNote.example });

  let acceptedMixed = 0;
  const cells: DateCell[] = parsed.map((p, i): DateCell => {
    if (!p.ok || format === null || p.kind === format) return p;
    const what = (values[i] ?? "").trim();
    const days = fromIsoDate(p.iso) ?? 0;
    const { day, month, year } = civilFromDays(days);
    if (NUMERIC_DAY_KINDS.has(p.kind) && day <= 12 && month <= 12 && day !== month) {
      const made = notice("date_ambiguous", { value: what, kind: p.kind, columnKind: format, read: [day, month, year] });
      return { ok: false, code: "ambiguous", reason: made.message, notice: made };
    }
    const samePeriod = DATE_KIND_PERIOD[p.kind] === DATE_KIND_PERIOD[format];
    if (options.mixed === "accept-unambiguous" && samePeriod) {
      acceptedMixed++;
      return p;
    }
    const made = notice("date_mixed_format", {
      value: what,
      kind: p.kind,
      columnKind: format,
      period: samePeriod ? null : p.period,
      columnPeriod: samePeriod ? null : DATE_KIND_PERIOD[format],
    });
    return { ok: false, code: "mixed_format", reason: made.message, notice: made };
  });
  if (acceptedMixed > 0) notes.add("dates_mixed_accepted", { count: acceptedMixed, format: format ?? "" });
  return { format, cells, warnings: notes.warnings, notices: notes.notices };
}
