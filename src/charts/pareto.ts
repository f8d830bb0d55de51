import type { Point } from "../types.js";
import type { ChartFunction } from "./part-frame.js";

/**
 * Pareto chart (qicharts2's `paretochart`, qcc's `pareto.chart`): the count of each category
 * (the sum of its rows' y), as bars sorted from the largest down, and the cumulative per cent
 * line. No centre line, no limits, no rules: the order is by size, not by time.
 *
 * @example
 * ```ts
 * compute({ chart: "pareto", data: [{ x: "Fall", y: 3 }, { x: "Sår", y: 6 }, { x: "Fall", y: 1 }] })
 *   .points.map((p) => [p.x, p.y, p.cumulativePercent]); // [["Sår", 6, 60], ["Fall", 4, 100]]
 * ```
 */
export const paretoLines: ChartFunction = (frame) => ({
  y: frame.ySum,
  cl: Number.NaN,
  lcl: Number.NaN,
  ucl: Number.NaN,
  lcl95: Number.NaN,
  ucl95: Number.NaN,
});

/**
 * Sorts each facet's points by count, largest first (ties keep the order of the categories, as
 * R's stable sort keeps the table's), numbers them 1, 2, … again, and gives each its
 * `cumulativePercent`: 100 × (its count and all larger ones) / the facet's total. Missing counts
 * go last and add nothing.
 *
 * @example
 * ```ts
 * paretoOrder(points); // points of each facet by descending y, with cumulativePercent
 * ```
 */
export function paretoOrder(points: Point[]): void {
  let start = 0;
  while (start < points.length) {
    let end = start;
    while (end < points.length && points[end]!.facet === points[start]!.facet) end++;
    const facet = points.slice(start, end);
    const order = descendingOrder(facet);
    // Counts near the largest double would overflow their sum: then add them as shares of the largest.
    let total = 0;
    for (const p of facet) total += p.y ?? 0;
    const largest = facet[order[0]!]!.y ?? 0;
    const scale = Number.isFinite(total) ? 1 : largest;
    if (scale !== 1) total = facet.reduce((sum, p) => sum + (p.y ?? 0) / scale, 0);
    let running = 0;
    for (let k = 0; k < order.length; k++) {
      const p = facet[order[k]!]!;
      running += (p.y ?? 0) / scale;
      p.index = k + 1;
      p.cumulativePercent = total > 0 ? (100 * running) / total : null;
      points[start + k] = p;
    }
    start = end;
  }
}

/** Below 2²¹, a whole count and a position below 2³² pack into one exact double (2⁵³). */
const PACKABLE = 2 ** 21;
const POSITIONS = 2 ** 32;

/**
 * The positions of the points by descending y, ties in their order, missing values last. Whole
 * counts below 2²¹ (every real Pareto chart) sort as packed numbers in a typed array, natively:
 * a comparator sort of 10⁵ points was most of the chart's time.
 */
function descendingOrder(points: Point[]): Uint32Array {
  const size = points.length;
  const order = new Uint32Array(size);
  const packable = size < POSITIONS && points.every((p) => p.y === null || (Number.isInteger(p.y) && p.y >= 0 && p.y < PACKABLE));
  if (packable) {
    // y·2³² + (2³² − 1 − i): ascending by count, and within a count by descending position, so
    // that read backwards the larger counts come first and ties keep their order. Missing = −1.
    const keys = new Float64Array(size);
    for (let i = 0; i < size; i++) keys[i] = (points[i]!.y ?? -1) * POSITIONS + (POSITIONS - 1 - i);
    keys.sort();
    for (let k = 0; k < size; k++) order[k] = POSITIONS - 1 - (keys[size - 1 - k]! % POSITIONS + (keys[size - 1 - k]! < 0 ? POSITIONS : 0));
    return order;
  }
  const indices = Array.from({ length: size }, (_, i) => i);
  // Array.prototype.sort is stable (ES2019); missing values sort last.
  indices.sort((a, b) => (points[b]!.y ?? -Infinity) - (points[a]!.y ?? -Infinity) || a - b);
  order.set(indices);
  return order;
}
