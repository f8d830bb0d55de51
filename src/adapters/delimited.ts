/**
 * Delimited text — what "Lagre som CSV" in a Norwegian Excel writes: `;` between fields
 * (because `,` is the decimal separator), often a byte-order mark, CRLF line ends, quoted fields
 * that may span lines (Alt+Enter in a cell), a title above the table and notes below it. The
 * splitting is this module's own (RFC 4180), because a person's file needs what a generic
 * splitter does not give: the exact line of every row, and an unclosed quote caught at its line
 * instead of swallowing the rest of the file.
 *
 * @module
 */
import { NOTICE_MESSAGES } from "./notice-messages.js";
import { quote, usageError } from "./report.js";
import type { Table, TableRow } from "./table.js";
import { findTableStart, type SkippedLine } from "./table-start.js";

/** A field delimiter this module can detect. */
export type Delimiter = ";" | "," | "\t";

/** Delimiters in order of preference when the text does not decide: Norwegian exports use `;`. */
const CANDIDATES: readonly Delimiter[] = [";", "\t", ","];

/** Options of {@link readDelimited}. */
export interface DelimitedOptions {
  /** The delimiter; detected when absent (see {@link detectDelimiter}). */
  delimiter?: Delimiter;
  /**
   * Records to skip before the header, e.g. a report title above the table. When given, the
   * header is the first non-blank record after them; when absent, titles, notes and blank
   * lines above the header are found and skipped (see {@link findTableStart}).
   */
  skipLines?: number;
}

/** A table read from delimited text. */
export interface DelimitedTable extends Table {
  /** The delimiter used (given or detected). */
  delimiter: Delimiter;
  /** 1-based line of the header. */
  headerLine: number;
  /** 1-based line where the header ends, when a quoted name spans lines (Alt+Enter in a header cell). */
  headerEndLine?: number;
  /** Lines that were blank (or only delimiters and spaces) and were skipped; also in `skipped`. */
  blankLines: number[];
  /** Every line passed over (blank, title, note, `skipLines`, `sep=`), in file order. */
  skipped: SkippedLine[];
}

/** One record of delimited text: its cells and the lines it spans. */
export interface DelimitedRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line where it ends (after the lines of quoted fields that span lines). */
  endLine: number;
  cells: string[];
  /** A quote opened on this line never closed (or would swallow complete records below). */
  unclosed?: boolean;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // One line end makes line counting exact: CRLF (Windows), CR (old Mac Excel) and LF alike.
  return noBom.indexOf("\r") === -1 ? noBom : noBom.replace(/\r\n?/g, "\n");
}

const QUOTE = 34;
const NEWLINE = 10;

/**
 * The cells of one line on its own: quotes count only at the start of a field, `""` inside
 * quotes is a quote, and a quote that does not close by the end of the line ends with it.
 */
function splitLine(line: string, delimiter: string): string[] {
  const d = delimiter.charCodeAt(0);
  const cells: string[] = [];
  let pos = 0;
  for (;;) {
    let value = "";
    if (line.charCodeAt(pos) === QUOTE) {
      let p = pos + 1;
      for (;;) {
        const q = line.indexOf('"', p);
        if (q === -1) {
          value += line.slice(p);
          pos = line.length;
          break;
        }
        value += line.slice(p, q);
        if (line.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          p = q + 2;
          continue;
        }
        pos = q + 1;
        break;
      }
    }
    let end = pos;
    while (end < line.length && line.charCodeAt(end) !== d) end++;
    value += line.slice(pos, end);
    cells.push(value);
    if (end >= line.length) return cells;
    pos = end + 1;
  }
}

/**
 * Whether a line, met inside a quoted field, is a complete record of its own rather than more of
 * the quoted text: it has `width` fields, and no quote in it could close the field (a quote
 * followed by a delimiter or the line's end, as the last line of an Alt+Enter note has).
 */
function looksComplete(line: string, delimiter: string, width: number): boolean {
  for (let p = line.indexOf('"'); p !== -1; p = line.indexOf('"', p + 2)) {
    if (line.charCodeAt(p + 1) === QUOTE) continue;
    const after = line.charAt(p + 1);
    if (after === "" || after === delimiter) return false;
    break;
  }
  return splitLine(line, delimiter).length === width;
}

/**
 * Splits delimited text (line ends already `\n`, no BOM) into records, RFC 4180 style, with
 * the lines each spans. With `width` (the header's number of fields), a quoted field is
 * unclosed when it reaches the end of the text, or when the next line it would take in has
 * `width` fields of its own — a complete record, which a note written with Alt+Enter almost
 * never is. An unclosed record is its first line alone, and reading goes on at the next line.
 */
function parseRecords(body: string, delimiter: string, firstLine: number, width?: number): DelimitedRecord[] {
  const d = delimiter.charCodeAt(0);
  const n = body.length;
  const records: DelimitedRecord[] = [];
  let pos = 0;
  let line = firstLine;
  while (pos < n) {
    const start = pos;
    const startLine = line;
    const cells: string[] = [];
    let unclosed = false;
    for (;;) {
      let value = "";
      if (body.charCodeAt(pos) === QUOTE) {
        let p = pos + 1;
        for (;;) {
          const c = body.charCodeAt(p);
          if (p >= n) {
            unclosed = true;
            break;
          }
          if (c === QUOTE) {
            if (body.charCodeAt(p + 1) === QUOTE) {
              value += '"';
              p += 2;
              continue;
            }
            p++;
            break;
          }
          if (c === NEWLINE) {
            if (width !== undefined && width >= 2) {
              const next = body.indexOf("\n", p + 1);
              const text = body.slice(p + 1, next === -1 ? n : next);
              if (looksComplete(text, delimiter, width)) {
                unclosed = true;
                break;
              }
            }
            line++;
          }
          // Take the run up to the next quote or line end at once.
          let q = p + 1;
          while (q < n) {
            const cq = body.charCodeAt(q);
            if (cq === QUOTE || cq === NEWLINE) break;
            q++;
          }
          value += body.slice(p, q);
          p = q;
        }
        pos = p;
        if (unclosed) break;
      }
      let end = pos;
      for (; end < n; end++) {
        const c = body.charCodeAt(end);
        if (c === d || c === NEWLINE) break;
      }
      cells.push(value + body.slice(pos, end));
      pos = end;
      if (end >= n || body.charCodeAt(end) === NEWLINE) {
        pos = end + 1;
        break;
      }
      pos = end + 1;
      if (pos >= n) {
        // A delimiter at the very end: one more, empty field.
        cells.push("");
        break;
      }
    }
    if (unclosed) {
      // The record is its own line, read as written; the next line is read afresh.
      const eol = body.indexOf("\n", start);
      const text = body.slice(start, eol === -1 ? n : eol);
      records.push({ line: startLine, endLine: startLine, cells: splitLine(text, delimiter), unclosed: true });
      pos = eol === -1 ? n : eol + 1;
      line = startLine + 1;
      continue;
    }
    records.push({ line: startLine, endLine: line, cells });
    line++;
  }
  return records;
}

/**
 * Splits delimited text into records (rows of cells) with their lines, RFC 4180 style: quotes
 * count only at the start of a field, `""` inside quotes is a quote, quoted fields may hold
 * delimiters and line breaks (which become `\n`); LF, CRLF and CR end lines; a BOM is dropped.
 * With `width`, quoted fields that would swallow complete records are caught (`unclosed`).
 *
 * @example
 * ```ts
 * splitDelimited('A;B\n1;"x\ny"\n', ";");
 * // [{ line: 1, endLine: 1, cells: ["A", "B"] }, { line: 2, endLine: 3, cells: ["1", "x\ny"] }]
 * ```
 */
export function splitDelimited(text: string, delimiter: Delimiter, width?: number): DelimitedRecord[] {
  return parseRecords(normaliseText(text), delimiter, 1, width);
}

/**
 * Chooses the delimiter of a text among `;`, tab and `,`. Each candidate splits the first 50
 * lines (so delimiters inside quotes do not count) and finds the header as
 * {@link findTableStart} does, past titles and notes; the header must have at least two fields
 * and a letter, and the candidate whose following lines most often have as many fields as the
 * header wins; then the one whose header comes first, then the one with more columns. Remaining
 * ties go to `;`, then tab, then `,`. A one-column text gets the first candidate
 * that does not occur in it.
 *
 * @example
 * ```ts
 * detectDelimiter("Måned;Rate\njan.24;1,5\n"); // ";"
 * detectDelimiter("Month,Rate\nJan-24,1.5\n"); // ","
 * ```
 */
export function detectDelimiter(text: string): Delimiter {
  const body = normaliseText(text);
  // The first 50 lines; the sample is cut only when the text has more.
  let cut = 0;
  for (let i = 0; i < 50 && cut !== -1; i++) {
    const at = body.indexOf("\n", cut);
    cut = at === -1 ? -1 : at + 1;
  }
  const truncated = cut !== -1 && cut < body.length;
  const sample = truncated ? body.slice(0, cut) : body;
  let best: Delimiter | null = null;
  let bestScore: readonly number[] = [];
  // A comma that only ever stands between two digits is a decimal comma ("1,5"), not a field
  // delimiter, when the text has another candidate in it: a few rows of decimals would otherwise
  // out-vote a semicolon header.
  const onlyDecimalCommas = !/(^|[^\d]),|,($|[^\d])/m.test(sample) && (sample.includes(";") || sample.includes("\t"));
  for (const candidate of CANDIDATES) {
    if (candidate === "," && onlyDecimalCommas) continue;
    const records = splitChecked(sample, candidate, 1).map((r) => r.cells);
    // The last record of a cut sample may be cut inside a quoted field.
    if (truncated && records.length > 2) records.pop();
    const { header } = findTableStart(records);
    const head = records[header];
    if (head === undefined || head.length < 2 || !head.some((c) => /\p{L}/u.test(c))) continue;
    const data = records.slice(header + 1).filter((r) => !isBlank(r));
    const agreeing = data.filter((r) => r.length === head.length).length;
    const agree = data.length === 0 ? 1 : agreeing / data.length;
    // First the split under which more lines form one table (header and rows as wide as it): a
    // note with a tab, or one over-wide row, must not out-vote the table itself. Then the share
    // of rows that agree, the header found soonest (a split that makes a title of the header is
    // wrong), and the one with more columns (`a; b` in a note of a tab-separated file is not a split).
    const score = [1 + agreeing, agree, -header, head.length];
    if (better(score, bestScore)) {
      bestScore = score;
      best = candidate;
    }
  }
  return best ?? CANDIDATES.find((c) => !sample.includes(c)) ?? ";";
}

/** Whether a score is higher than another, comparing from the first number on. */
function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i];
    if (y === undefined || x > y) return true;
    if (x < y) return false;
  }
  return false;
}

/** The line a record was, for `skipped` (cells joined again, padding delimiters dropped). */
function recordText(cells: readonly string[], delimiter: string): string {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? "").trim() === "") end--;
  return cells.slice(0, end).join(delimiter).trim();
}

/**
 * Reads delimited text into a header and rows of text cells.
 *
 * - strips a byte-order mark; accepts LF, CRLF and CR line ends;
 * - honours Excel's `sep=;` first line, otherwise detects the delimiter ({@link detectDelimiter});
 * - quoted fields may contain delimiters, `""` and line breaks (which become `\n`);
 * - titles, notes and blank lines above the header, and notes below the data, are found
 *   ({@link findTableStart}) and listed in `skipped` with their line, kind and text; with
 *   `skipLines`, those records are skipped instead (kind `skip-lines`) and the header is the
 *   next non-blank record;
 * - blank lines (including lines of only delimiters, as Excel writes below a table) are
 *   skipped and listed in `blankLines` (and in `skipped`);
 * - trailing empty header cells and trailing empty cells beyond the header are dropped; a row
 *   that still has another number of fields than the header is kept, with `problem` set, so
 *   that adapters can reject it by line;
 * - a quote that never closes, or whose quoted text would swallow following complete records,
 *   makes its line a row with `problem` (`problemCode: "unclosed_quote"`), and reading goes on
 *   at the next line — one bad note never takes the rest of the file with it.
 *
 * Each row's `line` is the 1-based line of the file where it starts, counting the BOM line,
 * `sep=` line and skipped lines; a row whose quoted fields span lines has `endLine` too. Every
 * line of the text is the header, part of a row, or in `skipped`.
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
  const skipped: SkippedLine[] = [];
  const sep = /^sep=(.)(?:\n|$)/i.exec(body);
  if (sep !== null) {
    const declared = sep[1] as Delimiter;
    if (delimiter === undefined && CANDIDATES.includes(declared)) delimiter = declared;
    skipped.push({ line: 1, kind: "sep", text: sep[0].trim() });
    body = body.slice(sep[0].length);
    firstLine = 2;
  }
  // Detect from the table itself, not from the skipped lines above it.
  delimiter ??= detectDelimiter(skip === 0 ? body : body.split("\n").slice(skip).join("\n"));

  const records = splitChecked(body, delimiter, firstLine);
  const bounds = locate(records, skip);

  const kinds = new Map<number, SkippedLine["kind"]>();
  for (const a of bounds.above) kinds.set(a.index, a.kind);
  for (const f of bounds.footer) kinds.set(f, "note");
  const blankLines: number[] = [];
  const rows: TableRow[] = [];
  const headRecord = records[bounds.header];
  let header: string[] = [];
  if (headRecord !== undefined) {
    header = headRecord.cells.map((c) => c.trim());
    while (header.length > 1 && header[header.length - 1] === "") header.pop();
  }
  for (let i = 0; i < records.length; i++) {
    if (i === bounds.header) continue;
    const record = records[i]!;
    const kind = kinds.get(i) ?? (isBlank(record.cells) ? "blank" : undefined);
    if (kind !== undefined) {
      if (kind === "blank") blankLines.push(record.line);
      // A skipped record that spans lines (a quoted title with Alt+Enter) names each of its lines.
      for (let line = record.line; line <= record.endLine; line++) {
        skipped.push({ line, kind, text: line === record.line ? recordText(record.cells, delimiter) : "" });
      }
      continue;
    }
    let fields = record.cells;
    if (fields.length > header.length && isBlank(fields.slice(header.length))) fields = fields.slice(0, header.length);
    const row: TableRow = { line: record.line, cells: fields };
    if (record.endLine > record.line) row.endLine = record.endLine;
    if (record.unclosed === true) {
      row.problemCode = "unclosed_quote";
      row.problemParams = { line: record.line };
      row.problem = NOTICE_MESSAGES.text("unclosed_quote", { line: record.line }, "en");
    } else if (fields.length !== header.length) {
      row.problemCode = "field_count";
      row.problemParams = { fields: fields.length, header: header.length, delimiter: delimiter === "\t" ? "tab" : delimiter };
      row.problem = NOTICE_MESSAGES.text("field_count", { fields: fields.length, header: header.length, delimiter: delimiter === "\t" ? "tab" : delimiter }, "en");
    }
    rows.push(row);
  }
  const table: DelimitedTable = { header, rows, delimiter, headerLine: headRecord?.line ?? 0, blankLines, skipped: skipped.sort((a, b) => a.line - b.line) };
  if (headRecord !== undefined && headRecord.endLine > headRecord.line) table.headerEndLine = headRecord.endLine;
  return table;
}

/**
 * Records of a text, with quotes that never close caught: when quoted fields span lines, the
 * text is read again with the width of a complete record (see {@link parseRecords}), so that an
 * unclosed quote does not swallow the records below it — maybe even the header.
 */
function splitChecked(body: string, delimiter: string, firstLine: number): DelimitedRecord[] {
  const records = parseRecords(body, delimiter, firstLine);
  if (!records.some((r) => r.endLine > r.line)) return records;
  const width = usualWidth(records);
  return width === null ? records : parseRecords(body, delimiter, firstLine, width);
}

/**
 * The number of fields most records of one line have (two or more): the width of a complete
 * record, whatever a swallowing quote did to the others. `null` when no such record exists.
 */
function usualWidth(records: readonly DelimitedRecord[]): number | null {
  const counts = new Map<number, number>();
  for (const r of records) {
    if (r.endLine === r.line && r.cells.length >= 2 && !isBlank(r.cells)) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  }
  let best: number | null = null;
  let most = 0;
  for (const [width, count] of counts) {
    if (count > most) {
      most = count;
      best = width;
    }
  }
  return best;
}

/** The header and the skipped records: `skip` records first (kind `skip-lines`), then found. */
function locate(records: readonly DelimitedRecord[], skip: number): ReturnType<typeof findTableStart> {
  const cells = records.map((r) => r.cells);
  if (skip === 0) return findTableStart(cells);
  const above: { index: number; kind: SkippedLine["kind"] }[] = [];
  for (let i = 0; i < Math.min(skip, records.length); i++) above.push({ index: i, kind: "skip-lines" });
  let header = -1;
  for (let i = skip; i < records.length; i++) {
    if (!isBlank(records[i]!.cells)) {
      header = i;
      break;
    }
    above.push({ index: i, kind: "blank" });
  }
  // Notes below the data are found all the same.
  const below = header === -1 ? null : findTableStart(cells, header);
  return { header, above, footer: below !== null && below.header === header ? below.footer : [] };
}
