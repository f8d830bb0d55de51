/**
 * A funnel plot's limits: the 99.8 % and 95 % curves over the denominator, from the curves
 * compute() put in the result (`result.funnel`), drawn as smooth polylines, and the band between
 * the 99.8 % curves.
 *
 * @module
 */
import type { FunnelCurve } from "../../types.js";
import type { PanelLayout } from "../layout.js";
import { polyline } from "../paths.js";
import { n } from "../svg.js";
import { lineStyle } from "./shapes.js";

/**
 * The band and the four limit curves of a funnel plot's panel; "" when the result has no curves.
 *
 * @example
 * ```ts
 * funnelLimits(panel); // '<path aria-label="99,8 %-grenser" fill="#F0F0F0" d="M…Z"/>\n<path aria-label="95 %-grenser" …'
 * ```
 */
export function funnelLimits(panel: PanelLayout): string {
  const { chart, facet, x, y } = panel;
  const m = chart.model;
  const w = m.words.funnel;
  const c = m.o.theme.colors;
  const curve = (m.result.funnel ?? []).find((f: FunnelCurve) => f.facet === facet.facet);
  if (!curve || curve.n.length === 0) return "";
  const line = (values: (number | null)[]) => polyline(curve.n.map((v, i) => [x(v), values[i] === null ? null : y(values[i]!)]));
  const out: string[] = [];
  // The band: along the upper curve and back along the lower one (where both are defined).
  const both = curve.n.flatMap((v, i) => (curve.ucl[i] !== null && curve.lcl[i] !== null ? [[x(v), y(curve.ucl[i]!), y(curve.lcl[i]!)] as const] : []));
  if (c.band !== "none" && both.length > 1) {
    const d = `M${both.map(([px, up]) => `${n(px)},${n(up)}`).join("L")}L${[...both].reverse().map(([px, , low]) => `${n(px)},${n(low)}`).join("L")}Z`;
    out.push(`<path role="graphics-symbol" aria-label="${w.limits}" fill="${c.band}" d="${d}"/>`);
  }
  out.push(`<path role="graphics-symbol" aria-label="${w.sigma2}" ${lineStyle(m, "sigma2")} d="${line(curve.ucl95)}${line(curve.lcl95)}"/>`);
  out.push(`<path role="graphics-symbol" aria-label="${w.limits}" ${lineStyle(m, "limits")} d="${line(curve.ucl)}${line(curve.lcl)}"/>`);
  return out.join("\n");
}
