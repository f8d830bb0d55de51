/**
 * The legend drawn: each entry with the same shape and colour as on the plot (the rows are
 * legend-rows.ts's).
 *
 * @module
 */
import type { ChartLayout } from "../layout.js";
import { PAD } from "../layout.js";
import { meaningColour, type Meaning } from "../model.js";
import { n, text } from "../svg.js";
import { swatch } from "./legend-rows.js";
import { lineStyle, pointShape, referenceLines, referenceLineStyle, type LineKind } from "./shapes.js";

export { legendRows, legendText, type LegendEntry, type LegendKind, type LegendRow } from "./legend-rows.js";

/**
 * The legend, from `top`.
 *
 * @example
 * ```ts
 * legend(chart, 360); // '<g aria-label="Tegnforklaring" font-size="11" fill="#555555">…</g>'
 * ```
 */
export function legend(chart: ChartLayout, top: number): string {
  const m = chart.model;
  const size = chart.small;
  const t = m.o.theme;
  const c = t.colors;
  const h = Math.round(size * 1.7);
  const r = t.pointRadius;
  const out: string[] = [`<g aria-label="${m.words.legend}" font-size="${size}" fill="${c.muted}">`];
  chart.legend.forEach((row, k) => {
    const cy = top + k * h + h / 2;
    for (const { kind, x: dx, text: label } of row) {
      const x = PAD + dx;
      const [what, meaning] = kind.split(":") as [string, Meaning | undefined];
      const colour = meaningColour(m, meaning ?? "neutral");
      const long = n(size * 1.64);
      // The data line as drawn, with a point on it where the chart draws points.
      if (what === "data") out.push(`<path d="M${n(x)},${n(cy)}h${long}" stroke="${c.data}" stroke-width="${t.lineWidth}" fill="none"/>${drawsCircles(chart) ? pointShape(m, "circle", x + size * 0.82, cy, r, c.data).replace("<circle", `<circle fill="${c.data}"`) : ""}`);
      else if (what === "bars") out.push(`<rect x="${n(x + size * 0.3)}" y="${n(cy - size * 0.5)}" width="${n(size)}" height="${n(size)}" fill="${c.data}" fill-opacity="0.35" stroke="${c.data}"/>`);
      else if (what === "cumulative") out.push(`<path d="M${n(x)},${n(cy)}h${long}" ${lineStyle(m, "centre", c.centre)}/>`);
      // A Bernoulli CUSUM has one decision limit, drawn as a line without a band.
      else if (what === "limits" && m.result.chart === "bcusum") out.push(`<path d="M${n(x)},${n(cy)}h${long}" ${lineStyle(m, "limits")}/>`);
      else if (what === "limits") out.push(`<path d="M${n(x)},${n(cy - size * 0.45)}h${long}v${n(size * 0.9)}h-${long}z" fill="${c.band}" ${lineStyle(m, "limits").replace(' fill="none"', "")}/>`);
      else if (what === "diamond" || what === "square") out.push(pointShape(m, what, x + size * 0.82, cy, r, colour));
      else if (what === "hollow") out.push(pointShape(m, "hollow", x + size * 0.82, cy, r, c.excluded));
      else if (what === "line") out.push(`<path d="M${n(x)},${n(cy)}h${long}" ${referenceLineStyle(m, referenceLines(m)[Number(meaning)]?.style ?? "dashed")}/>`);
      else if (what === "runs") out.push(`<path d="M${n(x)},${n(cy)}h${long}" ${lineStyle(m, "runs", colour)}/>`);
      else out.push(`<path d="M${n(x)},${n(cy)}h${long}" ${lineStyle(m, what as LineKind)}/>`);
      out.push(text(x + swatch(size), cy + size * 0.35, label));
    }
  });
  out.push("</g>");
  return out.join("\n");
}

/** Whether a panel draws a plain point (a dense series draws only the marked ones): the data line's swatch then has one. */
function drawsCircles(chart: ChartLayout): boolean {
  return chart.panels.some((panel) => panel.drawn.some((drawn, i) => drawn && panel.facet.marks[i]?.shape === "circle"));
}
