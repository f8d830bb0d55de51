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

/** One cell's text, by its type and style; errors, formulas without a value and numbers are recorded. */
function cellText(
  a: string,
  body: string,
  prefix: string,
  strings: readonly string[],
  styles: readonly NumberKind[],
  date1904: boolean,
  line: number,
  column: number,
  errors: ErrorCell[],
  uncached: { line: number; column: number }[],
  numberLines: Set<number>,
): string {
  const type = fastAttr(a, "t") ?? "n";
  if (type === "inlineStr") {
    const is = element(body, prefix, "is");
    if (is !== undefined) return itemText(is);
  }
  const raw = element(body, prefix, "v");
  if (raw === undefined) {
    if (body.includes(`<${prefix}f`)) uncached.push({ line, column });
    return "";
  }
  const v = raw.includes("&") || raw.includes("_x") ? xmlText(raw) : raw;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? "";
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return v.trim() === "1" ? "SANN" : "USANN";
    case "e":
      errors.push({ line, column, code: v.trim() });
      return v.trim();
    case "d": {
      const iso = v.trim();
      numberLines.add(line);
      return /T00:00(:00(\.0+)?)?Z?$/.test(iso) ? iso.slice(0, 10) : iso.replace("T", " ").slice(0, 16);
    }
    default: {
      const value = Number(v);
      if (v.trim() === "" || !Number.isFinite(value)) return v.trim();
      const style = fastAttr(a, "s");
      const kind = styles[style === undefined ? 0 : Number(style)] ?? "number";
      numberLines.add(line);
      return kind === "number" || kind === "percent" ? numberToText(value, kind) : excelSerialToText(value, kind, date1904);
    }
  }
}

/**
 * Where the value of ` name="` starts between `from` and `to` in `s`; -1 when the attribute is
 * surely absent, -2 when it may be written another way (single quotes, a line break) and must be
 * read slowly. Excel writes ` r="A1"`: the fast way is the usual one.
 */
function quickAttr(s: string, name: string, from: number, to: number): number {
  // A one-letter name (r, t, s) compared by char code: no search runs past the tag.
  const code = name.charCodeAt(0);
  let loose = false;
  for (let i = from; i < to - 1; i++) {
    if (s.charCodeAt(i) !== code || s.charCodeAt(i + 1) !== 61) continue; // "x="
    const before = s.charCodeAt(i - 1);
    if (before === 32 && s.charCodeAt(i + 2) === 34) return i + 3;
    if (before <= 32) loose = true;
  }
  return loose ? -2 : -1;
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

/** Day texts already written: a log has a few thousand distinct days in a hundred thousand rows. */
const DAY_TEXT = new Map<string, string>();

/**
 * One cell's text, read in place: the usual shapes (`<c r="A2" s="1"><v>45322</v></c>`,
 * `<c r="B2" t="s"><v>3</v></c>`) without copying; anything else through {@link cellText}.
 */
function fastCell(
  data: string,
  from: number,
  cEnd: number,
  close: number,
  selfClosed: boolean,
  prefix: string,
  strings: readonly string[],
  styles: readonly NumberKind[],
  date1904: boolean,
  line: number,
  column: number,
  errors: ErrorCell[],
  uncached: { line: number; column: number }[],
  numberLines: Set<number>,
): string {
  if (selfClosed) return "";
  const tAt = quickAttr(data, "t", from, cEnd);
  const sAt = quickAttr(data, "s", from, cEnd);
  const vOpen = `<${prefix}v>`;
  const v = data.indexOf(vOpen, cEnd);
  const simpleType = tAt === -1 || (tAt >= 0 && (data.startsWith('s"', tAt) || data.startsWith('n"', tAt)));
  if (!simpleType || sAt === -2 || v < 0 || v > close) {
    const a = data.slice(from, data.charCodeAt(cEnd - 1) === 47 ? cEnd - 1 : cEnd);
    return cellText(a, data.slice(cEnd + 1, close), prefix, strings, styles, date1904, line, column, errors, uncached, numberLines);
  }
  const vStart = v + vOpen.length;
  if (tAt >= 0 && data.charCodeAt(tAt) === 115) return strings[intAt(data, vStart)] ?? "";
  const raw = data.slice(vStart, data.indexOf("<", vStart));
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) return raw.trim();
  const kind = styles[sAt >= 0 ? intAt(data, sAt) : 0] ?? "number";
  numberLines.add(line);
  // A whole number of up to 15 digits is already written as the Norwegian reader reads it.
  if (kind === "number" && raw.length <= 15 && /^-?[0-9]+$/.test(raw) && (raw.length === 1 || raw.charCodeAt(raw.charCodeAt(0) === 45 ? 1 : 0) !== 48)) return raw;
  if (kind === "number" || kind === "percent") return numberToText(value, kind);
  if ((kind === "date" && Number.isInteger(value)) || (kind === "time" && value < 1)) {
    const key = `${raw}/${kind}${date1904 ? "/1904" : ""}`;
    let text = DAY_TEXT.get(key);
    if (text === undefined) {
      text = excelSerialToText(value, kind, date1904);
      if (DAY_TEXT.size < 100_000) DAY_TEXT.set(key, text);
    }
    return text;
  }
  return excelSerialToText(value, kind, date1904);
}

function readSheet(raw: RawSheet, xml: string, strings: readonly string[], styles: readonly NumberKind[], date1904: boolean): Sheet {
  const byLine = new Map<number, string[]>();
  const errors: ErrorCell[] = [];
  const uncached: { line: number; column: number }[] = [];
  const numberLines = new Set<number>();
  // The prefix the sheet's main namespace is written with (`<x:sheetData>` from some writers, usually none).
  const prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
  const data = element(xml, prefix, "sheetData") ?? "";
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  let line = 0;
  let pos = data.indexOf(rowOpen);
  while (pos >= 0) {
    const tagEnd = data.indexOf(">", pos);
    if (tagEnd < 0) break;
    const rAt = quickAttr(data, "r", pos + rowOpen.length, tagEnd);
    const rowNumber = rAt >= 0 ? intAt(data, rAt) : Number(fastAttr(data.slice(pos + rowOpen.length, tagEnd), "r"));
    line = Number.isInteger(rowNumber) && rowNumber > 0 ? rowNumber : line + 1;
    let end: number;
    if (data.charAt(tagEnd - 1) === "/") {
      end = tagEnd + 1;
    } else {
      end = data.indexOf(rowClose, tagEnd);
      if (end < 0) end = data.length;
      let column = -1;
      let c = data.indexOf(cellOpen, tagEnd);
      while (c >= 0 && c < end) {
        const after = data.charCodeAt(c + cellOpen.length);
        // " ", ">", "/": <c …> and not <col> or <cfRule>
        if (after !== 32 && after !== 62 && after !== 47) {
          c = data.indexOf(cellOpen, c + 1);
          continue;
        }
        const cEnd = data.indexOf(">", c);
        const selfClosed = data.charCodeAt(cEnd - 1) === 47;
        let close = cEnd;
        let next = cEnd + 1;
        if (!selfClosed) {
          close = data.indexOf(cellClose, cEnd);
          if (close < 0 || close > end) close = end;
          next = close + cellClose.length;
        }
        const from = c + cellOpen.length;
        const rAt = quickAttr(data, "r", from, cEnd);
        if (rAt >= 0) {
          column = refColumn(data, rAt);
        } else if (rAt === -1) {
          column++;
        } else {
          const ref = attr(data.slice(from, cEnd), "r");
          const at = ref === undefined ? null : cellRef(ref);
          column = at === null ? column + 1 : at.column;
        }
        const text = fastCell(data, from, cEnd, close, selfClosed, prefix, strings, styles, date1904, line, column, errors, uncached, numberLines);
        c = data.indexOf(cellOpen, next);
        if (text === "") continue;
        let cells = byLine.get(line);
        if (cells === undefined) byLine.set(line, (cells = []));
        while (cells.length < column) cells.push("");
        cells[column] = text;
      }
      end += rowClose.length;
    }
    pos = data.indexOf(rowOpen, end);
  }
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
  let tooLarge: string | null = null;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = (f.name.startsWith("xl/") && f.name.endsWith(".xml")) || f.name.endsWith(".rels");
        // A part that unzips beyond what one text can hold is refused before it is unzipped.
        if (wanted && f.originalSize > MAX_PART_BYTES) tooLarge = f.name;
        return wanted && tooLarge === null;
      },
    });
  } catch (e) {
    throw invalid(`not a readable .xlsx workbook (the zip cannot be opened: ${e instanceof Error ? e.message : String(e)})`);
  }
  if (tooLarge !== null) throw invalid(`the workbook is too large to read: its part ${tooLarge} unzips to more than ${MAX_PART_BYTES / 1_000_000} MB; save the sheet as "CSV UTF-8" instead`);
  const text = (name: string): string | undefined => {
    const f = files[name];
    return f === undefined ? undefined : strFromU8(f);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw invalid("not an Excel workbook: the file has no xl/workbook.xml");
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbook)?.[1] ?? "";
  const flag = attr(pr, "date1904");
  const date1904 = flag === "1" || flag === "true";
  const strings = sharedStrings(text("xl/sharedStrings.xml") ?? "");
  const styles = readStyles(text("xl/styles.xml"));
  const sheets = sheetList(workbook, text("xl/_rels/workbook.xml.rels")).map((raw) => {
    const xml = text(raw.path);
    return xml === undefined ? { name: raw.name, hidden: raw.hidden, rows: [], merges: [], errors: [], uncached: [], numberRows: 0 } : readSheet(raw, xml, strings, styles, date1904);
  });
  if (sheets.length === 0) throw invalid("the workbook has no sheets");
  return { sheets, date1904 };
}
