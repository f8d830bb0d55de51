/**
 * Part boundaries and the end of a frozen baseline (a dotted line halfway to the next point),
 * with the parts' labels or "Grunnlinje" over their stretch.
 *
 * @module
 */
import { hasBaseline, type PanelLayout } from "../layout.js";
import { n, text, textWidth } from "../svg.js";
import { clip } from "../text.js";

/**
 * The boundaries between parts and the labels above them.
 *
 * @example
 * ```ts
 * partLabels(panel); // '<path aria-label="Deler" stroke-dasharray="3 3" …/>\n<text …>Etter tiltak</text>'
 * ```
 */
export function partLabels(panel: PanelLayout): string {
  const { chart, facet, box, x } = panel;
  const m = chart.model;
  const w = m.words;
  const c = m.o.theme.colors;
  const small = chart.small;
  const right = box.x + box.w;
  const regions: [number, number, string | null][] = facet.parts.map((p) => [x(p.xs[0]!), x(p.xs[p.xs.length - 1]!), p.part?.label ?? null]);
  let lastBase = -1;
  if (hasBaseline(facet)) {
    facet.points.forEach((p, i) => p.baseline && (lastBase = i));
    regions.splice(0, 1, [x(facet.xs[0]!), x(facet.xs[lastBase]!), w.baseline], [x(facet.xs[lastBase + 1]!), 0, null]);
  }
  const out: string[] = [];
  let d = "";
  for (let k = 1; k < regions.length; k++) d += `M${n((regions[k - 1]![1] + regions[k]![0]) / 2)},${n(box.y)}V${n(box.y + box.h)}`;
  if (d) out.push(`<path role="graphics-symbol" aria-label="${lastBase < 0 ? w.parts : w.baseline}" stroke="${c.axis}" stroke-dasharray="${lastBase < 0 ? "3 3" : "1 3"}" stroke-width="${m.o.theme.lineWidth}" fill="none" d="${d}"/>`);
  const baseline = box.y - small * 0.45;
  for (const [a, b, name] of regions) {
    const label = name && clip(name, Math.floor((Math.max(b - a, 0) + 20) / (small * 0.6)));
    if (!label || panel.partStrip <= 0) continue;
    const half = textWidth(label, small) / 2;
    const centreAt = (cx: number) => Math.min(Math.max(cx, box.x + half), right - half);
    // Over the middle of its stretch, else slid along it (then along the panel) off a point that
    // reaches up into the strip (a signal at the top of the plot): the label overlapped it.
    // Glyph box (DejaVu Sans): ascent 0.93, descent 0.24 of the size.
    const at = (cx: number) => ({ x: centreAt(cx) - half, y: baseline - small * 0.93, w: 2 * half, h: small * 1.17, cx: centreAt(cx) });
    const candidates = [at((a + b) / 2)];
    for (let cx = a; cx <= b; cx += small) candidates.push(at(cx));
    for (let cx = box.x; cx <= right; cx += small) candidates.push(at(cx));
    const spot = panel.occupied.place(candidates) ?? candidates[0]!;
    out.push(text(spot.cx, baseline, label, ` text-anchor="middle" font-size="${small}" fill="${c.muted}"`));
  }
  return out.join("\n");
}
