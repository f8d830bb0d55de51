/**
 * Where a table starts and ends in a sheet saved as text. Teams put a title above the table
 * ("Fall Solsiden 2024"), a blank row, sometimes a note ("Kilde: EQS"), and notes below it; Excel
 * saves them as lines of the same file. This module finds the header as a person would — the
 * first row of several names that the rows below it follow — and names every line it passes over,
 * so that no line is left out in silence. Pure text work: runs in the browser.
 *
 * @module
 */
import { issueMessage, type MessageLang } from "../locale/message.js";
import { notice, type Notice } from "./notice-messages.js";

/** Why a line of the file is not a header or data row. */
export type SkippedKind = "blank" | "title" | "note" | "skip-lines" | "sep";

/** A line of the file passed over on purpose, with the reason and its text. */
export interface SkippedLine {
  /** 1-based line in the file. */
  line: number;
  kind: SkippedKind;
  /** The line as written (cells joined by the delimiter), trimmed. */
  text: string;
}

/** The records around a table: which one is the header, and what is above and below it. */
export interface TableBounds {
  /** Index of the header record, or -1 when every record is blank. */
  header: number;
  /** Records above the header, each with its kind. */
  above: { index: number; kind: SkippedKind }[];
  /** Notes below the data (a lone text cell such as "Kilde: EQS"), by index. */
  footer: number[];
}

/** How many rows below a header candidate are looked at to decide whether it is the header. */
const LOOK_AHEAD = 10;
/** How far down a file a header is looked for, when the first row of several cells is not it. */
const SEARCH = 30;

/** Cells that are not blank. */
function filled(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== "") n++;
  return n;
}

/** The number of cells up to the last one that is not blank (Excel pads rows with `;;`). */
function width(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? "").trim() !== "") return i + 1;
  return 0;
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/** A cell that is a number, date or time, as data are and names are not. */
const DATUM = /^[\d\s.,:/%+\-\u2212]+$/;

/** A header names things: some cell has a letter, and no cell is a number or a date. */
function namesThings(cells: readonly string[]): boolean {
  return cells.some((c) => LETTER.test(c)) && !cells.some((c) => c.trim() !== "" && DATUM.test(c.trim()));
}

/**
 * Whether the rows below record `i` follow it as a table follows its header: of the next rows
 * of two or more cells, most have the header's width or less (a missing value at the end of a
 * row is written as nothing), and some hold a digit (data, not more text).
 */
function followed(records: readonly (readonly string[])[], i: number): boolean {
  const w = width(records[i] ?? []);
  const below: (readonly string[])[] = [];
  for (let j = i + 1; j < records.length && below.length < LOOK_AHEAD; j++) {
    const r = records[j] ?? [];
    // Rows of one cell (a note, a label whose values are missing) say nothing about the width.
    if (filled(r) > 1) below.push(r);
  }
  if (below.length === 0) return true;
  const fit = below.filter((r) => {
    const rw = width(r);
    return rw >= 2 && rw <= w;
  }).length;
  return fit * 2 >= below.length && below.some((r) => r.some((c) => DIGIT.test(c)));
}

/**
 * The shape of a text for comparing labels: digits as `0`, letters as `a`, runs as one
 * (`"Uke 3"` and `"Uke 14"` are both `"a 0"`; `"Kilde: EQS"` is `"a: a"`).
 */
function shape(text: string): string {
  return text.trim().replace(/\d+/g, "0").replace(/\p{L}+/gu, "a");
}

/**
 * Finds the header of a table among records (rows of cells), and the title, note and blank
 * records above it and the notes below it.
 *
 * - Above: blank records are `blank`; a record with one filled cell is a `title` (the first) or a
 *   `note`. The header is the first record with two or more filled cells whose following rows
 *   mostly have its width and hold data; a record of several cells that is not followed so is a
 *   `note` when a later record (within the first 30) is a header that names things — otherwise it
 *   is the header after all, as before this module existed.
 * - Below: from the end, records with only a first cell of text whose shape no label of the first
 *   column has (`"Kilde: EQS"` below `"Uke 3"`, `"Uke 4"`…) are notes; blank records between them
 *   are left to the caller.
 *
 * @param from - index of the first record to consider (records before it are the caller's).
 * @example
 * ```ts
 * findTableStart([["Fall Solsiden 2024", ""], [""], ["Måned", "Fall"], ["jan.24", "3"], ["Kilde: EQS", ""]]);
 * // { header: 2, above: [{ index: 0, kind: "title" }, { index: 1, kind: "blank" }], footer: [4] }
 * ```
 */
export function findTableStart(records: readonly (readonly string[])[], from = 0): TableBounds {
  const above: { index: number; kind: SkippedKind }[] = [];
  let header = -1;
  let sawTitle = false;
  for (let i = from; i < records.length; i++) {
    const cells = records[i] ?? [];
    const n = filled(cells);
    if (n === 0) {
      above.push({ index: i, kind: "blank" });
      continue;
    }
    if (n === 1) {
      above.push({ index: i, kind: sawTitle ? "note" : "title" });
      sawTitle = true;
      continue;
    }
    // A row that is followed as a header is followed, and names things, is the header. A row with
    // a number in it ("Trykksår;2024") gives way to a later header of as many cells; any other
    // row only to a later header of more cells.
    const names = namesThings(cells);
    if ((followed(records, i) && names) || !laterHeader(records, i, names ? n : n - 1)) {
      header = i;
      break;
    }
    above.push({ index: i, kind: "note" });
    sawTitle = true;
  }
  if (header === -1) {
    // No row of several cells: the first filled record is the header (a one-column file).
    const first = above.find((a) => a.kind !== "blank");
    if (first === undefined) return { header: -1, above, footer: [] };
    header = first.index;
    return { header, above: above.filter((a) => a.index < header), footer: [] };
  }
  return { header, above, footer: footerNotes(records, header) };
}

/**
 * Whether a record after `i` (within {@link SEARCH}) would make a header: it names things, has
 * more filled cells than record `i` (notes above a table are shorter than its header), and rows
 * of data follow it.
 */
function laterHeader(records: readonly (readonly string[])[], i: number, cells: number): boolean {
  for (let j = i + 1; j < Math.min(records.length, i + SEARCH); j++) {
    const r = records[j] ?? [];
    if (filled(r) > cells && namesThings(r) && followed(records, j) && filledAfter(records, j)) return true;
  }
  return false;
}

/** Whether any record after `j` has a filled cell. */
function filledAfter(records: readonly (readonly string[])[], j: number): boolean {
  for (let k = j + 1; k < records.length; k++) if (filled(records[k] ?? []) > 0) return true;
  return false;
}

/** Indices of the notes below the data, found from the end of the records. */
function footerNotes(records: readonly (readonly string[])[], header: number): number[] {
  const lone = (r: readonly string[]) => filled(r) === 1 && (r[0] ?? "").trim() !== "" && LETTER.test(r[0] ?? "");
  let end = records.length;
  while (end > header + 1) {
    const r = records[end - 1] ?? [];
    if (filled(r) === 0 || lone(r)) end--;
    else break;
  }
  if (end === records.length) return [];
  const shapes = new Set<string>();
  for (let i = header + 1; i < end; i++) {
    const r = records[i] ?? [];
    if (filled(r) > 0) shapes.add(shape(r[0] ?? ""));
  }
  const notes: number[] = [];
  for (let i = end; i < records.length; i++) {
    const r = records[i] ?? [];
    if (filled(r) > 0 && !shapes.has(shape(r[0] ?? ""))) notes.push(i);
  }
  // A lone label that looks like the labels above (a month with no values yet) is a row, and so
  // is everything above it: only notes after the last such row are notes.
  let last = end - 1;
  for (let i = end; i < records.length; i++) {
    const r = records[i] ?? [];
    if (filled(r) > 0 && shapes.has(shape(r[0] ?? ""))) last = i;
  }
  return notes.filter((i) => i > last);
}

/**
 * The texts of skipped title and note lines above the header (and lines skipped by `skipLines`,
 * which are titles the user named), in file order: hints of the year of weeks or months
 * written without one (`Uke 3` under the title "Trykksår 2024").
 *
 * @example
 * ```ts
 * titleHints({ skipped: [{ line: 1, kind: "title", text: "Trykksår 2024" }, { line: 2, kind: "blank", text: "" }] });
 * // ["Trykksår 2024"]
 * ```
 */
export function titleHints(table: { skipped?: readonly SkippedLine[]; headerLine?: number }): string[] {
  // Notes below the data ("uttrekk 03.01.2025") say when the file was made, not what it covers.
  const above = (s: SkippedLine) => table.headerLine === undefined || s.line < table.headerLine;
  return (table.skipped ?? []).filter((s) => (s.kind === "title" || s.kind === "note" || s.kind === "skip-lines") && s.text !== "" && above(s)).map((s) => s.text);
}

/**
 * One line for a person saying which lines were skipped, or `null` when only blank lines were
 * (those need no explanation).
 *
 * @example
 * ```ts
 * describeSkipped([{ line: 1, kind: "title", text: "Fall Solsiden 2024" }, { line: 2, kind: "blank", text: "" }]);
 * // 'skipped line 1 (title "Fall Solsiden 2024"), line 2 (blank)'
 * ```
 */
export function describeSkipped(skipped: readonly SkippedLine[] | undefined, lang: MessageLang = "en"): string | null {
  const notice = skippedNotice(skipped);
  return notice === null ? null : issueMessage(notice, lang);
}

/**
 * The notice saying which lines were skipped (code `skipped_lines`), or `null` when only blank
 * lines were.
 *
 * @example
 * ```ts
 * skippedNotice([{ line: 1, kind: "title", text: "Fall 2024" }])?.code; // "skipped_lines"
 * ```
 */
export function skippedNotice(skipped: readonly SkippedLine[] | undefined): Notice | null {
  if (skipped === undefined || skipped.every((s) => s.kind === "blank" || s.kind === "sep")) return null;
  return notice("skipped_lines", { lines: skipped.map((s) => ({ line: s.line, kind: s.kind, text: s.text })) });
}
