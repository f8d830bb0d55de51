/**
 * Summary rows and columns of a spreadsheet: `Sum`, `Totalt`, `Gjennomsnitt`, `I alt`, …
 *
 * Teams keep a total or an average under the months they measure. Read as data it becomes the
 * last point, far above the others and with limits of its own, and a report's "last value" is
 * the year's total. Such rows (and, in wide sheets, such columns) are never data: the adapters
 * leave them out and say so, naming the line or column.
 *
 * @module
 */
import { normaliseHeader } from "./table.js";

// Matched on the normalised text (lower case, no accents, single spaces), without a trailing
// colon: "Sum:", "TOTALT", "Gj.snitt". Norwegian and English.
const TOTAL_WORDS = new Set([
  "sum",
  "summer",
  "totalt",
  "total",
  "totalsum",
  "total sum",
  "sum totalt",
  "sum hittil",
  "hittil",
  "hittil i ar",
  "i alt",
  "ialt",
  "gjennomsnitt",
  "gj.snitt",
  "gj. snitt",
  "gjsnitt",
  "snitt",
  "middel",
  "middelverdi",
  "median",
  "average",
  "mean",
  "grand total",
  "totals",
  "year to date",
  "ytd",
]);

/**
 * Whether a cell names a summary (total, average, median) rather than a subgroup: `Sum`,
 * `Totalt`, `Total`, `Totalsum`, `I alt`, `Gjennomsnitt`, `Snitt`, `Middel`, `Median`,
 * `Sum hittil`, `Average`, `Mean`, `Grand total` — any case, with or without a trailing colon.
 *
 * @example
 * ```ts
 * isTotalLabel("Totalt:"); // true
 * isTotalLabel("SUM");     // true
 * isTotalLabel("Sumbu");   // false
 * ```
 */
export function isTotalLabel(text: string): boolean {
  // Fast path for the usual cells (dates, numbers, long texts): every word starts with a letter.
  if (typeof text !== "string" || text.length > 24 || !/^\s*[a-zA-ZÆØÅæøå]/.test(text)) return false;
  const s = normaliseHeader(text).replace(/\s*:$/, "").trim();
  return s !== "" && TOTAL_WORDS.has(s);
}
