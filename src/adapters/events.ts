/**
 * Event logs — one row per fall, infection or medication error — turned into chart data:
 * counts per period (C chart), rates per period (U chart), days between events (T chart) and
 * cases between events (G chart).
 *
 * @module
 */
import type { ChartRowDraft as ChartRow } from "../chart-spec/schema.js";
import { floorToPeriod, fromIsoDate, nextPeriodStart, toIsoDate, PERIODS, type Period } from "../calendar.js";
import type { AdapterSpec } from "./columns.js";
import { parseDate, parseDateColumn, type DateCell, type DateKind } from "./dates.js";
import { notice, NOTICE_MESSAGES, type Notice } from "./notice-messages.js";
import { Notes } from "./notes.js";
import { quote, throwIfStrict, usageError, type IgnoredLine, type Rejection, type UsedLine } from "./report.js";
import { columnName, resolveColumn, type ColumnRef, type Table, type TableRow } from "./table.js";
import { findTimeColumn, minutesOfClock, parseTimeOfDay } from "./times.js";
import { isTotalLabel } from "./totals.js";

/** Which columns of an event log hold the event's date and, optionally, its time of day and unit. */
export interface EventMapping {
  date: ColumnRef;
  /**
   * The time of day of each event (`14:30`, `14.30`, `kl. 14`), used by {@link daysBetweenEvents}.
   * When absent, a column whose header names a time (Klokkeslett, Tid, Kl., Time, Tidspunkt, …)
   * and whose values are times is used, and else a time written in the date cells
   * (`03.01.2024 14:30`); `null` means: no times of day, whole days only.
   */
  time?: ColumnRef | null;
  /** One chart per value (e.g. the ward). */
  facet?: ColumnRef;
}

/** A line that was deliberately not used (not an error), and why: see `report.ts`. */
export type { IgnoredLine } from "./report.js";

/** Options shared by the event adapters. */
export interface EventOptions {
  /** Throw an {@link SpcError} listing every rejection instead of returning them. */
  strict?: boolean;
  /**
   * Keep only the rows for which this returns true, e.g. one severity. It gets the row's cells
   * by header name (untrimmed) and its line; other rows are listed in `ignored`.
   */
  include?: (record: Readonly<Record<string, string>>, line: number) => boolean;
  /** Format of the dates; detected when absent (see `parseDateColumn`). */
  dateFormat?: DateKind;
  /** Dates written in another format than the column's; default `"reject"`. */
  mixedDates?: "reject" | "accept-unambiguous";
  /** Two-digit years below this are 20yy; default 69. */
  twoDigitYearPivot?: number;
}

/** What an event adapter made of a log. */
export interface EventSpecResult {
  spec: AdapterSpec;
  /** Lines that were used, with the index of the `spec.data` row they count in (or `null`). */
  used: UsedLine[];
  /** Lines left out because they could not be read, with line, column, value and reason. */
  rejected: Rejection[];
  /** Lines left out on purpose (the `include` filter, outside the range, before the first event). */
  ignored: IgnoredLine[];
  /** Decisions the user should know about, in English. */
  warnings: string[];
  /** The same decisions with their codes and parameters. */
  notices: Notice[];
}

interface LoggedEvent {
  line: number;
  /** Day number (days since 1970-01-01). */
  days: number;
  iso: string;
  raw: string;
  facet: string | undefined;
  /** Minutes after midnight, when the log gives the event's time of day. */
  minutes: number | null;
}

interface ReadLog {
  events: LoggedEvent[];
  rejected: Rejection[];
  ignored: IgnoredLine[];
  notes: Notes;
  dateColumn: string;
  /** Where the times of day came from: a column's header, the date column, or `null` (none). */
  timesFrom: { column: string; inDates: boolean } | null;
}

function checkTable(table: Table): void {
  if (table === null || typeof table !== "object" || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw usageError("invalid_input", "the table must have a header and rows (use readDelimited)");
  }
}

function recordOf(table: Table, row: TableRow): Record<string, string> {
  // No prototype: a column named "__proto__" or "constructor" is an ordinary key here.
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  table.header.forEach((name, i) => {
    record[name] = row.cells[i] ?? "";
  });
  return record;
}

/** The total label a log's line starts with (`Totalt`, `Sum:`), or null: its first filled cell. */
function totalLabelOf(row: TableRow): string | null {
  const first = row.cells.find((c) => c.trim() !== "")?.trim();
  return first !== undefined && isTotalLabel(first) ? first : null;
}

/** Rows that are whole, are not a total, and pass the filter; the rest go to `rejected` / `ignored`. */
function selectRows(table: Table, options: EventOptions, rejected: Rejection[], ignored: IgnoredLine[], delimiter: string): TableRow[] {
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    if (row.problem !== undefined) {
      rejected.push({
        line: row.line,
        column: null,
        value: row.cells.join(delimiter),
        reason: row.problem,
        ...(row.problemCode === undefined ? {} : { code: row.problemCode }),
        ...(row.problemParams === undefined ? {} : { params: row.problemParams }),
      });
    } else if (totalLabelOf(row) !== null) {
      // "Totalt;;14 fall" under a log counts the events above it: it is not one.
      const label = totalLabelOf(row) ?? "";
      ignored.push({ line: row.line, code: "total_row", reason: NOTICE_MESSAGES.text("total_row", { label }, "en"), params: { label }, text: row.cells.join(delimiter) });
    } else if (options.include !== undefined && !options.include(recordOf(table, row), row.line)) {
      ignored.push({ line: row.line, reason: "left out by the include filter" });
    } else {
      rows.push(row);
    }
  }
  return rows;
}

function delimiterOf(table: Table): string {
  const d = (table as { delimiter?: unknown }).delimiter;
  return typeof d === "string" ? d : ";";
}

function dateColumnOptions(options: EventOptions) {
  return {
    ...(options.dateFormat === undefined ? {} : { format: options.dateFormat }),
    ...(options.mixedDates === undefined ? {} : { mixed: options.mixedDates }),
    ...(options.twoDigitYearPivot === undefined ? {} : { twoDigitYearPivot: options.twoDigitYearPivot }),
  };
}

/** The date of one row from its parsed cell, or a rejection naming the line and column. */
function readDateCell(table: Table, row: TableRow, dateCol: number, cell: DateCell | undefined, rejected: Rejection[]): { days: number; iso: string } | null {
  if (cell === undefined || !cell.ok) {
    // The reason's code and values with it, so that the line is explained in the user's language.
    const words = cell?.ok === false && cell.code === "empty" ? { code: "empty_date", params: {} } : cell?.ok === false && cell.notice !== undefined ? { code: cell.notice.code, params: cell.notice.params } : {};
    rejected.push({ line: row.line, column: columnName(table, row, dateCol), value: row.cells[dateCol] ?? "", reason: cell?.reason ?? "not a date", ...words });
    return null;
  }
  return { days: fromIsoDate(cell.iso) ?? 0, iso: cell.iso };
}

/** The facet of one row, or a rejection when its cell is empty (`what` = "event" or "case"). */
function readFacetCell(table: Table, row: TableRow, facetCol: number, rejected: Rejection[], what: string): string | null {
  const facet = (row.cells[facetCol] ?? "").trim();
  if (facet !== "") return facet;
  rejected.push({
    line: row.line,
    column: columnName(table, row, facetCol),
    value: row.cells[facetCol] ?? "",
    reason: `the cell is empty; every ${what} needs a facet value to know which chart it belongs to`,
  });
  return null;
}

/**
 * The time-of-day column: the mapping's, or one found by header and values (not the date or
 * facet column); `null` without one, or when times are not wanted.
 */
function timeColumnOf(table: Table, mapping: EventMapping, readTimes: boolean, exclude: number[]): number | null {
  if (!readTimes || mapping.time === null) return null;
  if (mapping.time !== undefined) {
    const col = resolveColumn(table, mapping.time, "time");
    // The date column named as the time column too: its cells hold both (03.01.2024 14:30).
    return exclude.includes(col) ? null : col;
  }
  return findTimeColumn(table, exclude);
}

/**
 * Reads the dates (and facets, and with `readTimes` the times of day) of an event log. A time
 * cell that is not a time rejects its line; an empty one leaves the event without a time (or
 * with the date cell's). Times in the date column that are all midnight are Excel's dates
 * without a time, not events at 00:00, and are not used.
 */
function readLog(table: Table, mapping: EventMapping, options: EventOptions, readTimes = false): ReadLog {
  checkTable(table);
  if (mapping === null || typeof mapping !== "object") throw usageError("invalid_mapping", "the column mapping must be an object");
  const dateCol = resolveColumn(table, mapping.date, "date");
  const facetCol = mapping.facet === undefined ? null : resolveColumn(table, mapping.facet, "facet");
  const timeCol = timeColumnOf(table, mapping, readTimes, facetCol === null ? [dateCol] : [dateCol, facetCol]);
  const rejected: Rejection[] = [];
  const ignored: IgnoredLine[] = [];
  const notes = new Notes();
  const rows = selectRows(table, options, rejected, ignored, delimiterOf(table));
  const dateColumn = table.header[dateCol] ?? "";
  const dates = parseDateColumn(
    rows.map((r) => r.cells[dateCol] ?? ""),
    dateColumnOptions(options),
  );
  for (const note of dates.notices) notes.forColumn(dateColumn, note);
  const clockOf = (cell: DateCell | undefined): number | null => (readTimes && cell?.ok === true && cell.time !== undefined ? minutesOfClock(cell.time) : null);
  const datesHaveTimes = dates.cells.some((c) => (clockOf(c) ?? 0) > 0);
  let fromColumn = 0;
  let fromDates = 0;
  const events: LoggedEvent[] = [];
  rows.forEach((row, i) => {
    const date = readDateCell(table, row, dateCol, dates.cells[i], rejected);
    const facet = facetCol === null ? undefined : readFacetCell(table, row, facetCol, rejected, "event");
    let minutes = datesHaveTimes ? clockOf(dates.cells[i]) : null;
    let timeOk = true;
    if (timeCol !== null && (row.cells[timeCol] ?? "").trim() !== "") {
      const time = parseTimeOfDay(row.cells[timeCol] ?? "");
      if (time.ok) minutes = time.minutes;
      else {
        timeOk = false;
        rejected.push({ line: row.line, column: columnName(table, row, timeCol), value: row.cells[timeCol] ?? "", reason: time.reason });
      }
      if (time.ok) fromColumn++;
    } else if (minutes !== null) fromDates++;
    if (date !== null && facet !== null && timeOk) events.push({ line: row.line, days: date.days, iso: date.iso, raw: row.cells[dateCol] ?? "", facet, minutes });
  });
  const timesFrom =
    timeCol !== null && fromColumn > 0
      ? { column: table.header[timeCol] ?? "", inDates: false }
      : fromDates > 0
        ? { column: dateColumn, inDates: true }
        : null;
  return { events, rejected, ignored, notes, dateColumn, timesFrom };
}

function finish<R extends EventSpecResult>(result: R, strict: boolean | undefined): R {
  result.rejected.sort((a, b) => a.line - b.line);
  result.ignored.sort((a, b) => a.line - b.line);
  throwIfStrict(strict, result.rejected);
  return result;
}

/** Groups items by facet, keeping the order in which facets first appear. */
function byFacet<T extends { facet: string | undefined }>(items: readonly T[]): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const group = groups.get(item.facet);
    if (group === undefined) groups.set(item.facet, [item]);
    else group.push(item);
  }
  return groups;
}

function withFacet(row: ChartRow, facet: string | undefined): ChartRow {
  if (facet !== undefined) row.facet = facet;
  return row;
}

/** Options of {@link countEvents}. */
export interface CountEventsOptions extends EventOptions {
  /** Count per day, ISO week (Monday), month, quarter or year. */
  period: Period;
  /** First date of the range to fill (floored to the period); default the first event (or denominator). */
  from?: string;
  /** Last date of the range to fill; default the last event (or denominator). */
  to?: string;
  /**
   * Denominators for a U chart, e.g. bed-days per month: rows with a date `x` (any form
   * `parseDate` reads) and the value in `n` (or, when `n` is absent, `y` — so the `data` of a
   * `tableToSpec` result can be passed as it is), and a `facet` when events are counted per
   * facet. Several rows in one period are added up (daily bed-days make a monthly denominator);
   * a period with a missing (`null`) value gets `n: null`.
   */
  denominators?: readonly ChartRow[];
  /** `multiply` for the spec; default the suggested one (see {@link CountEventsResult}). */
  multiply?: number;
  /** Refuse to fill more periods than this (default 10 000), so a mistyped year does not make a 100-year chart. */
  maxPeriods?: number;
}

/** What {@link countEvents} made of a log. */
export interface CountEventsResult extends EventSpecResult {
  /**
   * With denominators, the first of 1, 100, 1 000, 10 000, 100 000 and 1 000 000 that makes
   * the overall rate (all events / all n) at least 0.5 — e.g. 1 000 for 13 falls in 16 188
   * bed-days (0.80 per 1 000 bed-days), 100 for 3 in 150 (2 %); `null` without denominators.
   */
  suggestedMultiply: number | null;
}

/** Conventional scales for rates: per unit, per 100 (percent), per 1 000 (bed-days), and up. */
const MULTIPLIERS = [1, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

function suggestMultiply(events: number, exposure: number): number {
  if (events <= 0 || exposure <= 0) return 1;
  const rate = events / exposure;
  // 0.5 rather than 1: "0.8 falls per 1 000 bed-days" is how such rates are reported, and
  // 10 000 would be an unfamiliar scale for it.
  return MULTIPLIERS.find((m) => rate * m >= 0.5) ?? 1_000_000;
}

function parseBound(text: string | undefined, name: "from" | "to", period: Period): number | null {
  if (text === undefined) return null;
  const p = typeof text === "string" ? parseDate(text) : null;
  const days = p !== null && p.ok ? fromIsoDate(p.iso) : null;
  if (days === null) throw usageError("invalid_option", `${name} must be a date, not ${quote(String(text))}`, [name]);
  return floorToPeriod(days, period);
}

/**
 * Counts events per period, for a C chart — or, with denominators, a U chart.
 *
 * Every period from the first to the last event (or `from`/`to`, or the first and last
 * denominator) is a row, periods without events as 0: a month without falls is a count of 0,
 * not a gap. With facets, every facet gets every period of the common range. Rows have `x` =
 * the first day of the period (ISO weeks: Monday), `y` = the count and, with denominators,
 * `n`; the spec gets `chart: "c"` or `"u"`, `xType: "date"`, `period` and (U) `multiply`.
 *
 * @throws {SpcError} for a bad option, denominators whose facets do not match the events', a
 *   range of more than `maxPeriods` periods, or in strict mode on any rejection.
 * @example
 * ```ts
 * const log = readDelimited("Dato;Avdeling\n03.01.2024;A\n17.01.2024;A\n02.03.2024;A\n");
 * countEvents(log, { date: "Dato" }, { period: "month" }).spec.data;
 * // [{ x: "2024-01-01", y: 2 }, { x: "2024-02-01", y: 0 }, { x: "2024-03-01", y: 1 }]
 * ```
 */
export function countEvents(table: Table, mapping: EventMapping, options: CountEventsOptions): CountEventsResult {
  if (options === null || typeof options !== "object" || !PERIODS.includes(options.period)) {
    throw usageError("invalid_option", `period must be one of ${PERIODS.join(", ")}`, ["period"]);
  }
  const { period } = options;
  const maxPeriods = options.maxPeriods ?? 10_000;
  const log = readLog(table, mapping, options);
  const faceted = mapping.facet !== undefined;

  // Denominators, summed per facet and period; a null anywhere makes the period's n unknown.
  const exposure = new Map<string, number | null>();
  const key = (facet: string | undefined, start: number) => `${facet ?? ""}\u0000${start}`;
  const denominatorStarts: number[] = [];
  const denominators = options.denominators;
  if (denominators !== undefined) {
    if (!Array.isArray(denominators)) throw usageError("invalid_option", "denominators must be an array of rows", ["denominators"]);
    denominators.forEach((row: ChartRow, i) => {
      const path = ["denominators", i];
      const p = typeof row?.x === "string" ? parseDate(row.x) : null;
      const days = p !== null && p.ok ? fromIsoDate(p.iso) : null;
      if (days === null) throw usageError("invalid_denominator", `x must be a date, not ${quote(String(row?.x))}`, [...path, "x"]);
      const value = row.n !== undefined ? row.n : row.y;
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
        throw usageError("invalid_denominator", "n must be a finite number or null", [...path, "n"]);
      }
      if (faceted !== (row.facet !== undefined)) {
        throw usageError(
          "denominator_facet",
          faceted
            ? "events are counted per facet, so each denominator row needs the facet it belongs to"
            : "denominator rows have facets, but the events are not counted per facet",
          [...path, "facet"],
        );
      }
      const start = floorToPeriod(days, period);
      denominatorStarts.push(start);
      const k = key(row.facet, start);
      const before = exposure.get(k);
      exposure.set(k, before === null || value === null ? null : (before ?? 0) + value);
    });
  }

  // The range: given bounds, else the span of events and denominators.
  const starts = [...log.events.map((e) => floorToPeriod(e.days, period)), ...denominatorStarts];
  const fromBound = parseBound(options.from, "from", period);
  const toBound = parseBound(options.to, "to", period);
  // A loop, not Math.min(...starts): spreading a long log overflows the call stack.
  let lowest: number | null = null;
  let highest: number | null = null;
  for (const start of starts) {
    if (lowest === null || start < lowest) lowest = start;
    if (highest === null || start > highest) highest = start;
  }
  const first = fromBound ?? lowest;
  const last = toBound ?? highest;

  const result: CountEventsResult = {
    spec: { chart: denominators === undefined ? "c" : "u", xType: "date", period, data: [] },
    used: [],
    rejected: log.rejected,
    ignored: log.ignored,
    warnings: log.notes.warnings,
    notices: log.notes.notices,
    suggestedMultiply: null,
  };
  if (first === null || last === null || first > last) {
    if (first !== null && last !== null) log.notes.add("empty_range", { first: toIsoDate(first), last: toIsoDate(last) });
    return finish(result, options.strict);
  }

  const periods: number[] = [];
  for (let d = first; d <= last; d = nextPeriodStart(d, period)) {
    periods.push(d);
    if (periods.length > maxPeriods) {
      const earliest = log.events.reduce<LoggedEvent | null>((a, e) => (a === null || e.days < a.days ? e : a), null);
      const latest = log.events.reduce<LoggedEvent | null>((a, e) => (a === null || e.days > a.days ? e : a), null);
      const span =
        earliest !== null && latest !== null
          ? ` (events from ${earliest.iso} on line ${earliest.line} to ${latest.iso} on line ${latest.line} — is a year mistyped?)`
          : "";
      throw usageError("too_many_periods", `the range ${toIsoDate(first)} to ${toIsoDate(last)} has more than ${maxPeriods} ${period}s${span}`);
    }
  }

  const facets: (string | undefined)[] = faceted ? [...byFacet(log.events).keys()] : [undefined];
  if (faceted) {
    // Facets that only have denominators still get a chart of zeros.
    for (const row of denominators ?? []) if (!facets.includes(row.facet)) facets.push(row.facet);
  }
  const rowIndex = new Map<string, number>();
  const counts = new Map<string, number>();
  const inRange: LoggedEvent[] = [];
  for (const e of log.events) {
    const start = floorToPeriod(e.days, period);
    if (start < first || start > last) {
      result.ignored.push({ line: e.line, reason: `${e.iso} is outside the range ${toIsoDate(first)} to ${toIsoDate(last)}` });
      continue;
    }
    inRange.push(e);
    counts.set(key(e.facet, start), (counts.get(key(e.facet, start)) ?? 0) + 1);
  }

  const missing: string[] = [];
  let totalEvents = 0;
  let totalExposure = 0;
  for (const facet of facets) {
    for (const start of periods) {
      const k = key(facet, start);
      const y = counts.get(k) ?? 0;
      const row: ChartRow = { x: toIsoDate(start), y };
      if (denominators !== undefined) {
        const n = exposure.has(k) ? (exposure.get(k) ?? null) : null;
        row.n = n;
        if (n === null) missing.push(`${toIsoDate(start)}${facet === undefined ? "" : ` (${facet})`}`);
        else {
          totalEvents += y;
          totalExposure += n;
        }
      }
      rowIndex.set(k, result.spec.data.length);
      result.spec.data.push(withFacet(row, facet));
    }
  }
  for (const e of inRange) result.used.push({ line: e.line, row: rowIndex.get(key(e.facet, floorToPeriod(e.days, period))) ?? null });
  result.used.sort((a, b) => a.line - b.line);

  if (denominators !== undefined) {
    if (missing.length > 0) {
      log.notes.add("missing_denominators", { count: missing.length, periods: missing.slice(0, 5) });
    }
    result.suggestedMultiply = suggestMultiply(totalEvents, totalExposure);
    result.spec.multiply = options.multiply ?? result.suggestedMultiply;
  }
  return finish(result, options.strict);
}

/** Options of {@link daysBetweenEvents}. */
export interface DaysBetweenOptions extends EventOptions {
  /**
   * For logs without times of day: events on the same day as the one before them give 0 days,
   * which a T chart cannot use (times must be above 0). `"reject"` (default) lists them in
   * `rejected`, so they are seen (and strict mode fails); `"merge"` counts them as used, in the
   * previous event's interval, with a warning. Either way the next interval is measured from
   * that day. With times of day the same rule applies only to events at the very same minute.
   */
  sameDay?: "reject" | "merge";
}

/** How {@link daysBetweenEvents} used the times of day of a log. */
export interface EventTimes {
  /** The column the times came from (a time column, or the date column), or `null` without times. */
  column: string | null;
  /** Whether the times are in the date cells (`03.01.2024 14:30`) rather than a column of their own. */
  inDates: boolean;
  /** Whether the intervals use them: only when every event has a time of day. */
  used: boolean;
  /** Events on the same day as the one before them, kept apart by hours (fractional days). */
  sameDayApart: number;
  /** Lines of events without a time of day, when some others have one (times then not used). */
  withoutTime: number[];
  /** Events at the same moment as the one before (same day without times): rejected or merged (`sameDay`). */
  sameMoment: { rejected: number; merged: number };
}

/** What {@link daysBetweenEvents} made of a log. */
export interface DaysBetweenResult extends EventSpecResult {
  /** How times of day were used. */
  times: EventTimes;
  /** Events read from the log (used or not), after the `include` filter and rejected lines. */
  events: number;
  /**
   * The date of the event that ends each row's interval, one per `spec.data` row (without the
   * time of day that an `x` has when events share a date).
   */
  rowDates: string[];
}

const MINUTES_PER_DAY = 1440;

/** Minutes after midnight as "HH:MM", or "HH:MM:SS" when the log gave seconds. */
function clock(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  const two = (v: number) => String(v).padStart(2, "0");
  const hm = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? hm : `${hm}:${two(seconds % 60)}`;
}

/**
 * Days between consecutive events, for a T chart (time between rare events).
 *
 * Events are sorted by time (per facet); each event after the first gives a row with `x` = its
 * date and `y` = days since the event before it. The first event only starts the first
 * interval (`used` with `row: null`).
 *
 * Times of day: when every event has one (from `mapping.time`, a detected time column such as
 * Klokkeslett, or the date cells, `03.01.2024 14:30`), intervals are measured in minutes and
 * given as fractional days: two falls on one day 6 hours apart give 0.25, and none is dropped;
 * the intervals then add up to the time from the first event to the last. When only some events
 * have a time, times are not used at all (an event without a time has no place within its day,
 * and mixing would make intervals inconsistent): intervals are whole days, `sameDay` applies,
 * and a warning names the lines without a time, so they can be filled in. Without times, two
 * events on one day are 0 days apart — see `sameDay`.
 *
 * When some events of a facet share a date (only possible with times), every row's `x` carries
 * the event's time of day (`"2024-01-19T21:15"`), so that rows of one date stay apart in time
 * order (rows with one `x` would be merged into one subgroup) and keep their dates; a notice
 * says so. Without times, two events on one date are 0 days apart, which qicharts2's T chart
 * refuses ("Time between events must be greater than zero"): see `sameDay`.
 *
 * @throws {SpcError} for a bad option, or in strict mode on any rejection.
 * @example
 * ```ts
 * const log = readDelimited("Dato\n03.01.2024\n17.01.2024\n17.01.2024\n02.03.2024\n");
 * const r = daysBetweenEvents(log, { date: "Dato" });
 * r.spec.data; // [{ x: "2024-01-17", y: 14 }, { x: "2024-03-02", y: 45 }]
 * r.rejected;  // [{ line: 4, column: "Dato", value: "17.01.2024", reason: "on the same day as the event on line 3 …" }]
 *
 * const timed = readDelimited("Dato;Klokkeslett\n03.01.2024;08:00\n03.01.2024;14:00\n04.01.2024;08:00\n");
 * daysBetweenEvents(timed, { date: "Dato" }).spec.data; // [{ x: "2024-01-03", y: 0.25 }, { x: "2024-01-04", y: 0.75 }]
 * ```
 */
export function daysBetweenEvents(table: Table, mapping: EventMapping, options: DaysBetweenOptions = {}): DaysBetweenResult {
  const sameDay = options.sameDay ?? "reject";
  if (sameDay !== "reject" && sameDay !== "merge") throw usageError("invalid_option", 'sameDay must be "reject" or "merge"', ["sameDay"]);
  const log = readLog(table, mapping, options, true);
  const withoutTime = log.timesFrom === null ? [] : log.events.filter((e) => e.minutes === null).map((e) => e.line);
  const useTimes = log.timesFrom !== null && log.events.length > 0 && withoutTime.length === 0;
  const result: DaysBetweenResult = {
    spec: { chart: "t", xType: "date", data: [] },
    used: [],
    rejected: log.rejected,
    ignored: log.ignored,
    warnings: log.notes.warnings,
    notices: log.notes.notices,
    times: { column: log.timesFrom?.column ?? null, inDates: log.timesFrom?.inDates ?? false, used: useTimes, sameDayApart: 0, withoutTime, sameMoment: { rejected: 0, merged: 0 } },
    events: log.events.length,
    rowDates: [],
  };
  if (withoutTime.length > 0) {
    log.notes.add("times_partial", { count: withoutTime.length, lines: withoutTime.slice(0, 5) });
  }
  // Minutes since 1970-01-01: whole numbers for times in minutes, so intervals add up exactly.
  const at = (e: LoggedEvent) => e.days * MINUTES_PER_DAY + (useTimes ? (e.minutes ?? 0) : 0);
  const rows: { row: ChartRow; iso: string; minutes: number | null; facet: string | undefined }[] = [];
  let merged = 0;
  for (const [facet, events] of byFacet(log.events)) {
    const sorted = [...events].sort((a, b) => at(a) - at(b) || a.line - b.line);
    let previous: LoggedEvent | null = null;
    let previousRow: number | null = null;
    for (const e of sorted) {
      if (previous === null) {
        result.used.push({ line: e.line, row: null });
      } else if (at(e) === at(previous)) {
        if (sameDay === "merge") {
          merged++;
          result.used.push({ line: e.line, row: previousRow });
        } else {
          result.times.sameMoment.rejected++;
          const why = notice("same_day_rejected", { line: previous.line, times: useTimes });
          result.rejected.push({ line: e.line, column: log.dateColumn, value: e.raw, reason: why.message, code: why.code, params: why.params });
        }
        continue;
      } else {
        if (e.days === previous.days) result.times.sameDayApart++;
        previousRow = rows.length;
        rows.push({ row: withFacet({ y: (at(e) - at(previous)) / MINUTES_PER_DAY }, facet), iso: e.iso, minutes: e.minutes, facet });
        result.used.push({ line: e.line, row: previousRow });
      }
      previous = e;
    }
  }
  // Rows with one x would be one subgroup: where two events of a facet share a date (only with
  // times of day; without, they are 0 days apart and rejected or merged above), every x carries
  // its time of day, "2024-01-19T21:15", so each interval stays its own point at its date.
  const seen = new Set<string>();
  const datesUnique = rows.every(({ iso, facet }) => {
    const k = `${facet ?? ""}\u0000${iso}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  for (const { row, iso, minutes } of rows) {
    result.spec.data.push({ x: datesUnique || minutes === null ? iso : `${iso}T${clock(minutes)}`, ...row });
    result.rowDates.push(iso);
  }
  if (!datesUnique) log.notes.add("same_day_timed", {});
  result.times.sameMoment.merged = merged;
  if (merged > 0) {
    log.notes.add("same_day_merged", { count: merged, times: useTimes });
  }
  result.used.sort((a, b) => a.line - b.line);
  return finish(result, options.strict);
}

/** Which columns of a case log hold the event flag and, optionally, date and unit. */
export interface CaseMapping {
  /** Whether the case had the event: `ja`/`nei`, `1`/`0`, `x`/empty, … (see {@link CasesBetweenOptions}). */
  event: ColumnRef;
  /** The case's date: cases are put in date order, and events get it as `x`. Without it, file order. */
  date?: ColumnRef;
  facet?: ColumnRef;
}

/** Options of {@link casesBetweenEvents}. */
export interface CasesBetweenOptions extends EventOptions {
  /**
   * Cell texts (trimmed, case-insensitive) that mark an event; every other text is a case
   * without one. Default: yes-like texts (`1`, `ja`, `j`, `yes`, `y`, `true`, `sann`, `x`) are
   * events, no-like texts (`0`, `nei`, `n`, `no`, `false`, `usann`, empty) are not, and any
   * other text is rejected.
   */
  eventValues?: readonly string[];
  /**
   * Count the cases before the first event as a full interval. Default `false`: the log seldom
   * starts just after an event, so that first count would be too short.
   */
  includeFirst?: boolean;
}

/** What {@link casesBetweenEvents} made of a log. */
export interface CasesBetweenResult extends EventSpecResult {
  /** Per facet (`null` without facets), the cases after the last event: an interval still open. */
  open: { facet: string | null; cases: number }[];
}

const YES = new Set(["1", "ja", "j", "yes", "y", "true", "sann", "x"]);
const NO = new Set(["0", "nei", "n", "no", "false", "usann", ""]);

/**
 * Cases between consecutive events, for a G chart, from a log of all cases (e.g. every
 * operation) with a column that says whether the case had the event (e.g. an infection).
 *
 * Each event after the first gives a row with `y` = the number of cases without the event
 * since the previous event (0 when two events follow each other: the G chart's geometric
 * distribution starts at 0), and `x` = the event's date when there is a date column and no two
 * events of a facet share a date (otherwise rows have no `x` and are plotted in order, with a
 * warning, because rows with one `x` would be merged into one subgroup). Cases after the last
 * event are not a complete interval: they are in `ignored` and counted in `open`.
 *
 * @throws {SpcError} for a bad option, or in strict mode on any rejection.
 * @example
 * ```ts
 * const log = readDelimited("Operasjon;Infeksjon\n1;nei\n2;ja\n3;nei\n4;nei\n5;ja\n6;nei\n");
 * const r = casesBetweenEvents(log, { event: "Infeksjon" });
 * r.spec.data; // [{ y: 2 }]
 * r.open;      // [{ facet: null, cases: 1 }]
 * ```
 */
export function casesBetweenEvents(table: Table, mapping: CaseMapping, options: CasesBetweenOptions = {}): CasesBetweenResult {
  checkTable(table);
  if (mapping === null || typeof mapping !== "object") throw usageError("invalid_mapping", "the column mapping must be an object");
  const eventCol = resolveColumn(table, mapping.event, "event");
  const dateCol = mapping.date === undefined ? null : resolveColumn(table, mapping.date, "date");
  const facetCol = mapping.facet === undefined ? null : resolveColumn(table, mapping.facet, "facet");
  if (options.eventValues !== undefined && !Array.isArray(options.eventValues)) {
    throw usageError("invalid_option", "eventValues must be an array of texts", ["eventValues"]);
  }
  const eventValues = options.eventValues === undefined ? null : new Set(options.eventValues.map((v) => String(v).trim().toLowerCase()));

  const notes = new Notes();
  const result: CasesBetweenResult = {
    spec: { chart: "g", data: [] },
    used: [],
    rejected: [],
    ignored: [],
    warnings: notes.warnings,
    notices: notes.notices,
    open: [],
  };
  const rows = selectRows(table, options, result.rejected, result.ignored, delimiterOf(table));
  const dates = dateCol === null ? null : parseDateColumn(rows.map((r) => r.cells[dateCol] ?? ""), dateColumnOptions(options));
  for (const note of dates?.notices ?? []) notes.forColumn(table.header[dateCol ?? 0] ?? "", note);

  interface Case {
    line: number;
    event: boolean;
    days: number;
    iso: string | undefined;
    facet: string | undefined;
  }
  const cases: Case[] = [];
  rows.forEach((row, i) => {
    let ok = true;
    const flag = (row.cells[eventCol] ?? "").trim().toLowerCase();
    let event = false;
    if (eventValues !== null) event = eventValues.has(flag);
    else if (YES.has(flag)) event = true;
    else if (!NO.has(flag)) {
      result.rejected.push({
        line: row.line,
        column: columnName(table, row, eventCol),
        value: row.cells[eventCol] ?? "",
        reason: notice("neither_yes_nor_no", { value: (row.cells[eventCol] ?? "").trim() }).message,
        code: "neither_yes_nor_no",
        params: { value: (row.cells[eventCol] ?? "").trim() },
      });
      ok = false;
    }
    const date = dates !== null && dateCol !== null ? readDateCell(table, row, dateCol, dates.cells[i], result.rejected) : undefined;
    const facet = facetCol === null ? undefined : readFacetCell(table, row, facetCol, result.rejected, "case");
    if (ok && date !== null && facet !== null) cases.push({ line: row.line, event, days: date?.days ?? 0, iso: date?.iso, facet });
  });

  // Unique event dates per facet decide whether rows can carry x.
  let datesUnique = dates !== null;
  const rowsOut: { row: ChartRow; iso: string | undefined }[] = [];
  for (const [facet, group] of byFacet(cases)) {
    const ordered = dates === null ? group : [...group].sort((a, b) => a.days - b.days || a.line - b.line);
    const seenDates = new Set<string>();
    let counter = 0;
    let seenEvent = options.includeFirst === true;
    let pending: number[] = [];
    for (const c of ordered) {
      if (!c.event) {
        counter++;
        pending.push(c.line);
        continue;
      }
      if (seenEvent) {
        const index = rowsOut.length;
        rowsOut.push({ row: withFacet({ y: counter }, facet), iso: c.iso });
        if (c.iso !== undefined) {
          if (seenDates.has(c.iso)) datesUnique = false;
          seenDates.add(c.iso);
        }
        for (const line of pending) result.used.push({ line, row: index });
        result.used.push({ line: c.line, row: index });
      } else {
        for (const line of pending) result.ignored.push({ line, reason: "before the first event: the count starts at the first event" });
        result.used.push({ line: c.line, row: null });
      }
      seenEvent = true;
      counter = 0;
      pending = [];
    }
    for (const line of pending) {
      result.ignored.push({ line, reason: `after the last event: an open interval of ${counter} case(s) so far` });
    }
    result.open.push({ facet: facet ?? null, cases: counter });
  }
  for (const { row, iso } of rowsOut) {
    if (datesUnique && iso !== undefined) row.x = iso;
    result.spec.data.push(row);
  }
  if (datesUnique) result.spec.xType = "date";
  else if (dates !== null) notes.add("same_day_in_order", {});
  result.used.sort((a, b) => a.line - b.line);
  return finish(result, options.strict);
}
