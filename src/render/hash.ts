/**
 * Stable ids for SVG elements, derived from the chart's content rather than random numbers, so
 * that the same chart always gives the same bytes.
 *
 * @module
 */

/** FNV-1a hash of a string, in base 36: stable ids without randomness. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
