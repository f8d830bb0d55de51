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
import { SpcError } from "../errors.js";
import { formatNorwegianNumber } from "./numbers.js";
import { delimitedField } from "./delimited-field.js";
import { openZip, type Inflate, type ZipParts } from "./zip.js";

export type { Inflate } from "./zip.js";

/**
 * The most one part of a workbook (a sheet's XML) may unzip to: 400 MB, near the longest text
 * JavaScript can hold, and well above Excel's own limit of 1,048,576 rows of a few columns. A zip
 * that claims more (a "zip bomb") is refused before anything is unzipped.
 */
export const MAX_PART_BYTES = 400_000_000;

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
  /**
   * The sheet as {@link sheetToText} writes it (`;`-separated, line N = row N), when the reader
   * wrote it while reading: a sheet without merged cells whose rows and cells come in order (as
   * Excel saves them). Its `rows` are then read only when asked for (the sheet's XML is kept
   * for that while the sheet is).
   */
  text?: string;
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
  let re = ATTRS.get(name);
  if (re === undefined) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  if (m === null) return undefined;
  const value = m[2] ?? m[3] ?? "";
  return value.includes("&") || value.includes("_x") ? xmlText(value) : value;
}

/** One compiled pattern per attribute name: a sheet has a few attributes on each of a million cells. */
const ATTRS = new Map<string, RegExp>();

/** Every `<t>` text of a string item (shared or inline), without phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += xmlText(m[1] ?? "");
  return out;
}

/**
 * The shared strings, in order. Scanned with `indexOf` (a log has a shared string per row): a
 * plain `<si><t>…</t></si>` is taken as it is, rich text and phonetic runs go through {@link itemText}.
 */
function sharedStrings(xml: string): string[] {
  const prefix = /<(\w+:)?s(?:st|i)\b/.exec(xml)?.[1] ?? "";
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  let at = xml.indexOf(open);
  while (at >= 0) {
    const after = xml.charAt(at + open.length);
    if (after !== ">" && after !== " " && after !== "/") {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (xml.charAt(tagEnd - 1) === "/") {
      strings.push("");
      at = xml.indexOf(open, tagEnd);
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    const body = xml.slice(tagEnd + 1, end < 0 ? xml.length : end);
    const t = `<${prefix}t`;
    const tEnd = `</${prefix}t>`;
    const first = body.indexOf(tEnd);
    if (body.startsWith(t) && first >= 0 && first + tEnd.length === body.length) {
      const inner = body.slice(body.indexOf(">") + 1, first);
      strings.push(inner.includes("&") || inner.includes("_x") ? xmlText(inner) : inner);
    } else {
      strings.push(itemText(body));
    }
    at = end < 0 ? -1 : xml.indexOf(open, end);
  }
  return strings;
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

/** The value of `name="…"` in a tag's attribute text, found without a regular expression (hot path). */
function fastAttr(attrs: string, name: string): string | undefined {
  let at = attrs.indexOf(`${name}=`);
  while (at > 0 && attrs.charCodeAt(at - 1) > 32 && attrs.charAt(at - 1) !== ":") at = attrs.indexOf(`${name}=`, at + 1);
  if (at < 0) return undefined;
  const quote = attrs.charAt(at + name.length + 1);
  if (quote !== '"' && quote !== "'") return attr(attrs, name);
  const from = at + name.length + 2;
  const value = attrs.slice(from, attrs.indexOf(quote, from));
  return value.includes("&") ? xmlText(value) : value;
}

/** The text between `<P:name …>` and `</P:name>` in `body`, or undefined. */
function element(body: string, prefix: string, name: string): string | undefined {
  const open = `<${prefix}${name}`;
  let at = body.indexOf(open);
  while (at >= 0) {
    const next = body.charAt(at + open.length);
    if (next === ">" || next === " " || next === "/") break;
    at = body.indexOf(open, at + 1);
  }
  if (at < 0) return undefined;
  const tagEnd = body.indexOf(">", at);
  if (body.charAt(tagEnd - 1) === "/") return "";
  const close = body.indexOf(`</${prefix}${name}>`, tagEnd);
  return close < 0 ? undefined : body.slice(tagEnd + 1, close);
}

/** The 0-based column of a reference (`AB12`) starting at `i` in `s`. */
function refColumn(s: string, i: number): number {
  let column = 0;
  let c = s.charCodeAt(i);
  if (c === 36) c = s.charCodeAt(++i);
  while (true) {
    const u = c & ~32;
    if (u < 65 || u > 90) break;
    column = column * 26 + (u - 64);
    c = s.charCodeAt(++i);
  }
  return column - 1;
}

/** A whole number written at `i` in `s`. */
function intAt(s: string, i: number): number {
  let n = 0;
  let c = s.charCodeAt(i);
  while (c >= 48 && c <= 57) {
    n = n * 10 + (c - 48);
    c = s.charCodeAt(++i);
  }
  return n;
}

/**
 * Where the values of the one-letter attributes ` r="`, ` s="` and ` t="` start in a tag (the
 * text from `from` to `to`), found in one pass by char code: -1 when absent. `loose` says an
 * `r`, `s` or `t` is written another way (single quotes, spaces around `=`, a line break) and the
 * tag must be read slowly. Excel writes ` r="A1" s="1" t="s"`: the fast way is the usual one.
 */
class TagAttrs {
  r = -1;
  s = -1;
  t = -1;
  loose = false;

  read(x: string, from: number, to: number): void {
    this.r = this.s = this.t = -1;
    this.loose = false;
    // A tag's attributes are a few dozen characters: read by char code, not searched.
    for (let i = from; i < to; i++) {
      if (x.charCodeAt(i) !== 61) continue; // "="
      const name = x.charCodeAt(i - 1);
      if (name <= 32) {
        this.loose = true; // `r ="A1"`
        continue;
      }
      if (name !== 114 && name !== 115 && name !== 116) continue; // r, s, t
      const before = x.charCodeAt(i - 2);
      if (before > 32) continue; // another attribute ending in r, s or t (`attr=`, `x:t=`)
      if (before !== 32 || x.charCodeAt(i + 1) !== 34) this.loose = true;
      else if (name === 114) this.r = i + 2;
      else if (name === 115) this.s = i + 2;
      else this.t = i + 2;
    }
  }
}

/** What one sheet's cells are read with, and what reading them records. */
class SheetScan {
  readonly errors: ErrorCell[] = [];
  readonly uncached: { line: number; column: number }[] = [];
  /** The rows that hold a number, each once (in sheet order, usually rising: then counted without a set). */
  private readonly numberLines: number[] = [];
  private numberLinesRise = true;
  /** Day texts by serial, time texts by second: a log has a few thousand days and times in many rows. */
  private readonly days = new Map<number, string>();
  private readonly times: (string | undefined)[] = [];
  readonly vOpen: string;

  constructor(
    readonly prefix: string,
    readonly strings: readonly string[],
    readonly styles: readonly NumberKind[],
    readonly date1904: boolean,
  ) {
    this.vOpen = `<${prefix}v>`;
  }

  /** How many rows hold at least one number or date. */
  get numberRows(): number {
    return this.numberLinesRise ? this.numberLines.length : new Set(this.numberLines).size;
  }

  /** Notes that row `line` holds a number or a date. */
  number(line: number): void {
    const lines = this.numberLines;
    const last = lines.length === 0 ? -1 : lines[lines.length - 1]!;
    if (line === last) return;
    if (line < last) this.numberLinesRise = false;
    lines.push(line);
  }

  /** A date or time serial as text, from the caches when it is a whole day or a time of day. */
  serialText(value: number, kind: "date" | "datetime" | "time"): string {
    if (kind === "date" && Number.isInteger(value)) {
      let text = this.days.get(value);
      if (text === undefined) this.days.set(value, (text = excelSerialToText(value, kind, this.date1904)));
      return text;
    }
    if (kind === "time" && value >= 0 && value < 1) {
      // excelSerialToText reads a time of day by its second, rounded just so.
      const second = Math.round(value * 86_400);
      let text = this.times[second];
      if (text === undefined) this.times[second] = text = excelSerialToText(value, kind, this.date1904);
      return text;
    }
    return excelSerialToText(value, kind, this.date1904);
  }

  /** One cell's text, by its type and style, from its attribute text and body (the slow, general way). */
  cellText(a: string, body: string, line: number, column: number): string {
    const { prefix } = this;
    const type = fastAttr(a, "t") ?? "n";
    if (type === "inlineStr") {
      const is = element(body, prefix, "is");
      if (is !== undefined) return itemText(is);
    }
    const raw = element(body, prefix, "v");
    if (raw === undefined) {
      if (body.includes(`<${prefix}f`)) this.uncached.push({ line, column });
      return "";
    }
    const v = raw.includes("&") || raw.includes("_x") ? xmlText(raw) : raw;
    switch (type) {
      case "s":
        return this.strings[Number(v)] ?? "";
      case "str":
      case "inlineStr":
        return v;
      case "b":
        return v.trim() === "1" ? "SANN" : "USANN";
      case "e":
        this.errors.push({ line, column, code: v.trim() });
        return v.trim();
      case "d": {
        const iso = v.trim();
        this.number(line);
        return /T00:00(:00(\.0+)?)?Z?$/.test(iso) ? iso.slice(0, 10) : iso.replace("T", " ").slice(0, 16);
      }
      default: {
        const value = Number(v);
        if (v.trim() === "" || !Number.isFinite(value)) return v.trim();
        const style = fastAttr(a, "s");
        const kind = this.styles[style === undefined ? 0 : Number(style)] ?? "number";
        this.number(line);
        return kind === "number" || kind === "percent" ? numberToText(value, kind) : this.serialText(value, kind);
      }
    }
  }

  /**
   * One cell's text, read in place: the usual shapes (`<c r="A2" s="1"><v>45322</v></c>`,
   * `<c r="B2" t="s"><v>3</v></c>`) without copying the cell; anything else through {@link cellText}.
   * `from`–`cEnd` is the start tag's attribute text, `close` where the cell's body ends.
   */
  cell(x: string, attrs: TagAttrs, from: number, cEnd: number, close: number, line: number, column: number): string {
    const { vOpen } = this;
    const tAt = attrs.t;
    let v = cEnd + 1;
    if (!x.startsWith(vOpen, v)) v = x.indexOf(vOpen, v);
    const simpleType = tAt === -1 || ((x.charCodeAt(tAt) === 115 || x.charCodeAt(tAt) === 110) && x.charCodeAt(tAt + 1) === 34); // s" or n"
    if (!simpleType || attrs.loose || v < 0 || v > close) {
      const a = x.slice(from, x.charCodeAt(cEnd - 1) === 47 ? cEnd - 1 : cEnd);
      return this.cellText(a, x.slice(cEnd + 1, close), line, column);
    }
    return this.value(x, attrs, v + vOpen.length, line);
  }

  /** The text of a cell of type `n` (or none) or `s` whose `<v>` starts at `vStart`, read in place. */
  value(x: string, attrs: TagAttrs, vStart: number, line: number): string {
    const tAt = attrs.t;
    if (tAt >= 0 && x.charCodeAt(tAt) === 115) return this.strings[intAt(x, vStart)] ?? "";
    const kind = this.styles[attrs.s >= 0 ? intAt(x, attrs.s) : 0] ?? "number";
    // A whole day (a date) or a whole number of up to 15 digits without a leading zero: read by
    // char code, and already written as the Norwegian reader reads it.
    let i = vStart;
    let c = x.charCodeAt(i);
    const negative = c === 45;
    if (negative) c = x.charCodeAt(++i);
    const digits = i;
    let whole = 0;
    while (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      c = x.charCodeAt(++i);
    }
    const length = i - digits;
    // (The same test as /^-?[0-9]{1,15}$/ on the whole text, minus sign counted, and no leading zero.)
    if (c === 60 && length > 0 && i - vStart <= 15 && (i - vStart === 1 || x.charCodeAt(digits) !== 48)) {
      if (kind === "number") {
        this.number(line);
        return x.slice(vStart, i);
      }
      if (kind === "date") {
        this.number(line);
        return this.serialText(negative ? -whole : whole, kind);
      }
    }
    const raw = x.slice(vStart, x.indexOf("<", vStart));
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value)) return raw.trim();
    this.number(line);
    return kind === "number" || kind === "percent" ? numberToText(value, kind) : this.serialText(value, kind);
  }
}

/** Where the cells a scan reads go: rows of cells, or `;`-separated text. */
interface CellSink {
  /** A cell's text (never empty) at its row and 0-based column. */
  cell(line: number, column: number, text: string): void;
}

/** Cells into rows of cells, as {@link Sheet.rows} holds them. */
class RowsSink implements CellSink {
  readonly rows: SheetRow[] = [];
  /** Rows usually come in order: they are appended; one out of order is found through `byLine`. */
  private byLine: Map<number, SheetRow> | null = null;
  private current: SheetRow | null = null;

  cell(line: number, column: number, text: string): void {
    let row = this.current;
    if (row === null || row.line !== line) row = this.current = this.rowAt(line);
    const cells = row.cells;
    while (cells.length < column) cells.push("");
    cells[column] = text;
  }

  private rowAt(line: number): SheetRow {
    const last = this.rows[this.rows.length - 1];
    if (this.byLine === null && (last === undefined || last.line < line)) {
      const row = { line, cells: [] };
      this.rows.push(row);
      return row;
    }
    this.byLine ??= new Map(this.rows.map((r) => [r.line, r]));
    let row = this.byLine.get(line);
    if (row === undefined) {
      this.byLine.set(line, (row = { line, cells: [] }));
      this.rows.push(row);
    }
    return row;
  }

  /** The rows, in order of their line. */
  finish(): SheetRow[] {
    if (this.byLine !== null) this.rows.sort((p, q) => p.line - q.line);
    return this.rows;
  }
}

/** `;` repeated: the separators before a cell after empty ones. */
const SEPARATORS = Array.from({ length: 16 }, (_, n) => ";".repeat(n));

/**
 * Cells straight into `;`-separated text, line N = row N, as {@link sheetToText} writes a sheet
 * without merged cells — without a row or cell object (a large sheet's hundred thousand rows
 * would otherwise be as many arrays to build and collect). The text is a list of pieces joined
 * once; most pieces are strings that exist already (shared strings, day texts, separators).
 * A row or cell out of order stops it (`ok` false): such a sheet is written from its rows.
 */
class TextSink implements CellSink {
  /** Pieces of the text not yet joined: joined every few thousand, so the list stays short-lived. */
  private pieces: string[] = [];
  private readonly chunks: string[] = [];
  private line = 1;
  /** How many fields the current line has. */
  private fields = 0;
  private any = false;
  ok = true;

  cell(line: number, column: number, text: string): void {
    let pieces = this.pieces;
    if (line !== this.line) {
      if (line < this.line) {
        this.ok = false;
        return;
      }
      pieces.push(line - this.line === 1 ? "\n" : "\n".repeat(line - this.line));
      this.line = line;
      this.fields = 0;
      if (pieces.length > 4096) {
        this.chunks.push(pieces.join(""));
        this.pieces = pieces = [];
      }
    }
    const gap = this.fields === 0 ? column : column - this.fields + 1;
    if (gap < 0 || (gap === 0 && this.fields > 0)) {
      this.ok = false;
      return;
    }
    if (gap > 0) pieces.push(gap < SEPARATORS.length ? SEPARATORS[gap]! : ";".repeat(gap));
    if (!SPECIAL.test(text)) pieces.push(text);
    // A `;` inside: quoted without copying, as three pieces (delimitedField's result, unless it has more to do).
    else if (!QUOTE_OR_BREAK.test(text)) pieces.push('"', text, '"');
    else pieces.push(delimitedField(text, ";"));
    this.fields = column + 1;
    this.any = true;
  }

  /** The text, or undefined when a row or cell came out of order. */
  finish(): string | undefined {
    if (!this.ok) return undefined;
    if (!this.any) return "";
    this.chunks.push(this.pieces.join(""), "\n");
    return this.chunks.join("");
  }
}

/** What makes a cell more than itself as a `;`-separated field (see {@link delimitedField}). */
const SPECIAL = /[\n\r";]/;
const QUOTE_OR_BREAK = /[\n\r"]/;

/** The cells of a sheet's XML, read in order, each to `sink`; what else they hold is recorded in `scan`. */
function scanCells(x: string, scan: SheetScan, sink: CellSink): void {
  const { prefix } = scan;
  const attrs = new TagAttrs();
  // The cells are read in place, between <sheetData> and </sheetData>: never copied.
  const dataOpen = x.search(new RegExp(`<${prefix}sheetData[ />]`));
  let dataEnd = dataOpen < 0 ? -1 : x.indexOf(`</${prefix}sheetData>`, dataOpen);
  if (dataOpen >= 0 && x.charCodeAt(x.indexOf(">", dataOpen) - 1) === 47) dataEnd = dataOpen; // <sheetData/>
  // A sheet cut short (no </sheetData>) has no rows, as a missing <sheetData> has none.
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  const vOpen = scan.vOpen;
  const valueEnd = `</${prefix}v></${prefix}c>`;
  let line = 0;
  let pos = dataOpen < 0 ? -1 : x.indexOf(rowOpen, dataOpen);
  while (pos >= 0 && pos < dataEnd) {
    const tagEnd = x.indexOf(">", pos);
    if (tagEnd < 0) break;
    attrs.read(x, pos + rowOpen.length, tagEnd);
    const rowNumber = attrs.r >= 0 && !attrs.loose ? intAt(x, attrs.r) : Number(fastAttr(x.slice(pos + rowOpen.length, tagEnd), "r"));
    line = Number.isInteger(rowNumber) && rowNumber > 0 ? rowNumber : line + 1;
    let end: number;
    if (x.charCodeAt(tagEnd - 1) === 47) {
      end = tagEnd + 1;
    } else {
      let column = -1;
      // The fast lane: cells one after another, each `<c r="B2" …><v>…</v></c>` (type s or n) or
      // `<c r="B2" …/>`, as Excel writes them — read without searching for the row's or the cell's
      // end. Anything else (an inline string, a formula, a line break between cells) leaves the
      // lane at that cell, and the general loop below reads the rest of the row.
      let p = tagEnd + 1;
      while (p < dataEnd && x.startsWith(cellOpen, p)) {
        const after = x.charCodeAt(p + cellOpen.length);
        if (after !== 32 && after !== 62 && after !== 47) break;
        const cEnd = x.indexOf(">", p);
        if (cEnd < 0) break;
        attrs.read(x, p + cellOpen.length, cEnd);
        if (attrs.loose || attrs.r < 0) break;
        if (x.charCodeAt(cEnd - 1) === 47) {
          column = refColumn(x, attrs.r);
          p = cEnd + 1;
          continue;
        }
        const tAt = attrs.t;
        if (tAt >= 0 && !((x.charCodeAt(tAt) === 115 || x.charCodeAt(tAt) === 110) && x.charCodeAt(tAt + 1) === 34)) break; // s" or n"
        if (!x.startsWith(vOpen, cEnd + 1)) break;
        const vStart = cEnd + 1 + vOpen.length;
        const vEnd = x.indexOf("<", vStart);
        if (vEnd < 0 || !x.startsWith(valueEnd, vEnd)) break;
        column = refColumn(x, attrs.r);
        const text = scan.value(x, attrs, vStart, line);
        if (text !== "") sink.cell(line, column, text);
        p = vEnd + valueEnd.length;
      }
      if (p < dataEnd && x.startsWith(rowClose, p)) {
        pos = x.indexOf(rowOpen, p + rowClose.length);
        continue;
      }
      end = x.indexOf(rowClose, tagEnd);
      if (end < 0 || end > dataEnd) end = dataEnd;
      let c = x.indexOf(cellOpen, p);
      while (c >= 0 && c < end) {
        const after = x.charCodeAt(c + cellOpen.length);
        // " ", ">", "/": <c …> and not <col> or <cfRule>
        if (after !== 32 && after !== 62 && after !== 47) {
          c = x.indexOf(cellOpen, c + 1);
          continue;
        }
        const cEnd = x.indexOf(">", c);
        const selfClosed = x.charCodeAt(cEnd - 1) === 47;
        let close = cEnd;
        let next = cEnd + 1;
        if (!selfClosed) {
          close = x.indexOf(cellClose, cEnd);
          if (close < 0 || close > end) close = end;
          next = close + cellClose.length;
        }
        const from = c + cellOpen.length;
        attrs.read(x, from, cEnd);
        if (attrs.r >= 0 && !attrs.loose) {
          column = refColumn(x, attrs.r);
        } else {
          const ref = attr(x.slice(from, cEnd), "r");
          const at = ref === undefined ? null : cellRef(ref);
          column = at === null ? column + 1 : at.column;
        }
        // The next cell usually starts right here.
        c = x.startsWith(cellOpen, next) ? next : x.indexOf(cellOpen, next);
        if (selfClosed) continue;
        const text = scan.cell(x, attrs, from, cEnd, close, line, column);
        if (text !== "") sink.cell(line, column, text);
      }
      end += rowClose.length;
    }
    pos = x.indexOf(rowOpen, end);
  }
}

function readSheet(raw: RawSheet, xml: string, strings: readonly string[], styles: readonly NumberKind[], date1904: boolean): Sheet {
  // The prefix the sheet's main namespace is written with (`<x:sheetData>` from some writers, usually none).
  const prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
  const merges: MergedRange[] = [];
  // Merged ranges come after the cells: search only there, not through megabytes of cells.
  const tail = xml.slice(Math.max(0, xml.lastIndexOf(`</${prefix}sheetData>`)));
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const [from, to] = (attr(m[1] ?? "", "ref") ?? "").split(":");
    const a = from === undefined ? null : cellRef(from);
    const b = to === undefined ? a : cellRef(to);
    if (a !== null && b !== null) {
      merges.push({ top: Math.min(a.line, b.line), left: Math.min(a.column, b.column), bottom: Math.max(a.line, b.line), right: Math.max(a.column, b.column) });
    }
  }
  const readRows = (scan: SheetScan): SheetRow[] => {
    const sink = new RowsSink();
    scanCells(xml, scan, sink);
    return sink.finish();
  };
  const base = { name: raw.name, hidden: raw.hidden, merges };
  if (merges.length === 0) {
    // Without merged cells the sheet's text is its cells in order: written while reading. Its
    // rows are read again from the XML only if someone asks for them.
    const scan = new SheetScan(prefix, strings, styles, date1904);
    const sink = new TextSink();
    scanCells(xml, scan, sink);
    const text = sink.finish();
    if (text !== undefined) {
      let rows: SheetRow[] | undefined;
      const sheet = { ...base, errors: scan.errors, uncached: scan.uncached, numberRows: scan.numberRows, text } as Sheet;
      Object.defineProperty(sheet, "rows", {
        enumerable: true,
        get: () => (rows ??= readRows(new SheetScan(prefix, strings, styles, date1904))),
      });
      return sheet;
    }
  }
  const scan = new SheetScan(prefix, strings, styles, date1904);
  const rows = readRows(scan);
  return { ...base, rows, errors: scan.errors, uncached: scan.uncached, numberRows: scan.numberRows };
}

/** Options of {@link readXlsx} and {@link openXlsx}. */
export interface XlsxOptions {
  /**
   * The platform's inflater, if it has one: Node's `zlib.inflateRawSync` unzips several times
   * faster than JavaScript. Default: `fflate`'s, which runs everywhere (the browser).
   */
  inflate?: Inflate;
}

/** A workbook opened: its sheets' names known, each sheet read only when asked for. */
export interface OpenWorkbook {
  /** The sheets in tab order, not yet read. */
  sheets: { name: string; hidden: boolean }[];
  date1904: boolean;
  /** Reads the sheet at this 0-based position (unzipping it now). */
  readSheet(index: number): Sheet;
}

/**
 * Opens an `.xlsx` workbook: reads the list of sheets, the date system, the number formats and
 * the shared strings, but no sheet — {@link OpenWorkbook.readSheet} reads the one wanted, so that
 * a workbook's other sheets are never unzipped.
 *
 * @throws {SpcError} `invalid_workbook` when the bytes are not a readable workbook.
 * @example
 * ```ts
 * const book = openXlsx(bytes, { inflate: (d, size) => inflateRawSync(d, { chunkSize: Math.max(64, size) }) });
 * book.sheets.map((s) => s.name);      // ["Info", "Data"]
 * book.readSheet(1).rows[0];           // { line: 1, cells: ["Måned", "Fall", "Liggedøgn"] }
 * ```
 */
export function openXlsx(bytes: Uint8Array, options: XlsxOptions = {}): OpenWorkbook {
  const unreadable = (e: unknown) => invalid(`not a readable .xlsx workbook (the zip cannot be opened: ${e instanceof Error ? e.message : String(e)})`);
  let zip: ZipParts;
  try {
    zip = openZip(bytes, options.inflate);
  } catch (e) {
    throw unreadable(e);
  }
  const decoder = new TextDecoder();
  const text = (name: string): string | undefined => {
    const size = zip.size(name);
    if (size === undefined) return undefined;
    // A part that unzips beyond what one text can hold is refused before it is unzipped.
    if (size > MAX_PART_BYTES) throw invalid(`the workbook is too large to read: its part ${name} unzips to more than ${MAX_PART_BYTES / 1_000_000} MB; save the sheet as "CSV UTF-8" instead`);
    let part: Uint8Array | undefined;
    try {
      part = zip.read(name);
    } catch (e) {
      throw unreadable(e);
    }
    return part === undefined ? undefined : decoder.decode(part);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw invalid("not an Excel workbook: the file has no xl/workbook.xml");
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbook)?.[1] ?? "";
  const flag = attr(pr, "date1904");
  const date1904 = flag === "1" || flag === "true";
  const list = sheetList(workbook, text("xl/_rels/workbook.xml.rels"));
  if (list.length === 0) throw invalid("the workbook has no sheets");
  const strings = sharedStrings(text("xl/sharedStrings.xml") ?? "");
  const styles = readStyles(text("xl/styles.xml"));
  return {
    sheets: list.map((s) => ({ name: s.name, hidden: s.hidden })),
    date1904,
    readSheet(index) {
      const raw = list[index];
      if (raw === undefined) throw new RangeError(`the workbook has no sheet at position ${index}`);
      const xml = text(raw.path);
      return xml === undefined ? { name: raw.name, hidden: raw.hidden, rows: [], merges: [], errors: [], uncached: [], numberRows: 0 } : readSheet(raw, xml, strings, styles, date1904);
    },
  };
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
export function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Workbook {
  const book = openXlsx(bytes, options);
  return { sheets: book.sheets.map((_, i) => book.readSheet(i)), date1904: book.date1904 };
}
