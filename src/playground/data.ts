/// <reference lib="dom" />
/**
 * From pasted spreadsheet text to chart-spec rows, with an account of every row: which columns
 * were read as x, y and denominator, and which rows were rejected and why. The reading is the
 * library's adapters (`readDelimited`, `suggestChart`, `tableToSpec`); this module adds what a
 * paste needs — a header when the paste has none.
 *
 * @module
 */
import {

  parseDate,
  parseNorwegianNumber,
  readDelimited,
  suggestChart,
  tableToSpec,
  type AdapterSpec,
  type ChartSuggestion,
  type ColumnMapping,
  type DelimitedTable,
} from "../adapters/index.js";
import type { UiLang } from "./i18n.js";
import { largest } from "../extremes.js";

/** One pasted line as the preview shows it. */
export interface PreviewRow {
  line: number;
  x: string;
  y: string;
  n: string;
  /** Index into `spec.data` when the line was used. */
  row: number | null;
  /** Why the line (or a cell of it) was rejected; empty when used. */
  reasons: string[];
}

export interface Reading {
  spec: AdapterSpec;
  columns: { x: string; y: string; n: string };
  headerless: boolean;
  rows: PreviewRow[];
  suggestion: ChartSuggestion | null;
  warnings: string[];
}

const looksLikeValue = (cell: string): boolean => {
  const c = cell.trim();
  if (c === "") return false;
  const n = parseNorwegianNumber(c);
  if (n.ok && n.value !== null) return true;
  const d = parseDate(c);
  return d.ok || d.code === "invalid_date";
};

const NAMES: Record<UiLang, string[]> = { nb: ["Periode", "Verdi", "Nevner"], en: ["Period", "Value", "Denominator"] };

/** A paste's first line is data, not a header, when any of its cells reads as a number or a date. */
function readPaste(text: string, lang: UiLang): { table: DelimitedTable; headerless: boolean } {
  const table = readDelimited(text);
  if (table.header.length === 0 || !table.header.some(looksLikeValue)) return { table, headerless: false };
  const width = largest(table.rows.map((r) => r.cells.length), table.header.length);
  const one = width === 1;
  const names = Array.from({ length: width }, (_, i) => (one ? NAMES[lang][1]! : (NAMES[lang][i] ?? `${lang === "nb" ? "Kolonne" : "Column"} ${i + 1}`)));
  const delimiter = table.delimiter;
  const withHeader = readDelimited(`${names.join(delimiter)}\n${text.replace(/^\uFEFF/, "")}`, { delimiter });
  for (const row of withHeader.rows) row.line -= 1;
  return { table: withHeader, headerless: true };
}

function mappingFor(table: DelimitedTable): { mapping: ColumnMapping; suggestion: ChartSuggestion | null } {
  const width = table.header.length;
  const simple: ColumnMapping = width === 1 ? { y: 0 } : width === 2 ? { x: 0, y: 1 } : { x: 0, y: 1, n: 2 };
  try {
    const given = width <= 2 ? { ...(simple.x === undefined ? {} : { x: simple.x }), y: simple.y } : {};
    const suggestion = suggestChart(table, { ...given, events: false });
    const c = suggestion.columns;
    if (c.y === undefined) return { mapping: simple, suggestion };
    return { mapping: { y: c.y, ...(c.x === undefined ? {} : { x: c.x }), ...(c.n === undefined ? {} : { n: c.n }) }, suggestion };
  } catch {
    return { mapping: simple, suggestion: null };
  }
}

/**
 * Reads pasted text (tab-separated from a spreadsheet, or `;`/`,` from a CSV file).
 *
 * @returns `null` for an empty paste.
 * @throws {SpcError} when no column can be charted.
 */
export function readPasted(text: string, lang: UiLang): Reading | null {
  if (text.trim() === "") return null;
  const { table, headerless } = readPaste(text, lang);
  const { mapping, suggestion } = mappingFor(table);
  const result = tableToSpec(table, mapping);
  const col = (ref: ColumnMapping["x"]) => (ref === undefined ? -1 : typeof ref === "number" ? ref : table.header.indexOf(ref));
  const [xi, yi, ni] = [col(mapping.x), col(mapping.y), col(mapping.n)];
  const usedBy = new Map(result.used.map((u) => [u.line, u.row]));
  const rows: PreviewRow[] = table.rows.map((r) => {
    const cell = (i: number) => (i < 0 ? "" : (r.cells[i] ?? "").trim());
    const reasons = result.rejected.filter((j) => j.line === r.line).map((j) => (j.column === null ? j.reason : `${j.column}: ${j.reason}`));
    return { line: r.line, x: cell(xi), y: cell(yi), n: cell(ni), row: reasons.length > 0 ? null : (usedBy.get(r.line) ?? null), reasons };
  });
  const name = (i: number) => (i < 0 ? "" : (table.header[i] ?? ""));
  return {
    spec: result.spec,
    columns: { x: name(xi), y: name(yi), n: name(ni) },
    headerless,
    rows,
    suggestion,
    warnings: result.warnings,
  };
}
