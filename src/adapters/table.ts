/**
 * A table of text cells that remembers where each row came from, and how columns are named.
 *
 * Every row keeps its 1-based line in the original file so that every message can say
 * `line 7, column "Fall"` — the one thing a person needs to fix a spreadsheet.
 *
 * @module
 */
import { SpcError } from "../errors.js";
import { ADAPTER_MESSAGES, type UnknownColumnKind } from "./messages.js";
import type { SkippedLine } from "./table-start.js";

/** One data row of a {@link Table}. */
export interface TableRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  /** The row's cells, as text, untrimmed. */
  cells: string[];
  /**
   * Set when the row cannot be trusted as a whole (e.g. it has a different number of fields
   * than the header); adapters reject such rows with this reason.
   */
  problem?: string;
  /** A stable name for `problem` when it has one (`"unclosed_quote"`), for programs and translations. */
  problemCode?: string;
  /** The values `problem` names (e.g. `{ line: 7 }`), for translations. */
  problemParams?: Readonly<Record<string, string | number>>;
  /** 1-based line where the row ends, when a quoted field makes it span lines. */
  endLine?: number;
  /**
   * The original column name of each cell, when it differs from the header (rows made by
   * `wideToLong` keep the ward column a value came from, so rejections name that column).
   */
  sources?: readonly string[];
}

/** A header and rows of text cells, e.g. from {@link readDelimited}. */
export interface Table {
  header: string[];
  rows: TableRow[];
  /**
   * Lines passed over on purpose — blank, title and note lines around the table, lines skipped
   * by `skipLines` — each with its line, kind and text (see `readDelimited`).
   */
  skipped?: SkippedLine[];
}

/** A column, by header name (case-, accent- and space-insensitive) or by 0-based index. */
export type ColumnRef = string | number;

/**
 * The form of a header name used for matching: trimmed, lower case, accents removed, `ø` as
 * `o`, `æ` as `ae`, runs of spaces as one — so `"Liggedøgn "`, `"liggedogn"` and
 * `"LIGGEDØGN"` name the same column.
 *
 * @example
 * ```ts
 * normaliseHeader("  Antall  fall på Ål "); // "antall fall pa al"
 * ```
 */
export function normaliseHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[\s\u00A0\u202F\uFEFF]+/g, " ")
    .trim();
}

/**
 * The 0-based index of a column.
 *
 * @param role - what the column is for (`"y"`, `"date"`), used in the error message.
 * @throws {SpcError} when no column matches, several do, or an index is out of range.
 * @example
 * ```ts
 * resolveColumn({ header: ["Måned", "Fall"], rows: [] }, "fall", "y"); // 1
 * ```
 */
export function resolveColumn(table: Table, ref: ColumnRef, role: string): number {
  const path = ["mapping", role];
  const unknown = (kind: UnknownColumnKind) =>
    new SpcError([ADAPTER_MESSAGES.issue("unknown_column", path, { kind, ref: String(ref), role, columns: table.header })]);
  if (typeof ref === "number") {
    if (Number.isInteger(ref) && ref >= 0 && ref < table.header.length) return ref;
    throw unknown("out_of_range");
  }
  if (typeof ref !== "string") throw unknown("bad_ref");
  const wanted = normaliseHeader(ref);
  const matches: number[] = [];
  table.header.forEach((h, i) => {
    if (normaliseHeader(h) === wanted) matches.push(i);
  });
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    // Prefer the exactly spelled header when the loose match is not unique.
    const exact = matches.filter((i) => table.header[i]?.trim() === ref.trim());
    if (exact.length === 1 && exact[0] !== undefined) return exact[0];
    throw new SpcError([ADAPTER_MESSAGES.issue("ambiguous_column", path, { ref, role, matches })]);
  }
  throw unknown("no_such");
}

/**
 * The name to use for a cell in messages: its source column if it has one (rows from
 * `wideToLong`), else its header.
 *
 * @example
 * ```ts
 * columnName({ header: ["Måned", "Fall"], rows: [] }, { line: 2, cells: ["jan.24", "3"] }, 1); // "Fall"
 * ```
 */
export function columnName(table: Table, row: TableRow, index: number): string {
  return row.sources?.[index] ?? table.header[index] ?? `column ${index + 1}`;
}
