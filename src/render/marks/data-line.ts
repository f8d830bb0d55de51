/**
 * The data line: one polyline per part, with a gap at each missing value. Categories (a funnel
 * of units) have no line: their order means nothing.
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { polyline } from "../paths.js";
import { paretoBars } from "./pareto-bars.js";

/**
 * The data line of a panel, or "" for categories.
 *
 * @example
 * ```ts
 * dataLine(panel); // '<path aria-label="Måleverdier" stroke="#0072B2" … d="M62.3,180L88.4,201…"/>'
 * ```
 */
export function dataLine(panel: PanelLayout): string {
  const { chart, facet, x, y } = panel;
  const m = chart.model;
  // Units of a funnel have no order either (they are drawn by n); a Pareto chart draws bars.
  if (m.result.chart === "pareto") return paretoBars(panel);
  if (panel.categorical || m.result.chart === "funnel") return "";
  const t = m.o.theme;
  const d = facet.parts.map((part) => polyline(part.xs.map((xv, i) => [x(xv), part.points[i]!.y === null ? null : y(part.points[i]!.y!)]))).join("");
  return d ? `<path role="graphics-symbol" aria-label="${m.words.data}" stroke="${t.colors.data}" stroke-width="${t.lineWidth}" stroke-linejoin="round" stroke-linecap="round" fill="none" d="${d}"/>` : "";
}
