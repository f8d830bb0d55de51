/**
 * A Pareto chart's bars, its cumulative per cent line with a point per category, and the right
 * axis (0–100 %). The left axis runs from 0 to the facet's total (model.ts), so 100 % on the
 * right is the total on the left and the line and the bars share one scale.
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { formatNumber } from "../locale.js";
import { formatValue } from "../model.js";
import { polyline } from "../paths.js";
import { escapeXml, n, text } from "../svg.js";
import { lineStyle } from "./shapes.js";

const QUARTERS = [0, 25, 50, 75, 100];

/**
 * The bars, cumulative line and right axis of a Pareto chart's panel. Each bar has a `<title>`:
 * "Fall: 3 (50 %)".
 *
 * @example
 * ```ts
 * paretoBars(panel); // '<g aria-label="Antall" …><rect …><title>Fall: 3 (kumulativt 50 %)</title></rect>…'
 * ```
 */
export function paretoBars(panel: PanelLayout): string {
  const { chart, facet, x, y, ext, box } = panel;
  const m = chart.model;
  const c = m.o.theme.colors;
  const lang = m.o.lang;
  const w = m.words.pareto;
  const total = facet.points.reduce((sum, p) => sum + (p.y ?? 0), 0);
  const percent = (v: number) => `${formatNumber(v, v === Math.round(v) ? 0 : 1, lang)}${lang === "nb" ? "\u00a0%" : "%"}`;
  const facetAttr = facet.facet !== null ? ` data-facet="${escapeXml(facet.facet)}"` : "";
  const half = Math.max(1, ext * 0.8);
  const bars: string[] = [];
  const cumulative: [number, number | null][] = [];
  facet.points.forEach((p, i) => {
    const px = x(facet.xs[i]!);
    const cum = p.cumulativePercent ?? null;
    cumulative.push([px, cum === null || !Number.isFinite(total) ? null : y((cum / 100) * total)]);
    if (p.y === null) return;
    const top = y(p.y);
    const base = y(0);
    const title = `${String(p.x)}: ${formatValue(m, p.y, 0)}${cum === null ? "" : ` (${lang === "nb" ? "kumulativt" : "cumulative"} ${percent(cum)})`}`;
    bars.push(
      `<rect x="${n(px - half)}" y="${n(Math.min(top, base))}" width="${n(2 * half)}" height="${n(Math.abs(base - top))}" data-index="${p.index}"${facetAttr}><title>${escapeXml(title)}</title></rect>`,
    );
  });
  const out = [`<g role="graphics-symbol" aria-label="${w.bars}" fill="${c.data}" fill-opacity="0.35" stroke="${c.data}">`, ...bars, "</g>"];
  const d = polyline(cumulative);
  if (d) {
    out.push(`<path role="graphics-symbol" aria-label="${w.cumulative}" ${lineStyle(m, "centre", c.centre)} d="${d}"/>`);
    const dots = cumulative.flatMap(([px, py]) => (py === null ? [] : [`<circle cx="${n(px)}" cy="${n(py)}" r="${n(m.o.theme.pointRadius)}"/>`]));
    out.push(`<g fill="${c.centre}">`, dots.join("\n"), "</g>");
  }
  // The right axis: 0, 25, 50, 75 and 100 % of the total.
  if (Number.isFinite(total) && total > 0) {
    const right = box.x + box.w + 4;
    // A short plot (a phone) has room for 0, 50 and 100 % only.
    const shown = box.h < chart.small * 10 ? QUARTERS.filter((q) => q % 50 === 0) : QUARTERS;
    const labels = shown.map((q) => text(right, y((q / 100) * total) + chart.small * 0.35, percent(q)));
    out.push(`<g aria-label="${w.cumulative}" font-size="${chart.small}" fill="${c.muted}">`, labels.join("\n"), "</g>");
  }
  return out.join("\n");
}
