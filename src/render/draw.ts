/**
 * Writes the SVG of a model: the layout step places everything, then the marks draw it, one
 * concept each (`marks/`), panel by panel, in the order they stack (grid under limits under
 * lines under points under notes).
 *
 * @module
 */
import { explain } from "../rules/explain.js";
import { idHash } from "./hash.js";
import { layout, type ChartLayout, type PanelLayout } from "./layout.js";
import { axes } from "./marks/axes.js";
import { centreLine } from "./marks/centre-line.js";
import { dataLine } from "./marks/data-line.js";
import { icons } from "./marks/icons.js";
import { legend } from "./marks/legend.js";
import { limits } from "./marks/limits.js";
import { noteList, noteMarkers } from "./marks/notes.js";
import { partLabels } from "./marks/part-labels.js";
import { points } from "./marks/points.js";
import { targetLine } from "./marks/target-line.js";
import { referenceLinesMark } from "./marks/reference-lines.js";
import { facetName, footnote, titles, xTitle, yTitle } from "./marks/titles.js";
import { valueLabels } from "./marks/value-labels.js";
import type { Model } from "./model.js";
import { escapeXml, n } from "./svg.js";

/** The marks of one panel, bottom to top. */
const PANEL_MARKS: readonly ((panel: PanelLayout) => string)[] = [facetName, icons, axes, limits, partLabels, referenceLinesMark, targetLine, centreLine, valueLabels, dataLine, points, noteMarkers];

/** An id from everything that changes the drawing, so that two charts on one page rarely share ids. */
function chartId(m: Model, title: string): string {
  const o = m.o;
  // The language changes the legend's height, the order of the values the line.
  if (o.id) return o.id;
  const texts = [title, o.lang];
  const values = [o.width, o.height];
  for (const fm of m.facets) {
    texts.push(fm.facet ?? "");
    values.push(fm.points.length);
    for (const p of fm.points) values.push(p.y ?? undefined);
  }
  return `spc-${idHash(texts, values)}`;
}

// Why `+=` and not an array joined: a join copies every mark's text once more at each level
// (marks, panel, document); appended strings are copied once, when the SVG is first read.
function panel(p: PanelLayout): string {
  let out = `<g aria-label="${escapeXml(p.facet.facet ?? p.chart.model.name)}">`;
  for (const mark of PANEL_MARKS) {
    const svg = mark(p);
    if (svg) out += "\n" + svg;
  }
  return out + "\n</g>";
}

/** Everything under the panels: x title, legend, notes, facets left out, caption. */
function below(chart: ChartLayout): string[] {
  const o = chart.model.o;
  const out: string[] = [];
  let top = chart.panelsTop + chart.panelsHeight;
  if (chart.xLabel) {
    out.push(xTitle(chart, top));
    top += Math.round(chart.fontSize * 1.6);
  }
  if (chart.legend.length > 0) {
    top += 6;
    out.push(legend(chart, top));
    top += chart.legend.length * Math.round(chart.small * 1.7);
  }
  if (o.notes === "bottom" && chart.noteLines.length > 0) {
    top += 6;
    out.push(noteList(chart, top));
    top += chart.noteLines.length * Math.round(chart.small * 1.45);
  }
  if (chart.omitted) {
    out.push(footnote(chart, top, chart.omitted, ` data-omitted-facets="${chart.model.omittedFacets}"`));
    top += Math.round(chart.small * 1.6);
  }
  if (o.caption) out.push(footnote(chart, top, o.caption, ""));
  return out;
}

/**
 * Writes the whole SVG of a model.
 *
 * @example
 * ```ts
 * draw(buildModel(result, resolveOptions({ lang: "en" }))); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function draw(m: Model): string {
  const chart = layout(m, (title) => chartId(m, title));
  const { o } = m;
  const t = o.theme;
  const c = t.colors;
  const { width: W, height: H, id } = chart;
  // The same account of the chart that explain() gives, without the "what to do next" hints.
  const desc = o.description ?? `${explain(m.result, { lang: o.lang, hints: false }).replace(/\n/g, " ")}${chart.omitted ? ` ${chart.omitted}.` : ""}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(W)}" height="${n(H)}" viewBox="0 0 ${n(W)} ${n(H)}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${escapeXml(t.fontFamily)}" font-size="${t.fontSize}" fill="${c.text}">`,
    `<title id="${id}-title">${escapeXml(chart.title || m.name)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
  ];
  if (c.background !== "none") out.push(`<rect width="${n(W)}" height="${n(H)}" fill="${c.background}"/>`);
  const head = titles(chart);
  if (head) out.push(head);
  if (o.notes === "top" && chart.noteLines.length > 0) out.push(noteList(chart, chart.topNotesY));
  const axisTitle = yTitle(chart);
  if (axisTitle) out.push(axisTitle);
  let svg = out.join("\n");
  for (const p of chart.panels) svg += "\n" + panel(p);
  for (const line of below(chart)) svg += "\n" + line;
  return svg + "\n</svg>";
}
