/**
 * From a table of text cells to chart-spec rows: pick the columns, read dates and numbers,
 * and account for every line — used, or rejected with the line, the column and a reason.
 *
 * @module
 */
import type { ChartRow, ChartSpec, ChartType } from "../spec/schema.js";
import { parseDate, parseDateColumn, type DateCell, type DateKind } from "./dates.js";
import type { Delimiter } from "./delimited.js";
import { detectDecimalSeparator, parseNorwegianNumber, type DecimalDetection, type DecimalSeparator } from "./numbers.js";
import { quote, throwIfStrict, usageError, type Rejection, type UsedLine } from "./report.js";
import { columnName, resolveColumn, type ColumnRef, type Table, type TableRow } from "./table.js";

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
}

/** A chart spec without the choices an adapter cannot make: `data` always, the rest if known. */
export type AdapterSpec = Omit<Partial<ChartSpec>, "data"> & { data: ChartRow[] };

/** What {@link tableToSpec} made of a table. */
export interface TableSpecResult {
  spec: AdapterSpec;
  /** Lines that became rows, with the index of their row in `spec.data`. */
  used: UsedLine[];
  /** Lines (or cells) left out, with line, column, value and reason, ordered by line. */
  rejected: Rejection[];
  /** Decisions the user should know about (decimal separator assumed, date order assumed, …). */
  warnings: string[];
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

function rawLine(table: Table, row: TableRow): string {
  return row.cells.join(delimiterOf(table) ?? ";");
}

/** The decimal separator of a file when its numbers do not tell, and why. */
function decimalHint(table: Table): { decimal: DecimalSeparator; why: string } {
  const delimiter = delimiterOf(table);
  // Excel writes ";" exactly where "," is the decimal separator, so the delimiter is evidence.
  if (delimiter === ",") return { decimal: ".", why: 'the file is separated by ",", as where the decimal separator is a point' };
  if (delimiter === ";") return { decimal: ",", why: 'the file is separated by ";", as where the decimal separator is a comma' };
  return { decimal: ",", why: "that is the Norwegian convention" };
}

function separatorWords(decimal: DecimalSeparator): string {
  return decimal === "," ? "a decimal comma" : "a decimal point";
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
  warnings: string[],
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
    const name = quote(table.header[c.index] ?? `column ${c.index + 1}`);
    if (own.comma > 0 && own.point > 0) {
      warnings.push(
        `column ${name} mixes decimal commas (${own.comma}) and points (${own.point}); it was read with ${separatorWords(own.decimal)} and values written the other way are rejected`,
      );
    } else if (own.basis === "fallback" && own.ambiguous.length > 0) {
      const example = own.ambiguous[0] ?? "";
      const why = file.basis === "values" ? `other number columns in the file use ${separatorWords(file.decimal)}` : hint.why;
      const reading = parseNorwegianNumber(example, { decimal: own.decimal });
      const as = reading.ok && reading.value !== null ? ` (${quote(example)} = ${String(reading.value)})` : "";
      warnings.push(`column ${name}: values like ${quote(example)} were read with ${separatorWords(own.decimal)}${as}, because ${why}`);
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
 * @throws {SpcError} when a mapped column does not exist, or in strict mode on any rejection.
 * @example
 * ```ts
 * const table = readDelimited("Måned;Fall;Liggedøgn\n01.01.2024;3;2 790\n01.02.2024;abc;2 604\n");
 * const { spec, rejected } = tableToSpec(table, { x: "Måned", y: "Fall", n: "liggedogn" }, { chart: "u" });
 * spec;     // { chart: "u", xType: "date", data: [{ x: "2024-01-01", y: 3, n: 2790 }] }
 * rejected; // [{ line: 3, column: "Fall", value: "abc", reason: '"abc" is not a number' }]
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

  const warnings: string[] = [];
  const rejected: Rejection[] = [];
  const used: UsedLine[] = [];
  const data: ChartRow[] = [];
  const good = table.rows.filter((row) => {
    if (row.problem === undefined) return true;
    rejected.push({ line: row.line, column: null, value: rawLine(table, row), reason: row.problem });
    return false;
  });
  const cell = (row: TableRow, index: number): string => row.cells[index] ?? "";

  const numberColumns = [yCol, ...(nCol === null ? [] : [nCol])].map((index) => ({ index, values: good.map((r) => cell(r, index)) }));
  const decimals = decideDecimals(table, numberColumns, options.decimal, warnings);
  const decimal = decimals.get(yCol) ?? ",";

  let xType: XType | null = null;
  let dateCells: DateCell[] = [];
  let dateFormat: DateKind | null = null;
  if (xCol !== null) {
    const xValues = good.map((r) => cell(r, xCol));
    xType = options.xType ?? detectXType(xValues, decimal, options.twoDigitYearPivot);
    if (xType === "date") {
      const column = parseDateColumn(xValues, {
        ...(options.dateFormat === undefined ? {} : { format: options.dateFormat }),
        ...(options.mixedDates === undefined ? {} : { mixed: options.mixedDates }),
        ...(options.twoDigitYearPivot === undefined ? {} : { twoDigitYearPivot: options.twoDigitYearPivot }),
      });
      dateCells = column.cells;
      dateFormat = column.format;
      for (const w of column.warnings) warnings.push(`column ${quote(table.header[xCol] ?? "")}: ${w}`);
    }
  }
  const xDecimal = xCol === null ? decimal : detectDecimalSeparator(good.map((r) => cell(r, xCol)), { fallback: decimal }).decimal;

  const numberOptions = (index: number) => ({
    decimal: decimals.get(index) ?? decimal,
    ...(options.missing === undefined ? {} : { missing: options.missing }),
  });
  let percentCount = 0;
  let plainCount = 0;
  let lastPart: string | undefined;
  let filledParts = 0;

  good.forEach((row, i) => {
    const problems: Rejection[] = [];
    const reject = (index: number, reason: string) =>
      problems.push({ line: row.line, column: columnName(table, row, index), value: cell(row, index), reason });
    // Collected first and assembled in contract order (x, y, n, facet, note, part) for readable JSON.
    let x: string | number | undefined;
    let yValue: number | null = null;
    let nValue: number | null | undefined;
    let facetValue: string | undefined;
    let noteValue: string | undefined;
    let partValue: string | undefined;

    if (xCol !== null) {
      const text = cell(row, xCol).trim();
      if (xType === "date") {
        const d = dateCells[i];
        if (d === undefined || !d.ok) reject(xCol, d?.code === "empty" || text === "" ? "the date is empty" : (d?.reason ?? "not a date"));
        else x = d.iso;
      } else if (xType === "number") {
        const p = parseNorwegianNumber(text, { decimal: xDecimal });
        if (!p.ok) reject(xCol, p.reason);
        else if (p.value === null) reject(xCol, "the cell is empty; every row needs an x value");
        else x = p.value;
      } else if (text === "") {
        reject(xCol, "the cell is empty; every row needs an x value");
      } else {
        x = text;
      }
    }

    const y = parseNorwegianNumber(cell(row, yCol), numberOptions(yCol));
    if (!y.ok) reject(yCol, y.reason);
    else {
      yValue = y.value;
      if (y.value !== null) {
        if (y.percent) percentCount++;
        else plainCount++;
      }
    }

    if (nCol !== null) {
      const n = parseNorwegianNumber(cell(row, nCol), numberOptions(nCol));
      if (!n.ok) reject(nCol, n.reason);
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
      rejected.push(...problems);
      return;
    }
    const out: ChartRow = x === undefined ? { y: yValue } : { x, y: yValue };
    if (nValue !== undefined) out.n = nValue;
    if (facetValue !== undefined) out.facet = facetValue;
    if (noteValue !== undefined) out.note = noteValue;
    if (partValue !== undefined) out.part = partValue;
    used.push({ line: row.line, row: data.length });
    data.push(out);
  });

  if (percentCount > 0 && plainCount > 0) {
    warnings.push(
      `column ${quote(table.header[yCol] ?? "")} has ${percentCount} value(s) written with % and ${plainCount} without; all were read as written (12,5 % = 12.5)`,
    );
  }
  if (filledParts > 0 && partCol !== null) {
    warnings.push(`column ${quote(table.header[partCol] ?? "")}: ${filledParts} empty cell(s) took the part label above them`);
  }
  rejected.sort((a, b) => a.line - b.line);
  throwIfStrict(options.strict, rejected);

  const spec: AdapterSpec = { data };
  if (options.chart !== undefined) spec.chart = options.chart;
  if (xType !== null) spec.xType = xType;
  return { spec, used, rejected, warnings, decimal, dateFormat };
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

/**
 * Turns a wide sheet with one column per unit (`Måned;Avd A;Avd B`) into a long table with one
 * row per month and unit (`Måned;facet;value`), ready for
 * `tableToSpec(long, { x: 0, facet: 1, y: 2 })`.
 *
 * Each long row keeps the line of its wide row (so one line can give several rows, and one
 * of them can be rejected while the others are used) and the name of the unit column its value
 * came from, so that a rejection names `column "Avd B"`, not `column "value"`. A wide row with a
 * wrong number of fields becomes a single row carrying that problem.
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
export function wideToLong(table: Table, options: WideToLongOptions): Table {
  if (table === null || typeof table !== "object" || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw usageError("invalid_input", "the table must have a header and rows (use readDelimited)");
  }
  if (options === null || typeof options !== "object") throw usageError("invalid_option", "wideToLong needs options with an x column");
  const xCol = resolveColumn(table, options.x, "x");
  const units =
    options.units === undefined
      ? table.header.map((_, i) => i).filter((i) => i !== xCol && (table.header[i] ?? "").trim() !== "")
      : options.units.map((ref) => resolveColumn(table, ref, "unit"));
  const xName = table.header[xCol] ?? "";
  const header = [xName, options.facetName ?? "facet", options.valueName ?? "value"];
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    if (row.problem !== undefined) {
      rows.push({ line: row.line, cells: row.cells, problem: row.problem });
      continue;
    }
    for (const u of units) {
      const unit = (table.header[u] ?? "").trim();
      rows.push({ line: row.line, cells: [row.cells[xCol] ?? "", unit, row.cells[u] ?? ""], sources: [xName, unit, unit] });
    }
  }
  const out: Table & { delimiter?: Delimiter } = { header, rows };
  // Keep the delimiter: it is evidence for the decimal separator of the values.
  const delimiter = delimiterOf(table);
  if (delimiter !== null) out.delimiter = delimiter;
  return out;
}
