/**
 * Stable ids for SVG elements, derived from the chart's content rather than random numbers, so
 * that the same chart always gives the same bytes.
 *
 * @module
 */

// The bits of a double, read through one shared view (module state, made on first use: no
// top-level side effect), little-endian on every machine.
let view: DataView | undefined;

/**
 * An FNV-1a hash, in base 36, of texts (each with a separator) and then numbers by their 64 bits
 * (`null` as NaN). Why bits: the chart's id hashed its values written out as text, and writing
 * 36 doubles as text was a twentieth of the time of drawing a small chart.
 *
 * @example
 * ```ts
 * idHash(["Fall", "nb"], [720, 400, 3.5, null]); // the same id on every run and machine
 * ```
 */
export function idHash(texts: readonly string[], values: readonly (number | null | undefined)[]): string {
  view ??= new DataView(new ArrayBuffer(8));
  let h = 0x811c9dc5;
  for (const t of texts) for (let i = 0; i <= t.length; i++) h = Math.imul(h ^ (i < t.length ? t.charCodeAt(i) : 31), 0x01000193);
  for (const v of values) {
    view.setFloat64(0, v ?? Number.NaN, true);
    // A 32-bit word at a time: an id needs only the same bits to give the same id.
    h = Math.imul(Math.imul(h ^ view.getUint32(0, true), 0x01000193) ^ view.getUint32(4, true), 0x01000193);
  }
  return (h >>> 0).toString(36);
}
