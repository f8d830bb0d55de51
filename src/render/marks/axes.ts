/**
 * The axes of a panel: horizontal grid lines, y tick labels, the x axis line with its ticks and
 * labels (numbers, dates in the data's period, or categories, rotated when they would collide).
 *
 * @module
 */
import { largest } from "../../extremes.js";
import { CATEGORY_CHARS, categoryLines, type PanelLayout } from "../layout.js";
import { formatDate, formatNumber } from "../locale.js";
import { decimalsOf } from "../scale.js";
import { dateTicks, niceTicks, type DateTick } from "../ticks.js";
import { escapeXml, n, text, textWidth, valueText } from "../svg.js";
import { clip, fitLines } from "../text.js";

/** One x tick: where, its label (one or two lines) and the value it stands for. */
interface XTick {
  px: number;
  lines: string[];
  value: string;
}

function xTicks(panel: PanelLayout): XTick[] {
  const { chart, facet, x, box } = panel;
  const m = chart.model;
  const size = chart.small;
  const lang = m.o.lang;
  if (m.xKind === "category") {
    const count = m.categories.length;
    const every = chart.xAxis.rotate ? Math.max(1, Math.ceil((count * size * 1.3) / box.w)) : 1;
    const band = box.w / Math.max(1, count) - 6;
    // The layout decided on two lines from an estimate of the band; a name that still does not fit
    // the real band is cut (with "…") rather than left out.
    const wrapped = (category: string) => {
      const lines = categoryLines(category, band, size);
      return lines.length > 0 ? lines : fitLines(category, band, size, false, 2);
    };
    const lines = (category: string) => (chart.xAxis.wrapped ? wrapped(category) : [clip(category, CATEGORY_CHARS)]);
    return m.categories.flatMap((category, i) => (i % every === 0 ? [{ px: x(i), lines: lines(category), value: escapeXml(category) }] : []));
  }
  if (m.xKind === "date") {
    const sample = (unit: DateTick["unit"]) => textWidth(formatDate(m.x0, unit, lang).replace(/ \d+$/, unit === "week" || unit === "day" ? "" : "$&"), size) + 14;
    const ticks = dateTicks(m.x0, m.x1, m.period, (unit) => Math.floor(box.w / sample(unit)));
    let lastYear = "";
    return ticks.map((tick) => {
      const full = formatDate(tick.day, tick.unit, lang);
      let lines = [full];
      if (tick.unit === "week" || tick.unit === "day") {
        // The year once, under the first tick of each year.
        const cut = full.lastIndexOf(" ");
        const year = full.slice(cut + 1);
        lines = [full.slice(0, cut), year === lastYear ? "" : year];
        lastYear = year;
      }
      return { px: x(tick.day), lines, value: String(tick.day) };
    });
  }
  const integer = facet.xs.every(Number.isInteger);
  const guess = textWidth(formatNumber(m.x1, 0, lang), size) + 24;
  const ticks = niceTicks(m.x0, m.x1, Math.max(2, Math.floor(box.w / Math.max(40, guess))), integer);
  const decimals = decimalsOf(ticks);
  return ticks.map((v) => ({ px: x(v), lines: [formatNumber(v, decimals, lang)], value: String(v) }));
}

/**
 * Grid lines, then the axes of a panel.
 *
 * @example
 * ```ts
 * axes(panel); // '<path aria-hidden="true" stroke="#EBEBEB" …/>\n<g aria-label="Akser" …>…</g>'
 * ```
 */
export function axes(panel: PanelLayout): string {
  const { chart, box, y, axis } = panel;
  const m = chart.model;
  const c = m.o.theme.colors;
  const small = chart.small;
  const right = box.x + box.w;
  const bottom = box.y + box.h;
  const out: string[] = [];
  const inside = axis.ticks.filter((v) => v >= axis.lo && v <= axis.hi);
  if (c.grid !== "none" && inside.length > 0) {
    out.push(`<path aria-hidden="true" stroke="${c.grid}" fill="none" d="${inside.map((v) => `M${n(box.x)},${n(y(v))}H${n(right)}`).join("")}"/>`);
  }
  out.push(`<g aria-label="${m.words.axes}" font-size="${small}" fill="${c.muted}">`);
  if (panel.showY) {
    out.push(`<g text-anchor="end">`);
    axis.ticks.forEach((v, i) => {
      if (v >= axis.lo && v <= axis.hi) out.push(text(box.x - 6, y(v) + small * 0.35, axis.labels[i]!, ` data-value="${valueText(v)}"`));
    });
    out.push("</g>");
  }
  const ticks = xTicks(panel);
  // The lowest y label can reach down into the row of x labels (large text, a tick at the
  // bottom): then that row moves down just enough, into the 4 px the layout keeps below it
  // (layout.ts xAxisShape). Glyph boxes (DejaVu Sans): ascent 0.93, descent 0.24 of the size.
  const lowestY = panel.showY ? largest(inside.map((v) => y(v)), -Infinity) : -Infinity;
  const reach = lowestY + small * (0.35 + 0.24) - (bottom + 6 + small - small * 0.93);
  const drop = Math.min(4, Math.max(0, Math.ceil(reach)));
  out.push(`<path stroke="${c.axis}" fill="none" d="M${n(box.x)},${n(bottom)}H${n(right)}${ticks.map((tick) => `M${n(tick.px)},${n(bottom)}v4`).join("")}"/>`);
  for (const tick of ticks) {
    const baseline = bottom + 6 + small + drop;
    const value = ` data-value="${tick.value}"`;
    if (chart.xAxis.rotate) {
      // Rotated 45° and ending at its tick, a label reaches left by its width × cos 45° (plus its
      // height's share): near the left edge it is shortened with "…" rather than cut by the edge.
      const room = (tick.px - 2 - small * 0.7) / Math.SQRT1_2;
      const label = textWidth(tick.lines[0]!, small) > room ? (fitLines(tick.lines[0]!, room, small, false, 1)[0] ?? tick.lines[0]!) : tick.lines[0]!;
      out.push(`<text transform="rotate(-45 ${n(tick.px)} ${n(baseline - 4)})" x="${n(tick.px)}" y="${n(baseline - 4)}" text-anchor="end"${value}>${escapeXml(label)}</text>`);
    }
    else {
      // Centred under the tick, but never past the edges of the SVG.
      const half = largest(tick.lines.map((l) => textWidth(l, small))) / 2;
      const left = Math.min(Math.max(tick.px, half + 2), chart.width - half - 2);
      out.push(text(left, baseline, tick.lines[0]!, ` text-anchor="middle"${value}`));
      if (tick.lines[1]) out.push(text(left, baseline + small * 1.25, tick.lines[1], ` text-anchor="middle"`));
    }
  }
  out.push("</g>");
  return out.join("\n");
}
