/**
 * Reference lines (spec `lines`): a second target, a specification or action limits, each a
 * horizontal line across the panel in its own style; their labels are end labels (line-labels.ts),
 * placed with the others so that none covers another.
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { escapeXml, n } from "../svg.js";
import { referenceLines, referenceLineStyle } from "./shapes.js";

/**
 * The panel's reference lines, or "" without.
 *
 * @example
 * ```ts
 * referenceLinesMark(panel); // '<path role="graphics-symbol" aria-label="Krav 95" stroke="#555555" … d="M62.3,120H664.2"/>'
 * ```
 */
export function referenceLinesMark(panel: PanelLayout): string {
  const { chart, facet, box, x, y } = panel;
  const m = chart.model;
  const lines = referenceLines(m);
  if (lines.length === 0 || facet.xs.length === 0) return "";
  const a = panel.categorical ? box.x : x(facet.xs[0]!) - panel.ext;
  const b = panel.categorical ? box.x + box.w : x(facet.xs[facet.xs.length - 1]!) + panel.ext;
  return lines
    .map((line) => {
      const name = escapeXml(line.label ?? m.words.referenceLine);
      return `<path role="graphics-symbol" aria-label="${name}" ${referenceLineStyle(m, line.style)} d="M${n(Math.min(a, b - 8))},${n(y(line.value))}H${n(Math.max(b, a + 8))}"/>`;
    })
    .join("");
}
