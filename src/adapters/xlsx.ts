/**
 * Excel workbooks (`.xlsx`): from the file's bytes to sheets of text cells, written so that the
 * CSV adapters read them exactly as a person sees them in Excel.
 *
 * An `.xlsx` file is a zip of XML parts (Office Open XML). We unzip with `fflate` and read the
 * small subset of SpreadsheetML that a table of measurements needs ourselves:
 *
 * - `xl/workbook.xml`: the sheets in tab order, and `date1904` (workbooks from old Mac Excel
 *   count days from 1904, not 1900);
 * - `xl/sharedStrings.xml`: texts, including rich text (runs of `<t>`), without phonetic runs;
 * - `xl/styles.xml`: each cell style's number format, to know which numbers are dates, times
 *   or per cent (built-in formats 9–10, 14–22, 45–47, and custom formats with `d`, `m`, `y`,
 *   `h`, `s` or `%`);
 * - each sheet: cells of type `n`, `s`, `str`, `inlineStr`, `b`, `e` (and `d`), the cached value
 *   `<v>` of formulas (never the formula), and `mergeCells`.
 *
 * Why not a spreadsheet library? `read-excel-file` returns cell values, but its documented API
 * gives neither the merged ranges (a two-row header) nor a way to tell an error cell (`#N/A`)
 * from a text, nor the number format (a per-cent cell arrives as 0.57); `exceljs` gives all of
 * that but weighs about a megabyte and pulls in Node streams. `fflate` is small (≈8 kB for
 * unzip), well kept, has no dependencies and runs the same in Node and the browser; the XML
 * subset above is a few hundred lines we can test. This module is loaded only when a workbook is
 * read (`readDataFile` imports it dynamically), so `import { compute }` never carries it.
 *
 * @module
 */
import { unzipSync, strFromU8 } from "fflate";
import { SpcError } from "../errors.js";
import { formatNorwegianNumber } from "./numbers.js";

/** One row of a sheet: its Excel row number and its cells as text (`""` for an empty cell). */
export interface SheetRow {
  /** The 1-based Excel row number. */
  line: number;
  cells: string[];
}

/** A merged range: rows 1-based (Excel's numbers), columns 0-based, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An error value (`#N/A`, …) found in a cell, where it is. */
export interface ErrorCell {
  line: number;
  column: number;
  /** The code Excel stores (always English): `#N/A`, `#DIV/0!`, … */
  code: string;
}

/** One worksheet. */
export interface Sheet {
  name: string;
  /** Hidden sheets are not chosen by default. */
  hidden: boolean;
  /** Rows with at least one cell, in order. */
  rows: SheetRow[];
  merges: MergedRange[];
  errors: ErrorCell[];
  /** Formula cells saved without a computed value (read as empty), where they are. */
  uncached: { line: number; column: number }[];
  /** Rows holding at least one number or date: a sheet with two or more holds a table of numbers. */
  numberRows: number;
}

/** A workbook, read. */
export interface Workbook {
  sheets: Sheet[];
  /** Whether dates count from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/** How a number is shown, as far as the text of a cell is concerned. */
type NumberKind = "number" | "date" | "datetime" | "time" | "percent";

function invalid(message: string): SpcError {
  return new SpcError([{ code: "invalid_workbook", path: [], message }]);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text to plain text: entities, character references, and OOXML's `_x000D_` escapes. */
function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? ""),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The value of attribute `name` in a tag's attribute text (namespace prefixes ignored). */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m === null ? undefined : xmlText(m[2] ?? m[3] ?? "");
}

/** Every `<t>` text of a string item (shared or inline), without phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += xmlText(m[1] ?? "");
  return out;
}

/** `B12` → `{ column: 1, line: 12 }`. */
function cellRef(ref: string): { column: number; line: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]+)$/i.exec(ref);
  if (m === null) return null;
  let column = 0;
  for (const c of (m[1] ?? "").toUpperCase()) column = column * 26 + (c.charCodeAt(0) - 64);
  return { column: column - 1, line: Number(m[2]) };
}

/** Built-in number formats that show dates, times or per cent (ECMA-376 §18.8.30). */
const BUILT_IN: Readonly<Record<number, NumberKind>> = {
  9: "percent", 10: "percent",
  14: "date", 15: "date", 16: "date", 17: "date",
  18: "time", 19: "time", 20: "time", 21: "time", 22: "datetime",
  45: "time", 46: "time", 47: "time",
};

/**
 * What a custom format code shows: literal text (`"…"`, `\x`), colours and locales (`[Red]`,
 * `[$-414]`) are removed first, so that only the format's own letters decide.
 */
export function formatKind(code: string): NumberKind {
  const section = code.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  if (bare.includes("%")) return "percent";
  const hasDate = /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const hasTime = /[hs]/i.test(bare);
  if (hasDate && hasTime) return "datetime";
  if (hasDate) return "date";
  if (hasTime) return "time";
  return "number";
}

function readStyles(xml: string | undefined): NumberKind[] {
  if (xml === undefined) return [];
  const custom = new Map<number, NumberKind>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attr(m[1] ?? "", "numFmtId"));
    const code = attr(m[1] ?? "", "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, formatKind(code));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const kinds: NumberKind[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] ?? "", "numFmtId") ?? 0);
    kinds.push(custom.get(id) ?? BUILT_IN[id] ?? "number");
  }
  return kinds;
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

/**
 * A date serial as text: `2024-01-31`, `2024-01-31 14:30`, or `14:30` for a time of day.
 *
 * In the 1900 system Excel counts 29 February 1900, which did not exist (Lotus 1-2-3's bug, kept
 * for compatibility): serial 60 is that day, and serials below 61 are one day later than a
 * plain count from 31 December 1899 would make them. In the 1904 system serial 0 is 1 January 1904.
 *
 * @example
 * ```ts
 * excelSerialToText(45322, "date", false);       // "2024-01-31"
 * excelSerialToText(45322.6041666667, "datetime", false); // "2024-01-31 14:30"
 * excelSerialToText(59, "date", false);          // "1900-02-28"
 * excelSerialToText(0, "date", true);            // "1904-01-01"
 * ```
 */
export function excelSerialToText(serial: number, kind: "date" | "datetime" | "time", date1904: boolean): string {
  const days = Math.floor(serial);
  // Rounded to the second: Excel stores 14:30 as 0.604166666…
  let seconds = Math.round((serial - days) * 86_400);
  let dayShift = 0;
  if (seconds >= 86_400) {
    seconds -= 86_400;
    dayShift = 1;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}${seconds % 60 === 0 ? "" : `:${pad(seconds % 60)}`}`;
  if (kind === "time" && days === 0) return time;
  const whole = days + dayShift;
  let date: string;
  if (!date1904 && whole === 60) {
    date = "1900-02-29";
  } else {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
    const d = new Date(epoch + whole * DAY_MS);
    date = `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return kind === "date" && seconds === 0 ? date : `${date} ${time}`;
}

/** Excel shows 15 significant digits; the 17 it may store (0.30000000000000004) are noise. */
function significant(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * A number as the Norwegian number reader reads it exactly: decimal comma, no thousands
 * separator, `-` for minus (`1234,5`, `0,125`, `-3`); per cent as `57 %`.
 *
 * @example
 * ```ts
 * numberToText(1234.5, "number");   // "1234,5"
 * numberToText(0.57, "percent");    // "57 %"
 * ```
 */
export function numberToText(value: number, kind: "number" | "percent"): string {
  const v = significant(kind === "percent" ? value * 100 : value);
  const text = formatNorwegianNumber(v, undefined, { group: "", minus: "-" });
  return kind === "percent" ? `${text} %` : text;
}

interface RawSheet {
  name: string;
  hidden: boolean;
  path: string;
}

function sheetList(workbook: string, rels: string | undefined): RawSheet[] {
  const targets = new Map<string, string>();
  for (const m of (rels ?? "").matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1] ?? "", "Id");
    const target = attr(m[1] ?? "", "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  const sheets: RawSheet[] = [];
  let index = 0;
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    index++;
    const a = m[1] ?? "";
    const name = attr(a, "name") ?? `Sheet${index}`;
    const id = attr(a, "id");
    const path = (id === undefined ? undefined : targets.get(id)) ?? `xl/worksheets/sheet${index}.xml`;
    const state = attr(a, "state");
    sheets.push({ name, hidden: state === "hidden" || state === "veryHidden", path });
  }
  return sheets;
}

function readSheet(raw: RawSheet, xml: string, strings: readonly string[], styles: readonly NumberKind[], date1904: boolean): Sheet {
  const byLine = new Map<number, string[]>();
  const errors: ErrorCell[] = [];
  const uncached: { line: number; column: number }[] = [];
  const numberLines = new Set<number>();
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? "";
  let line = 0;
  for (const r of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attr(r[1] ?? "", "r"));
    line = Number.isInteger(rowNumber) && rowNumber > 0 ? rowNumber : line + 1;
    let column = -1;
    for (const c of (r[2] ?? "").matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const a = c[1] ?? "";
      const body = c[2] ?? "";
      const ref = attr(a, "r");
      const at = ref === undefined ? null : cellRef(ref);
      column = at === null ? column + 1 : at.column;
      const type = attr(a, "t") ?? "n";
      const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      const hasFormula = /<(?:\w+:)?f\b/.test(body);
      let text = "";
      if (type === "inlineStr") {
        const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
        text = is === undefined ? (v === undefined ? "" : xmlText(v)) : itemText(is);
      } else if (v === undefined) {
        if (hasFormula) uncached.push({ line, column });
      } else if (type === "s") {
        text = strings[Number(v)] ?? "";
      } else if (type === "str") {
        text = xmlText(v);
      } else if (type === "b") {
        text = v.trim() === "1" ? "SANN" : "USANN";
      } else if (type === "e") {
        text = xmlText(v).trim();
        errors.push({ line, column, code: text });
      } else if (type === "d") {
        const iso = xmlText(v).trim();
        text = /T00:00(:00(\.0+)?)?Z?$/.test(iso) ? iso.slice(0, 10) : iso.replace("T", " ").slice(0, 16);
        numberLines.add(line);
      } else {
        const value = Number(xmlText(v));
        if (!Number.isFinite(value)) {
          text = xmlText(v).trim();
        } else {
          const kind = styles[Number(attr(a, "s") ?? 0)] ?? "number";
          text = kind === "number" || kind === "percent" ? numberToText(value, kind) : excelSerialToText(value, kind, date1904);
          numberLines.add(line);
        }
      }
      if (text === "") continue;
      let cells = byLine.get(line);
      if (cells === undefined) byLine.set(line, (cells = []));
      while (cells.length < column) cells.push("");
      cells[column] = text;
    }
  }
  const merges: MergedRange[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const [from, to] = (attr(m[1] ?? "", "ref") ?? "").split(":");
    const a = from === undefined ? null : cellRef(from);
    const b = to === undefined ? a : cellRef(to);
    if (a !== null && b !== null) {
      merges.push({ top: Math.min(a.line, b.line), left: Math.min(a.column, b.column), bottom: Math.max(a.line, b.line), right: Math.max(a.column, b.column) });
    }
  }
  const rows = [...byLine.entries()].sort((x, y) => x[0] - y[0]).map(([l, cells]) => ({ line: l, cells }));
  return { name: raw.name, hidden: raw.hidden, rows, merges, errors, uncached, numberRows: numberLines.size };
}

/**
 * Reads an `.xlsx` workbook: every sheet, in tab order, as rows of text cells.
 *
 * Dates (numbers with a date format) become `2024-01-31` (`2024-01-31 14:30` with a time),
 * numbers `1234,5`, per-cent cells `57 %`, error cells their code (`#N/A`, which the adapters
 * read as a missing value), formulas their saved value, booleans `SANN`/`USANN`.
 *
 * @throws {SpcError} `invalid_workbook` when the bytes are not a readable workbook.
 * @example
 * ```ts
 * const book = readXlsx(new Uint8Array(await file.arrayBuffer()));
 * book.sheets.map((s) => s.name); // ["Info", "Data"]
 * book.sheets[1].rows[0];         // { line: 1, cells: ["Måned", "Fall", "Liggedøgn"] }
 * ```
 */
export function readXlsx(bytes: Uint8Array): Workbook {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith("xl/") && f.name.endsWith(".xml") || f.name.endsWith(".rels") });
  } catch (e) {
    throw invalid(`not a readable .xlsx workbook (the zip cannot be opened: ${e instanceof Error ? e.message : String(e)})`);
  }
  const text = (name: string): string | undefined => {
    const f = files[name];
    return f === undefined ? undefined : strFromU8(f);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw invalid("not an Excel workbook: the file has no xl/workbook.xml");
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbook)?.[1] ?? "";
  const flag = attr(pr, "date1904");
  const date1904 = flag === "1" || flag === "true";
  const strings: string[] = [];
  for (const m of (text("xl/sharedStrings.xml") ?? "").matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)) {
    strings.push(itemText(m[1] ?? ""));
  }
  const styles = readStyles(text("xl/styles.xml"));
  const sheets = sheetList(workbook, text("xl/_rels/workbook.xml.rels")).map((raw) => {
    const xml = text(raw.path);
    return xml === undefined ? { name: raw.name, hidden: raw.hidden, rows: [], merges: [], errors: [], uncached: [], numberRows: 0 } : readSheet(raw, xml, strings, styles, date1904);
  });
  if (sheets.length === 0) throw invalid("the workbook has no sheets");
  return { sheets, date1904 };
}
