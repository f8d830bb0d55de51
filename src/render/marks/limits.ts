/**
 * The control limits: the band between them, the 3-sigma lines and, with `show95`, the 2-sigma
 * lines — stepped where they vary, one stretch per part.
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { stepBand, steps, stepVertices } from "../paths.js";
import { funnelLimits } from "./funnel-limits.js";
import { lineStyle } from "./shapes.js";

/**
 * Band, 2-sigma lines and 3-sigma lines of a panel.
 *
 * @example
 * ```ts
 * limits(panel); // '<path aria-label="Kontrollgrenser" fill="#F0F0F0" d="…"/>\n<path aria-label="Kontrollgrenser" stroke=…'
 * ```
 */
export function limits(panel: PanelLayout): string {
  const { chart, facet, x, y, ext } = panel;
  const m = chart.model;
  // A funnel's limits are curves over the denominator, not steps from point to point.
  if (m.result.chart === "funnel") return funnelLimits(panel);
  const w = m.words;
  const c = m.o.theme.colors;
  // Why strings appended and not arrays joined: each join copied every path's text once more.
  let band = "";
  let lines = "";
  let sigma2 = "";
  for (const part of facet.parts) {
    const { xs, points } = part;
    const ucl = points.map((p) => p.ucl);
    const lcl = points.map((p) => p.lcl);
    const stepped = (vs: (number | null)[]) => steps(stepVertices(xs, vs, x, y, ext));
    band += stepBand(xs, ucl, lcl, x, y, ext);
    lines += stepped(ucl) + stepped(lcl);
    if (m.o.show95) sigma2 += stepped(points.map((p) => p.ucl95)) + stepped(points.map((p) => p.lcl95));
  }
  let out = "";
  const path = (label: string, attrs: string, d: string) => {
    if (d) out += `${out && "\n"}<path role="graphics-symbol" aria-label="${label}" ${attrs} d="${d}"/>`;
  };
  if (c.band !== "none") path(w.limits, `fill="${c.band}"`, band);
  path(w.sigma2, lineStyle(m, "sigma2"), sigma2);
  path(w.limits, lineStyle(m, "limits"), lines);
  return out;
}
