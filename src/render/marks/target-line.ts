/**
 * The target: a dotted line across the panel at the target value.
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
  const target = facet.points.find((p) => p.target !== null)?.target ?? null;
  if (target === null || facet.xs.length === 0) return "";
  const a = panel.categorical ? box.x : x(facet.xs[0]!);
  const b = panel.categorical ? box.x + box.w : x(facet.xs[facet.xs.length - 1]!);
  return `<path role="graphics-symbol" aria-label="${m.words.target}" ${lineStyle(m, "target")} d="M${n(Math.min(a, b - 8))},${n(y(target))}H${n(Math.max(b, a + 8))}"/>`;
}
