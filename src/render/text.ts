/**
 * Fitting text into the space it has: shortening and breaking into lines.
 *
 * @module
 */
import { textWidth } from "./svg.js";

/**
 * The label cut to `max` characters with "…" at the end, or "" when not even one fits.
 *
 * @example
 * ```ts
 * clip("Demensavdelingen Solstua", 12); // "Demensavdel…"
 * ```
 */
export function clip(label: string, max = 22): string {
  return label.length <= max ? label : max > 1 ? `${label.slice(0, max - 1)}…` : "";
}

/**
 * Text broken into lines of at most `width` px (measured with the font's widths), at spaces
 * where it can and inside a word that is wider than a line; at most `maxLines`, the last ending
 * in "…" when the text goes on.
 *
 * @example
 * ```ts
 * fitLines("Andel pasienter over 65 år med vurdert ernæringsstatus", 200, 16, true, 2);
 * // ["Andel pasienter over", "65 år med vurdert e…"]
 * ```
 */
export function fitLines(content: string, width: number, size: number, bold = false, maxLines = Infinity): string[] {
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  const lines: string[] = [];
  let line = "";
  const words = content.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
    }
    // A word wider than a line is cut where it stops fitting.
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
