/**
 * Points and signal marks. A signal is shown by shape as well as colour (diamond: outside the
 * limits; square: part of another signal; hollow: excluded), so it reads in greyscale. Every
 * mark carries `data-index` (the point's `index`: its 1-based position in its facet) and, in a
 * faceted chart, `data-facet`, for apps and the interactive layer; and a `<title>` that browsers show as a
 * tooltip ("jan. 2024: 6,4 (Utenfor kontrollgrensene)").
 *
 * @module
 */
import type { Point } from "../../types.js";
import type { PanelLayout } from "../layout.js";
import { formatValue, formatX, type Model } from "../model.js";
import { decimalsOf } from "../scale.js";
import { escapeXml } from "../svg.js";
import { pointShape } from "./shapes.js";

/**
 * What a point's native tooltip says: its facet and x, its value, and what its mark means
 * ("Utenfor kontrollgrensene") when it is not a plain circle.
 */
function pointTitle(m: Model, p: Point, x: number, decimals: number, shape: string): string {
  const w = m.words;
  const meaning = shape === "diamond" ? (m.result.chart === "funnel" ? w.funnel.outside : w.outside) : shape === "square" ? w.pattern : shape === "hollow" ? w.excluded : "";
  const where = p.facet === null ? formatX(m, p, x) : `${p.facet}, ${formatX(m, p, x)}`;
  // A count reads "4", not "4,0": no more decimals than the value has, nor than the labels show.
  const shown = decimalsOf([p.y! * m.scale], decimals);
  return `${where}: ${formatValue(m, p.y!, shown)}${meaning && ` (${meaning})`}`;
}

/**
 * The point marks of a panel. With `points: "auto"` a dense series draws only its signals,
 * excluded points and points with notes (ordinary points would merge into a band).
 *
 * @example
 * ```ts
 * points(panel); // '<g aria-label="Punkter" fill="#0072B2">\n<circle cx=… data-index="0"><title>jan. 2024: 6,4</title></circle>…'
 * ```
 */
export function points(panel: PanelLayout): string {
  const { chart, facet, x, y, radius } = panel;
  const m = chart.model;
  // A Pareto chart's categories are its bars (pareto-bars.ts), with their own titles.
  if (m.result.chart === "pareto") return "";
  const o = m.o;
  const facetAttr = facet.facet !== null ? ` data-facet="${escapeXml(facet.facet)}"` : "";
  // Appended, not joined: a join copied every mark's text once more.
  let marks = "";
  for (let i = 0; i < facet.points.length; i++) {
    const mark = facet.marks[i];
    if (!mark || !panel.drawn[i]) continue;
    const p = facet.points[i]!;
    const title = `<title>${escapeXml(pointTitle(m, p, facet.xs[i]!, chart.decimals, mark.shape))}</title>`;
    marks += pointShape(m, mark.shape, x(facet.xs[i]!), y(p.y!), radius, mark.colour, ` data-index="${p.index}"${facetAttr}`, title) + "\n";
  }
  return marks ? `<g aria-label="${m.words.points}" fill="${o.theme.colors.data}">\n${marks}</g>` : "";
}
