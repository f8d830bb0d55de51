/**
 * Choosing a font size at which a text fits its box on a slide. PowerPoint shrinks text to fit
 * only once someone edits it, and LibreOffice not always: the deck must fit as written. Text is
 * measured with DejaVu Sans's widths, the widest of the usual sans fonts, so a viewer that
 * substitutes another font only gains room.
 *
 * @module
 */
import { measureText } from "../render/font-metrics.js";

/** Points per inch. */
const PT = 72;

/**
 * How many lines `text` takes when word-wrapped at `width` inches in `size` pt (each `\n` starts
 * a paragraph; a word longer than a line takes as many lines as it needs).
 *
 * @example
 * ```ts
 * wrappedLines("Fall per 1000 liggedøgn", 14, 1); // 3
 * ```
 */
export function wrappedLines(text: string, size: number, width: number): number {
  const room = width * PT;
  const space = measureText(" ", size);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const w = measureText(word, size);
      if (used > 0 && used + space + w <= room) used += space + w;
      else if (used === 0 && w <= room) used = w;
      else {
        if (used > 0) count++;
        const extra = Math.ceil(w / room) - 1;
        count += Math.max(0, extra);
        used = w - extra * room;
      }
    }
    lines += count;
  }
  return lines;
}

/**
 * The largest size from `sizes` (largest first) at which `text` fits `width` × `height` inches,
 * with lines 1.2 times the size apart; the smallest when none does.
 *
 * @example
 * ```ts
 * fitFontSize("Kort tekst", 4, 1, [18, 14, 12]); // 18
 * ```
 */
export function fitFontSize(text: string, width: number, height: number, sizes: readonly number[]): number {
  for (const size of sizes) if (fits(text, width, height, size)) return size;
  return sizes[sizes.length - 1] ?? 10;
}

/**
 * Whether `text` fits `width` × `height` inches in `size` pt, lines 1.2 times the size apart.
 *
 * @example
 * ```ts
 * fits("Kort tekst", 4, 1, 18); // true
 * ```
 */
export function fits(text: string, width: number, height: number, size: number): boolean {
  return wrappedLines(text, size, width) * size * 1.2 <= height * PT;
}
