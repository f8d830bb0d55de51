/**
 * Stable ids for SVG elements, derived from the chart's content rather than random numbers, so
 * that the same chart always gives the same bytes.
 *
 * @module
 */

// The bits of a double, read through one shared view (module state, made on first use: no
// top-level side effect), little-endian on every machine. Why: the chart's id hashed the values
// written out as text, and writing 36 doubles as text was a twentieth of the time of drawing a
// small chart; hashing their bits costs about a twentieth of that.
let view: DataView | null = null;

/**
 * An FNV-1a hash fed texts and numbers (the numbers by their 64 bits, `null` as its own value),
 * in base 36: the id of a chart from its words and values without writing the values as text.
 *
 * @example
 * ```ts
 * new IdHash().text("Fall").number(3.5).number(null).toString(); // "…", the same on every run
 * ```
 */
export class IdHash {
  private h = 0x811c9dc5;

  /** Adds a text (and a separator, so that "ab" + "c" differs from "a" + "bc"). */
  text(value: string): this {
    let h = this.h;
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
    this.h = Math.imul(h ^ 0x1f, 0x01000193);
    return this;
  }

  /** Adds a number by its bits; `null` and `undefined` are one value of their own. */
  number(value: number | null | undefined): this {
    if (value === null || value === undefined) return this.word(0x7ff80001).word(0x4e554c4c);
    view ??= new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    return this.word(view.getUint32(0, true)).word(view.getUint32(4, true));
  }

  private word(w: number): this {
    let h = this.h;
    h = Math.imul(h ^ (w & 0xff), 0x01000193);
    h = Math.imul(h ^ ((w >>> 8) & 0xff), 0x01000193);
    h = Math.imul(h ^ ((w >>> 16) & 0xff), 0x01000193);
    this.h = Math.imul(h ^ (w >>> 24), 0x01000193);
    return this;
  }

  /** The hash in base 36. */
  toString(): string {
    return (this.h >>> 0).toString(36);
  }
}
