/**
 * A measure's data, from the text of its file to chart-spec rows, through the adapters: a table
 * (one row per subgroup, or a wide sheet with one column per unit) or an event log (counted per
 * period, days between events, cases between events, or the share of cases per period). The
 * same path serves `spc chart` and the measurement plan.
 *
 * Every line is accounted for, and every problem located: `fil.csv:4:12: …`.
 *
 * @module
 */
import type { IssueCode } from "../vocabulary.js";
import { notice, type Notice } from "../adapters/notice-messages.js";
import type { Period } from "../calendar.js";
import { SpcError } from "../errors.js";
import type { ChartRow, ChartType } from "../chart-spec/schema.js";
import { tableToSpec, wideToLong, type AdapterSpec, type ColumnMapping } from "../adapters/columns.js";
import { DATE_KIND_PERIOD } from "../adapters/dates.js";
import { readDelimited, type DelimitedTable, type Delimiter } from "../adapters/delimited.js";
import { casesBetweenEvents, countEvents, daysBetweenEvents, type DaysBetweenResult } from "../adapters/events.js";
import type { IgnoredLine, LineIssue, Rejection, UsedLine } from "../adapters/report.js";
import { suggestForEvents, suggestFromData, type ChartSuggestion } from "../adapters/suggest.js";
import { resolveColumn, type ColumnRef, type Table } from "../adapters/table.js";
import { skippedNotice, titleHints } from "../adapters/table-start.js";
import { TextLines, type LocatedIssue } from "./diagnostics.js";
import type { DenominatorSource, EventSource, PlanChart, TableSource } from "./schema.js";
import { PLAN_MESSAGES } from "./messages.js";

/** The texts of data files, by the name the plan (or command line) gives them. */
export type SourceTexts = Readonly<Record<string, string>>;

/** Options of {@link loadTable} and {@link loadEvents}. */
export interface LoadOptions {
  /** The chart to make, or `"auto"` (default) to propose one from the data. */
  chart?: PlanChart;
  /** Any rejected line is an error (thrown), not a warning. */
  strict?: boolean;
  /** Where the source's settings are, for messages: e.g. `["measures", 2, "data"]`. */
  path?: (string | number)[];
  /**
   * Texts that may name the year of weeks or months written without one (`Uke 3`): title lines
   * above the table, first. The file's name is always a hint, after these.
   */
  yearHints?: readonly string[];
}

/** A rejected line, with the file it is in. */
export interface FileRejection extends Rejection {
  file: string;
}

/** A measure's data, read. */
export interface LoadedData {
  /** The rows and what the adapter decided (`xType`, `period`, `multiply` for U charts), with `chart`. */
  spec: AdapterSpec & { chart: ChartType };
  /** When the chart was `auto`: the proposal and its reasons. */
  suggestion: ChartSuggestion | null;
  /** Lines that became rows (of the main file). */
  used: UsedLine[];
  /** Lines left out because they could not be read. */
  rejected: FileRejection[];
  /** Lines left out on purpose (total rows, filters, before the first event, …). */
  ignored: IgnoredLine[];
  /** The denominator's column name (tables with `n`), for the unit of a rate: "per 1000 liggedøgn". */
  denominator: string | null;
  /** The values were written as per cent (`57 %`). */
  percent: boolean;
  /** Rejections (warnings, or errors when strict) and the adapters' decisions (warnings), located. */
  issues: LocatedIssue[];
  /** The period each x date stands for (`"day"` for event dates), or `null` when x is not dates. */
  period: Period | null;
  /**
   * What was read, in one line, when there is something to explain (a T chart's events and
   * times of day): `T chart: 24 events, times of day from "Klokkeslett"; 3 events on the same day
   * kept apart by hours`.
   */
  summary?: string;
  /** The same line as a notice, to be written in the user's language. */
  summaryNotice?: Notice;
  /**
   * The date of each `spec.data` row when its `x` is not a plain date (a T chart whose events
   * share days has x with a time of day, "2024-01-11T03:15"): dates of changes are placed by them.
   */
  rowDates?: string[];
  /**
   * Where a row or field of `spec.data` came from: `["data", 3, "y"]` → the file, line and
   * column of that cell. `null` when the row was made from several lines (event counts).
   */
  locate: (path: readonly (string | number)[]) => { file: string; line: number; column?: number; field?: string } | null;
}

const DELIMITERS: Readonly<Record<string, Delimiter>> = { ";": ";", ",": ",", tab: "\t" };

function readTable(text: string, source: { delimiter?: string | undefined; skipLines?: number | undefined }): DelimitedTable {
  const delimiter = source.delimiter === undefined ? undefined : DELIMITERS[source.delimiter];
  return readDelimited(text, {
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(source.skipLines === undefined ? {} : { skipLines: source.skipLines }),
  });
}

/** Errors about columns name the source's setting (`measures[2].data.y`) instead of `mapping.y`. */
function withPath<T>(path: (string | number)[] | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof SpcError) || path === undefined) throw e;
    throw new SpcError(e.issues.map((issue) => (issue.path[0] === "mapping" ? { ...issue, path: [...path, ...issue.path.slice(1)] } : issue)));
  }
}

/** Adapter errors about the data itself, not about a setting: they name the file. */
const DATA_CODES: ReadonlySet<string> = new Set(["nothing_to_chart", "period_needs_year", "time_not_dates"]);

/** Turns rejections and adapter warnings into located issues. */
class Account {
  readonly issues: LocatedIssue[] = [];
  readonly rejected: FileRejection[] = [];
  private readonly texts = new Map<string, { lines: TextLines; table: Table; delimiter: string }>();

  addFile(file: string, text: string, table: DelimitedTable): void {
    this.texts.set(file, { lines: new TextLines(text), table, delimiter: table.delimiter });
    // Titles and notes around the table were passed over: say so, once, naming each line.
    const skipped = skippedNotice(table.skipped);
    if (skipped !== null) this.issues.push({ code: skipped.code, path: [], message: skipped.message, params: skipped.params, file, severity: "warning" });
  }

  position(file: string, line: number, column: string | null): { line: number; column: number } {
    const t = this.texts.get(file);
    const field = t === undefined || column === null ? -1 : t.table.header.indexOf(column);
    return (field >= 0 ? t?.lines.cellPosition(line, field, t.delimiter) : null) ?? { line, column: 1 };
  }

  reject(file: string, rejections: readonly Rejection[], strict: boolean): void {
    for (const r of rejections) {
      this.rejected.push({ ...r, file });
      const at = this.position(file, r.line, r.column);
      this.issues.push({
        ...PLAN_MESSAGES.issue("rejected_row", [], { column: r.column, reason: r.reason, strict, reasonCode: r.code ?? null, reasonParams: r.params ?? null }),
        file,
        line: at.line,
        column: at.column,
        severity: strict ? "error" : "warning",
      });
    }
  }

  warn(file: string, warnings: readonly string[], code: IssueCode = "adapter_warning"): void {
    for (const message of warnings) this.issues.push({ code, path: [], message, file, severity: "warning" });
  }

  /** An adapter's notices, with their codes and parameters (so that they are written in the user's language). */
  notify(file: string, notices: readonly Notice[]): void {
    for (const n of notices) this.issues.push({ code: n.code, path: [], message: n.message, params: n.params, file, severity: "warning" });
  }

  /** Lines left out on purpose (totals): a notice each, naming the line. */
  ignore(file: string, ignored: readonly IgnoredLine[]): void {
    for (const i of ignored) {
      this.issues.push({ code: i.code ?? "ignored_line", path: [], message: i.reason, ...(i.params === undefined ? {} : { params: i.params }), file, line: i.line, column: 1, severity: "warning" });
    }
  }

  /** An adapter's error about a line (`LineIssue`), located in the file: `fil.csv:4:1: …`. */
  locateError(file: string, e: unknown): unknown {
    if (!(e instanceof SpcError)) return e;
    return new SpcError(
      e.issues.map((issue) => {
        const { line, column } = issue as Partial<LineIssue>;
        // Problems of the data as a whole ("nothing to chart") name the file even without a line.
        if (typeof line !== "number" || line < 1) return DATA_CODES.has(issue.code) ? ({ ...issue, path: [], file } satisfies LocatedIssue) : issue;
        const at = this.position(file, line, column ?? null);
        const located: LocatedIssue = { code: issue.code, path: [], message: issue.message, ...(issue.params === undefined ? {} : { params: issue.params }), file, line: at.line, column: at.column };
        return located;
      }),
    );
  }

  /** In strict mode, every rejection at once. */
  throwIfStrict(strict: boolean): void {
    if (strict && this.rejected.length > 0) throw new SpcError(this.issues.filter((i) => i.severity !== "warning"));
  }
}

/**
 * The key of a source's text in {@link SourceTexts}: the file name, or — when the source names a
 * sheet of a workbook — the file name and the sheet (`fall.xlsx#sheet=Data`), since two
 * measures may read two sheets of one workbook.
 *
 * @example
 * ```ts
 * sourceKey({ file: "fall.csv" });                 // "fall.csv"
 * sourceKey({ file: "fall.xlsx", sheet: "Data" }); // "fall.xlsx#sheet=Data"
 * ```
 */
export function sourceKey(source: { file: string; sheet?: string | number | undefined }): string {
  return source.sheet === undefined ? source.file : `${source.file}#sheet=${String(source.sheet)}`;
}

/**
 * A source's text: by {@link sourceKey} (a source that names a sheet is never given another
 * sheet's text by its file name).
 *
 * @example
 * ```ts
 * sourceText({ "fall.xlsx#sheet=Data": "Måned;Fall\n" }, { file: "fall.xlsx", sheet: "Data" }); // "Måned;Fall\n"
 * ```
 */
export function sourceText(texts: SourceTexts, source: { file: string; sheet?: string | number | undefined }): string | undefined {
  return texts[sourceKey(source)];
}

function needFile(texts: SourceTexts, source: { file: string; sheet?: string | number | undefined }, path: (string | number)[]): string {
  const file = source.file;
  const text = sourceText(texts, source);
  if (typeof text !== "string") throw new SpcError([PLAN_MESSAGES.issue("missing_file", [...path, "file"], { file })]);
  return text;
}

/**
 * Reads a table — one row per subgroup, or a wide sheet (`wide`) with one value column per unit —
 * into chart-spec rows, and decides the chart when it is `auto`.
 *
 * @throws {SpcError} when a column does not exist (path `…data.y`), or in strict mode on any
 *   rejected line (issues located `file:line:column`).
 * @example
 * ```ts
 * const loaded = loadTable(csvText, { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn" }, { chart: "u" });
 * loaded.spec;   // { chart: "u", xType: "date", data: [{ x: "2024-01-01", y: 4, n: 2790 }, …] }
 * loaded.issues; // [{ file: "fall.csv", line: 9, column: 12, severity: "warning", … }] for a bad cell
 * ```
 */
export function loadTable(text: string, source: TableSource, options: LoadOptions = {}): LoadedData {
  const strict = options.strict === true;
  const path = options.path ?? [];
  const account = new Account();
  const table = withPath(path, () => readTable(text, source));
  account.addFile(source.file, text, table);

  const wide = source.wide !== undefined && source.wide !== false;
  let input: Table = table;
  let mapping: ColumnMapping;
  let units: string[] | null = null;
  if (wide) {
    const long = withPath(path, () =>
      wideToLong(table, {
        x: source.x ?? 0,
        ...(Array.isArray(source.wide) ? { units: source.wide } : {}),
      }),
    );
    input = long;
    units = long.units;
    for (const name of long.skippedColumns) {
      account.issues.push({ ...PLAN_MESSAGES.issue("total_column", [], { column: name }), file: source.file, severity: "warning" });
    }
    mapping = { x: 0, facet: 1, y: 2 };
  } else {
    mapping = { y: source.y ?? 0 };
    for (const key of ["x", "n", "facet", "note", "part"] as const) {
      const ref = source[key];
      if (ref !== undefined) mapping[key] = ref;
    }
  }
  let read;
  try {
    read = withPath(path, () =>
      tableToSpec(input, mapping, {
        ...(source.decimal === undefined ? {} : { decimal: source.decimal }),
        ...(source.dateFormat === undefined ? {} : { dateFormat: source.dateFormat }),
        ...(source.missing === undefined ? {} : { missing: source.missing }),
        ...(source.year === undefined ? {} : { year: source.year }),
        // Title lines first, then the file's own name: "fall-uke-2024.csv".
        yearHints: [...(options.yearHints ?? []), ...titleHints(table), source.file],
        requireValues: true,
      }),
    );
  } catch (e) {
    throw account.locateError(source.file, e);
  }
  account.reject(source.file, read.rejected, strict);
  account.ignore(source.file, read.ignored);
  account.notify(source.file, read.notices);
  account.throwIfStrict(strict);

  const header = (ref: ColumnRef | undefined) => (ref === undefined ? undefined : table.header[resolveColumn(table, ref, "column")]);
  let suggestion: ChartSuggestion | null = null;
  let chart: ChartType;
  if (options.chart === undefined || options.chart === "auto") {
    const y = wide ? "value" : header(source.y);
    const n = header(source.n);
    suggestion = suggestFromData(read.spec.data, { ...(y === undefined ? {} : { y }), ...(n === undefined ? {} : { n }), percent: read.percent });
    chart = suggestion.chart;
  } else {
    chart = options.chart;
  }
  const spec = { ...read.spec, chart };
  if (suggestion?.multiply !== undefined) spec.multiply = suggestion.multiply;
  // The units in the sheet's column order, not alphabetical: the team's own order of wards.
  if (units !== null && units.length > 1) spec.facetLevels = units;
  // An Xbar or S chart asked for has subgroups on purpose; one chosen because a month came twice
  // (12 months and a copied line read as "1.1 measurements per subgroup") must say which lines.
  if ((chart !== "xbar" && chart !== "s") || suggestion !== null) account.notify(source.file, sharedX(read.used, spec.data, header(source.x)));

  const period = read.spec.xType !== "date" ? null : read.dateFormat !== null && DATE_KIND_PERIOD[read.dateFormat] !== "day" ? DATE_KIND_PERIOD[read.dateFormat] : inferPeriod(spec.data);
  const lineOf = new Map<number, number>();
  for (const u of read.used) if (u.row !== null && !lineOf.has(u.row)) lineOf.set(u.row, u.line);
  const fieldColumn = (row: number, field: string): string | null => {
    if (wide) {
      if (field === "x") return table.header[resolveColumn(table, source.x ?? 0, "x")] ?? null;
      if (field === "y" || field === "facet") return spec.data[row]?.facet ?? null;
      return null;
    }
    const ref = (mapping as unknown as Record<string, ColumnRef | undefined>)[field];
    return ref === undefined ? null : (table.header[resolveColumn(table, ref, field)] ?? null);
  };
  return {
    spec,
    suggestion,
    used: read.used,
    rejected: account.rejected,
    ignored: read.ignored,
    issues: account.issues,
    denominator: wide ? null : (header(source.n) ?? null),
    percent: read.percent,
    period,
    locate: (p) => {
      if (p[0] !== "data" || typeof p[1] !== "number") return null;
      const line = lineOf.get(p[1]);
      if (line === undefined) return null;
      const column = typeof p[2] === "string" ? fieldColumn(p[1], p[2]) : null;
      const at = column === null ? null : account.position(source.file, line, column);
      return at === null || column === null ? { file: source.file, line } : { file: source.file, ...at, field: column };
    },
  };
}

/**
 * Lines that share an x (within a facet) with an earlier line. They become one subgroup, which is
 * right for Xbar and S charts and for several rows per month on purpose (then most x repeat, and
 * nothing is said), but a few of them are how a row copied twice turns into a false signal on a
 * C chart: so those are named, with their lines.
 */
function sharedX(used: readonly UsedLine[], data: readonly ChartRow[], xName: string | undefined): Notice[] {
  const first = new Map<string, number>();
  const pairs: { line: number; earlier: number; x: string }[] = [];
  let count = 0;
  for (const u of used) {
    const row = u.row === null ? undefined : data[u.row];
    if (row?.x === undefined || row.x === null) continue;
    const key = JSON.stringify([row.facet ?? null, row.x]);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, u.line);
    else if (++count <= 5) pairs.push({ line: u.line, earlier, x: String(row.x) });
  }
  // Many shared x are subgroups on purpose (several measurements per week); a few are slips.
  if (count === 0 || count > Math.max(1, 0.1 * first.size)) return [];
  return [notice("shared_x", { count, column: xName === undefined ? null : String(xName), pairs })];
}

/**
 * The period x dates stand for, from the dates themselves: all on January 1 → years, on the
 * first of a quarter's month → quarters, on the 1st → months, all Mondays a multiple of 7 days
 * apart → weeks, else days.
 *
 * @example
 * ```ts
 * inferPeriod([{ x: "2024-01-01", y: 1 }, { x: "2024-02-01", y: 2 }]); // "month"
 * ```
 */
export function inferPeriod(data: readonly ChartRow[]): Period {
  const dates = data.map((r) => r.x).filter((x): x is string => typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x));
  if (dates.length < 2) return "day";
  const parts = dates.map((d) => ({ month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)), days: Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000 }));
  if (parts.every((p) => p.day === 1)) {
    if (parts.every((p) => p.month === 1)) return "year";
    if (parts.every((p) => p.month % 3 === 1) && new Set(parts.map((p) => p.month)).size > 1) return "quarter";
    return "month";
  }
  // 1970-01-05 was a Monday: day numbers 4 apart from a multiple of 7.
  if (parts.every((p) => (((p.days - 4) % 7) + 7) % 7 === 0)) return "week";
  return "day";
}

const YES = new Set(["1", "ja", "j", "yes", "y", "true", "sann", "x"]);
const NO = new Set(["0", "nei", "n", "no", "false", "usann", ""]);

function includeFilter(table: Table, include: EventSource["include"], path: (string | number)[]) {
  if (include === undefined) return undefined;
  const rules = Object.entries(include).map(([column, values]) => {
    const index = withPath([...path, "include"], () => resolveColumn(table, column, column));
    const name = table.header[index] ?? column;
    const wanted = new Set(values.map((v) => v.trim().toLowerCase()));
    // A filter that matches no row at all is a typo ("Alvorlig" for "Alvorlig skade"), not an
    // empty chart: say which values the column has.
    const present = new Set(table.rows.map((r) => (r.cells[index] ?? "").trim()));
    if (![...present].some((v) => wanted.has(v.toLowerCase()))) {
      const shown = [...present].filter((v) => v !== "").slice(0, 12);
      throw new SpcError([
        PLAN_MESSAGES.issue("include_matches_nothing", [...path, "include", column], { values, column: name, present: shown, more: present.size > 12 }),
      ]);
    }
    return { name, values: wanted };
  });
  return (record: Readonly<Record<string, string>>, _line?: number) => rules.every((r) => {
    const cell = Object.hasOwn(record, r.name) ? record[r.name] : undefined;
    return r.values.has((typeof cell === "string" ? cell : "").trim().toLowerCase());
  });
}

function loadDenominators(texts: SourceTexts, source: DenominatorSource, account: Account, strict: boolean, path: (string | number)[]): ChartRow[] {
  const text = needFile(texts, source, path);
  const table = withPath(path, () => readTable(text, source));
  account.addFile(source.file, text, table);
  const read = withPath(path, () =>
    tableToSpec(table, { x: source.x, y: source.n, ...(source.facet === undefined ? {} : { facet: source.facet }) }, {
      xType: "date",
      ...(source.decimal === undefined ? {} : { decimal: source.decimal }),
    }),
  );
  account.reject(source.file, read.rejected, strict);
  account.notify(source.file, read.notices);
  return read.spec.data;
}

/**
 * A T chart's events and how their times were used, in one line: `T chart: 24 events, times of
 * day from "Klokkeslett"; 3 events on the same day kept apart by hours`.
 *
 * @example
 * ```ts
 * daysBetweenSummary(daysBetweenEvents(log, { date: "Dato" }));
 * // 'T chart: 24 events, times of day from "Klokkeslett"; 3 events on the same day kept apart by hours'
 * ```
 */
export function daysBetweenSummary(r: DaysBetweenResult): string {
  return daysBetweenNotice(r).message;
}

/**
 * {@link daysBetweenSummary} as a notice (code `t_chart_summary`), to be written in either language.
 *
 * @example
 * ```ts
 * issueMessage(daysBetweenNotice(daysBetweenEvents(log, { date: "Dato" })), "nb"); // 'T-diagram: 24 hendelser, …'
 * ```
 */
export function daysBetweenNotice(r: DaysBetweenResult): Notice {
  const t = r.times;
  return notice("t_chart_summary", {
    events: r.events,
    column: t.column,
    inDates: t.inDates,
    used: t.used,
    apart: t.sameDayApart,
    withoutTime: t.withoutTime.length,
    rejected: t.sameMoment.rejected,
    merged: t.sameMoment.merged,
  });
}

/**
 * Reads an event log into chart-spec rows: events counted per period (C chart, or U with
 * `denominators`), days between events (T), cases between events (G, with an `event` yes/no
 * column) or the share of cases with the event per period (P, with `event`). With `auto` the
 * chart is proposed from the log's shape (see `suggestForEvents`).
 *
 * @param texts - the log's text, and the denominators' when they are used, by file name.
 * @throws {SpcError} when a column does not exist, or in strict mode on any rejected line.
 * @example
 * ```ts
 * const loaded = loadEvents({ "fall.csv": logText }, { file: "fall.csv", date: "Hendelsesdato", period: "month" }, { chart: "c" });
 * loaded.spec.data; // [{ x: "2024-01-01", y: 4 }, { x: "2024-02-01", y: 2 }, …]
 * ```
 */
export function loadEvents(texts: SourceTexts, source: EventSource, options: LoadOptions = {}): LoadedData {
  const strict = options.strict === true;
  const path = options.path ?? [];
  const account = new Account();
  const text = needFile(texts, source, path);
  const table = withPath(path, () => readTable(text, source));
  account.addFile(source.file, text, table);
  const period = source.period ?? "month";
  const include = includeFilter(table, source.include, path);
  const common = {
    ...(include === undefined ? {} : { include }),
    ...(source.dateFormat === undefined ? {} : { dateFormat: source.dateFormat }),
  };
  const range = { ...(source.from === undefined ? {} : { from: source.from }), ...(source.to === undefined ? {} : { to: source.to }) };
  const facet = source.facet === undefined ? {} : { facet: source.facet };
  let requested = options.chart ?? "auto";
  let suggestion: ChartSuggestion | null = null;

  let result: { spec: AdapterSpec; used: UsedLine[]; rejected: Rejection[]; ignored: IgnoredLine[]; warnings: string[]; notices: Notice[] };
  let summary: Notice | undefined;
  let rowDates: string[] | undefined;
  let xPeriod: Period | null = "day";

  if (source.event !== undefined) {
    const eventCol = withPath([...path, "event"], () => resolveColumn(table, source.event ?? 0, "event"));
    const yes = source.eventValues === undefined ? YES : new Set(source.eventValues.map((v) => v.trim().toLowerCase()));
    const flag = (record: Readonly<Record<string, string>>) => (record[table.header[eventCol] ?? ""] ?? "").trim().toLowerCase();
    const isYes = (record: Readonly<Record<string, string>>) => yes.has(flag(record));
    const known = (record: Readonly<Record<string, string>>) => source.eventValues !== undefined || YES.has(flag(record)) || NO.has(flag(record));
    const keep = (record: Readonly<Record<string, string>>, line: number) => (include === undefined || include(record, line)) && known(record);

    if (requested === "auto") {
      const events = table.rows.filter((r) => r.problem === undefined && yes.has((r.cells[eventCol] ?? "").trim().toLowerCase())).length;
      let periods = 0;
      if (source.date !== undefined) {
        const all = withPath(path, () => countEvents(table, { date: source.date ?? 0, ...facet }, { ...common, ...range, period, include: keep }));
        periods = new Set(all.spec.data.map((r) => r.x)).size;
      }
      const cases = table.rows.filter((r) => r.problem === undefined).length;
      suggestion = suggestForEvents({ events, cases, periods, period, denominators: false });
      requested = suggestion.chart;
    }
    const base = requested === "run" ? (suggestion?.alternatives[0]?.chart ?? "g") : requested;
    if (base === "p" && source.date !== undefined) {
      const date = source.date;
      const all = withPath(path, () => countEvents(table, { date, ...facet }, { ...common, ...range, period, include: keep }));
      const withEvent = countEvents(table, { date, ...facet }, {
        ...common,
        period,
        from: String(all.spec.data[0]?.x ?? "1970-01-01"),
        to: String(all.spec.data[all.spec.data.length - 1]?.x ?? "1970-01-01"),
        include: (record, line) => keep(record, line) && isYes(record),
      });
      const unknown = table.rows
        .filter((r) => r.problem === undefined && source.eventValues === undefined && !YES.has((r.cells[eventCol] ?? "").trim().toLowerCase()) && !NO.has((r.cells[eventCol] ?? "").trim().toLowerCase()))
        .filter((r) => include === undefined || include(Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ""])), r.line))
        .map((r) => ({
          line: r.line,
          column: table.header[eventCol] ?? null,
          value: r.cells[eventCol] ?? "",
          reason: notice("neither_yes_nor_no", { value: (r.cells[eventCol] ?? "").trim() }).message,
          code: "neither_yes_nor_no",
          params: { value: (r.cells[eventCol] ?? "").trim() },
        }));
      // Both counts cover the same periods; facets may come in another order, so match by key.
      const key = (row: ChartRow) => `${row.facet ?? ""}\u0000${String(row.x)}`;
      const eventsIn = new Map(withEvent.spec.data.map((row) => [key(row), row.y]));
      const data = all.spec.data.map((row) => ({ ...row, y: eventsIn.get(key(row)) ?? 0, n: row.y }));
      const unread = new Set(unknown.map((u) => u.line));
      result = {
        spec: { chart: "p", xType: "date", period, data },
        used: all.used,
        rejected: [...all.rejected, ...unknown].sort((a, b) => a.line - b.line),
        ignored: all.ignored.filter((i) => !unread.has(i.line)),
        warnings: all.warnings,
        notices: all.notices,
      };
      xPeriod = period;
    } else {
      result = withPath(path, () =>
        casesBetweenEvents(
          table,
          { event: source.event ?? 0, ...(source.date === undefined ? {} : { date: source.date }), ...facet },
          { ...common, ...(source.eventValues === undefined ? {} : { eventValues: source.eventValues }) },
        ),
      );
      if (result.spec.xType !== "date") xPeriod = null;
    }
  } else {
    const date = source.date ?? 0;
    const denominators = source.denominators === undefined ? undefined : loadDenominators(texts, source.denominators, account, strict, [...path, "denominators"]);
    const counted = () =>
      withPath(path, () =>
        countEvents(table, { date, ...facet }, { ...common, ...range, period, ...(denominators === undefined ? {} : { denominators }) }),
      );
    let counts = null;
    if (requested === "auto") {
      counts = counted();
      const periods = new Set(counts.spec.data.map((r) => r.x)).size;
      const facets = new Set(counts.spec.data.map((r) => r.facet ?? "")).size;
      suggestion = suggestForEvents({ events: counts.used.length, periods, period, denominators: denominators !== undefined, facets, countsAsked: source.period !== undefined });
      requested = suggestion.chart;
    }
    const base = requested === "run" ? (suggestion?.alternatives[0]?.chart ?? "c") : requested;
    if (base === "t") {
      const time = source.time === undefined ? {} : { time: source.time === false ? null : source.time };
      const between = withPath(path, () => daysBetweenEvents(table, { date, ...time, ...facet }, { ...common, ...(source.sameDay === undefined ? {} : { sameDay: source.sameDay }) }));
      summary = daysBetweenNotice(between);
      // x with a time of day (events sharing a date): dates of changes go by the events' dates.
      if (between.spec.data.some((r) => typeof r.x === "string" && r.x.includes("T"))) rowDates = between.rowDates;
      result = between;
    } else {
      result = counts ?? counted();
      xPeriod = period;
    }
  }

  account.reject(source.file, result.rejected, strict);
  // A "Totalt" line under a log is named (the filter's lines are not: they were asked for).
  account.ignore(source.file, result.ignored.filter((i) => i.code === "total_row"));
  account.notify(source.file, result.notices);
  if (source.time !== undefined && source.time !== false && result.spec.chart !== "t") {
    account.warn(source.file, [`times of day (${JSON.stringify(source.time)}) are used only by a T chart (days between events); this ${(result.spec.chart ?? "").toUpperCase()} chart does not need them`]);
  }
  account.throwIfStrict(strict);
  // A zero count per period with denominators is a real result (no falls this year); no event
  // at all in any other log is a wrong file, filter or column, and a chart of it would mislead.
  const zeroCounts = source.denominators !== undefined && result.rejected.length === 0 && (result.spec.chart === "u" || result.spec.chart === "c");
  if (result.used.length === 0 && !zeroCounts) {
    // Not one event (or case) could be used: a chart of nothing would look like "no falls".
    const why = result.rejected.length > 0 ? `: ${result.rejected.length} line(s) could not be read (see above)` : result.ignored.length > 0 ? `: ${result.ignored.length} line(s) left out (filter or range)` : ": the log has no rows";
    throw new SpcError([{ code: "no_events", path: [], message: `no usable events in ${JSON.stringify(source.file)}${why}`, file: source.file } as LocatedIssue, ...account.issues]);
  }
  const chart: ChartType = requested;
  const spec = { ...result.spec, chart };
  const lineOf = new Map<number, number>();
  if (spec.chart === "g" || spec.chart === "t" || (spec.chart === "run" && result.spec.chart !== "c" && result.spec.chart !== "u" && result.spec.chart !== "p")) {
    // A row of days or cases between events is made by the event that ends the interval.
    for (const u of result.used) if (u.row !== null) lineOf.set(u.row, u.line);
  }
  return {
    spec,
    suggestion,
    used: result.used,
    rejected: account.rejected,
    ignored: result.ignored,
    issues: account.issues,
    // The denominators file's column: "per 1000 liggedøgn".
    denominator: typeof source.denominators?.n === "string" ? source.denominators.n : null,
    percent: false,
    period: xPeriod,
    ...(summary === undefined ? {} : { summary: summary.message, summaryNotice: summary }),
    ...(rowDates === undefined ? {} : { rowDates }),
    locate: (p) => {
      if (p[0] !== "data" || typeof p[1] !== "number") return null;
      const line = lineOf.get(p[1]);
      return line === undefined ? null : { file: source.file, line };
    },
  };
}
