/**
 * Points and signal marks. A signal is shown by shape as well as colour (diamond: outside the
 * limits; square: part of another signal; hollow: excluded), so it reads in greyscale. Every
 * mark carries `data-index` (the point's `index`: its 1-based position in its facet) and, in a
 * faceted chart, `data-facet`, for apps and the interactive layer; and a `<title>` that browsers show as a
 * tooltip ("jan. 2024: 6,4 – Utenfor kontrollgrensene").
 *
 * @module
 */
import type { Point } from "../../types.js";
import type { PanelLayout } from "../layout.js";
import { formatValue, formatX, markOf, type Model } from "../model.js";
import { decimalsOf } from "../scale.js";
import { escapeXml } from "../svg.js";
import { pointShape } from "./shapes.js";

/** What a point's tooltip says: where, the value and, for a signal, which. */
function pointTitle(m: Model, p: Point, x: number, decimals: number, shape: string): string {
  const value = formatValue(m, p.y!, decimals);
  const w = m.words;
  const what = shape === "diamond" ? w.outside : shape === "square" ? w.pattern : shape === "hollow" ? w.excluded : "";
  return `${formatX(m, p, x)}: ${value}${what ? ` – ${what}` : ""}`;
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
  const o = m.o;
  const facetAttr = chart.faceted && facet.facet !== null ? ` data-facet="${escapeXml(facet.facet)}"` : "";
  const marks: string[] = [];
  // Decimals that show every value of the facet (at most 4), and at least the value labels' own.
  const values: number[] = [];
  for (const p of facet.points) if (p.y !== null) values.push(p.y * m.scale);
  const decimals = Math.min(4, Math.max(chart.decimals, decimalsOf(values)));
  facet.points.forEach((p, i) => {
    const mark = markOf(p, o);
    if (!mark || !panel.drawn[i]) return;
    const title = `<title>${escapeXml(pointTitle(m, p, facet.xs[i]!, decimals, mark.shape))}</title>`;
    marks.push(pointShape(m, mark.shape, x(facet.xs[i]!), y(p.y!), radius, mark.colour, ` data-index="${p.index}"${facetAttr}`, title));
  });
  return marks.length > 0 ? `<g aria-label="${m.words.points}" fill="${o.theme.colors.data}">\n${marks.join("\n")}\n</g>` : "";
}
