/**
 * The report as a PowerPoint deck (PPTX) for the network meeting: a title slide, one slide per
 * measure with its chart (SVG, with a PNG for viewers without SVG), what it shows and its
 * target, and a slide of the changes tested. Several plans give a section per team and a
 * network summary slide with each team's icons. Every text is a text box, editable.
 *
 * pptxgenjs is loaded only here, when a deck is asked for (a dynamic import): an app that
 * computes or draws charts never downloads it.
 *
 * @module
 */
import type PptxGenJS from "pptxgenjs";
import type { RenderOptions } from "../render/index.js";
import { chartName } from "../adapters/suggest.js";
import { formatIssue } from "../errors.js";
import type { ComputedMeasure, ComputedPlan } from "../plan/compute.js";
import type { Lang } from "../plan/schema.js";
import { explain } from "../rules/explain.js";
import { iconSvg } from "../render/marks/icons.js";
import type { RenderSvg } from "./build.js";
import { formatDate, formatNumber } from "./format.js";
import { withPngFallbacks, type Rasterise } from "./pptx-fallback.js";
import { fitFontSize } from "./pptx-text-fit.js";
import { reportStrings, type ReportStrings } from "./strings.js";
import { summariseMeasure, type MeasureSummary, type TargetStatus } from "./summary.js";

export type { Rasterise } from "./pptx-fallback.js";

/** Options of {@link buildReportPptx}. */
export interface ReportPptxOptions {
  /** Draws each chart (e.g. `renderSvg`). */
  render: RenderSvg;
  /**
   * Draws an SVG as PNG, the fallback picture for viewers without SVG (PowerPoint before 2016).
   * In Node pass one (the CLI uses resvg); without it the fallback is pptxgenjs's placeholder.
   * In the browser leave it out: pptxgenjs draws the fallback with a canvas.
   */
  rasterise?: Rasterise;
  /** Language of the deck's words and charts; default the first plan's `lang`, else `"nb"`. */
  lang?: Lang;
  /** Title of the deck; default the plan's title (one plan) or «Måleplaner» / "Measurement plans". */
  title?: string;
  /** The date the deck is made, `YYYY-MM-DD`, on the title slide; none when absent. */
  date?: string;
  /** Chart size in px passed to `render`; default 840 × 400 (the slide's chart box, 8.4 × 4 in). */
  width?: number;
  height?: number;
  /** Called after each measure is drawn (e.g. for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** The font of every text box: the charts' font, whose widths the text is fitted with. */
export const PPTX_FONT = "DejaVu Sans";

// 16:9, 13.333 × 7.5 in (PowerPoint's default "Widescreen").
const W = 13.333;
const H = 7.5;
const M = 0.5;
const INK = "1D2733";
const MUTED = "5B6776";
const LINE = "D5DBE3";
const SOFT = "F4F6F9";
const STATUS_COLOUR: Record<TargetStatus, string> = { met: "1B7A3D", "not-met": "8A5A00", missed: "B3261E", unknown: MUTED };

type Slide = PptxGenJS.Slide;
type TextOptions = PptxGenJS.TextPropsOptions;

/** Base64 of UTF-8 text, without Node's Buffer (the deck is also made in the browser). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const svgData = (svg: string) => `data:image/svg+xml;base64,${base64(svg)}`;

/** A text box in the deck's font, tagged with its language (PowerPoint's spelling checker reads it). */
function text(slide: Slide, lang: Lang, value: string | PptxGenJS.TextProps[], options: TextOptions): void {
  slide.addText(value, { fontFace: PPTX_FONT, color: INK, margin: 0, valign: "top", lang: lang === "en" ? "en-GB" : "nb-NO", ...options });
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Builds the deck: PPTX bytes to write to a `.pptx` file (or offer as a download). Each chart is
 * drawn with `options.render`; a measure that could not be computed gets its slide with the
 * problem in place of the chart.
 *
 * @example
 * ```ts
 * import { renderSvg } from "spc-charts";
 * import { buildReportPptx, computePlan, parsePlan } from "spc-charts/plan";
 * const bytes = await buildReportPptx([computePlan(plan, texts)], { render: renderSvg, lang: "nb", date: "2025-11-23" });
 * writeFileSync("rapport.pptx", bytes);
 * ```
 */
export async function buildReportPptx(plans: readonly ComputedPlan[], options: ReportPptxOptions): Promise<Uint8Array> {
  if (typeof options?.render !== "function") throw new TypeError("buildReportPptx needs options.render, e.g. renderSvg");
  const { default: Pptx } = await import("pptxgenjs");
  const lang: Lang = options.lang ?? plans[0]?.plan.lang ?? "nb";
  const s = reportStrings(lang);
  const several = plans.length > 1;
  const total = plans.reduce((n, p) => n + p.measures.length, 0);
  const title = options.title ?? (plans.length === 1 && plans[0] !== undefined ? plans[0].plan.title : s.reportTitle);

  const deck = new Pptx();
  deck.layout = "LAYOUT_WIDE";
  deck.title = title;
  deck.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };

  titleSlide(deck.addSlide(), plans, title, s, lang, options.date);
  if (several) networkSlide(deck.addSlide(), plans, s, lang);

  let done = 0;
  plans.forEach((p, i) => {
    const section = several ? `${i + 1}. ${p.plan.team ?? p.plan.title}` : undefined;
    if (section !== undefined) {
      deck.addSection({ title: section });
      planSlide(deck.addSlide({ sectionTitle: section }), p, s, lang);
    }
    for (const m of p.measures) {
      measureSlide(deck.addSlide(section === undefined ? {} : { sectionTitle: section }), m, s, lang, options);
      options.onProgress?.(++done, total);
    }
    const changes = p.measures.flatMap((m) => m.annotations.map((a) => ({ ...a, measure: m.measure.name })));
    if (changes.length > 0) changesSlide(deck, section, changes, s, lang);
  });

  const bytes = (await deck.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  return options.rasterise === undefined ? bytes : withPngFallbacks(bytes, options.rasterise);
}

function titleSlide(slide: Slide, plans: readonly ComputedPlan[], title: string, s: ReportStrings, lang: Lang, date: string | undefined): void {
  slide.background = { color: SOFT };
  slide.addShape("rect", { x: 0, y: 0, w: 0.25, h: H, fill: { color: "1D4F91" }, line: { color: "1D4F91" } });
  text(slide, lang, title, { x: M + 0.4, y: 1.6, w: W - 2 * M - 0.4, h: 1.6, fontSize: fitFontSize(title, W - 2 * M - 0.4, 1.6, [40, 34, 28, 24]), bold: true, valign: "bottom" });
  const first = plans.length === 1 ? plans[0] : undefined;
  const lines: PptxGenJS.TextProps[] = [];
  if (first?.plan.team !== undefined) lines.push({ text: `${s.team}: ${first.plan.team}`, options: { fontSize: 22, breakLine: true, paraSpaceAfter: 10 } });
  if (first?.plan.aim !== undefined) lines.push({ text: `${s.aim}: ${first.plan.aim}`, options: { fontSize: 18, breakLine: true } });
  if (first === undefined) {
    const teams = plans.map((p) => p.plan.team ?? p.plan.title).join(" · ");
    lines.push({ text: teams, options: { fontSize: 18, breakLine: true } });
  }
  if (lines.length > 0) text(slide, lang, lines, { x: M + 0.4, y: 3.45, w: W - 2 * M - 0.4, h: 2.4 });
  const total = plans.reduce((n, p) => n + p.measures.length, 0);
  const meta = [...(date === undefined ? [] : [s.made(formatDate(date, lang))]), s.counts(plans.length, total)].join(" · ");
  text(slide, lang, meta, { x: M + 0.4, y: H - 1.1, w: W - 2 * M - 0.4, h: 0.5, fontSize: 14, color: MUTED });
}

/** A section's first slide: the plan's title, team, aim and description. */
function planSlide(slide: Slide, p: ComputedPlan, s: ReportStrings, lang: Lang): void {
  text(slide, lang, p.plan.title, { x: M, y: 1.8, w: W - 2 * M, h: 1.3, fontSize: fitFontSize(p.plan.title, W - 2 * M, 1.3, [36, 30, 24]), bold: true, valign: "bottom" });
  const lines: PptxGenJS.TextProps[] = [];
  if (p.plan.team !== undefined) lines.push({ text: `${s.team}: ${p.plan.team}`, options: { fontSize: 22, breakLine: true, paraSpaceAfter: 10 } });
  if (p.plan.aim !== undefined) lines.push({ text: `${s.aim}: ${p.plan.aim}`, options: { fontSize: 18, breakLine: true, paraSpaceAfter: 10 } });
  if (p.plan.description !== undefined) lines.push({ text: p.plan.description, options: { fontSize: 14, color: MUTED, breakLine: true } });
  if (lines.length > 0) text(slide, lang, lines, { x: M, y: 3.3, w: W - 2 * M, h: 3.4 });
}

/** The first error's message, in the deck's language. */
function firstError(m: ComputedMeasure, lang: Lang): string {
  const error = m.issues.find((i) => i.severity !== "warning");
  return error === undefined ? "" : formatIssue({ ...error, path: [] }, { lang });
}

function targetLine(m: ComputedMeasure, row: MeasureSummary | undefined, s: ReportStrings, lang: Lang): PptxGenJS.TextProps[] {
  const target = m.measure.target;
  if (target === undefined) return [];
  const value = formatNumber(target.value, lang);
  const goal = target.date === undefined ? value : s.byDate(value, formatDate(target.date, lang));
  const status = row?.target?.status ?? "unknown";
  return [
    { text: `${s.targetLabel}: `, options: { bold: true } },
    { text: `${goal}${target.text === undefined ? "" : ` – ${target.text}`}: ` },
    { text: s.status[status], options: { bold: true, color: STATUS_COLOUR[status], breakLine: true } },
  ];
}

function signalsLine(row: MeasureSummary, s: ReportStrings): string {
  const parts: string[] = [];
  if (row.signals.variation !== null && row.signals.variation !== "common") parts.push(s.variation[row.signals.variation] ?? row.signals.variation);
  if (row.signals.runs) parts.push(s.runsSignal);
  if (row.signals.outside > 0) parts.push(s.outside(row.signals.outside));
  if (parts.length === 0) return row.signals.limits ? s.noSignals : `${s.noSignals}; ${s.noLimits}`;
  return capitalised(parts.join("; "));
}

function measureSlide(slide: Slide, m: ComputedMeasure, s: ReportStrings, lang: Lang, options: ReportPptxOptions): void {
  const measure = m.measure;
  text(slide, lang, measure.name, { x: M, y: 0.35, w: W - 2 * M, h: 0.75, fontSize: fitFontSize(measure.name, W - 2 * M, 0.75, [28, 24, 20]), bold: true, valign: "bottom" });
  const chart = m.result?.chart ?? m.spec?.chart;
  const sub = [s.measureTypes[measure.type], ...(chart === undefined ? [] : [capitalised(chartName(chart, lang))]), s.directions[measure.direction]].join(" · ");
  text(slide, lang, sub, { x: M, y: 1.12, w: W - 2 * M, h: 0.35, fontSize: 14, color: MUTED });
  slide.addShape("line", { x: M, y: 1.55, w: W - 2 * M, h: 0, line: { color: LINE, width: 1 } });

  const chartBox = { x: M, y: 1.75, w: 8.4, h: 4.0 };
  const side = { x: chartBox.x + chartBox.w + 0.35, y: chartBox.y, w: W - M - (chartBox.x + chartBox.w + 0.35), h: H - 0.4 - chartBox.y };
  if (m.result === null) {
    text(slide, lang, [{ text: s.failed, options: { bold: true, breakLine: true } }, { text: firstError(m, lang) }], { ...chartBox, fontSize: 16, color: "B3261E", valign: "middle" });
    return;
  }
  try {
    const width = options.width ?? 840;
    const height = options.height ?? 400;
    const renderOptions: RenderOptions = { lang, width, height, id: `chart-${measure.id}`, title: null };
    if (m.period !== null) renderOptions.period = m.period;
    const svg = options.render(m.result, renderOptions);
    // The picture keeps the chart's proportions inside the box.
    const scale = Math.min(chartBox.w / width, chartBox.h / height);
    slide.addImage({ data: svgData(svg), x: chartBox.x, y: chartBox.y, w: width * scale, h: height * scale, altText: s.figure(measure.name) });
  } catch (e) {
    text(slide, lang, [{ text: s.failed, options: { bold: true, breakLine: true } }, { text: e instanceof Error ? e.message : String(e) }], { ...chartBox, fontSize: 16, color: "B3261E", valign: "middle" });
  }

  const rows = summariseMeasure(m);
  const under: PptxGenJS.TextProps[] = [...targetLine(m, rows[0], s, lang)];
  for (const row of rows) under.push({ text: `${row.facet === null ? s.columns.signals : row.facet}: ${signalsLine(row, s)}`, options: { breakLine: true } });
  const underText = under.map((t) => t.text ?? "").join("\n");
  const underBox = { x: M, y: chartBox.y + chartBox.h + 0.15, w: chartBox.w, h: H - 0.3 - (chartBox.y + chartBox.h + 0.15) };
  text(slide, lang, under, { ...underBox, fontSize: fitFontSize(underText, underBox.w, underBox.h, [16, 14, 12, 10]) });

  const story = explain(m.result, { lang, hints: false, maxFindings: 4 });
  const fit = fitFontSize(story, side.w, side.h, [14, 13, 12, 11, 10, 9]);
  text(slide, lang, story.split("\n").map((line) => ({ text: line, options: { breakLine: true, paraSpaceAfter: 4 } })), { ...side, fontSize: fit });
  slide.addNotes(explain(m.result, { lang }));
}

interface Change {
  date: string;
  text: string;
  facet?: string;
  measure: string;
}

/** The plan's changes tested (the measures' annotations), as an editable table, by date. */
function changesSlide(deck: PptxGenJS, section: string | undefined, changes: Change[], s: ReportStrings, lang: Lang): void {
  const sorted = [...changes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const head = (t: string): PptxGenJS.TableCell => ({ text: t, options: { bold: true, fill: { color: SOFT } } });
  const rows: PptxGenJS.TableRow[] = [[head(lang === "en" ? "Date" : "Dato"), head(s.columns.measure), head(lang === "en" ? "Change" : "Endring")]];
  for (const c of sorted) rows.push([{ text: formatDate(c.date, lang) }, { text: c.facet === undefined ? c.measure : `${c.measure} (${c.facet})` }, { text: c.text }]);
  const slide = deck.addSlide(section === undefined ? {} : { sectionTitle: section });
  text(slide, lang, s.testsOfChange, { x: M, y: 0.35, w: W - 2 * M, h: 0.75, fontSize: 28, bold: true, valign: "bottom" });
  slide.addTable(rows, {
    x: M,
    y: 1.4,
    w: W - 2 * M,
    colW: [1.8, 4.2, W - 2 * M - 6],
    fontFace: PPTX_FONT,
    fontSize: 14,
    color: INK,
    border: { type: "solid", pt: 0.75, color: LINE },
    margin: 0.06,
    autoPage: true,
    autoPageRepeatHeader: true,
    autoPageSlideStartY: 1.4,
  });
}

/** Several plans: each team with its measures' icons (or their signals, without icons), side by side. */
function networkSlide(slide: Slide, plans: readonly ComputedPlan[], s: ReportStrings, lang: Lang): void {
  text(slide, lang, lang === "en" ? "The network at a glance" : "Nettverket i oversikt", { x: M, y: 0.35, w: W - 2 * M, h: 0.75, fontSize: 28, bold: true, valign: "bottom" });
  const top = 1.4;
  const rowH = Math.min(1.5, (H - top - 0.3) / Math.max(1, plans.length));
  const labelW = 3.2;
  plans.forEach((p, i) => {
    const y = top + i * rowH;
    slide.addShape("line", { x: M, y, w: W - 2 * M, h: 0, line: { color: LINE, width: 0.75 } });
    const team = p.plan.team ?? p.plan.title;
    text(slide, lang, team, { x: M, y: y + 0.08, w: labelW - 0.1, h: rowH - 0.16, fontSize: fitFontSize(team, labelW - 0.1, rowH - 0.16, [16, 14, 12, 10]), bold: true, valign: "middle" });
    const cells = p.measures.flatMap((m) => {
      const rows = summariseMeasure(m);
      return rows.length === 0 ? [{ m, row: undefined as MeasureSummary | undefined }] : rows.map((row) => ({ m, row }));
    });
    const cellW = Math.min(2.2, (W - 2 * M - labelW) / Math.max(1, cells.length));
    const icon = Math.min(0.5, rowH * 0.42, cellW * 0.4);
    cells.forEach(({ m, row }, j) => {
      const x = M + labelW + j * cellW;
      const icons = row?.icons ?? null;
      const svgs = icons === null ? [] : [iconSvg({ variation: icons.variation }, 48, lang), ...(icons.assurance === null ? [] : [iconSvg({ assurance: icons.assurance }, 48, lang)])];
      const iconsW = svgs.length * icon + Math.max(0, svgs.length - 1) * 0.06;
      svgs.forEach((svg, k) => slide.addImage({ data: svgData(svg), x: x + (cellW - iconsW) / 2 + k * (icon + 0.06), y: y + 0.08, w: icon, h: icon }));
      const name = row?.facet === null || row === undefined ? m.measure.name : `${m.measure.name} – ${row.facet}`;
      const status = row === undefined ? s.failed : svgs.length > 0 ? "" : signalsLine(row, s);
      const label = status === "" ? name : `${name}\n${status}`;
      const labelY = y + (svgs.length > 0 ? icon + 0.12 : 0.08);
      const labelH = y + rowH - 0.06 - labelY;
      text(slide, lang, label, { x: x + 0.04, y: labelY, w: cellW - 0.08, h: labelH, fontSize: fitFontSize(label, cellW - 0.08, labelH, [11, 10, 9, 8, 7]), align: "center", color: row === undefined ? "B3261E" : INK });
    });
  });
}
