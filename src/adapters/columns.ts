/**
 * From a table of text cells to chart-spec rows: pick the columns, read dates and numbers,
 * and account for every line — used, or rejected with the line, the column and a reason.
 *
 * @module
 */
import type { ChartRowDraft as ChartRow, ChartSpecDraft, ChartType } from "../chart-spec/schema.js";
import { parseDate, parseDateColumn, type DateCell, type DateKind } from "./dates.js";
import type { Delimiter } from "./delimited.js";
import { detectDecimalSeparator, isMissingMarker, parseNorwegianNumber, type DecimalDetection, type DecimalSeparator } from "./numbers.js";
import { quoted } from "../text/for-people.js";
import { throwIfStrict, usageError, type IgnoredLine, type LineIssue, type Rejection, type UsedLine } from "./report.js";
import { columnName, normaliseHeader, resolveColumn, type ColumnRef, type Table, type TableRow } from "./table.js";
import { isTotalLabel } from "./totals.js";
import { assignYears, parseYearless, withYear, yearFromHints, type YearlessPeriod, type YearSource } from "./yearless.js";
import { SpcError } from "../errors.js";
import { ADAPTER_MESSAGES } from "./messages.js";
import type { MessageParams } from "../locale/message.js";
import { notice, NOTICE_MESSAGES, type DecimalReason, type Notice } from "./notice-messages.js";
import { Notes } from "./notes.js";

/** Which column holds which field of a chart-spec row (header name or 0-based index). */
export interface ColumnMapping {
  /** Subgroup key: dates, numbers or category labels. Without it rows have no `x` (position 1..N). */
  x?: ColumnRef;
  /** The value (numerator for p/u charts). */
  y: ColumnRef;
  /** Denominator. */
  n?: ColumnRef;
  /** One chart per value. */
  facet?: ColumnRef;
  /** Annotation. */
  note?: ColumnRef;
  /** Part label; empty cells take the label above them (see {@link tableToSpec}). */
  part?: ColumnRef;
}

/** Options of {@link tableToSpec}. */
export interface TableToSpecOptions {
  /** Chart type to put in the spec. */
  chart?: ChartType;
  /** Throw an {@link SpcError} listing every rejection instead of returning them. */
  strict?: boolean;
  /** Decimal separator of the number columns; detected from the values when absent. */
  decimal?: DecimalSeparator;
  /** How to read x; detected when absent (dates, else numbers, else categories). */
  xType?: "date" | "number" | "category";
  /** Format of the x dates; detected when absent. */
  dateFormat?: DateKind;
  /** Dates written in another format than the column's: see `parseDateColumn`. Default `"reject"`. */
  mixedDates?: "reject" | "accept-unambiguous";
  /** Cell texts (besides empty) that mean a missing y or n, e.g. `["NA", "-"]`. */
  missing?: readonly string[];
  /** Two-digit years below this are 20yy; default 69. */
  twoDigitYearPivot?: number;
  /**
   * The year of the first week (or month) when x holds weeks or months without a year
   * (`Uke 3`, `januar`); later ones move to the next year at each wrap (week 52 → week 1). Wins
   * over a year column and `yearHints`.
   */
  year?: number;
  /**
   * Texts that may name the year of yearless weeks or months when no `year` is given and the
   * table has no year column: title lines above the table, then the file name. The first hint
   * that names a year (19xx or 20xx) gives it, and a notice says which.
   */
  yearHints?: readonly string[];
  /**
   * Throw an {@link SpcError} (`nothing_to_chart`) saying why when no row has a y value (every
   * cell empty, `#N/A`, unreadable, …), instead of returning an empty `data`: a chart of nothing
   * would look like a result. The measurement plan and the CLI set it.
   */
  requireValues?: boolean;
}

/** A chart spec without the choices an adapter cannot make: `data` always, the rest if known. */
export type AdapterSpec = Omit<Partial<ChartSpecDraft>, "data"> & { data: ChartRow[] };

/** What {@link tableToSpec} made of a table. */
export interface TableSpecResult {
  spec: AdapterSpec;
  /** Lines that became rows, with the index of their row in `spec.data`. */
  used: UsedLine[];
  /** Lines (or cells) left out, with line, column, value and reason, ordered by line. */
  rejected: Rejection[];
  /**
   * Lines left out on purpose, not because they could not be read: total and average rows
   * (`code: "total_row"`), with the line's text. Ordered by line.
   */
  ignored: IgnoredLine[];
  /** The y values were written with `%` (all of those present): per cent values. */
  percent: boolean;
  /** Decisions the user should know about (decimal separator assumed, date order assumed, …), in English. */
  warnings: string[];
  /** The same decisions with their codes and parameters, to be written in the user's language. */
  notices: Notice[];
  /** The decimal separator the number columns were read with. */
  decimal: DecimalSeparator;
  /** The x dates' format, when x holds dates. */
  dateFormat: DateKind | null;
}

/** The delimiter of a table read by `readDelimited`, when known. */
function delimiterOf(table: Table): Delimiter | null {
  const d = (table as { delimiter?: unknown }).delimiter;
  return d === ";" || d === "," || d === "\t" ? d : null;
}

/** A row's problem code and values (an unclosed quote), carried to its rejection. */
function problemCode(row: TableRow): { code?: string; params?: Readonly<Record<string, string | number>> } {
  if (row.problemCode === undefined) return {};
  return { code: row.problemCode, ...(row.problemParams === undefined ? {} : { params: row.problemParams }) };
}

function rawLine(table: Table, row: TableRow): string {
  return row.cells.join(delimiterOf(table) ?? ";");
}

/** The decimal separator of a file when its numbers do not tell, and why. */
function decimalHint(table: Table): { decimal: DecimalSeparator; why: DecimalReason } {
  const delimiter = delimiterOf(table);
  // Excel writes ";" exactly where "," is the decimal separator, so the delimiter is evidence.
  if (delimiter === ",") return { decimal: ".", why: "delimiter_comma" };
  if (delimiter === ";") return { decimal: ",", why: "delimiter_semicolon" };
  return { decimal: ",", why: "norwegian" };
}

/**
 * Decides the decimal separator for each number column: the column's own values first, then
 * all number columns of the file together, then the delimiter, then Norwegian. Says so when a
 * column has values (`1.234`) that the decision changes.
 */
function decideDecimals(
  table: Table,
  columns: readonly { index: number; values: string[] }[],
  forced: DecimalSeparator | undefined,
  notes: Notes,
): Map<number, DecimalSeparator> {
  const out = new Map<number, DecimalSeparator>();
  if (forced !== undefined) {
    for (const c of columns) out.set(c.index, forced);
    return out;
  }
  const hint = decimalHint(table);
  const file = detectDecimalSeparator(
    columns.flatMap((c) => c.values),
    { fallback: hint.decimal },
  );
  for (const c of columns) {
    const own: DecimalDetection = detectDecimalSeparator(c.values, { fallback: file.decimal });
    out.set(c.index, own.decimal);
    const column = table.header[c.index] ?? `column ${c.index + 1}`;
    if (own.comma > 0 && own.point > 0) {
      notes.forColumn(column, "decimal_mixed", { comma: own.comma, point: own.point, decimal: own.decimal });
    } else if (own.basis === "fallback" && own.ambiguous.length > 0) {
      const example = own.ambiguous[0] ?? "";
      const why: DecimalReason = file.basis === "values" ? "other_columns" : hint.why;
      const reading = parseNorwegianNumber(example, { decimal: own.decimal });
      const value = reading.ok && reading.value !== null ? reading.value : null;
      notes.forColumn(column, "decimal_assumed", { example, decimal: own.decimal, value, why, other: file.decimal });
    }
  }
  return out;
}

type XType = "date" | "number" | "category";

function detectXType(values: readonly string[], decimal: DecimalSeparator, pivot: number | undefined): XType {
  const present = values.map((v) => v.trim()).filter((v) => v !== "");
  if (present.length === 0) return "category";
  const dateOptions = pivot === undefined ? {} : { twoDigitYearPivot: pivot };
  // Impossible dates (31.02.2024) look like dates: they count as such and are then reported.
  const dates = present.filter((v) => {
    const p = parseDate(v, dateOptions);
    return p.ok || p.code === "invalid_date";
  }).length;
  const numbers = present.filter((v) => {
    const p = parseNorwegianNumber(v, { decimal });
    return p.ok && p.value !== null && !p.percent;
  }).length;
  // A majority decides, so that a few typos are reported as such rather than turning the
  // whole column into category labels.
  if (dates > 0 && dates >= numbers && dates * 2 >= present.length) return "date";
  if (numbers > 0 && numbers * 2 >= present.length) return "number";
  return "category";
}

/**
 * Maps a table's columns to chart-spec rows.
 *
 * Columns are found by header name (trimmed, case- and accent-insensitive: `"liggedogn"`
 * finds `Liggedøgn`) or by 0-based index. Each row that is not rejected becomes one
 * `spec.data` row:
 *
 * - `x`: dates become `"YYYY-MM-DD"` (months, weeks and quarters their first day) and the spec
 *   gets `xType: "date"`; all dates of the column must share one format (see `parseDateColumn`);
 *   numbers become numbers (`xType: "number"`); anything else is a category label. The type is
 *   what most of the values are, unless `xType` is given.
 * - `y`, `n`: Norwegian numbers, each column's decimal separator decided from its values; an
 *   empty cell (or one listed in `missing`) is a missing value, `null`, not a rejection.
 * - `facet`, `note`: trimmed text; an empty facet is rejected, an empty note left out.
 * - `part`: trimmed text; an empty cell takes the label above it, because spreadsheets usually
 *   name a phase only on its first row (a part changes only where a new label is written).
 *
 * A row is rejected, with its line, column and a reason, when it has another number of fields
 * than the header, or any of its cells cannot be read; a row with two bad cells gives two
 * rejections. In `strict` mode any rejection throws an {@link SpcError} whose issues name
 * `line L, column "C"`.
 *
 * What a team's sheet holds besides data is read as a person would:
 *
 * - a total or average row (x is `Sum`, `Totalt`, `Gjennomsnitt`, … — see `isTotalLabel` — or x
 *   is empty and another cell says so) is never data: it is listed in `ignored` with
 *   `code: "total_row"`, its reason and its text, and is not a rejection (also in strict mode);
 * - Excel error values and `NA` (see `MISSING_MARKERS`) in y or n are missing values, with a notice;
 * - weeks or months without a year (`Uke 3`, `januar`) take it from `year`, a column named `År`
 *   or `Year`, or `yearHints`, moving on at each wrap (week 52 → 1); without one: an error
 *   (`period_needs_year`) that names the line and asks for the year;
 * - a column that looks like time (by its name — Uke, Måned, Dato, Periode, … — or most of its
 *   values) but is not dates is an error (`time_not_dates`) naming the line, never category labels;
 * - with `requireValues`, no y value at all is an error (`nothing_to_chart`) saying why.
 *
 * Errors about a line carry `line` and `column` (a `LineIssue`), so callers can locate them.
 *
 * @throws {SpcError} when a mapped column does not exist, in strict mode on any rejection, and
 *   for the errors above.
 * @example
 * ```ts
 * const table = readDelimited("Måned;Fall;Liggedøgn\n01.01.2024;3;2 790\n01.02.2024;abc;2 604\n");
 * const { spec, rejected } = tableToSpec(table, { x: "Måned", y: "Fall", n: "liggedogn" }, { chart: "u" });
 * spec;     // { chart: "u", xType: "date", data: [{ x: "2024-01-01", y: 3, n: 2790 }] }
 * rejected; // [{ line: 3, column: "Fall", value: "abc", reason: '"abc" is not a number', code: "not_a_number", params: { value: "abc", … } }]
 * ```
 */
export function tableToSpec(table: Table, mapping: ColumnMapping, options: TableToSpecOptions = {}): TableSpecResult {
  if (table === null || typeof table !== "object" || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw usageError("invalid_input", "the table must have a header and rows (use readDelimited)");
  }
  if (mapping === null || typeof mapping !== "object") throw usageError("invalid_mapping", "the column mapping must be an object");
  const xCol = mapping.x === undefined ? null : resolveColumn(table, mapping.x, "x");
  const yCol = resolveColumn(table, mapping.y, "y");
  const nCol = mapping.n === undefined ? null : resolveColumn(table, mapping.n, "n");
  const facetCol = mapping.facet === undefined ? null : resolveColumn(table, mapping.facet, "facet");
  const noteCol = mapping.note === undefined ? null : resolveColumn(table, mapping.note, "note");
  const partCol = mapping.part === undefined ? null : resolveColumn(table, mapping.part, "part");

  const notes = new Notes();
  const rejected: Rejection[] = [];
  const ignored: IgnoredLine[] = [];
  const used: UsedLine[] = [];
  const data: ChartRow[] = [];
  const cell = (row: TableRow, index: number): string => row.cells[index] ?? "";
  const totals = new Set<number>();
  const good = table.rows.filter((row) => {
    const total = totalCell(row, xCol);
    if (total !== null) {
      // A wide sheet's line gives several rows: it is one ignored line.
      if (!totals.has(row.line)) {
        totals.add(row.line);
        ignored.push({ line: row.line, code: "total_row", reason: NOTICE_MESSAGES.text("total_row", { label: total }, "en"), params: { label: total }, text: rawLine(table, row) });
      }
      return false;
    }
    if (row.problem === undefined) return true;
    rejected.push({ line: row.line, column: null, value: rawLine(table, row), reason: row.problem, ...problemCode(row) });
    return false;
  });

  const numberColumns = [yCol, ...(nCol === null ? [] : [nCol])].map((index) => ({ index, values: good.map((r) => cell(r, index)) }));
  const decimals = decideDecimals(table, numberColumns, options.decimal, notes);
  const decimal = decimals.get(yCol) ?? ",";

  let xType: XType | null = null;
  let dateCells: DateCell[] = [];
  let dateFormat: DateKind | null = null;
  let xValues: string[] = [];
  if (xCol !== null) {
    xValues = good.map((r) => cell(r, xCol));
    const xName = table.header[xCol] ?? "";
    if (options.xType === undefined || options.xType === "date") {
      xValues = datedYearless(table, good, xCol, yCol, xValues, options, notes);
    }
    xType = options.xType ?? detectXType(xValues, decimal, options.twoDigitYearPivot);
    if (options.xType === undefined && xType !== "date") checkNotTime(xName, good, xValues, xType);
    if (xType === "date") {
      const column = parseDateColumn(xValues, {
        ...(options.dateFormat === undefined ? {} : { format: options.dateFormat }),
        ...(options.mixedDates === undefined ? {} : { mixed: options.mixedDates }),
        ...(options.twoDigitYearPivot === undefined ? {} : { twoDigitYearPivot: options.twoDigitYearPivot }),
      });
      dateCells = column.cells;
      dateFormat = column.format;
      for (const note of column.notices) notes.forColumn(table.header[xCol] ?? "", note);
    }
  }
  const xDecimal = xCol === null ? decimal : detectDecimalSeparator(xValues, { fallback: decimal }).decimal;

  const numberOptions = (index: number) => ({
    decimal: decimals.get(index) ?? decimal,
    ...(options.missing === undefined ? {} : { missing: options.missing }),
  });
  let percentCount = 0;
  let plainCount = 0;
  let lastPart: string | undefined;
  let filledParts = 0;

  const markers = new Map<number, { count: number; first: string; line: number }>();
  // Empty value cells of used rows, by column: kept as gaps, and named by line so that none
  // goes unseen (a missing denominator otherwise shows only as "position 3" after compute).
  const empties = new Map<number, number[]>();
  let rowEmpties: number[] = [];
  const readNumber = (row: TableRow, index: number) => {
    const text = cell(row, index);
    if (text.trim() === "") rowEmpties.push(index);
    if (isMissingMarker(text)) {
      const seen = markers.get(index);
      if (seen === undefined) markers.set(index, { count: 1, first: text.trim(), line: row.line });
      else seen.count++;
      return { ok: true as const, value: null, percent: false };
    }
    return parseNorwegianNumber(text, numberOptions(index));
  };

  good.forEach((row, i) => {
    rowEmpties = [];
    const problems: Rejection[] = [];
    const reject = (index: number, reason: string, why?: { code: string; params: MessageParams }) =>
      problems.push({ line: row.line, column: columnName(table, row, index), value: cell(row, index), reason, ...why });
    const rejectNumber = (index: number, p: { reason: string; code: string; params: MessageParams }) => reject(index, p.reason, { code: p.code, params: p.params });
    const emptyX = () => reject(xCol ?? 0, ADAPTER_MESSAGES.text("empty_x", {}, "en"), { code: "empty_x", params: {} });
    // Collected first and assembled in contract order (x, y, n, facet, note, part) for readable JSON.
    let x: string | number | undefined;
    let yValue: number | null = null;
    let nValue: number | null | undefined;
    let facetValue: string | undefined;
    let noteValue: string | undefined;
    let partValue: string | undefined;

    if (xCol !== null) {
      const text = (xValues[i] ?? "").trim();
      if (xType === "date") {
        const d = dateCells[i];
        if (d === undefined || !d.ok) {
          if (d?.code === "empty" || text === "") reject(xCol, "the date is empty", { code: "empty_date", params: {} });
          else reject(xCol, d?.reason ?? "not a date", d?.notice === undefined ? undefined : { code: d.notice.code, params: d.notice.params });
        }
        else x = d.iso;
      } else if (xType === "number") {
        const p = parseNorwegianNumber(text, { decimal: xDecimal });
        if (!p.ok) rejectNumber(xCol, p);
        else if (p.value === null) emptyX();
        else x = p.value;
      } else if (text === "") {
        emptyX();
      } else {
        x = text;
      }
    }

    const y = readNumber(row, yCol);
    if (!y.ok) rejectNumber(yCol, y);
    else {
      yValue = y.value;
      if (y.value !== null) {
        if (y.percent) percentCount++;
        else plainCount++;
      }
    }

    if (nCol !== null) {
      const n = readNumber(row, nCol);
      if (!n.ok) rejectNumber(nCol, n);
      else nValue = n.value;
    }

    if (facetCol !== null) {
      const facet = cell(row, facetCol).trim();
      if (facet === "") reject(facetCol, "the cell is empty; every row needs a facet value to know which chart it belongs to");
      else facetValue = facet;
    }
    if (noteCol !== null) {
      const note = cell(row, noteCol).trim();
      if (note !== "") noteValue = note;
    }
    if (partCol !== null) {
      const part = cell(row, partCol).trim();
      if (part !== "") lastPart = part;
      else if (lastPart !== undefined) filledParts++;
      partValue = lastPart;
    }

    if (problems.length > 0) {
      for (const problem of problems) rejected.push(problem);
      return;
    }
    const out: ChartRow = x === undefined ? { y: yValue } : { x, y: yValue };
    if (nValue !== undefined) out.n = nValue;
    if (facetValue !== undefined) out.facet = facetValue;
    if (noteValue !== undefined) out.note = noteValue;
    if (partValue !== undefined) out.part = partValue;
    used.push({ line: row.line, row: data.length });
    data.push(out);
    for (const index of rowEmpties) {
      const lines = empties.get(index);
      if (lines === undefined) empties.set(index, [row.line]);
      else lines.push(row.line);
    }
  });

  if (percentCount > 0 && plainCount > 0) notes.forColumn(table.header[yCol] ?? "", "percent_mixed", { percent: percentCount, plain: plainCount });
  if (filledParts > 0 && partCol !== null) notes.forColumn(table.header[partCol] ?? "", "parts_filled", { count: filledParts });
  for (const [index, m] of markers) notes.forColumn(table.header[index] ?? "", "missing_markers", { count: m.count, first: m.first, line: m.line });
  for (const [index, lines] of empties) notes.forColumn(table.header[index] ?? "", "empty_values", { count: lines.length, lines: lines.slice(0, 5) });
  rejected.sort((a, b) => a.line - b.line);
  ignored.sort((a, b) => a.line - b.line);
  throwIfStrict(options.strict, rejected);
  if (options.requireValues === true && !data.some((row) => typeof row.y === "number")) throw nothingToChart(table, yCol, good.length, rejected, markers.get(yCol));

  const spec: AdapterSpec = { data };
  if (options.chart !== undefined) spec.chart = options.chart;
  if (xType !== null) spec.xType = xType;
  return { spec, used, rejected, ignored, warnings: notes.warnings, notices: notes.notices, decimal, dateFormat, percent: percentCount > 0 && plainCount === 0 };
}

/**
 * The text of the cell that makes a row a total (`Sum`, `Totalt`, `Gjennomsnitt`, …), or `null`:
 * the x cell, or — when the row has no x — any cell (the label may sit in a note column).
 */
function totalCell(row: TableRow, xCol: number | null): string | null {
  const x = xCol === null ? "" : (row.cells[xCol] ?? "").trim();
  if (x !== "") return isTotalLabel(x) ? x : null;
  return row.cells.find((c) => isTotalLabel(c))?.trim() ?? null;
}

/** A column named as a year: `År`, `Year`, `Årstall`. */
const YEAR_HEADERS = new Set(["ar", "aar", "arstall", "year"]);
const FOUR_DIGIT_YEAR = /^(?:19|20)\d{2}$/;

/**
 * Whether a header names a year column (`År`, `Aar`, `Årstall`, `Year`): the year of a week or
 * month column beside it, never a value to chart.
 *
 * @example
 * ```ts
 * isYearHeader("År");   // true
 * isYearHeader("Fall"); // false
 * ```
 */
export function isYearHeader(header: string): boolean {
  return YEAR_HEADERS.has(normaliseHeader(header));
}

/**
 * Weeks or months without a year (`Uke 3`, `januar`) written with their year (`2024-W03`), when
 * most x values are such: the year from `options.year`, else from a year column (each row its
 * own; an empty cell takes the year above it), else from `yearHints`, with wraps moving to the
 * next year. Without a year: an error that asks for one. Other values are returned as they are.
 */
function datedYearless(
  table: Table,
  rows: readonly TableRow[],
  xCol: number,
  yCol: number,
  values: string[],
  options: TableToSpecOptions,
  notes: Notes,
): string[] {
  const periods = values.map(parseYearless);
  const present = values.filter((v) => v.trim() !== "").length;
  const yearless = periods.filter((p) => p !== null).length;
  if (yearless === 0 || yearless * 2 < present) return values;
  const xName = table.header[xCol] ?? "";
  const kind = periods.find((p) => p !== null)?.kind === "month" ? "months" : "weeks";
  const firstAt = periods.findIndex((p) => p !== null);

  let years: (number | null)[] | null = null;
  let source: YearSource | null = null;
  if (options.year !== undefined) {
    if (!Number.isInteger(options.year) || options.year < 1000 || options.year > 9999) {
      throw usageError("invalid_option", `year must be a year such as 2024, not ${typeof options.year === "string" ? quoted(options.year) : String(options.year)}`, ["year"]);
    }
    source = { year: options.year, from: "the year given (--year, year:)" };
  } else {
    const yearCol = table.header.findIndex(
      (h, i) => i !== xCol && i !== yCol && YEAR_HEADERS.has(normaliseHeader(h)) && rows.some((r) => FOUR_DIGIT_YEAR.test((r.cells[i] ?? "").trim())),
    );
    if (yearCol >= 0) {
      let above: number | null = null;
      years = rows.map((r) => {
        const text = (r.cells[yearCol] ?? "").trim();
        if (FOUR_DIGIT_YEAR.test(text)) above = Number(text);
        return above;
      });
      notes.forColumn(xName, "year_from_column", { kind, column: table.header[yearCol] ?? "" });
    } else {
      source = yearFromHints(options.yearHints ?? []);
    }
  }
  if (years === null && source !== null) {
    years = assignYears(periods, source.year);
    const last = years.reduce<number | null>((a, y) => (y === null ? a : y), null);
    notes.forColumn(xName, "year_from_hint", { kind, year: source.year, last, hint: source.hint ?? null });
  }
  if (years === null) {
    const issue: LineIssue = {
      ...ADAPTER_MESSAGES.issue("period_needs_year", ["year"], { column: table.header[xCol] ?? "", kind, value: values[firstAt] ?? "", line: rows[firstAt]?.line ?? null }),
      line: rows[firstAt]?.line ?? 0,
      column: table.header[xCol] ?? null,
    };
    throw new SpcError([issue]);
  }
  return values.map((v, i) => {
    const p: YearlessPeriod | null | undefined = periods[i];
    const year = years[i];
    if (p === null || p === undefined || year === null || year === undefined) return v;
    // Week 53 of a 52-week year stays as written with its year, so that the date reader names it.
    return withYear(p, year) ?? `${v.trim()} ${year}`;
  });
}

/** Header words that say a column is time: its values must then be dates. */
// Not "Dag" or "Tidspunkt": a chart by weekday or by shift (natt, dag, kveld) is one of labels.
const TIME_HEADERS = /^(uke|uker|ukenr|ukenummer|week|weeks|week number|maned|maneder|mnd|month|months|dato|date|periode|period|time period|kvartal|quarter)$/;

/**
 * A column that looks like time — most of its cells are dates, weeks or months (readable or
 * not), or its name is `Uke`, `Måned`, `Dato`, `Periode`, … — but could not be read as dates is
 * an error naming its lines: as category labels it would be charted without a line and without
 * runs analysis, and nothing would say so.
 */
function checkNotTime(xName: string, rows: readonly TableRow[], values: readonly string[], xType: XType | null): void {
  if (xType !== "category") return;
  const present = values.map((v, i) => ({ v: v.trim(), line: rows[i]?.line ?? 0 })).filter((c) => c.v !== "");
  if (present.length === 0) return;
  const timeLike = (v: string) => {
    if (parseYearless(v) !== null) return true;
    const p = parseDate(v);
    return p.ok || p.code === "invalid_date" || /has no year$/.test(p.reason);
  };
  const byName = TIME_HEADERS.test(normaliseHeader(xName).replace(/[.:()]/g, "").trim());
  const byValues = present.filter((c) => timeLike(c.v)).length * 2 > present.length;
  if (!byName && !byValues) return;
  const unread = present.filter((c) => !parseDate(c.v).ok);
  const first = unread.slice(0, 3);
  const issue: LineIssue = {
    ...ADAPTER_MESSAGES.issue("time_not_dates", ["x"], {
      column: xName,
      byName,
      unread: first.map((c) => c.v),
      lines: first.map((c) => c.line),
      count: unread.length,
      present: present.length,
    }),
    line: unread[0]?.line ?? 0,
    column: xName,
  };
  throw new SpcError([issue]);
}

/** Every y is missing: there is no chart to draw, and an empty one would look like a result. */
function nothingToChart(
  table: Table,
  yCol: number,
  rows: number,
  rejected: readonly Rejection[],
  markers: { count: number; first: string; line: number } | undefined,
): SpcError {
  const unread = new Set(rejected.map((r) => r.line)).size;
  const made = notice("nothing_to_chart", {
    column: table.header[yCol] ?? "",
    rows,
    markers: markers?.count ?? 0,
    marker: markers?.first ?? null,
    markerLine: markers?.line ?? null,
    unread,
    unreadLine: rejected[0]?.line ?? null,
    unreadReason: rejected[0]?.reason ?? null,
  });
  const { message, params } = made;
  const line = markers?.line ?? rejected[0]?.line;
  if (line === undefined) return new SpcError([{ code: "nothing_to_chart", path: ["y"], message, params }]);
  const issue: LineIssue = { code: "nothing_to_chart", path: ["y"], message, params, line, column: table.header[yCol] ?? null };
  return new SpcError([issue]);
}

/** Options of {@link wideToLong}. */
export interface WideToLongOptions {
  /** The column every unit shares, e.g. `"Måned"`. */
  x: ColumnRef;
  /** The unit columns; default every column but `x`. */
  units?: readonly ColumnRef[];
  /** Header of the unit-name column of the long table; default `"facet"`. */
  facetName?: string;
  /** Header of the value column of the long table; default `"value"`. */
  valueName?: string;
}

/** The long table {@link wideToLong} makes, with the unit columns it used and those it left out. */
export interface WideTable extends Table {
  /** The unit names (facets), in the sheet's column order. */
  units: string[];
  /** Columns left out because their names say they are totals or averages (`Sum`, `Gjennomsnitt`). */
  skippedColumns: string[];
}

/**
 * Turns a wide sheet with one column per unit (`Måned;Avd A;Avd B`) into a long table with one
 * row per month and unit (`Måned;facet;value`), ready for
 * `tableToSpec(long, { x: 0, facet: 1, y: 2 })`.
 *
 * Each long row keeps the line of its wide row (so one line can give several rows, and one
 * of them can be rejected while the others are used) and the name of the unit column its value
 * came from, so that a rejection names `column "Avd B"`, not `column "value"`. A wide row with a
 * wrong number of fields becomes a single row carrying that problem. Without `units`, columns
 * named as totals or averages (`Sum`, `Totalt`, `Gjennomsnitt`, …) are not units: they are left
 * out and listed in `skippedColumns`; `units` lists the units in the sheet's order.
 *
 * @throws {SpcError} when a named column does not exist.
 * @example
 * ```ts
 * const wide = readDelimited("Måned;Avd A;Avd B\njan.24;3;1\n");
 * wideToLong(wide, { x: "Måned" }).rows;
 * // [{ line: 2, cells: ["jan.24", "Avd A", "3"], sources: ["Måned", "Avd A", "Avd A"] },
 * //  { line: 2, cells: ["jan.24", "Avd B", "1"], sources: ["Måned", "Avd B", "Avd B"] }]
 * ```
 */
export function wideToLong(table: Table, options: WideToLongOptions): WideTable {
  if (table === null || typeof table !== "object" || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw usageError("invalid_input", "the table must have a header and rows (use readDelimited)");
  }
  if (options === null || typeof options !== "object") throw usageError("invalid_option", "wideToLong needs options with an x column");
  const xCol = resolveColumn(table, options.x, "x");
  const skippedColumns: string[] = [];
  const units =
    options.units === undefined
      ? table.header
          .map((_, i) => i)
          .filter((i) => {
            const name = (table.header[i] ?? "").trim();
            if (i === xCol || name === "") return false;
            // A "Sum" or "Gjennomsnitt" column is the units together, not a unit.
            if (isTotalLabel(name)) {
              skippedColumns.push(name);
              return false;
            }
            return true;
          })
      : options.units.map((ref) => resolveColumn(table, ref, "unit"));
  const xName = table.header[xCol] ?? "";
  const header = [xName, options.facetName ?? "facet", options.valueName ?? "value"];
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    if (row.problem !== undefined) {
      rows.push({
        line: row.line,
        cells: row.cells,
        problem: row.problem,
        ...(row.problemCode === undefined ? {} : { problemCode: row.problemCode }),
        ...(row.problemParams === undefined ? {} : { problemParams: row.problemParams }),
      });
      continue;
    }
    for (const u of units) {
      const unit = (table.header[u] ?? "").trim();
      rows.push({ line: row.line, cells: [row.cells[xCol] ?? "", unit, row.cells[u] ?? ""], sources: [xName, unit, unit] });
    }
  }
  const out: WideTable & { delimiter?: Delimiter } = { header, rows, units: units.map((u) => (table.header[u] ?? "").trim()), skippedColumns };
  // Keep the delimiter: it is evidence for the decimal separator of the values.
  const delimiter = delimiterOf(table);
  if (delimiter !== null) out.delimiter = delimiter;
  return out;
}
