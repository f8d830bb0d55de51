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
import type { ComputedPlan } from "../plan/compute.js";
import type { Lang } from "../plan/schema.js";
import { centreIsMedian } from "../median-centre.js";
import { iconSvg } from "../render/marks/icons.js";
import type { ReportWriterOptions } from "./build.js";
import { buildReportModel, type FacetStatus, type Meaning, type ReportMeasure, type ReportModel, type ReportPlan, type TargetState } from "./model.js";
import { withPngFallbacks, type Rasterise } from "./pptx-fallback.js";
import { pptxStrings, type PptxStrings } from "./pptx-strings.js";
import { fitFontSize, fits } from "./pptx-text-fit.js";
import { reportStrings, type ReportStrings } from "./strings.js";

export type { Rasterise } from "./pptx-fallback.js";

/** Options of {@link buildReportPptx}: those of every writer (chart size default 840 × 400, the slide's chart box of 8.4 × 4 in), and the PNG fallback. */
export interface ReportPptxOptions extends ReportWriterOptions {
  /**
   * Draws an SVG as PNG, the fallback picture for viewers without SVG (PowerPoint before 2016).
   * In Node pass one (the CLI uses resvg); without it the fallback is pptxgenjs's placeholder.
   * In the browser leave it out: pptxgenjs draws the fallback with a canvas.
   */
  rasterise?: Rasterise;
}

/**
 * The font of every text box: the charts' font, whose widths the text is fitted with (a viewer
 * without it substitutes a narrower one, so the text still fits).
 *
 * @example
 * ```ts
 * PPTX_FONT; // "DejaVu Sans"
 * ```
 */
export const PPTX_FONT = "DejaVu Sans";

// 16:9, 13.333 × 7.5 in (PowerPoint's default "Widescreen").
const W = 13.333;
const H = 7.5;
const M = 0.5;
const INK = "1D2733";
const MUTED = "5B6776";
const LINE = "D5DBE3";
const SOFT = "F4F6F9";
const ERROR = "B3261E";
/** A target's state, coloured as the HTML report colours it. */
const STATE_COLOUR: Record<TargetState, string> = { met: "1B7A3D", "latest-met": "1B7A3D", "not-met": "8A5A00", missed: ERROR, unknown: MUTED };

type Slide = PptxGenJS.Slide;
type TextOptions = PptxGenJS.TextPropsOptions;

/** Base64 of UTF-8 text, without Node's Buffer (the deck is also made in the browser). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary);
}

const svgData = (svg: string) => `data:image/svg+xml;base64,${base64(svg)}`;

/** A text box in the deck's font, tagged with its language (PowerPoint's spelling checker reads it). */
function text(slide: Slide, lang: Lang, value: string | PptxGenJS.TextProps[], options: TextOptions): void {
  slide.addText(value, { fontFace: PPTX_FONT, color: INK, margin: 0, valign: "top", lang: lang === "en" ? "en-GB" : "nb-NO", ...options });
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A colour of the model (`#289DE0`) as the slides write it (`289DE0`). */
const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();

/** What one slide-writing function needs besides its slide. */
interface Context {
  model: ReportModel;
  lang: Lang;
  s: ReportStrings;
  p: PptxStrings;
  options: ReportPptxOptions;
}

/**
 * Builds the deck: PPTX bytes to write to a `.pptx` file (or offer as a download). The words are
 * the report model's (`buildReportModel`), the same as the HTML report's. Each chart is drawn
 * with `options.render`; a measure that could not be computed keeps its slide, with its problems
 * in place of the chart. The whole story of each chart (`explain()`) is in its speaker notes.
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
  const model = buildReportModel(plans, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  return pptxFromModel(model, options);
}

/**
 * The deck of a report model already built (as `spc report` builds it once for every format).
 * Its language, title and date are the model's; `options` gives the renderer, the chart size,
 * the rasteriser and the progress callback.
 *
 * @example
 * ```ts
 * const model = buildReportModel([computed], { lang: "en" });
 * const bytes = await pptxFromModel(model, { render: renderSvg });
 * ```
 */
export async function pptxFromModel(model: ReportModel, options: ReportPptxOptions): Promise<Uint8Array> {
  if (typeof options?.render !== "function") throw new TypeError("pptxFromModel needs options.render, e.g. renderSvg");
  const { default: Pptx } = await import("pptxgenjs");
  const lang = model.lang;
  const ctx: Context = { model, lang, s: reportStrings(lang), p: pptxStrings(lang), options };
  const several = model.plans.length > 1;

  const deck = new Pptx();
  deck.layout = "LAYOUT_WIDE";
  deck.title = model.title;
  deck.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };

  titleSlide(deck.addSlide(), ctx);
  if (several) networkSlide(deck.addSlide(), ctx);

  let done = 0;
  model.plans.forEach((plan, i) => {
    const section = several ? `${i + 1}. ${plan.team ?? plan.title}` : undefined;
    const add = () => deck.addSlide(section === undefined ? {} : { sectionTitle: section });
    if (section !== undefined) {
      deck.addSection({ title: section });
      planSlide(add(), plan, ctx);
    }
    for (const m of plan.measures) {
      measureSlide(add(), m, ctx);
      options.onProgress?.(++done, model.measureCount);
    }
    const tested = plan.measures.flatMap((m) => m.annotations.map((a) => ({ ...a, measure: m.name })));
    if (tested.length > 0) testedSlide(add(), tested, ctx);
    if (plan.a3.changes.length > 0) a3ChangesSlide(add(), plan, ctx);
  });

  const bytes = (await deck.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  return options.rasterise === undefined ? bytes : withPngFallbacks(bytes, options.rasterise);
}

/** A slide's title, at the same place on every content slide. */
function slideTitle(slide: Slide, title: string, ctx: Context): void {
  text(slide, ctx.lang, title, { x: M, y: 0.35, w: W - 2 * M, h: 0.75, fontSize: fitFontSize(title, W - 2 * M, 0.75, [28, 24, 20]), bold: true, valign: "bottom" });
}

function titleSlide(slide: Slide, ctx: Context): void {
  const { model, s, lang } = ctx;
  slide.background = { color: SOFT };
  slide.addShape("rect", { x: 0, y: 0, w: 0.25, h: H, fill: { color: "1D4F91" }, line: { color: "1D4F91" } });
  const w = W - 2 * M - 0.4;
  text(slide, lang, model.title, { x: M + 0.4, y: 1.6, w, h: 1.6, fontSize: fitFontSize(model.title, w, 1.6, [40, 34, 28, 24]), bold: true, valign: "bottom" });
  const first = model.plans.length === 1 ? model.plans[0] : undefined;
  const lines: PptxGenJS.TextProps[] = [];
  if (first?.team != null) lines.push({ text: `${s.team}: ${first.team}`, options: { fontSize: 22, breakLine: true, paraSpaceAfter: 10 } });
  if (first?.aim != null) lines.push({ text: `${s.aim}: ${first.aim}`, options: { fontSize: 18, breakLine: true } });
  if (first === undefined) lines.push({ text: model.plans.map((p) => p.team ?? p.title).join(" · "), options: { fontSize: 18, breakLine: true } });
  if (lines.length > 0) text(slide, lang, lines, { x: M + 0.4, y: 3.45, w, h: 2.4 });
  const meta = [...(model.date === null ? [] : [s.made(model.date.text)]), s.counts(model.plans.length, model.measureCount)].join(" · ");
  text(slide, lang, meta, { x: M + 0.4, y: H - 1.1, w, h: 0.5, fontSize: 14, color: MUTED });
}

/** A section's first slide: the plan's title, team, aim and description. */
function planSlide(slide: Slide, plan: ReportPlan, ctx: Context): void {
  const { s, lang } = ctx;
  text(slide, lang, plan.title, { x: M, y: 1.8, w: W - 2 * M, h: 1.3, fontSize: fitFontSize(plan.title, W - 2 * M, 1.3, [36, 30, 24]), bold: true, valign: "bottom" });
  const lines: PptxGenJS.TextProps[] = [];
  if (plan.team !== null) lines.push({ text: `${s.team}: ${plan.team}`, options: { fontSize: 22, breakLine: true, paraSpaceAfter: 10 } });
  if (plan.aim !== null) lines.push({ text: `${s.aim}: ${plan.aim}`, options: { fontSize: 18, breakLine: true, paraSpaceAfter: 10 } });
  if (plan.description !== null) lines.push({ text: plan.description, options: { fontSize: 14, color: MUTED, breakLine: true } });
  if (lines.length > 0) text(slide, lang, lines, { x: M, y: 3.3, w: W - 2 * M, h: 3.4 });
}

/** The colour of a meaning, as the charts draw it. */
const meaningColour = (meaning: Meaning | "common", ctx: Context) => (meaning === "common" ? INK : hex(ctx.model.colours[meaning]));

/**
 * The right-hand column of a measure's slide: per facet, its signals (each finding in a few
 * words, coloured by meaning), latest value and centre line, then the target and its state.
 */
function statusParagraphs(m: ReportMeasure, ctx: Context): PptxGenJS.TextProps[] {
  const { s, p } = ctx;
  const out: PptxGenJS.TextProps[] = [];
  const head = (t: string) => out.push({ text: t, options: { bold: true, breakLine: true, paraSpaceBefore: out.length === 0 ? 0 : 8 } });
  const line = (t: string, options: TextOptions = {}) => out.push({ text: t, options: { breakLine: true, ...options } });
  for (const facet of m.facets) {
    head(facet.facet ?? p.signals);
    const groups = m.signals.filter((g) => g.facet === facet.facet);
    if (groups.length === 0) line(facet.signalsText, { color: meaningColour(facet.meaning, ctx) });
    for (const g of groups) for (const item of g.items) line(item.text, { color: meaningColour(g.meaning, ctx), bullet: true });
    if (facet.latest !== null) line(p.latest(facet.latest.yText, facet.latest.xText), { color: MUTED });
    line((m.result && centreIsMedian(m.result) ? p.median : p.centreLine)(facet.centreLineText), { color: MUTED });
  }
  if (m.target !== null) {
    head(`${s.targetLabel}: ${m.target.label}`);
    if (m.target.text !== null) line(m.target.text);
    for (const facet of m.facets) {
      const t = facet.target;
      if (t === null) continue;
      const who = facet.facet === null ? "" : `${facet.facet}: `;
      line(`${who}${capitalised(t.text)}${t.assuranceText === null ? "" : `; ${t.assuranceText}`}`, { color: STATE_COLOUR[t.state], bold: t.state === "met" });
    }
  }
  return out;
}

function measureSlide(slide: Slide, m: ReportMeasure, ctx: Context): void {
  const { s, lang, options } = ctx;
  slideTitle(slide, m.name, ctx);
  const sub = [m.typeLabel, ...(m.chartName === null ? [] : [capitalised(m.chartName)]), m.directionLabel].join(" · ");
  text(slide, lang, sub, { x: M, y: 1.12, w: W - 2 * M, h: 0.35, fontSize: 14, color: MUTED });
  slide.addShape("line", { x: M, y: 1.55, w: W - 2 * M, h: 0, line: { color: LINE, width: 1 } });

  const chartBox = { x: M, y: 1.75, w: 8.4, h: 4.0 };
  const side = { x: chartBox.x + chartBox.w + 0.35, y: chartBox.y, w: W - M - (chartBox.x + chartBox.w + 0.35), h: H - 0.35 - chartBox.y };
  const under = { x: M, y: chartBox.y + chartBox.h + 0.15, w: chartBox.w, h: H - 0.35 - (chartBox.y + chartBox.h + 0.15) };
  const problem = (lines: string[]) =>
    text(slide, lang, [{ text: s.failed, options: { bold: true, breakLine: true } }, ...lines.map((l) => ({ text: l, options: { breakLine: true } }))], {
      ...chartBox,
      fontSize: fitFontSize([s.failed, ...lines].join("\n"), chartBox.w, chartBox.h, [16, 14, 12, 10]),
      color: ERROR,
      valign: "middle",
    });
  if (m.result === null) {
    problem(m.errors);
    return;
  }
  try {
    const width = options.width ?? 840;
    const height = options.height ?? 400;
    const renderOptions: RenderOptions = { lang, width, height, id: `chart-${m.id}`, title: null };
    if (m.period !== null) renderOptions.period = m.period;
    const svg = options.render(m.result, renderOptions);
    // The picture keeps the chart's proportions inside the box.
    const scale = Math.min(chartBox.w / width, chartBox.h / height);
    slide.addImage({ data: svgData(svg), x: chartBox.x, y: chartBox.y, w: width * scale, h: height * scale, altText: s.figure(m.name) });
  } catch (e) {
    problem([e instanceof Error ? e.message : String(e)]);
  }

  // Under the chart: the story's first paragraphs, as many whole ones as fit at 11 pt (what the
  // chart is, then its centre line and limits); the whole story is in the speaker notes.
  const intro: string[] = [];
  for (const line of m.explanation) {
    if (intro.length > 0 && !fits([...intro, line].join("\n"), under.w, under.h, 11)) break;
    intro.push(line);
  }
  // A paragraph that announces the next ("Reglene fant 6 signaler:") is not left without them.
  while (intro.length > 1 && intro[intro.length - 1]!.trimEnd().endsWith(":")) intro.pop();
  const introText = intro.join("\n");
  if (introText !== "") text(slide, lang, intro.map((l) => ({ text: l, options: { breakLine: true, paraSpaceAfter: 3 } })), { ...under, fontSize: fitFontSize(introText, under.w, under.h, [14, 12, 11, 10, 9]), color: MUTED });
  const status = statusParagraphs(m, ctx);
  const statusText = status.map((t) => t.text ?? "").join("\n");
  text(slide, lang, status, { ...side, fontSize: fitFontSize(statusText, side.w - 0.25, side.h, [16, 14, 13, 12, 11, 10, 9]) });
  slide.addNotes(m.explanation.join("\n"));
}

/** The plan's changes tested (the measures' annotations), as an editable table, by date. */
function testedSlide(slide: Slide, tested: (ReportMeasure["annotations"][number] & { measure: string })[], ctx: Context): void {
  const { s, p } = ctx;
  const sorted = [...tested].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows: PptxGenJS.TableRow[] = [[head(p.date), head(s.columns.measure), head(p.change)]];
  for (const c of sorted) rows.push([{ text: c.dateText }, { text: c.facet === null ? c.measure : `${c.measure} (${c.facet})` }, { text: c.text }]);
  slideTitle(slide, s.testsOfChange, ctx);
  table(slide, rows, [1.8, 4.2, W - 2 * M - 6], ctx);
}

/** The A3's changes (what, who, when, effect and measurement), when the plan gives them. */
function a3ChangesSlide(slide: Slide, plan: ReportPlan, ctx: Context): void {
  const { p } = ctx;
  const rows: PptxGenJS.TableRow[] = [[head(p.what), head(p.who), head(p.when), head(p.effect)]];
  for (const c of plan.a3.changes) rows.push([{ text: c.what ?? "" }, { text: c.who ?? "" }, { text: c.when ?? "" }, { text: c.effect ?? "" }]);
  slideTitle(slide, p.a3Changes, ctx);
  table(slide, rows, [4.4, 2.2, 1.8, W - 2 * M - 8.4], ctx);
}

const head = (t: string): PptxGenJS.TableCell => ({ text: t, options: { bold: true, fill: { color: SOFT } } });

/** An editable table under the slide's title; rows that do not fit continue on a new slide, with the head. */
function table(slide: Slide, rows: PptxGenJS.TableRow[], colW: number[], ctx: Context): void {
  slide.addTable(rows, {
    x: M,
    y: 1.4,
    w: W - 2 * M,
    colW,
    fontFace: PPTX_FONT,
    fontSize: 14,
    color: INK,
    lang: ctx.lang === "en" ? "en-GB" : "nb-NO",
    border: { type: "solid", pt: 0.75, color: LINE },
    margin: 0.06,
    autoPage: true,
    autoPageRepeatHeader: true,
    autoPageSlideStartY: 1.4,
  });
}

/** The icons of a facet: variation, and assurance when there is one. */
function facetIcons(f: FacetStatus, lang: Lang): string[] {
  return [iconSvg({ variation: f.variation }, 48, lang), ...(f.assurance === null ? [] : [iconSvg({ assurance: f.assurance }, 48, lang)])];
}

/** Several plans: each team with its measures' Making Data Count icons, side by side. */
function networkSlide(slide: Slide, ctx: Context): void {
  const { model, s, p, lang } = ctx;
  slideTitle(slide, p.network, ctx);
  const top = 1.4;
  const rowH = Math.min(1.6, (H - top - 0.3) / Math.max(1, model.network.length));
  const labelW = 3.2;
  model.network.forEach((row, i) => {
    const y = top + i * rowH;
    slide.addShape("line", { x: M, y, w: W - 2 * M, h: 0, line: { color: LINE, width: 0.75 } });
    const team = row.team ?? row.title;
    text(slide, lang, team, { x: M, y: y + 0.08, w: labelW - 0.1, h: rowH - 0.16, fontSize: fitFontSize(team, labelW - 0.1, rowH - 0.16, [16, 14, 12, 10]), bold: true, valign: "middle" });
    const cells = row.measures.flatMap((m) => (m.failed || m.facets.length === 0 ? [{ m, facet: undefined as FacetStatus | undefined }] : m.facets.map((facet) => ({ m, facet }))));
    const cellW = Math.min(2.2, (W - 2 * M - labelW) / Math.max(1, cells.length));
    const icon = Math.min(0.5, rowH * 0.4, cellW * 0.4);
    cells.forEach(({ m, facet }, j) => {
      const x = M + labelW + j * cellW;
      const svgs = facet === undefined ? [] : facetIcons(facet, lang);
      const iconsW = svgs.length * icon + Math.max(0, svgs.length - 1) * 0.06;
      svgs.forEach((svg, k) => slide.addImage({ data: svgData(svg), x: x + (cellW - iconsW) / 2 + k * (icon + 0.06), y: y + 0.08, w: icon, h: icon, altText: facet?.variationLabel ?? "" }));
      const name = facet === undefined || facet.facet === null ? m.name : `${m.name} – ${facet.facet}`;
      const label = facet === undefined ? `${name}\n${s.failed}` : name;
      const labelY = y + (svgs.length > 0 ? icon + 0.14 : 0.08);
      const labelH = y + rowH - 0.06 - labelY;
      text(slide, lang, label, { x: x + 0.04, y: labelY, w: cellW - 0.08, h: labelH, fontSize: fitFontSize(label, cellW - 0.08, labelH, [11, 10, 9, 8, 7]), align: "center", color: facet === undefined ? ERROR : INK });
    });
  });
}
