/**
 * The chart's words around the plots: title, subtitle, y and x axis titles, facet names, the
 * line about facets left out, and the caption.
 *
 * @module
 */
import type { ChartLayout, PanelLayout } from "../layout.js";
import { PAD } from "../layout.js";
import { escapeXml, n, text } from "../svg.js";
import { largest, smallest } from "../../extremes.js";
import { fitLines } from "../text.js";

/**
 * Title and subtitle at the top.
 *
 * @example
 * ```ts
 * titles(chart); // '<text x="12" y="24.8" font-size="16" font-weight="bold">Fall per 1000 liggedøgn</text>'
 * ```
 */
export function titles(chart: ChartLayout): string {
  const t = chart.model.o.theme;
  const out: string[] = [];
  chart.titleLines.forEach((line, i) => out.push(text(PAD, chart.titleY + i * t.titleSize * 1.2, line, ` font-size="${t.titleSize}" font-weight="bold"`)));
  chart.subtitleLines.forEach((line, i) => out.push(text(PAD, chart.subtitleY + i * t.fontSize * 1.25, line, ` fill="${t.colors.muted}"`)));
  return out.join("\n");
}

/**
 * The y axis title, rotated, centred on the panels.
 *
 * @example
 * ```ts
 * yTitle(chart); // '<text transform="rotate(-90)" … >Fall per 1000 liggedøgn</text>'
 * ```
 */
export function yTitle(chart: ChartLayout): string {
  if (!chart.yLabel) return "";
  const c = chart.model.o.theme.colors;
  // Centred on the plots (not on the x labels under them).
  // Up to 1,000 panels: no spread into Math.min (test/security/no-spread.test.ts).
  const top = smallest(chart.panels.map((p) => p.box.y));
  const bottom = largest(chart.panels.map((p) => p.box.y + p.box.h));
  // Centred on the plots, it may reach up to the title and subtitle and down past the plots by a
  // line, no further (a small chart ran it into the subtitle): one line, then "…". Glyph boxes:
  // descent 0.24 of the size (DejaVu Sans).
  const t = chart.model.o.theme;
  const headerBottom =
    chart.subtitleLines.length > 0
      ? chart.subtitleY + (chart.subtitleLines.length - 1) * t.fontSize * 1.25 + t.fontSize * 0.24
      : chart.titleLines.length > 0
        ? chart.titleY + (chart.titleLines.length - 1) * t.titleSize * 1.2 + t.titleSize * 0.24
        : 0;
  const centre = (top + bottom) / 2;
  const room = 2 * Math.min(centre - headerBottom - 1, bottom + chart.small - centre);
  // Two lines where the layout made room for them (layout.ts), the second 1.2 sizes further right.
  const lines = fitLines(chart.yLabel, room, chart.fontSize, false, chart.yLabelLines);
  return (lines.length > 0 ? lines : [chart.yLabel])
    .map((line, i) => `<text transform="rotate(-90)" x="${n(-(top + bottom) / 2)}" y="${n(PAD + chart.fontSize * (0.9 + 1.2 * i))}" text-anchor="middle" fill="${c.muted}">${escapeXml(line)}</text>`)
    .join("\n");
}

/**
 * The x axis title under the panels, at `top`.
 *
 * @example
 * ```ts
 * xTitle(chart, 352); // '<text … text-anchor="middle" fill="#555555">Måned</text>'
 * ```
 */
export function xTitle(chart: ChartLayout, top: number): string {
  if (!chart.xLabel) return "";
  const c = chart.model.o.theme.colors;
  return text((chart.plotLeft + chart.width - PAD - chart.gutter) / 2, top + chart.fontSize * 1.2, chart.xLabel, ` text-anchor="middle" fill="${c.muted}"`);
}

/**
 * A facet's name over its panel.
 *
 * @example
 * ```ts
 * facetName(panel); // '<text x="50.3" y="50.6" font-weight="bold">Avdeling A</text>'
 * ```
 */
export function facetName(panel: PanelLayout): string {
  const { chart } = panel;
  if (!chart.faceted) return "";
  // Centred on the header (taller than the name when icons share it).
  const baseline = panel.rowTop + (panel.headerHeight - Math.round(chart.fontSize * 1.6)) / 2 + chart.fontSize * 1.05;
  return text(panel.box.x, baseline, panel.facet.facet ?? "–", ` font-weight="bold"`);
}

/**
 * Small muted text under the chart (the caption, or the line about facets left out).
 *
 * @example
 * ```ts
 * footnote(chart, 380, "Kilde: DIPS", ""); // '<text x="12" y="392.1" font-size="11" fill="#555555">Kilde: DIPS</text>'
 * ```
 */
export function footnote(chart: ChartLayout, top: number, content: string, attrs: string): string {
  const c = chart.model.o.theme.colors;
  return text(PAD, top + chart.small * 1.2, content, ` font-size="${chart.small}" fill="${c.muted}"${attrs}`);
}
