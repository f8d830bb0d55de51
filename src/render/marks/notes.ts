/**
 * Notes: numbered markers next to their points, and the numbered list of their text (under the
 * chart, or under the title with `notes: "top"`).
 *
 * @module
 */
import type { ChartLayout, PanelLayout } from "../layout.js";
import { PAD } from "../layout.js";
import { escapeXml, text } from "../svg.js";
import { noteMarker } from "./shapes.js";

/** Radius of a note marker for a text size. */
const markerRadius = (size: number) => Math.round(size * 0.72 * 10) / 10;

/**
 * The note markers of a panel, each away from the line next to its point and inside the plot.
 *
 * @example
 * ```ts
 * noteMarkers(panel); // '<g aria-label="Merknader"><g aria-label="Merknader 1: PDSA 1">…</g></g>'
 * ```
 */
export function noteMarkers(panel: PanelLayout): string {
  const { chart, facet, box, x, y, radius } = panel;
  const m = chart.model;
  const w = m.words;
  const nr = markerRadius(chart.small);
  const bottom = box.y + box.h;
  if (panel.notes.length === 0) return "";
  const out: string[] = [`<g aria-label="${w.notes}">`];
  for (const note of panel.notes) {
    const px = x(note.x);
    const py = note.point.y === null ? box.y + nr + 2 : y(note.point.y);
    // Away from the line: below a dip (neighbours higher), above otherwise; inside the plot.
    const i = facet.points.indexOf(note.point);
    const near = [facet.points[i - 1]?.y, facet.points[i + 1]?.y].filter((v): v is number => typeof v === "number");
    const down = note.point.y !== null && near.length > 0 && near.reduce((a, b) => a + b, 0) / near.length > note.point.y;
    const gap = radius * 1.7 + nr + 3;
    // Away from the line first; then the other side, further out, and to the sides: the first
    // spot inside the plot that covers no point, label or other marker.
    const side = down ? 1 : -1;
    const offsets: [number, number][] = [];
    for (const dx of [0, -gap, gap, -2 * gap, 2 * gap]) for (const dy of [1, -1, 1.8, -1.8, 2.6, -2.6, 3.4, -3.4]) offsets.push([dx, side * dy * gap]);
    const inside = (cy: number) => Math.min(bottom - nr, Math.max(box.y + nr, cy));
    const candidates = offsets.map(([dx, dy]) => ({ x: px + dx - nr, y: inside(py + dy) - nr, w: 2 * nr, h: 2 * nr }));
    const spot = panel.occupied.place(candidates) ?? candidates[0]!;
    const cy = spot.y + nr;
    const cx = spot.x + nr;
    out.push(`<g aria-label="${escapeXml(`${w.notes} ${note.number}: ${note.point.note}`)}">${noteMarker(m, cx, cy, nr, note.number)}</g>`);
  }
  out.push("</g>");
  return out.join("\n");
}

/**
 * The numbered list of notes, from `top`.
 *
 * @example
 * ```ts
 * noteList(chart, 360); // '<g aria-label="Merknader" font-size="11">…jan. 2024: PDSA 1…</g>'
 * ```
 */
export function noteList(chart: ChartLayout, top: number): string {
  const m = chart.model;
  const size = chart.small;
  const h = Math.round(size * 1.45);
  const r = markerRadius(size);
  const out: string[] = [`<g aria-label="${m.words.notes}" font-size="${size}">`];
  chart.noteLines.forEach((line, i) => {
    const base = top + i * h + size;
    if (line.number > 0) out.push(noteMarker(m, PAD + r, base - size * 0.35, r, line.number));
    out.push(text(PAD + r * 2 + 6, base, line.text));
  });
  out.push("</g>");
  return out.join("\n");
}
