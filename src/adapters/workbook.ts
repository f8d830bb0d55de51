/**
 * From a workbook to the one table a measure reads: which sheet, merged header cells filled in,
 * a two-row header (a group merged over its sub-headers) made one, and the sheet written as
 * `;`-separated text whose line numbers are the sheet's row numbers — so that title rows, totals,
 * missing values and the row account work exactly as for a CSV file, and every message names the
 * row the nurse sees in Excel.
 *
 * @module
 */
import { SpcError } from "../errors.js";
import { quoted, quotedList } from "../text/for-people.js";
import { readDelimited, type DelimitedTable } from "./delimited.js";
import type { OpenWorkbook, Sheet, SheetRow, Workbook } from "./xlsx.js";

/** A sheet by name (case-insensitive) or by 1-based position, as `--sheet` and `sheet:` give it. */
export type SheetRef = string | number;

/** The sheet chosen, and why (for the line the CLI prints). */
export interface SheetChoice {
  sheet: Sheet;
  /** 1-based position among the workbook's sheets. */
  position: number;
  /** `"given"` when named by the user, `"numbers"` when it is the first with a table of numbers, `"first"` otherwise. */
  basis: "given" | "numbers" | "first";
  /** The other sheets' names, in order. */
  others: string[];
}

/** Options of {@link sheetToText}. */
export interface SheetTextOptions {
  /** The delimiter to write (default `;`). */
  delimiter?: string;
}

/**
 * Chooses a sheet: the one given (by name, or 1-based position), else the first visible sheet that
 * holds a table of numbers (two or more rows with a number or a date), else the first.
 *
 * Given a workbook only opened ({@link OpenWorkbook}), it reads only the sheets it must: the one
 * given, or the sheets in order up to the first with a table of numbers — never those after it.
 *
 * @throws {SpcError} `unknown_sheet`, listing the sheets, when the one given is not there.
 * @example
 * ```ts
 * chooseSheet(book).sheet.name;          // "Data" (the first with a table of numbers)
 * chooseSheet(book, "info").sheet.name;  // "Info"
 * chooseSheet(book, 1).sheet.name;       // "Info"
 * ```
 */
export function chooseSheet(book: Workbook | OpenWorkbook, ref?: SheetRef): SheetChoice {
  const names = book.sheets.map((s) => s.name);
  const read = new Map<number, Sheet>();
  const sheetAt = (index: number): Sheet => {
    let sheet = read.get(index);
    if (sheet === undefined) read.set(index, (sheet = "readSheet" in book ? book.readSheet(index) : book.sheets[index]!));
    return sheet;
  };
  const choice = (index: number, basis: SheetChoice["basis"]): SheetChoice => ({
    sheet: sheetAt(index),
    position: index + 1,
    basis,
    others: names.filter((_, i) => i !== index),
  });
  if (ref !== undefined) {
    const asNumber = typeof ref === "number" ? ref : /^\s*[0-9]+\s*$/.test(ref) ? Number(ref) : null;
    const byName = typeof ref === "string" ? names.findIndex((n) => n.trim().toLowerCase() === ref.trim().toLowerCase()) : -1;
    if (byName >= 0) return choice(byName, "given");
    if (asNumber !== null && Number.isInteger(asNumber) && asNumber >= 1 && asNumber <= names.length) return choice(asNumber - 1, "given");
    throw new SpcError([
      {
        code: "unknown_sheet",
        path: ["sheet"],
        message: `the workbook has no sheet ${typeof ref === "number" ? String(ref) : quoted(ref)}; its sheets are ${names
          .slice(0, 20)
          .map((n, i) => `${i + 1} ${quoted(n)}`)
          .join(", ")}${names.length > 20 ? ` and ${names.length - 20} more` : ""}`,
      },
    ]);
  }
  const withNumbers = book.sheets.findIndex((s, i) => !s.hidden && sheetAt(i).numberRows >= 2);
  if (withNumbers >= 0) return choice(withNumbers, "numbers");
  const visible = book.sheets.findIndex((s) => !s.hidden);
  return choice(Math.max(0, visible), "first");
}

/**
 * The line to tell the user which sheet was read, e.g.
 * `fall.xlsx: read sheet "Data" (the first with a table of numbers; also: "Graf", "Info")`.
 *
 * @example
 * ```ts
 * sheetNotice("fall.xlsx", chooseSheet(book)); // 'fall.xlsx: read sheet "Data" (the first with a table of numbers; also: "Info")'
 * ```
 */
export function sheetNotice(file: string, choice: SheetChoice): string {
  const also = choice.others.length === 0 ? "" : `; also: ${quotedList(choice.others)}`;
  const why = choice.basis === "numbers" ? "the first with a table of numbers" : choice.basis === "first" ? "no sheet holds a table of numbers" : "as asked";
  return `${file}: read sheet ${quoted(choice.sheet.name)} (${why}${also})`;
}

/** The rows with merged cells filled: a merged cell's value stands in every cell of its range. */
function filledRows(sheet: Sheet): Map<number, string[]> {
  const rows = new Map<number, string[]>(sheet.rows.map((r) => [r.line, [...r.cells]]));
  for (const m of sheet.merges) {
    const value = rows.get(m.top)?.[m.left] ?? "";
    if (value === "") continue;
    // A title merged across the top ("Avvik per måned" over A1:E1) stays one cell: repeated, it
    // would look like a header.
    const own = (rows.get(m.top) ?? []).filter((c) => c.trim() !== "").length;
    if (m.top === m.bottom && m.left === 0 && own === 1) continue;
    for (let line = m.top; line <= m.bottom; line++) {
      let cells = rows.get(line);
      if (cells === undefined) rows.set(line, (cells = []));
      while (cells.length <= m.right) cells.push("");
      for (let c = m.left; c <= m.right; c++) if (cells[c] === "") cells[c] = value;
    }
  }
  return rows;
}

const isText = (cell: string | undefined): boolean => cell !== undefined && cell.trim() !== "" && !/^[-+]?[0-9][0-9 ,.]*( %)?$/.test(cell.trim()) && !/^\d{4}-\d{2}-\d{2}/.test(cell.trim());

/**
 * The line of a group row over a two-row header, or null: a row with a cell merged across columns
 * whose sub-row has text under every column of the merge — and which is not a title (one value,
 * from the first column across the whole table).
 */
function groupRow(sheet: Sheet, rows: Map<number, string[]>): number | null {
  for (const m of sheet.merges) {
    if (m.right === m.left || m.bottom !== m.top) continue;
    const sub = rows.get(m.top + 1);
    if (sub === undefined) continue;
    let underAll = true;
    for (let c = m.left; c <= m.right; c++) if (!isText(sub[c])) underAll = false;
    if (!underAll) continue;
    const own = new Set((rows.get(m.top) ?? []).filter((c) => c.trim() !== ""));
    const width = sub.filter((c) => c.trim() !== "").length;
    const title = own.size === 1 && m.left === 0 && m.right + 1 >= width;
    if (!title) return m.top;
  }
  return null;
}

/**
 * The sheet's rows, as the tables read them: merged cells filled, and a two-row header (a group
 * merged over sub-headers) made one header on the sub-header's row, each column named
 * "Group Sub" (or just one of them when the other is empty or the same).
 *
 * @example
 * ```ts
 * // A1:B1 "Fall" merged over A2 "Antall", B2 "Per 1000"
 * sheetRows(sheet)[0]; // { line: 2, cells: ["Fall Antall", "Fall Per 1000"] }
 * ```
 */
export function sheetRows(sheet: Sheet): SheetRow[] {
  return joinedRows(sheet).rows;
}

/** {@link sheetRows}, and the line of the group row joined into the header below it (or null). */
function joinedRows(sheet: Sheet): { rows: SheetRow[]; joined: number | null } {
  // Without merges there is nothing to fill or join: the reader's rows are the rows (a large sheet's usual case).
  if (sheet.merges.length === 0) return { rows: sheet.rows, joined: null };
  const rows = filledRows(sheet);
  const group = groupRow(sheet, rows);
  if (group !== null) {
    const top = rows.get(group) ?? [];
    const sub = rows.get(group + 1) ?? [];
    const width = Math.max(top.length, sub.length);
    const combined = Array.from({ length: width }, (_, c) => {
      const g = (top[c] ?? "").trim();
      const s = (sub[c] ?? "").trim();
      return g === "" ? s : s === "" || s.toLowerCase() === g.toLowerCase() ? g : `${g} ${s}`;
    });
    rows.delete(group);
    rows.set(group + 1, combined);
  }
  const out: SheetRow[] = [];
  const lines = [...rows.keys()];
  // Filling a merge may add a row out of order.
  lines.sort((a, b) => a - b);
  for (const line of lines) {
    const cells = rows.get(line)!;
    let end = cells.length;
    while (end > 0 && cells[end - 1] === "") end--;
    if (end > 0) out.push({ line, cells: end === cells.length ? cells : cells.slice(0, end) });
  }
  return { rows: out, joined: group };
}

export { delimitedField } from "./delimited-field.js";
import { delimitedField } from "./delimited-field.js";

/**
 * The sheet as delimited text whose line N is the sheet's row N (rows without cells are empty
 * lines), so that the CSV adapters read it with every message naming the Excel row. Read it with
 * `delimiter: ";"` and `decimal: ","`: that is how its numbers are written.
 *
 * @example
 * ```ts
 * sheetToText(sheet); // "Måned;Fall\n2024-01-01;3\n2024-02-01;4,5\n"
 * ```
 */
export function sheetToText(sheet: Sheet, options: SheetTextOptions = {}): string {
  const delimiter = options.delimiter ?? ";";
  // The reader wrote it while reading (a sheet without merged cells, in order).
  if (sheet.text !== undefined && delimiter === ";" && sheet.merges.length === 0) return sheet.text;
  const { rows, joined } = joinedRows(sheet);
  // A large sheet's hot loop: each line is built by concatenation, each cell checked once.
  const lines: string[] = [];
  for (const row of rows) {
    while (lines.length < row.line - 1) lines.push("");
    if (joined !== null && row.line === joined + 1 && lines[joined - 1] === "") {
      // The header joined from two rows is one record over both lines: its first field is quoted
      // across the line break (read and trimmed as the name), so the group row is part of the
      // header — not a blank line said to be skipped — and every later line keeps its number.
      const [first = "", ...rest] = row.cells;
      lines[joined - 1] = `"${first.replace(/"/g, '""')}`;
      lines.push(['"', ...rest.map((c) => delimitedField(c, delimiter))].join(delimiter));
      continue;
    }
    const cells = row.cells;
    let line = cells.length === 0 ? "" : delimitedField(cells[0]!, delimiter);
    for (let i = 1; i < cells.length; i++) line += delimiter + delimitedField(cells[i]!, delimiter);
    lines.push(line);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/**
 * A sheet as a {@link DelimitedTable}: the header is found as in a CSV file, and every row's
 * `line` is its Excel row number.
 *
 * @example
 * ```ts
 * const table = sheetToTable(chooseSheet(book).sheet);
 * table.header; // ["Måned", "Fall", "Liggedøgn"]
 * ```
 */
export function sheetToTable(sheet: Sheet): DelimitedTable {
  return readDelimited(sheetToText(sheet), { delimiter: ";" });
}

/**
 * A notice for each formula saved without its value (read as an empty cell), naming the row and
 * column. (Error values such as `#N/A` need none here: the table adapters name them as missing
 * values, as in a CSV file.)
 *
 * @example
 * ```ts
 * uncachedNotices(sheet); // ["row 9, column C: a formula saved without its value is read as empty (open the file in Excel and save it)"]
 * ```
 */
export function uncachedNotices(sheet: Sheet): string[] {
  return sheet.uncached.map((u) => `row ${u.line}, column ${columnLetters(u.column)}: a formula saved without its value is read as empty (open the file in Excel and save it)`);
}

/**
 * Excel's letters for a 0-based column.
 *
 * @example
 * ```ts
 * columnLetters(0);  // "A"
 * columnLetters(27); // "AB"
 * ```
 */
export function columnLetters(column: number): string {
  let s = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
