/**
 * Whether a funnel plot's centre is the pooled value of its units (Σy/Σn, the default) rather
 * than a `cl` the spec gave: the legend and explain() then call it "Samlet verdi" / "Pooled value",
 * and otherwise "Sammenligningsverdi" / "Comparison value".
 *
 * @module
 */
import type { Point } from "./types.js";

/**
 * True when, in every facet, the centre line equals the pooled value of the points used for it
 * (not excluded, with a value and a denominator), to 1 part in 10⁹.
 *
 * @example
 * ```ts
 * funnelCentreIsPooled(compute({ chart: "funnel", data }).points); // true
 * funnelCentreIsPooled(compute({ chart: "funnel", cl: 0.1, data }).points); // false (unless 0.1 is the pooled value)
 * ```
 */
export function funnelCentreIsPooled(points: readonly Point[]): boolean {
  // Each facet is pooled on its own.
  const sums = new Map<string | null, { events: number; total: number; cl: number | null }>();
  for (const p of points) {
    let sum = sums.get(p.facet);
    if (!sum) sums.set(p.facet, (sum = { events: 0, total: 0, cl: null }));
    if (sum.cl === null && p.cl !== null) sum.cl = p.cl;
    if (p.excluded || p.y === null || p.n === null) continue;
    sum.events += p.y * p.n;
    sum.total += p.n;
  }
  if (sums.size === 0) return false;
  for (const { events, total, cl } of sums.values()) {
    if (cl === null || total <= 0 || Math.abs(events / total - cl) > 1e-9 * Math.max(1, Math.abs(cl))) return false;
  }
  return true;
}
