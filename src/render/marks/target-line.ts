/**
 * The target: a dotted line across the panel at the target value, or, when the points' targets
 * differ (a trajectory, the rows' own `target`), a step line: each point's target drawn level
 * from halfway to its neighbour before to halfway to the one after, so each point is judged
 * against the step above or below it.
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { n } from "../svg.js";
import { lineStyle } from "./shapes.js";

/**
 * The target line of a panel, or "" without a target.
 *
 * @example
 * ```ts
 * targetLine(panel); // '<path aria-label="Mål" stroke="#009E73" … d="M62.3,120H664.2"/>'
 * ```
 */
export function targetLine(panel: PanelLayout): string {
  const { chart, facet, box, x, y } = panel;
  const m = chart.model;
  const points = facet.points;
  const first = points.find((p) => p.target !== null)?.target ?? null;
  if (first === null || facet.xs.length === 0) return "";
  const label = `role="graphics-symbol" aria-label="${m.words.target}" ${lineStyle(m, "target")}`;
  if (points.every((p) => p.target === null || p.target === first)) {
    const a = panel.categorical ? box.x : x(facet.xs[0]!);
    const b = panel.categorical ? box.x + box.w : x(facet.xs[facet.xs.length - 1]!);
    return `<path ${label} d="M${n(Math.min(a, b - 8))},${n(y(first))}H${n(Math.max(b, a + 8))}"/>`;
  }
  return `<path ${label} d="${stepPath(panel)}"/>`;
}

/** The trajectory as one path: a level step per point, broken where a point has no target. */
function stepPath(panel: PanelLayout): string {
  const { facet, x, y, ext } = panel;
  const xs = facet.xs.map((v) => x(v));
  const last = xs.length - 1;
  const d: string[] = [];
  let open = false;
  for (let i = 0; i <= last; i++) {
    const t = facet.points[i]!.target;
    if (t === null) {
      open = false;
      continue;
    }
    const from = i === 0 ? xs[0]! - ext : (xs[i - 1]! + xs[i]!) / 2;
    const to = i === last ? xs[last]! + ext : (xs[i]! + xs[i + 1]!) / 2;
    // A step joins the one before with a vertical; after a gap the path moves there first.
    d.push(open ? `V${n(y(t))}H${n(to)}` : `M${n(from)},${n(y(t))}H${n(to)}`);
    open = true;
  }
  return d.join("");
}
