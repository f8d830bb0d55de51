/**
 * The centre line (median of a run chart, mean of a control chart), stepped per part; a part
 * with a runs signal is dashed and takes the colour of what its signal means.
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { centreColour, centreKind } from "../model.js";
import { steps, stepVertices } from "../paths.js";
import { legendText } from "./legend-rows.js";
import { lineStyle } from "./shapes.js";

/**
 * The centre line of a panel: one path per colour and kind (plain or runs signal).
 *
 * @example
 * ```ts
 * centreLine(panel); // '<path aria-label="Median" stroke="#333333" stroke-width="1.5" fill="none" d="…"/>'
 * ```
 */
export function centreLine(panel: PanelLayout): string {
  const { chart, facet, x, y, ext } = panel;
  const m = chart.model;
  // Parts drawn alike share one path, in the order they first appear.
  const groups = new Map<string, { label: string; style: string; d: string[] }>();
  for (const part of facet.parts) {
    const kind = centreKind(m, part);
    const colour = centreColour(m, part);
    const key = `${kind}|${colour}`;
    let group = groups.get(key);
    if (!group) {
      group = { label: legendText(m, kind === "centre" ? "centre" : `runs:${part.meaning}`), style: lineStyle(m, kind === "centre" ? "centre" : "runs", colour), d: [] };
      groups.set(key, group);
    }
    group.d.push(steps(stepVertices(part.xs, part.points.map((p) => p.cl), x, y, ext)));
  }
  return [...groups.values()]
    .filter((g) => g.d.join("") !== "")
    .map((g) => `<path role="graphics-symbol" aria-label="${g.label}" ${g.style} d="${g.d.join("")}"/>`)
    .join("\n");
}
