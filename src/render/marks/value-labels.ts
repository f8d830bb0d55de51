/**
 * Value labels of the centre line, the limits and the target: at the right end of the last part
 * (in the gutter) and at the end of every earlier part (inside the plot, with a halo).
 *
 * @module
 */
import type { PanelLayout } from "../layout.js";
import { text, textWidth } from "../svg.js";
import { background } from "./shapes.js";

export { lineLabels, type LineLabel } from "./line-labels.js";
import { lineLabels, type LineLabel } from "./line-labels.js";

/** Spreads labels (y in px) so that they are at least `gap` apart, keeping their order. */
function dodge(labels: LineLabel[], gap: number, lo: number, hi: number): LineLabel[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  // Push down from the top, then up from the bottom: at most a handful of labels.
  sorted.forEach((l, i) => (l.y = Math.max(l.y, i > 0 ? sorted[i - 1]!.y + gap : lo)));
  for (let i = sorted.length - 1; i >= 0; i--) sorted[i]!.y = Math.min(sorted[i]!.y, i < sorted.length - 1 ? sorted[i + 1]!.y - gap : hi);
  return sorted;
}

/**
 * The value labels of a panel: inside the plot for earlier parts (with a halo), in the right
 * gutter for the last.
 *
 * @example
 * ```ts
 * valueLabels(panel); // '<g aria-label="Verdier for linjene" …><text …>7,0</text>…</g>'
 * ```
 */
export function valueLabels(panel: PanelLayout): string {
  const { chart, facet, box, x, y, ext } = panel;
  const m = chart.model;
  const small = chart.small;
  if (!m.o.labels) return "";
  const labels: string[] = [];
  // A label's glyph box is 1.17 of its size (DejaVu Sans ascent 0.93 + descent 0.24): closer
  // than that, "Mål 85,0" and "83,6" touched at slide size.
  const gap = Math.ceil(small * 1.2);
  const right = box.x + box.w;
  const bottom = box.y + box.h;
  const halo = background(m);
  facet.parts.forEach((part, k) => {
    const last = k === facet.parts.length - 1;
    const placed = (last ? panel.endLabels : lineLabels(m, facet, part, chart.decimals, false)).map((l) => ({ ...l, y: y(l.y) }));
    if (last) {
      for (const l of dodge(placed, gap, box.y + small * 0.4, bottom - small * 0.4)) labels.push(text(right + 6, l.y + small * 0.35, l.text, ` fill="${l.colour}"`));
    } else if (part.xs.length > 0) {
      const end = x(part.xs[part.xs.length - 1]!) + ext;
      // Above its line (below for the lower limit); the centre line's label goes to the side the
      // part's last point is not on. A side where the label would cover a point or another label
      // is skipped for the other; past the part's end as a last resort; else the label is left
      // out (its value is in the description and the next part's labels).
      const lastY = part.points[part.points.length - 1]!.y;
      for (const l of dodge(placed, gap, box.y + small, bottom - small)) {
        const down = l.below ?? (lastY !== null && y(lastY) < l.y);
        const width = textWidth(l.text, small);
        const anchor = Math.max(end, box.x + width);
        const at = (right: number, below: boolean) => ({ x: right - width, y: (below ? l.y + small + 1 : l.y - 3) - small * 0.8, w: width, h: small });
        const candidates = [at(anchor, down), at(anchor, !down), at(anchor + width + 8, down), at(anchor + width + 8, !down)];
        const spot = panel.occupied.place(candidates.filter((c) => c.x + c.w <= right && c.y >= box.y && c.y + c.h <= bottom));
        if (spot) labels.push(text(spot.x + spot.w, spot.y + small * 0.8, l.text, ` text-anchor="end" fill="${l.colour}" stroke="${halo}" stroke-width="3" paint-order="stroke"`));
      }
    }
  });
  return labels.length > 0 ? `<g aria-label="${m.words.labels}" font-size="${small}">\n${labels.join("\n")}\n</g>` : "";
}
