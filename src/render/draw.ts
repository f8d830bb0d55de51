/**
 * Lays out and writes the SVG of a model: title, panels (one per facet), legend, notes.
 * Text is never measured (Node has no fonts): widths are estimated by {@link textWidth}.
 *
 * @module
 */
import type { Point } from "../types.js";
import { explain } from "../rules/explain.js";
import { RULES } from "../rules/registry.js";
import { RULE_IDS } from "../rules/types.js";
import { hash } from "./hash.js";
import { formatDate, formatNumber } from "./locale.js";
import { formatValue, formatX, markOf, type FacetModel, type Model, type PartModel } from "./model.js";
import { polyline, stepBand, steps, stepVertices } from "./paths.js";
import { categoryScale, dateTicks, decimalsOf, linear, niceDomain, niceTicks, type DateTick, type Scale } from "./scale.js";
import { escapeXml, n, text, textWidth } from "./svg.js";
import { largest, smallest } from "../extremes.js";

interface YAxis {
  lo: number;
  hi: number;
  ticks: number[];
  labels: string[];
}
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Note {
  point: Point;
  x: number;
  number: number;
}
interface Label {
  y: number;
  text: string;
  colour: string;
  /** Inside the plot, the label goes below its line (lower limit) rather than above. */
  below?: boolean;
}
type LegendKind = "centre" | "runs" | "limits" | "sigma2" | "target" | "outside" | "pattern" | "improvement" | "concern" | "excluded";

const PAD = 12;

/** Stroke attributes of each kind of line, shared by the plot and the legend. */
function lineStyles(m: Model): Record<"centre" | "runs" | "limits" | "sigma2" | "target", string> {
  const { colors: c, lineWidth: lw } = m.o.theme;
  const style = (colour: string, width: number, dash = "") => `stroke="${colour}" stroke-width="${+width.toFixed(1)}"${dash && ` stroke-dasharray="${dash}"`} fill="none"`;
  return {
    centre: style(c.centre, lw),
    runs: style(c.signal, lw * 1.2, "6 4"),
    limits: style(c.limits, lw * 0.67),
    sigma2: style(c.sigma2, lw * 0.6, "4 3"),
    target: style(c.target, lw, "2 3"),
  };
}

/** A point mark centred on (x, y). */
function markSvg(shape: string, x: number, y: number, r: number, colour: string, m: Model): string {
  if (shape === "circle") return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}"/>`;
  if (shape === "hollow") return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${background(m)}" stroke="${colour}" stroke-width="${m.o.theme.lineWidth}"/>`;
  const s = n(shape === "diamond" ? r * 1.7 : r * 1.35);
  return shape === "diamond"
    ? `<path fill="${colour}" d="M${n(x)},${n(y - +s)}l${s},${s}l-${s},${s}l-${s},-${s}z"/>`
    : `<rect fill="${colour}" x="${n(x - +s)}" y="${n(y - +s)}" width="${n(2 * +s)}" height="${n(2 * +s)}"/>`;
}

/** A numbered circle, as on the chart and in the list of notes. */
function noteMarker(x: number, y: number, r: number, number: number, m: Model): string {
  const c = m.o.theme.colors.note;
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${background(m)}" stroke="${c}"/>${text(x, y + r * 0.45, String(number), ` font-size="${n(r * 1.3)}" text-anchor="middle" fill="${c}"`)}`;
}

function background(m: Model): string {
  const bg = m.o.theme.colors.background;
  return bg === "none" ? "#FFFFFF" : bg;
}

/** Writes the whole SVG. */
export function draw(m: Model): string {
  const { o } = m;
  const t = o.theme;
  const c = t.colors;
  const f = t.fontSize;
  const small = Math.round(f * 0.92 * 10) / 10;
  let W = o.width ?? 720;
  const faceted = m.facets.length > 1 || (m.facets[0]?.facet ?? null) !== null;
  const cols = faceted ? Math.min(m.facets.length, o.columns ?? Math.ceil(Math.sqrt(m.facets.length))) : 1;
  const rows = Math.ceil(m.facets.length / cols);
  const title = o.title === undefined ? (m.result.title ?? m.name) : o.title;
  const yLabel = o.yLabel === undefined ? m.result.yLabel : o.yLabel;
  const xLabel = o.xLabel === undefined ? m.result.xLabel : o.xLabel;
  const inner = W - 2 * PAD;

  // Notes, numbered in the order of the points.
  const notes: Note[] = [];
  for (const facet of m.facets) facet.points.forEach((p, i) => p.note && notes.push({ point: p, x: facet.xs[i]!, number: notes.length + 1 }));
  const noteLines: { number: number; text: string }[] = [];
  if (o.notes !== "none") {
    for (const note of notes) {
      const where = faceted ? `${note.point.facet ?? ""}, ${formatX(m, note.point, note.x)}` : formatX(m, note.point, note.x);
      wrap(`${where}: ${note.point.note}`, inner - 24, small).forEach((line, i) => noteLines.push({ number: i === 0 ? note.number : 0, text: line }));
    }
  }
  const noteHeight = noteLines.length * Math.round(small * 1.45);
  const omitted = m.omittedFacets > 0 ? m.words.panelsOmitted(formatNumber(m.facets.length, 0, o.lang), formatNumber(m.facets.length + m.omittedFacets, 0, o.lang)) : "";
  const omittedH = omitted ? Math.round(small * 1.6) : 0;

  // Legend: only what the chart shows.
  const legend = legendItems(m);
  const legendRows = layoutLegend(legend, m, inner, small);
  const legendHeight = legendRows.length * Math.round(small * 1.7);

  // Vertical layout.
  let top = PAD;
  const titleY = top + t.titleSize * 0.8;
  if (title) top += Math.round(t.titleSize * 1.4);
  const subtitleY = top + f * 0.85;
  if (o.subtitle) top += Math.round(f * 1.5);
  const topNotesY = top;
  if (o.notes === "top" && noteLines.length > 0) top += noteHeight + 4;
  top += 4;
  const xAxis = xAxisShape(m, inner - 80, small);
  const stripH = faceted ? Math.round(f * 1.6) : 0;
  const partStripH = m.facets.some((fm) => fm.parts.some((p) => p.part?.label) || hasBaseline(fm)) ? Math.round(small * 1.5) : 0;
  const xTitleH = xLabel ? Math.round(f * 1.6) : 0;
  const bottomH = xTitleH + (legendHeight > 0 ? legendHeight + 6 : 0) + (o.notes === "bottom" && noteLines.length > 0 ? noteHeight + 6 : 0) + (o.caption ? Math.round(small * 1.6) : 0) + omittedH + PAD;
  const gapY = faceted ? 10 : 0;
  // A height or width too small for the titles, legend and notes grows to what they need (plots at
  // least 30 px high and 40 px wide): everything drawn stays inside the viewBox.
  const chrome = stripH + partStripH + xAxis.height;
  const H = Math.max(o.height ?? (faceted ? top + bottomH + rows * 200 + (rows - 1) * gapY : 400), top + bottomH + rows * (chrome + 30) + (rows - 1) * gapY);
  const rowH = (H - top - bottomH - (rows - 1) * gapY) / rows;
  const plotH = rowH - chrome;

  // Y axes: one shared, or one per facet.
  const yTickCount = Math.max(2, Math.round(plotH / 45));
  const shared = o.yScale === "shared" ? yAxisFor(m, smallest(m.facets.map((fm) => fm.lo)), largest(m.facets.map((fm) => fm.hi)), yTickCount) : null;
  const axes = m.facets.map((fm) => shared ?? yAxisFor(m, fm.lo, fm.hi, yTickCount));
  const tickDecimals = largest(axes.map((a) => decimalsOf(a.ticks.map((v) => v * m.scale))), 0);
  const decimals = o.decimals ?? Math.min(4, tickDecimals + 1);
  const axisW = largest(axes.flatMap((a) => a.labels.map((l) => textWidth(l, small))), 0) + 8;
  const yTitleW = yLabel ? Math.round(f * 1.5) : 0;

  // Value labels at the right end of each facet's last part decide the right gutter.
  const endLabels = m.facets.map((fm) => (o.labels ? valueLabels(m, fm, fm.parts[fm.parts.length - 1], decimals, true) : []));
  const gutter = largest(endLabels.flatMap((ls) => ls.map((l) => textWidth(l.text, small) + 10)), 10);
  const gapX = faceted ? 14 : 0;
  const axisCount = shared ? 1 : cols;
  const fixedW = yTitleW + axisW * axisCount + gutter * cols + gapX * (cols - 1);
  W = Math.max(W, 2 * PAD + fixedW + 40 * cols);
  const plotW = (W - 2 * PAD - fixedW) / cols;

  // From everything that changes the drawing (the language changes the legend's height, the
  // order of the values the line), so that two charts on one page rarely share ids.
  const id = o.id ?? `spc-${hash([title, o.lang, o.width, o.height, ...m.facets.map((fm) => `${fm.facet}:${fm.points.map((p) => p.y).join(",")}`)].join("|"))}`;
  // The same account of the chart that explain() gives, without the "what to do next" hints.
  const desc = o.description ?? `${explain(m.result, { lang: o.lang, hints: false }).replace(/\n/g, " ")}${omitted ? ` ${omitted}.` : ""}`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(W)}" height="${n(H)}" viewBox="0 0 ${n(W)} ${n(H)}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${escapeXml(t.fontFamily)}" font-size="${f}" fill="${c.text}">`,
    `<title id="${id}-title">${escapeXml(title || m.name)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
  );
  if (c.background !== "none") out.push(`<rect width="${n(W)}" height="${n(H)}" fill="${c.background}"/>`);
  if (title) out.push(text(PAD, titleY, title, ` font-size="${t.titleSize}" font-weight="bold"`));
  if (o.subtitle) out.push(text(PAD, subtitleY, o.subtitle, ` fill="${c.muted}"`));
  if (o.notes === "top" && noteLines.length > 0) drawNoteLines(out, m, noteLines, topNotesY, small);

  const panelsTop = top;
  const panelsH = rows * rowH + (rows - 1) * gapY;
  if (yLabel) out.push(`<text transform="rotate(-90)" x="${n(-(panelsTop + panelsH / 2))}" y="${n(PAD + f * 0.9)}" text-anchor="middle" fill="${c.muted}">${escapeXml(yLabel)}</text>`);
  let noteIndex = 0;
  m.facets.forEach((fm, k) => {
    const col = k % cols;
    const row = Math.floor(k / cols);
    const cellX = PAD + yTitleW + col * (plotW + gutter + gapX) + (shared ? axisW : (col + 1) * axisW);
    const rowTop = panelsTop + row * (rowH + gapY);
    const box = { x: cellX, y: rowTop + stripH + partStripH, w: plotW, h: plotH };
    out.push(`<g aria-label="${escapeXml(fm.facet ?? m.name)}">`);
    if (faceted) out.push(text(box.x, rowTop + f * 1.05, fm.facet ?? "–", ` font-weight="bold"`));
    const axis = axes[k]!;
    const y = linear(axis.lo, axis.hi, box.y + box.h, box.y);
    drawPanel(out, m, fm, box, y, axis, !shared || col === 0, xAxis, decimals, endLabels[k]!, notes.slice(noteIndex), small, partStripH, W);
    noteIndex += fm.points.filter((p) => p.note).length;
    out.push("</g>");
  });
  let yy = panelsTop + panelsH;
  if (xLabel) {
    out.push(text((PAD + yTitleW + axisW + W - PAD - gutter) / 2, yy + f * 1.2, xLabel, ` text-anchor="middle" fill="${c.muted}"`));
    yy += xTitleH;
  }
  if (legendHeight > 0) {
    yy += 6;
    drawLegend(out, m, legendRows, yy, small);
    yy += legendHeight;
  }
  if (o.notes === "bottom" && noteLines.length > 0) {
    yy += 6;
    drawNoteLines(out, m, noteLines, yy, small);
    yy += noteHeight;
  }
  if (omitted) {
    out.push(text(PAD, yy + small * 1.2, omitted, ` font-size="${small}" fill="${c.muted}" data-omitted-facets="${m.omittedFacets}"`));
    yy += omittedH;
  }
  if (o.caption) out.push(text(PAD, yy + small * 1.2, o.caption, ` font-size="${small}" fill="${c.muted}"`));
  out.push("</svg>");
  return out.join("\n");
}

function hasBaseline(fm: FacetModel): boolean {
  return fm.parts.length === 1 && fm.points.some((p) => p.baseline) && fm.points.some((p) => !p.baseline);
}

/** The narrowest half-range a y axis is drawn over: below it ticks and the scale lose every digit. */
const TICKABLE = 1e-290;

function yAxisFor(m: Model, lo: number, hi: number, count: number): YAxis {
  if (!(lo <= hi)) {
    lo = 0;
    hi = 1;
  }
  // Equal values, or values apart only by floating-point noise (0.3 and 0.1 + 0.2): ±10 % around them.
  // A range narrower than 1e-290 (subnormal values such as 5e-324) cannot be ticked or scaled
  // (10^-power overflows): ±1 around it, where the values sit at 0.
  const half = hi / 2 - lo / 2;
  if (half <= 5e-10 * Math.max(Math.abs(lo), Math.abs(hi)) || half < TICKABLE) {
    const mid = lo / 2 + hi / 2;
    const tenth = Math.abs(mid) * 0.1;
    const d = tenth >= TICKABLE ? tenth : 1;
    lo = mid - d;
    hi = mid + d;
  }
  [lo, hi] = niceDomain(lo * m.scale, hi * m.scale, count).map((v) => v / m.scale) as [number, number];
  const s = m.scale;
  const shown = niceTicks(Math.min(lo * s, hi * s), Math.max(lo * s, hi * s), count);
  const d = decimalsOf(shown);
  return { lo, hi, ticks: shown.map((v) => v / s), labels: shown.map((v) => formatValue({ ...m, scale: 1 }, v, d)) };
}

interface XAxisShape {
  height: number;
  rotate: boolean;
}

function xAxisShape(m: Model, width: number, size: number): XAxisShape {
  let lines = 1;
  let rotate = false;
  if (m.xKind === "date" && (m.period === "week" || m.period === "day")) lines = 2;
  let extra = 0;
  if (m.xKind === "category" && m.categories.length > 0) {
    const widest = largest(m.categories.map((k) => textWidth(clip(k), size)));
    rotate = widest > width / m.categories.length - 6;
    if (rotate) extra = Math.min(130, widest * 0.72) - size;
  }
  return { height: Math.round(6 + lines * size * 1.25 + extra + 4), rotate };
}

function clip(label: string, max = 22): string {
  return label.length <= max ? label : max > 1 ? `${label.slice(0, max - 1)}…` : "";
}

/** Labels of the centre line, limits and target at the end of a part, as pixels are not yet known: y in data units. */
function valueLabels(m: Model, fm: FacetModel, part: PartModel | undefined, decimals: number, isLast: boolean): Label[] {
  if (!part) return [];
  const c = m.o.theme.colors;
  const last = (key: "cl" | "lcl" | "ucl"): number | null => {
    for (let i = part.points.length - 1; i >= 0; i--) {
      const v = part.points[i]![key];
      if (v !== null) return v;
    }
    return null;
  };
  const out: Label[] = [];
  const cl = last("cl");
  if (cl !== null) out.push({ y: cl, text: formatValue(m, cl, decimals), colour: part.runsSignal ? c.signal : c.centre });
  for (const key of ["ucl", "lcl"] as const) {
    const v = last(key);
    if (v !== null && v !== cl) out.push({ y: v, text: formatValue(m, v, decimals), colour: c.muted, below: key === "lcl" });
  }
  if (isLast) {
    const target = fm.points.find((p) => p.target !== null)?.target ?? null;
    if (target !== null) out.push({ y: target, text: `${m.words.target} ${formatValue(m, target, decimals)}`, colour: c.target });
  }
  return out;
}

/** Spreads labels (y in px) so that they are at least `gap` apart, keeping their order. */
function dodge(labels: Label[], gap: number, lo: number, hi: number): Label[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  // Push down from the top, then up from the bottom: at most a handful of labels.
  sorted.forEach((l, i) => (l.y = Math.max(l.y, i > 0 ? sorted[i - 1]!.y + gap : lo)));
  for (let i = sorted.length - 1; i >= 0; i--) sorted[i]!.y = Math.min(sorted[i]!.y, i < sorted.length - 1 ? sorted[i + 1]!.y - gap : hi);
  return sorted;
}

function drawPanel(
  out: string[],
  m: Model,
  fm: FacetModel,
  box: Box,
  y: Scale,
  axis: YAxis,
  showY: boolean,
  xAxis: XAxisShape,
  decimals: number,
  endLabels: Label[],
  notes: Note[],
  small: number,
  partStripH: number,
  W: number,
): void {
  const { o, words: w } = m;
  const t = o.theme;
  const c = t.colors;
  const lw = t.lineWidth;
  const bg = c.background === "none" ? "#FFFFFF" : c.background;
  const categorical = m.xKind === "category";
  const inset = categorical || m.x0 === m.x1 ? 0 : Math.min(12, box.w * 0.03);
  const bands = categoryScale(m.categories.length, box.x, box.x + box.w);
  const x = categorical ? bands.scale : linear(m.x0, m.x1, box.x + inset, box.x + box.w - inset);
  const ext = categorical ? bands.band / 2 - 1 : 0;
  const right = box.x + box.w;
  const bottom = box.y + box.h;
  const r = t.pointRadius * (categorical ? 1.5 : 1);

  // Grid and y axis.
  const ticks = axis.ticks.filter((v) => v >= axis.lo && v <= axis.hi);
  if (c.grid !== "none" && ticks.length > 0) {
    out.push(`<path aria-hidden="true" stroke="${c.grid}" fill="none" d="${ticks.map((v) => `M${n(box.x)},${n(y(v))}H${n(right)}`).join("")}"/>`);
  }
  out.push(`<g aria-label="${w.axes}" font-size="${small}" fill="${c.muted}">`);
  if (showY) {
    out.push(`<g text-anchor="end">`);
    axis.ticks.forEach((v, i) => {
      if (v >= axis.lo && v <= axis.hi) out.push(text(box.x - 6, y(v) + small * 0.35, axis.labels[i]!, ` data-value="${+v.toPrecision(12)}"`));
    });
    out.push("</g>");
  }
  const xt = xTicks(m, fm, x, box, xAxis, small);
  out.push(`<path stroke="${c.axis}" fill="none" d="M${n(box.x)},${n(bottom)}H${n(right)}${xt.map((tk) => `M${n(tk.px)},${n(bottom)}v4`).join("")}"/>`);
  for (const tk of xt) {
    const ty = bottom + 6 + small;
    const value = ` data-value="${tk.value}"`;
    if (xAxis.rotate) out.push(`<text transform="rotate(-45 ${n(tk.px)} ${n(ty - 4)})" x="${n(tk.px)}" y="${n(ty - 4)}" text-anchor="end"${value}>${escapeXml(tk.lines[0]!)}</text>`);
    else {
      // Centred under the tick, but never past the edges of the SVG.
      const half = largest(tk.lines.map((l) => textWidth(l, small))) / 2;
      const lx = Math.min(Math.max(tk.px, half + 2), W - half - 2);
      out.push(text(lx, ty, tk.lines[0]!, ` text-anchor="middle"${value}`));
      if (tk.lines[1]) out.push(text(lx, ty + small * 1.25, tk.lines[1], ` text-anchor="middle"`));
    }
  }
  out.push("</g>");

  // Part boundaries and the end of the frozen baseline (a dotted line halfway to the next point),
  // with the part labels or "Grunnlinje" over their stretch.
  const regions: [number, number, string | null][] = fm.parts.map((p) => [x(p.xs[0]!), x(p.xs[p.xs.length - 1]!), p.part?.label ?? null]);
  let lastBase = -1;
  if (hasBaseline(fm)) {
    fm.points.forEach((p, i) => p.baseline && (lastBase = i));
    regions.splice(0, 1, [x(fm.xs[0]!), x(fm.xs[lastBase]!), w.baseline], [x(fm.xs[lastBase + 1]!), 0, null]);
  }
  let d = "";
  for (let k = 1; k < regions.length; k++) d += `M${n((regions[k - 1]![1] + regions[k]![0]) / 2)},${n(box.y)}V${n(bottom)}`;
  if (d) out.push(`<path aria-label="${lastBase < 0 ? w.parts : w.baseline}" stroke="${c.axis}" stroke-dasharray="${lastBase < 0 ? "3 3" : "1 3"}" stroke-width="${lw}" fill="none" d="${d}"/>`);
  for (const [a, b, name] of regions) {
    const label = name && clip(name, Math.floor((Math.max(b - a, 0) + 20) / (small * 0.6)));
    const half = label ? textWidth(label, small) / 2 : 0;
    if (label && partStripH > 0) out.push(text(Math.min(Math.max((a + b) / 2, box.x + half), right - half), box.y - small * 0.45, label, ` text-anchor="middle" font-size="${small}" fill="${c.muted}"`));
  }

  // Limits, centre line, target.
  const band: string[] = [];
  const limits: string[] = [];
  const sigma2: string[] = [];
  const centre: string[] = [];
  const centreSignal: string[] = [];
  for (const part of fm.parts) {
    const { xs, points } = part;
    const lcl = points.map((p) => p.lcl);
    const ucl = points.map((p) => p.ucl);
    const stepped = (vs: (number | null)[]) => steps(stepVertices(xs, vs, x, y, ext));
    band.push(stepBand(xs, ucl, lcl, x, y, ext));
    limits.push(stepped(ucl), stepped(lcl));
    if (o.show95) sigma2.push(stepped(points.map((p) => p.ucl95)), stepped(points.map((p) => p.lcl95)));
    (part.runsSignal ? centreSignal : centre).push(stepped(points.map((p) => p.cl)));
  }
  const style = lineStyles(m);
  const path = (label: string, attrs: string, d: string) => d && out.push(`<path aria-label="${label}" ${attrs} d="${d}"/>`);
  if (c.band !== "none") path(w.limits, `fill="${c.band}"`, band.join(""));
  path(w.sigma2, style.sigma2, sigma2.join(""));
  path(w.limits, style.limits, limits.join(""));
  const target = fm.points.find((p) => p.target !== null)?.target ?? null;
  if (target !== null && fm.xs.length > 0) {
    const a = categorical ? box.x : x(fm.xs[0]!);
    const b = categorical ? right : x(fm.xs[fm.xs.length - 1]!);
    path(w.target, style.target, `M${n(Math.min(a, b - 8))},${n(y(target))}H${n(Math.max(b, a + 8))}`);
  }
  path(legendText(m, "centre"), style.centre, centre.join(""));
  path(legendText(m, "runs"), style.runs, centreSignal.join(""));

  // Value labels: inside the plot for earlier parts (with a halo), in the right gutter for the last.
  if (o.labels) {
    const labels: string[] = [];
    const gap = small + 1;
    fm.parts.forEach((part, k) => {
      const last = k === fm.parts.length - 1;
      const ls = (last ? endLabels : valueLabels(m, fm, part, decimals, false)).map((l) => ({ ...l, y: y(l.y) }));
      if (last) {
        for (const l of dodge(ls, gap, box.y + small * 0.4, bottom - small * 0.4)) labels.push(text(right + 6, l.y + small * 0.35, l.text, ` fill="${l.colour}"`));
      } else if (part.xs.length > 0) {
        const end = x(part.xs[part.xs.length - 1]!) + ext;
        // Above its line (below for the lower limit); the centre line's label goes to the side the
        // part's last point is not on, so that it does not cover it.
        const lastY = part.points[part.points.length - 1]!.y;
        for (const l of dodge(ls, gap, box.y + small, bottom - small)) {
          const down = l.below ?? (lastY !== null && y(lastY) < l.y);
          labels.push(text(Math.max(end, box.x + textWidth(l.text, small)), down ? l.y + small + 1 : l.y - 3, l.text, ` text-anchor="end" fill="${l.colour}" stroke="${bg}" stroke-width="3" paint-order="stroke"`));
        }
      }
    });
    if (labels.length > 0) {
      out.push(`<g aria-label="${w.labels}" font-size="${small}">`);
      for (const label of labels) out.push(label);
      out.push("</g>");
    }
  }

  // Data line, one path per part with gaps at missing values; points only for categories.
  if (!categorical) {
    const d = fm.parts.map((part) => polyline(part.xs.map((xv, i) => [x(xv), part.points[i]!.y === null ? null : y(part.points[i]!.y!)]))).join("");
    if (d) out.push(`<path aria-label="${w.data}" stroke="${c.data}" stroke-width="${lw}" stroke-linejoin="round" stroke-linecap="round" fill="none" d="${d}"/>`);
  }
  const span = categorical ? box.w / Math.max(1, m.categories.length) : box.w / Math.max(1, fm.points.length - 1);
  const showAll = o.points === "all" || (o.points === "auto" && (fm.points.length <= 1 || span >= r * 2.5));
  const marks: string[] = [];
  fm.points.forEach((p, i) => {
    const mark = markOf(p, o);
    if (!mark || (!showAll && !mark.signal && mark.shape !== "hollow" && !p.note)) return;
    marks.push(markSvg(mark.shape, x(fm.xs[i]!), y(p.y!), r, mark.colour, m));
  });
  if (marks.length > 0) {
    out.push(`<g aria-label="${w.points}" fill="${c.data}">`);
    for (const mark of marks) out.push(mark);
    out.push("</g>");
  }

  // Note markers above their point (below when there is no room).
  const nr = Math.round(small * 0.72 * 10) / 10;
  const mine = notes.slice(0, fm.points.filter((p) => p.note).length);
  if (mine.length > 0) {
    out.push(`<g aria-label="${w.notes}">`);
    for (const note of mine) {
      const px = x(note.x);
      const py = note.point.y === null ? box.y + nr + 2 : y(note.point.y);
      // Away from the line: below a dip (neighbours higher), above otherwise; inside the plot.
      const i = fm.points.indexOf(note.point);
      const near = [fm.points[i - 1]?.y, fm.points[i + 1]?.y].filter((v): v is number => typeof v === "number");
      const down = note.point.y !== null && near.length > 0 && near.reduce((a, b) => a + b, 0) / near.length > note.point.y;
      const gap = r * 1.7 + nr + 3;
      let cy = down ? py + gap : py - gap;
      if (cy - nr < box.y || cy + nr > bottom) cy = down ? py - gap : py + gap;
      cy = Math.min(bottom - nr, Math.max(box.y + nr, cy));
      out.push(`<g aria-label="${escapeXml(`${w.notes} ${note.number}: ${note.point.note}`)}">${noteMarker(px, cy, nr, note.number, m)}</g>`);
    }
    out.push("</g>");
  }
}

interface XTick {
  px: number;
  lines: string[];
  value: string;
}

function xTicks(m: Model, fm: FacetModel, x: Scale, box: Box, xAxis: XAxisShape, size: number): XTick[] {
  const lang = m.o.lang;
  if (m.xKind === "category") {
    const k = m.categories.length;
    const every = xAxis.rotate ? Math.max(1, Math.ceil((k * size * 1.3) / box.w)) : 1;
    return m.categories.flatMap((cat, i) => (i % every === 0 ? [{ px: x(i), lines: [clip(cat)], value: escapeXml(cat) }] : []));
  }
  if (m.xKind === "date") {
    const sample = (unit: DateTick["unit"]) => textWidth(formatDate(m.x0, unit, lang).replace(/ \d+$/, unit === "week" || unit === "day" ? "" : "$&"), size) + 14;
    const ticks = dateTicks(m.x0, m.x1, m.period, (unit) => Math.floor(box.w / sample(unit)));
    let lastYear = "";
    return ticks.map((tk) => {
      const full = formatDate(tk.day, tk.unit, lang);
      let lines = [full];
      if (tk.unit === "week" || tk.unit === "day") {
        const cut = full.lastIndexOf(" ");
        const year = full.slice(cut + 1);
        lines = [full.slice(0, cut), year === lastYear ? "" : year];
        lastYear = year;
      }
      return { px: x(tk.day), lines, value: String(tk.day) };
    });
  }
  const integer = fm.xs.every(Number.isInteger);
  const guess = textWidth(formatNumber(m.x1, 0, lang), size) + 24;
  const ticks = niceTicks(m.x0, m.x1, Math.max(2, Math.floor(box.w / Math.max(40, guess))), integer);
  const d = decimalsOf(ticks);
  return ticks.map((v) => ({ px: x(v), lines: [formatNumber(v, d, lang)], value: String(v) }));
}

/** Splits text into lines of at most `width` px (estimated), at spaces where it can. */
function wrap(content: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.62)));
  return content.match(new RegExp(`.{1,${max}}(\\s|$)|\\S{${max}}`, "g"))?.map((l) => l.trim()).filter(Boolean) ?? [];
}

function drawNoteLines(out: string[], m: Model, lines: { number: number; text: string }[], top: number, size: number): void {
  const h = Math.round(size * 1.45);
  const r = Math.round(size * 0.72 * 10) / 10;
  out.push(`<g aria-label="${m.words.notes}" font-size="${size}">`);
  lines.forEach((l, i) => {
    const base = top + i * h + size;
    if (l.number > 0) out.push(noteMarker(PAD + r, base - size * 0.35, r, l.number, m));
    out.push(text(PAD + r * 2 + 6, base, l.text));
  });
  out.push("</g>");
}

function legendItems(m: Model): LegendKind[] {
  const shown = (k: LegendKind) => m.kinds.has({ outside: "diamond", pattern: "square", excluded: "hollow" }[k as string] ?? k);
  return (["centre", "runs", "limits", "sigma2", "target", "outside", "pattern", "improvement", "concern", "excluded"] as const).filter(shown);
}

function legendText(m: Model, kind: LegendKind): string {
  const w = m.words;
  const centre = m.result.chart === "run" ? w.median : w.centre;
  if (kind === "centre") return centre;
  if (kind === "runs") return `${centre}, ${w.runs}`;
  if (kind === "pattern") {
    // Name the rules behind the squares ("Del av signal: lengste serie"): a legend that said
    // "run or trend" on a chart whose rules have no trend rule would teach the wrong rules.
    const names = RULE_IDS.filter((id) => m.patternRules.has(id)).map((id) => {
      const name = RULES[id].name[m.o.lang];
      return name.charAt(0).toLowerCase() + name.slice(1);
    });
    return names.length > 0 ? `${w.pattern}: ${names.join(", ")}` : w.pattern;
  }
  return w[kind];
}

function layoutLegend(kinds: LegendKind[], m: Model, width: number, size: number): { kind: LegendKind; x: number; text: string }[][] {
  const rows: { kind: LegendKind; x: number; text: string }[][] = [];
  let row: { kind: LegendKind; x: number; text: string }[] = [];
  let x = 0;
  for (const kind of kinds) {
    const label = legendText(m, kind);
    const text = clip(label, Math.floor(((width - 22) / textWidth(label, size)) * label.length));
    const wItem = 22 + textWidth(text, size) + 16;
    if (x + wItem > width && row.length > 0) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ kind, x, text });
    x += wItem;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function drawLegend(out: string[], m: Model, rows: { kind: LegendKind; x: number; text: string }[][], top: number, size: number): void {
  const t = m.o.theme;
  const c = t.colors;
  const style = lineStyles(m);
  const h = Math.round(size * 1.7);
  const r = t.pointRadius;
  // Shapes in the signal colour, or in grey when colour tells improvement from concern.
  const neutral = m.kinds.has("improvement") || m.kinds.has("concern") ? c.muted : c.signal;
  out.push(`<g aria-label="${m.words.legend}" font-size="${size}" fill="${c.muted}">`);
  rows.forEach((row, k) => {
    const cy = top + k * h + h / 2;
    for (const { kind, x: dx, text: label } of row) {
      const x = PAD + dx;
      if (kind === "limits") out.push(`<path d="M${n(x)},${n(cy - 5)}h18v10h-18z" fill="${c.band}" ${style.limits.replace(' fill="none"', "")}/>`);
      else if (kind === "improvement" || kind === "concern") out.push(`<path d="M${n(x + 2)},${n(cy)}h14" stroke="${c[kind]}" stroke-width="6"/>`);
      else if (kind === "outside" || kind === "pattern" || kind === "excluded") out.push(markSvg(kind === "outside" ? "diamond" : kind === "pattern" ? "square" : "hollow", x + 9, cy, r, kind === "excluded" ? c.excluded : neutral, m));
      else out.push(`<path d="M${n(x)},${n(cy)}h18" ${style[kind]}/>`);
      out.push(text(x + 22, cy + size * 0.35, label));
    }
  });
  out.push("</g>");
}
