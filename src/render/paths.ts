/**
 * Path data from d3-shape: the data line with gaps at missing values (`line().defined()`), the
 * stepped centre line and limits (`curveStepAfter` through the points where the value changes),
 * and the band between the limits (`area()` on the same steps). Every coordinate is clamped to
 * ±1e9 px (beyond that renderers fail, and d3 would write an exponent) and rounded to 0.1 px in
 * the accessors — what `digits(1)` does, the same bytes on every machine — and written by a
 * context of our own with d3-path's bytes (see PathText).
 *
 * @module
 */
import { area, curveStepAfter, line } from "d3-shape";
import type { Scale } from "./scale.js";
import { n } from "./svg.js";

/** A vertex of a path: x and y in px, y `null` for a gap. */
export type Vertex = readonly [number, number | null];

const LIMIT = 1e9;

/**
 * The path text d3-path's `Path` (with `digits(null)`) writes, byte for byte — "M" x "," y, "L" x
 * "," y, "Z" after anything was drawn — written straight into one string. Why: d3-path appends
 * through tagged templates (an array of strings per command), a tenth of the time of a small
 * chart. The accessors hand it values already rounded to 0.1 px, whose shortest text (what
 * String() writes) is exactly what {@link n} writes from their tenths as integers: the same
 * bytes, without the general double-to-text conversion (measured: a fifth of the path time). With `once`, a line to the same point as the line just before it is left out: d3 draws a
 * step to the same height (the end of each stretch, the turn of a band) as a repeated vertex.
 * The generators are handed this context with `line().context()`, as d3-shape intends; it is
 * reset before each path (module state: the generators are made once, not per path).
 */
class PathText {
  d = "";
  private drawn = false;
  private afterLine = false;
  private lastX = 0;
  private lastY = 0;
  constructor(private readonly once: boolean) {}
  /** Empties the text for the next path. */
  reset(): void {
    this.d = "";
    this.drawn = false;
    this.afterLine = false;
  }
  moveTo(x: number, y: number): void {
    this.d += "M" + n(x) + "," + n(y);
    this.drawn = true;
    this.afterLine = false;
  }
  lineTo(x: number, y: number): void {
    if (this.once && this.afterLine && x === this.lastX && y === this.lastY) return;
    this.d += "L" + n(x) + "," + n(y);
    this.drawn = true;
    this.afterLine = true;
    this.lastX = x;
    this.lastY = y;
  }
  closePath(): void {
    if (!this.drawn) return;
    this.d += "Z";
    this.afterLine = false;
  }
}

/** PathText as the context type d3-shape's typings name (a line or area calls only moveTo, lineTo, closePath). */
const asContext = (text: PathText): CanvasRenderingContext2D => text as unknown as CanvasRenderingContext2D;

// Rounded to 0.1 px here rather than by d3-path's digits(1), which is the same arithmetic
// (Math.round(v · 10) / 10) but a third of the time of a small chart through its tagged templates.
const clamp = (v: number): number => (Number.isNaN(v) ? 0 : Math.round(Math.max(-LIMIT, Math.min(LIMIT, v)) * 10) / 10);
const defined = (v: Vertex): boolean => v[1] !== null;

const lineThrough = (text: PathText) =>
  line<Vertex>()
    .defined(defined)
    .x((v) => clamp(v[0]))
    .y((v) => clamp(v[1]!))
    .context(asContext(text));
const straightText = new PathText(false);
const straight = lineThrough(straightText);
const steppedText = new PathText(true);
const stepped = lineThrough(steppedText).curve(curveStepAfter);

/** The text a generator draws into `text` for `data`. */
function draw<T>(text: PathText, generator: (data: T[]) => unknown, data: readonly T[]): string {
  text.reset();
  generator(data as T[]);
  return text.d;
}

/**
 * A polyline through the vertices, with a gap wherever y is `null`.
 *
 * @example
 * ```ts
 * polyline([[0, 10], [5, null], [10, 12], [20, 8]]); // "M0,10ZM10,12L20,8" (a lone point is a dot)
 * ```
 */
export function polyline(vertices: readonly Vertex[]): string {
  return draw(straightText, straight, vertices);
}

/**
 * Where a stepped line turns: `[x, i]` where the value of point i starts (halfway after the
 * previous point when it changes), `ext` px beyond the first and last point of each defined
 * stretch (half a category band), and `[x, null]` after each stretch for the gap. A stretch of a
 * single point gets a short tick (±4 px) so that it shows. Only the points where `same(i − 1, i)`
 * is false start a step, so a constant limit over 10,000 points is two vertices.
 */
function turns<V>(xs: readonly number[], sx: Scale, ext: number, inside: (i: number) => boolean, same: (a: number, b: number) => boolean, vertex: (x: number, i: number | null) => V): V[] {
  // Each vertex is made once, by `vertex`, when its x is final (a lone point moves its first one):
  // a pair per turn mapped to a second array was a tenth of drawing a P chart's limits, whose
  // every point is a turn.
  const out: V[] = [];
  let start = -1;
  let pendingX = 0;
  let pendingI = 0;
  for (let i = 0; i <= xs.length; i++) {
    const here = i < xs.length && inside(i);
    if (here && start < 0) {
      start = i;
      pendingX = sx(xs[i]!) - ext;
      pendingI = i;
    } else if (here && !same(i - 1, i)) {
      out.push(vertex(pendingX, pendingI));
      pendingX = (sx(xs[i - 1]!) + sx(xs[i]!)) / 2;
      pendingI = i;
    } else if (!here && start >= 0) {
      const lone = i - 1 === start && ext === 0;
      const end = sx(xs[i - 1]!) + ext;
      out.push(vertex(lone ? end - 4 : pendingX, pendingI), vertex(lone ? end + 4 : end, i - 1), vertex(end, null));
      start = -1;
    }
  }
  return out;
}

/**
 * The vertices of a stepped line through values `vs` at positions `xs` (see {@link steps}):
 * the value holds until halfway to the next point and reaches `ext` px beyond the ends of each
 * defined stretch. `inside(i)` says whether point i belongs to a stretch.
 *
 * @example
 * ```ts
 * stepVertices([0, 1, 2], [5, 5, 7], (x) => x * 10, (v) => v, 0); // [[0,5],[15,7],[20,7],[20,null]]
 * ```
 */
export function stepVertices(xs: readonly number[], vs: readonly (number | null)[], sx: Scale, sy: Scale, ext: number, inside: (i: number) => boolean = (i) => vs[i] !== null): Vertex[] {
  return turns(xs, sx, ext, inside, (a, b) => vs[a] === vs[b], (x, i): Vertex => [x, i === null ? null : sy(vs[i]!)]);
}

/**
 * A stepped line through vertices from {@link stepVertices}, with gaps.
 *
 * @example
 * ```ts
 * steps([[0, 5], [15, 7], [20, 7]]); // "M0,5L15,5L15,7L20,7"
 * ```
 */
export function steps(vertices: readonly Vertex[]): string {
  return draw(steppedText, stepped, vertices);
}

/** A vertex of a band: x, top and bottom in px, `null` for a gap. */
type BandVertex = readonly [number, number | null, number | null];

const bandText = new PathText(true);
const band = area<BandVertex>()
  .defined((v) => v[1] !== null && v[2] !== null)
  .x((v) => clamp(v[0]))
  .y0((v) => clamp(v[2]!))
  .y1((v) => clamp(v[1]!))
  .curve(curveStepAfter)
  .context(asContext(bandText));

/**
 * The stepped band between an upper and a lower line, where both are defined.
 *
 * @example
 * ```ts
 * stepBand([0, 1], [9, 9], [1, 1], (x) => x * 10, (v) => v, 0); // the rectangle from (0, 9) to (10, 1)
 * ```
 */
export function stepBand(xs: readonly number[], upper: readonly (number | null)[], lower: readonly (number | null)[], sx: Scale, sy: Scale, ext: number): string {
  const inside = (i: number) => upper[i] !== null && lower[i] !== null;
  const vertices = turns(xs, sx, ext, inside, (a, b) => upper[a] === upper[b] && lower[a] === lower[b], (x, i): BandVertex => (i === null ? [x, null, null] : [x, sy(upper[i]!), sy(lower[i]!)]));
  return draw(bandText, band, vertices);
}
