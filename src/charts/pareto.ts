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
    // Array.prototype.sort is stable (ES2019).
    facet.sort((a, b) => (b.y ?? -Infinity) - (a.y ?? -Infinity));
    // Counts near the largest double would overflow their sum: then add them as shares of the largest.
    const largest = facet[0]!.y ?? 0;
    let total = 0;
    for (const p of facet) total += p.y ?? 0;
    const scale = Number.isFinite(total) ? 1 : largest;
    if (scale !== 1) total = facet.reduce((sum, p) => sum + (p.y ?? 0) / scale, 0);
    let running = 0;
    facet.forEach((p, k) => {
      running += (p.y ?? 0) / scale;
      p.index = k + 1;
      p.cumulativePercent = total > 0 ? (100 * running) / total : null;
      points[start + k] = p;
    });
    start = end;
  }
}
