/**
 * One cell written as a field of delimited text: used by the workbook reader (xlsx.ts) and the
 * sheet-to-text writer (workbook.ts); its own module so that the two do not import each other.
 *
 * @module
 */

/** What makes a cell more than itself as a `;`-separated field. */
const SPECIAL = /[\n\r";]/;

/**
 * A cell as a delimited field: one line (a line break inside a cell would move every later line
 * number), quoted when it must be.
 *
 * @example
 * ```ts
 * delimitedField("Fall; beskrivelse", ";"); // '"Fall; beskrivelse"'
 * delimitedField("a\nb", ";");              // "a b"
 * ```
 */
export function delimitedField(cell: string, delimiter: string): string {
  if (delimiter === ";" && !SPECIAL.test(cell)) return cell;
  const one = cell.includes("\n") || cell.includes("\r") ? cell.replace(/\r\n|\r|\n/g, " ") : cell;
  return one.includes(delimiter) || one.includes('"') ? `"${one.replace(/"/g, '""')}"` : one;
}
