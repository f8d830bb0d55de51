/**
 * Delimited text — what "Lagre som CSV" in a Norwegian Excel writes: `;` between fields
 * (because `,` is the decimal separator), often a byte-order mark, CRLF line ends, quoted fields
 * that may span lines. Splitting is d3-dsv's; this module adds what d3-dsv leaves to the caller:
 * the BOM, line ends, choosing the delimiter, blank lines and the file line of every row.
 *
 * @module
 */
import { dsvFormat } from "d3-dsv";
import { quote, usageError } from "./report.js";
import type { Table, TableRow } from "./table.js";

/** A field delimiter this module can detect. */
export type Delimiter = ";" | "," | "\t";

/** Delimiters in order of preference when the text does not decide: Norwegian exports use `;`. */
const CANDIDATES: readonly Delimiter[] = [";", "\t", ","];

/** Options of {@link readDelimited}. */
export interface DelimitedOptions {
  /** The delimiter; detected when absent (see {@link detectDelimiter}). */
  delimiter?: Delimiter;
  /** Records to skip before the header, e.g. a report title above the table. Blank lines before the header are always skipped. */
  skipLines?: number;
}

/** A table read from delimited text. */
export interface DelimitedTable extends Table {
  /** The delimiter used (given or detected). */
  delimiter: Delimiter;
  /** 1-based line of the header. */
  headerLine: number;
  /** Lines that were blank (or only delimiters and spaces) and were skipped. */
  blankLines: number[];
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) n++;
  return n;
}

function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // d3-dsv understands CRLF but not a lone CR (old Mac Excel); one line end makes line counting exact.
  return noBom.replace(/\r\n?/g, "\n");
}

/**
 * Chooses the delimiter of a text among `;`, tab and `,`. Each candidate splits the first 50
 * lines with d3-dsv (so delimiters inside quotes do not count); a candidate must give the
 * header at least two fields, and the one whose data lines most often have as many fields as
 * the header wins. Ties go to `;`, then tab, then `,`. A one-column text gets the first
 * candidate that does not occur in it.
 *
 * @example
 * ```ts
 * detectDelimiter("Måned;Rate\njan.24;1,5\n"); // ";"
 * detectDelimiter("Month,Rate\nJan-24,1.5\n"); // ","
 * ```
 */
export function detectDelimiter(text: string): Delimiter {
  const all = normaliseText(text).split("\n");
  const truncated = all.length > 50;
  const sample = all.slice(0, 50).join("\n");
  let best: Delimiter | null = null;
  let bestScore = -1;
  for (const candidate of CANDIDATES) {
    const records = dsvFormat(candidate).parseRows(sample).filter((r) => !isBlank(r));
    // The last record of a cut sample may be cut inside a quoted field.
    if (truncated && records.length > 2) records.pop();
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    const data = records.slice(1);
    const score = data.length === 0 ? 1 : data.filter((r) => r.length === width).length / data.length;
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best ?? CANDIDATES.find((c) => !sample.includes(c)) ?? ";";
}

/**
 * Reads delimited text into a header and rows of text cells.
 *
 * - strips a byte-order mark; accepts LF, CRLF and CR line ends;
 * - honours Excel's `sep=;` first line, otherwise detects the delimiter ({@link detectDelimiter});
 * - quoted fields may contain delimiters, `""` and line breaks (which become `\n`);
 * - blank lines (including lines of only delimiters, as Excel writes below a table) are
 *   skipped and listed in `blankLines`;
 * - trailing empty header cells and trailing empty cells beyond the header are dropped; a row
 *   that still has another number of fields than the header is kept, with `problem` set, so
 *   that adapters can reject it by line.
 *
 * Each row's `line` is the 1-based line of the file where it starts, counting the BOM line,
 * `sep=` line and skipped lines, and the extra lines of quoted fields that span lines (d3-dsv
 * keeps their line breaks in the cell, so they can be counted). A malformed quote (`"ab"c`) is
 * split as d3-dsv does, which usually shows up as a wrong number of fields.
 *
 * @throws {SpcError} when `text` is not a string or an option is invalid.
 * @example
 * ```ts
 * const t = readDelimited("\uFEFFMåned;Fall\r\n01.01.2024;3\r\n01.02.2024;5\r\n");
 * t.delimiter; // ";"
 * t.header;    // ["Måned", "Fall"]
 * t.rows;      // [{ line: 2, cells: ["01.01.2024", "3"] }, { line: 3, cells: ["01.02.2024", "5"] }]
 * ```
 */
export function readDelimited(text: string, options: DelimitedOptions = {}): DelimitedTable {
  if (typeof text !== "string") throw usageError("invalid_input", "the text to read must be a string");
  if (options.delimiter !== undefined && !CANDIDATES.includes(options.delimiter)) {
    throw usageError("invalid_delimiter", `${quote(String(options.delimiter))} is not a supported delimiter (";", "," or tab)`, ["delimiter"]);
  }
  const skip = options.skipLines ?? 0;
  if (!Number.isInteger(skip) || skip < 0) {
    throw usageError("invalid_option", `skipLines must be a whole number of 0 or more, not ${String(skip)}`, ["skipLines"]);
  }

  let body = normaliseText(text);
  let firstLine = 1;
  let delimiter = options.delimiter;
  const sep = /^sep=(.)(?:\n|$)/i.exec(body);
  if (sep !== null) {
    const declared = sep[1] as Delimiter;
    if (delimiter === undefined && CANDIDATES.includes(declared)) delimiter = declared;
    body = body.slice(sep[0].length);
    firstLine = 2;
  }
  // Detect from the table itself, not from a title above it (titles are single lines).
  delimiter ??= detectDelimiter(skip === 0 ? body : body.split("\n").slice(skip).join("\n"));

  const records = dsvFormat(delimiter).parseRows(body);
  const blankLines: number[] = [];
  const rows: TableRow[] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  let line = firstLine;
  let skipped = 0;
  for (const cells of records) {
    const at = line;
    line += 1 + countNewlines(cells);
    if (skipped < skip) {
      skipped++;
      continue;
    }
    if (isBlank(cells)) {
      blankLines.push(at);
      continue;
    }
    if (header === null) {
      const names = cells.map((c) => c.trim());
      while (names.length > 1 && names[names.length - 1] === "") names.pop();
      header = names;
      headerLine = at;
      continue;
    }
    let fields = cells;
    if (fields.length > header.length && isBlank(fields.slice(header.length))) fields = fields.slice(0, header.length);
    const row: TableRow = { line: at, cells: fields };
    if (fields.length !== header.length) {
      const hint =
        fields.length > header.length
          ? ` — is there a ${delimiter === "\t" ? "tab" : `"${delimiter}"`} inside a value that is not in quotes?`
          : "";
      row.problem = `the line has ${fields.length} field(s) but the header has ${header.length}${hint}`;
    }
    rows.push(row);
  }
  return { header: header ?? [], rows, delimiter, headerLine, blankLines };
}
