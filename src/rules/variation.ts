/**
 * Variation and assurance: what a signal means for a team, given which way is better, and the
 * two Making Data Count icons of each facet.
 *
 * @module
 */
import type { Point } from "../types.js";
import type { Assurance, Direction, Icon, Side, Variation } from "./types.js";

/**
 * The variation of a point flagged on `side`: an improvement or a concern when the direction says
 * which way is better, neutral otherwise.
 *
 * @example
 * ```ts
 * variationOf("high", "increase"); // "improvement-high"
 * variationOf("high", "decrease"); // "concern-high"
 * variationOf("low", "neutral");   // "neutral-low"
 * ```
 */
export function variationOf(side: Side, direction: Direction): Variation {
  if (direction === "neutral") return side === "high" ? "neutral-high" : "neutral-low";
  if (direction === "increase") return side === "high" ? "improvement-high" : "concern-low";
  return side === "high" ? "concern-high" : "improvement-low";
}

/**
 * Making Data Count's assurance: will the process meet its target? With the limits of the last
 * point: a target above the upper limit is never reached (`fail` when higher is better, `pass`
 * when lower is), below the lower limit always (`pass`, or `fail` when lower is better);
 * otherwise `hit-and-miss`, also when the target is exactly on a limit or the limits are
 * undefined. `null` without a target, with a neutral direction, or on a chart that has no limits
 * (a run chart).
 *
 * @example
 * ```ts
 * assuranceOf(50, "increase", 60, 80, true); // "pass": even the lower limit is above the target
 * assuranceOf(90, "increase", 60, 80, true); // "fail"
 * assuranceOf(70, "increase", 60, 80, true); // "hit-and-miss"
 * ```
 */
export function assuranceOf(
  target: number | null,
  direction: Direction,
  lcl: number | null,
  ucl: number | null,
  chartHasLimits: boolean,
): Assurance | null {
  if (target === null || direction === "neutral" || !chartHasLimits) return null;
  const increase = direction === "increase";
  if (ucl !== null && target > ucl) return increase ? "fail" : "pass";
  if (lcl !== null && target < lcl) return increase ? "pass" : "fail";
  return "hit-and-miss";
}

/**
 * One icon pair per facet: the variation of the facet's last point (`common` when it has none)
 * and the assurance against `target` with the last point's limits.
 *
 * @param points - All points, ordered by facet (as `compute()` returns them).
 * @param facets - The facet values in order.
 * @example
 * ```ts
 * facetIcons(result.points, result.facets, "increase", 75, true);
 * // [{ facet: null, variation: "common", assurance: "hit-and-miss" }]
 * ```
 */
export function facetIcons(
  points: readonly Point[],
  facets: readonly (string | null)[],
  direction: Direction,
  target: number | null,
  chartHasLimits: boolean,
): Icon[] {
  // Points come ordered by facet: walk back from the end until every facet's last point is seen.
  const last = new Map<string | null, Point>();
  for (let i = points.length - 1; i >= 0 && last.size < facets.length; i--) {
    const p = points[i]!;
    if (!last.has(p.facet)) last.set(p.facet, p);
  }
  return facets.map((facet) => {
    const p = last.get(facet);
    return {
      facet,
      variation: p?.variation ?? "common",
      // The last point's own target: a trajectory's value there (NHSRplotthedots' target on the last row).
      assurance: p ? assuranceOf(p.target ?? target, direction, p.lcl, p.ucl, chartHasLimits) : null,
    };
  });
}
