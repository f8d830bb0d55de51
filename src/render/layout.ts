/**
 * The layout step: where everything goes, before anything is drawn. It sizes the title, the
 * panels (one per facet), their axes and gutters, the legend and the notes, and gives each panel
 * a {@link PanelLayout} — its box, scales and what is drawn in it — which the marks in
 * `marks/` read. Text is never measured (Node has no fonts): widths are estimated by
 * {@link textWidth}.
 *
 * @module
 */
import type { Point } from "../types.js";
import { largest, smallest } from "../extremes.js";
import { formatNumber } from "./locale.js";
import { Occupied } from "./collisions.js";
import { formatTick, formatX, type FacetModel, type Model } from "./model.js";
import { decimalsOf, linear, type Scale } from "./scale.js";
import { categoryScale, niceDomain, niceTicks } from "./ticks.js";
import { textWidth } from "./svg.js";
import { legendRows, type LegendRow } from "./marks/legend-rows.js";
import { lineLabels, type LineLabel } from "./marks/line-labels.js";
import { clip, fitLines } from "./text.js";

/** Space around the chart, px. */
export const PAD = 12;

/** The narrowest plot a panel of small multiples gets by default, px. */
const MIN_PANEL = 150;

/** A rectangle in px. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A y axis: its domain and its ticks (in result units) with their labels. */
export interface YAxis {
  lo: number;
  hi: number;
  ticks: number[];
  labels: string[];
}

/** How the x axis' labels are set, the same for every panel. */
export interface XAxisShape {
  height: number;
  /** Category labels rotated 45°. */
  rotate: boolean;
  /** Category labels in two lines. */
  wrapped: boolean;
}

/** A note: the point it is on, its x and its number (1, 2, … over the whole chart). */
export interface Note {
  point: Point;
  x: number;
  number: number;
}

/** One line of the list of notes; `number` 0 continues the note above. */
export interface NoteLine {
  number: number;
  text: string;
}

/** Everything about the whole chart that the marks need. */
export interface ChartLayout {
  model: Model;
  width: number;
  height: number;
  /** Base font size and the smaller size of ticks, labels, legend and notes. */
  fontSize: number;
  small: number;
  id: string;
  title: string;
  /** The title and subtitle as drawn: at most two lines each, the last ending in "…" when cut. */
  titleLines: string[];
  subtitleLines: string[];
  yLabel: string | null | undefined;
  /** Lines the y axis title may take: 2 when it is longer than the plots are high (a short chart), else 1. */
  yLabelLines: 1 | 2;
  xLabel: string | null | undefined;
  faceted: boolean;
  /** Y of the first baselines of the title and subtitle, and of the top of the notes under them. */
  titleY: number;
  subtitleY: number;
  topNotesY: number;
  /** Top and height of the grid of panels. */
  panelsTop: number;
  panelsHeight: number;
  /** Left edge of the plots (after the y title and axis) and the right gutter's width. */
  plotLeft: number;
  gutter: number;
  xAxis: XAxisShape;
  /** Decimals of the value labels. */
  decimals: number;
  /** Diameter of the Making Data Count icons; 0 when none are drawn. */
  iconSize: number;
  notes: Note[];
  noteLines: NoteLine[];
  legend: LegendRow[];
  /** Said under the chart when facets were left out; "" otherwise. */
  omitted: string;
  panels: PanelLayout[];
}

/** One panel (facet): where it is and how values map into it. */
export interface PanelLayout {
  chart: ChartLayout;
  facet: FacetModel;
  /** The plot area. */
  box: Box;
  /** Top of the panel's row (the facet's name and the icons go here). */
  rowTop: number;
  /** Height of the row's header above the part labels: the facet's name and the icons. */
  headerHeight: number;
  /** Height of the strip of part labels above the plot (0 without labels). */
  partStrip: number;
  x: Scale;
  y: Scale;
  /** Half a category band (less 1 px) that stepped lines reach beyond a point; 0 for numbers and dates. */
  ext: number;
  categorical: boolean;
  axis: YAxis;
  /** Whether this panel draws its y tick labels (a shared axis only in the first column). */
  showY: boolean;
  /** Value labels of the last part, in the right gutter (y in result units). */
  endLabels: LineLabel[];
  /** The notes on this panel's points. */
  notes: Note[];
  /** Radius of an ordinary point. */
  radius: number;
  /** Per point of the facet: whether its mark is drawn (a dense series draws only marked points). */
  drawn: boolean[];
  /**
   * What is taken in the plot: the drawn point marks first; the value labels and then the note
   * markers register theirs as they are placed, so that none covers another or a point.
   */
  occupied: Occupied;
}

/** Half the width of a point mark's box (a diamond reaches 1.7 radii). */
export const markReach = (radius: number) => radius * 1.7;

/** Which points of a facet are drawn: all, or with `points: "auto"` on a dense series only the marked ones. */
function drawnPoints(m: Model, facet: FacetModel, width: number, radius: number): boolean[] {
  const o = m.o;
  const span = m.xKind === "category" ? width / Math.max(1, m.categories.length) : width / Math.max(1, facet.points.length - 1);
  const showAll = o.points === "all" || (o.points === "auto" && (facet.points.length <= 1 || span >= radius * 2.5));
  return facet.points.map((p, i) => {
    const mark = facet.marks[i]!;
    return mark !== null && (showAll || mark.signal || mark.shape === "hollow" || p.note !== null);
  });
}

/** The facet's points have a frozen baseline followed by later points (and a single part). */
export function hasBaseline(facet: FacetModel): boolean {
  return facet.parts.length === 1 && facet.points.some((p) => p.baseline) && facet.points.some((p) => !p.baseline);
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
  const s = m.scale;
  [lo, hi] = niceDomain(lo * s, hi * s, count).map((v) => v / s) as [number, number];
  const shown = niceTicks(Math.min(lo * s, hi * s), Math.max(lo * s, hi * s), count);
  const d = decimalsOf(shown);
  return { lo, hi, ticks: shown.map((v) => v / s), labels: shown.map((v) => formatTick(m, v, d)) };
}

/**
 * How the x labels fit: one line each; category names too wide for their band wrap to two lines
 * when no word has to be cut, else they are rotated 45° (and thinned out where even that would
 * collide, see axes.ts).
 */
function xAxisShape(m: Model, width: number, size: number): XAxisShape {
  let lines = 1;
  let rotate = false;
  let wrapped = false;
  if (m.xKind === "date" && (m.period === "week" || m.period === "day")) lines = 2;
  let extra = 0;
  if (m.xKind === "category" && m.categories.length > 0) {
    const band = width / m.categories.length - 6;
    const widest = largest(m.categories.map((k) => textWidth(k, size)));
    if (widest > band) {
      wrapped = m.categories.every((k) => categoryLines(k, band, size).length > 0);
      if (wrapped) lines = 2;
      else {
        rotate = true;
        // At most what a label of CATEGORY_CHARS takes at this size (150 px at 11 px: a fixed
        // 150 ran slide-size labels into the legend and off the bottom).
        extra = Math.min(14 * size, largest(m.categories.map((k) => textWidth(clip(k, CATEGORY_CHARS), size))) * 0.72) - size;
      }
    }
  }
  return { height: Math.round(6 + lines * size * 1.25 + extra + 4), rotate, wrapped };
}

/** The most characters of a rotated category label. */
export const CATEGORY_CHARS = 30;

/** A category name in at most two lines of `width` px without cutting a word, or [] when it does not fit so. */
export function categoryLines(name: string, width: number, size: number): string[] {
  const lines = fitLines(name, width, size, false, 2);
  return lines.join(" ") === name.trim().split(/\s+/).join(" ") ? lines : [];
}

/**
 * Lays out a model: sizes and positions of every part of the chart.
 *
 * @example
 * ```ts
 * const chart = layout(buildModel(result, resolveOptions({ width: 720 })));
 * chart.panels[0].box; // { x: 50.3, y: 38, w: 626, h: 282 }
 * ```
 */
export function layout(m: Model, id: (title: string) => string): ChartLayout {
  const { o } = m;
  const t = o.theme;
  const f = t.fontSize;
  const small = Math.round(f * 0.92 * 10) / 10;
  let width = o.width ?? 720;
  const faceted = m.facets.length > 1 || (m.facets[0]?.facet ?? null) !== null;
  // Panels keep a readable width: by default no more columns than fit MIN_PANEL px of plot each
  // (with its axis and value labels); `columns` decides when given. Panels keep the facets' order.
  const fitting = Math.max(1, Math.floor((width - 2 * PAD) / (MIN_PANEL + 70)));
  const cols = faceted ? Math.min(m.facets.length, o.columns ?? Math.min(Math.ceil(Math.sqrt(m.facets.length)), fitting)) : 1;
  const rows = Math.ceil(m.facets.length / cols);
  const title = o.title === undefined ? m.defaultTitle : (o.title ?? "");
  const yLabel = o.yLabel === undefined ? m.defaultYLabel : o.yLabel;
  // A funnel's x axis is the denominator: say so when the spec did not name it.
  const xLabel = o.xLabel === undefined ? (m.result.xLabel ?? (m.result.chart === "funnel" ? m.words.funnel.denominator : null)) : o.xLabel;
  const inner = width - 2 * PAD;

  // Notes, numbered in the order of the points.
  const notes: Note[] = [];
  for (const facet of m.facets) facet.points.forEach((p, i) => p.note && notes.push({ point: p, x: facet.xs[i]!, number: notes.length + 1 }));
  const noteLines: NoteLine[] = [];
  if (o.notes !== "none") {
    for (const note of notes) {
      const where = faceted ? `${note.point.facet ?? ""}, ${formatX(m, note.point, note.x)}` : formatX(m, note.point, note.x);
      fitLines(`${where}: ${note.point.note}`, inner - 24, small).forEach((line, i) => noteLines.push({ number: i === 0 ? note.number : 0, text: line }));
    }
  }
  const noteHeight = noteLines.length * Math.round(small * 1.45);
  const omitted = m.omittedFacets > 0 ? m.words.panelsOmitted(formatNumber(m.facets.length, 0, o.lang), formatNumber(m.facets.length + m.omittedFacets, 0, o.lang)) : "";
  const omittedH = omitted ? Math.round(small * 1.6) : 0;

  // Legend: only what the chart shows.
  const legend = legendRows(m, inner, small);
  const legendHeight = legend.length * Math.round(small * 1.7);

  // Vertical layout.
  // Titles wrap to two lines, then end in "…" (widths from the font's metrics).
  const titleLines = title ? fitLines(title, inner, t.titleSize, true, 2) : [];
  const subtitleLines = o.subtitle ? fitLines(o.subtitle, inner, f, false, 2) : [];
  let top = PAD;
  const titleY = top + t.titleSize * 0.8;
  if (titleLines.length > 0) top += Math.round(t.titleSize * 1.4 + (titleLines.length - 1) * t.titleSize * 1.2);
  const subtitleY = top + f * 0.85;
  if (subtitleLines.length > 0) top += Math.round(f * 1.5 + (subtitleLines.length - 1) * f * 1.25);
  const topNotesY = top;
  if (o.notes === "top" && noteLines.length > 0) top += noteHeight + 4;
  top += 4;
  const xAxis = xAxisShape(m, inner - 80, small);
  const iconSize = (o.icons ?? m.result.convention === "mdc") && m.result.icons.length > 0 ? Math.round(f * 2.2) : 0;
  const stripH = Math.max(faceted ? Math.round(f * 1.6) : 0, iconSize > 0 ? iconSize + 4 : 0);
  const partStrip = m.facets.some((fm) => fm.parts.some((p) => p.part?.label) || hasBaseline(fm)) ? Math.round(small * 1.5) : 0;
  const xTitleH = xLabel ? Math.round(f * 1.6) : 0;
  const bottomH = xTitleH + (legendHeight > 0 ? legendHeight + 6 : 0) + (o.notes === "bottom" && noteLines.length > 0 ? noteHeight + 6 : 0) + (o.caption ? Math.round(small * 1.6) : 0) + omittedH + PAD;
  const gapY = faceted ? 10 : 0;
  // A height or width too small for the titles, legend and notes grows to what they need (plots at
  // least five lines of text high — room for a note marker between two rows of points — and
  // 40 px wide): everything drawn stays inside the viewBox.
  const chrome = stripH + partStrip + xAxis.height;
  // A single plot also keeps at least 35 % of the height asked for: on a phone (360×240) a title
  // of two lines, icons and a legend of three rows left it 50 px high; the chart grows taller
  // instead, which a phone's page scrolls.
  const minPlot = Math.max(Math.round(small * 5.5), rows === 1 && o.height !== undefined ? Math.round(o.height * 0.35) : 0);
  const height = Math.max(o.height ?? (faceted ? top + bottomH + rows * 200 + (rows - 1) * gapY : 400), top + bottomH + rows * (chrome + minPlot) + (rows - 1) * gapY);
  const rowH = (height - top - bottomH - (rows - 1) * gapY) / rows;
  const plotH = rowH - chrome;

  // Y axes: one shared, or one per facet.
  // A tick every four lines of text or so (45 px at the default size).
  const yTickCount = Math.max(2, Math.round(plotH / (small * 4)));
  const shared = o.yScale === "shared" ? yAxisFor(m, smallest(m.facets.map((fm) => fm.lo)), largest(m.facets.map((fm) => fm.hi)), yTickCount) : null;
  const axes = m.facets.map((fm) => shared ?? yAxisFor(m, fm.lo, fm.hi, yTickCount));
  const tickDecimals = largest(axes.map((a) => decimalsOf(a.ticks.map((v) => v * m.scale))), 0);
  const decimals = o.decimals ?? Math.min(4, tickDecimals + 1);
  // Loops rather than flatMap and largest(): this and the gutter below were a tenth of the layout.
  let axisW = 0;
  for (const a of axes) for (const l of a.labels) {
    const w = textWidth(l, small);
    if (w > axisW) axisW = w;
  }
  axisW += 8;
  // A y title longer than the plots are high (a short chart: a phone's, an A3's) takes a second
  // line rather than being cut to "trykksår per 1000 liggedø…"; the room as titles.ts measures it.
  const yRoom = rows * plotH + (rows - 1) * (chrome + gapY) + 2 * small;
  const yLabelLines = yLabel && textWidth(yLabel, f) > yRoom && fitLines(yLabel, yRoom, f).length > 1 ? 2 : 1;
  const yTitleW = yLabel ? Math.round(f * (yLabelLines === 2 ? 2.7 : 1.5)) : 0;

  // Value labels at the right end of each facet's last part decide the right gutter.
  const endLabels = m.facets.map((fm) => (o.labels ? lineLabels(m, fm, fm.parts[fm.parts.length - 1], decimals, true) : []));
  // A Pareto chart's right axis (0–100 %) needs room for "100 %".
  let widest = 10;
  for (const ls of endLabels) for (const l of ls) {
    const w = textWidth(l.text, small) + 10;
    if (w > widest) widest = w;
  }
  const gutter = Math.max(widest, m.result.chart === "pareto" ? textWidth("100\u00a0%", small) + 10 : 0);
  const gapX = faceted ? 14 : 0;
  const axisCount = shared ? 1 : cols;
  const fixedW = yTitleW + axisW * axisCount + gutter * cols + gapX * (cols - 1);
  width = Math.max(width, 2 * PAD + fixedW + 40 * cols);
  const plotW = (width - 2 * PAD - fixedW) / cols;

  const chart: ChartLayout = {
    model: m,
    width,
    height,
    fontSize: f,
    small,
    id: id(title),
    title,
    titleLines,
    subtitleLines,
    yLabel,
    yLabelLines,
    xLabel,
    faceted,
    titleY,
    subtitleY,
    topNotesY,
    panelsTop: top,
    panelsHeight: rows * rowH + (rows - 1) * gapY,
    plotLeft: PAD + yTitleW + axisW,
    gutter,
    xAxis,
    decimals,
    iconSize,
    notes,
    noteLines,
    legend,
    omitted,
    panels: [],
  };
  const categorical = m.xKind === "category";
  let noteIndex = 0;
  m.facets.forEach((facet, k) => {
    const col = k % cols;
    const row = Math.floor(k / cols);
    const cellX = PAD + yTitleW + col * (plotW + gutter + gapX) + (shared ? axisW : (col + 1) * axisW);
    const rowTop = top + row * (rowH + gapY);
    const box = { x: cellX, y: rowTop + stripH + partStrip, w: plotW, h: plotH };
    const axis = axes[k]!;
    const inset = categorical || m.x0 === m.x1 ? 0 : Math.min(12, box.w * 0.03);
    const bands = categorical ? categoryScale(m.categories.length, box.x, box.x + box.w) : null;
    const mine = facet.points.filter((p) => p.note).length;
    const radius = t.pointRadius * (categorical ? 1.5 : 1);
    const x = bands ? bands.scale : linear(m.x0, m.x1, box.x + inset, box.x + box.w - inset);
    const y = linear(axis.lo, axis.hi, box.y + box.h, box.y);
    const drawn = drawnPoints(m, facet, box.w, radius);
    const reach = markReach(radius);
    const occupied = new Occupied((taken) => facet.points.forEach((p, i) => drawn[i] && taken.add({ x: x(facet.xs[i]!) - reach, y: y(p.y!) - reach, w: 2 * reach, h: 2 * reach })));
    chart.panels.push({
      chart,
      facet,
      box,
      rowTop,
      headerHeight: stripH,
      partStrip,
      x,
      y,
      ext: bands ? bands.band / 2 - 1 : 0,
      categorical,
      axis,
      showY: !shared || col === 0,
      endLabels: endLabels[k]!,
      notes: notes.slice(noteIndex, noteIndex + mine),
      radius,
      drawn,
      occupied,
    });
    noteIndex += mine;
  });
  return chart;
}
