/**
 * The learning network's A3 form as a PDF: one A3 landscape page per plan, laid out as the form
 * the teams fill in at each gathering. A band across the top (the project, idea/problem,
 * department, responsible, start – end), then three columns: the aim, the current situation
 * with the baseline chart and the analysis; the solution, the expected result, the changes as a
 * table, the tests and the follow-up; and the results, each measure's chart with its signals.
 * Text that does not fit its column is set smaller until it does: the form stays one page.
 *
 * @module
 */
import type { ComputedPlan } from "../../plan/compute.js";
import type { RenderOptions } from "../../render/index.js";
import type { ChartResult } from "../../types.js";
import { buildReportModel, type ReportMeasure, type ReportModel, type ReportPlan } from "../model.js";
import type { PdfReportOptions } from "./options.js";
import { reportStrings } from "../strings.js";
import { openPdf, type OpenPdf } from "./document.js";
import { FONT, resolvePdfFonts } from "./fonts.js";
import { INK, PdfFlow, type Span } from "./flow.js";
import { pdfStrings, type PdfStrings } from "./strings.js";

const MARGIN = 24;
const GUTTER = 12;
/** The columns' shares of the width: aim and situation, the changes, the results. */
const SHARES = [0.3, 0.28, 0.42] as const;
/** The smallest text scale a column may be shrunk to before it is allowed to run short. */
const MIN_SCALE = 0.55;

/**
 * Writes the A3 PDF: one page per plan.
 *
 * @example
 * ```ts
 * const bytes = await writeA3Pdf([computed], { render: renderSvg });
 * ```
 */
export async function writeA3Pdf(plans: readonly ComputedPlan[], options: PdfReportOptions): Promise<Uint8Array> {
  const model = buildReportModel(plans, options);
  const fonts = await resolvePdfFonts(options.fonts);
  const pdf = await openPdf({ size: "A3", landscape: true, margin: MARGIN, fonts, title: model.title, lang: model.lang, ...(model.date === null ? {} : { date: model.date.iso }) });
  let done = 0;
  model.plans.forEach((plan, i) => {
    if (i > 0) pdf.doc.addPage();
    a3Page(pdf, plan, plans[i]!, model, options);
    done += plan.measures.length;
    options.onProgress?.(done, model.measureCount);
  });
  return pdf.finish();
}

function a3Page(pdf: OpenPdf, plan: ReportPlan, computed: ComputedPlan, model: ReportModel, options: PdfReportOptions): void {
  const doc = pdf.doc;
  const p = pdfStrings(model.lang);
  const { width, height } = doc.page;
  const inner = width - 2 * MARGIN;
  const a3 = plan.a3;
  const t = reportStrings(model.lang).a3;

  // The top band: the project and its facts.
  const head = new PdfFlow(pdf, { left: MARGIN, top: MARGIN, width: inner * 0.62, bottom: MARGIN + 40 });
  head.onePage = true;
  head.spans([{ text: plan.title, bold: true }], { size: 18 });
  const side = [p.a3.title, ...(plan.team === null ? [] : [plan.team]), ...(model.date === null ? [] : [reportStrings(model.lang).made(model.date.text)])];
  doc.font(FONT.regular).fontSize(9).fillColor(INK.muted).text(side.join(" · "), MARGIN + inner * 0.62, MARGIN + 6, { width: inner * 0.38, align: "right", lineBreak: false });
  const period = a3.start === null && a3.end === null ? null : `${a3.start?.text ?? "…"} – ${a3.end?.text ?? "…"}`;
  const facts: [string, string | null, number][] = [
    [t.problem, a3.problem, 4],
    [t.department, a3.department, 1.5],
    [t.responsible, a3.responsible, 1.6],
    [t.period, period, 1.7],
  ];
  const factsTop = MARGIN + 34;
  const factsHeight = 50;
  const shareSum = facts.reduce((n, f) => n + f[2], 0);
  let x = MARGIN;
  for (const [label, value, share] of facts) {
    const w = (share / shareSum) * (inner - GUTTER * (facts.length - 1));
    doc.rect(x, factsTop, w, factsHeight).lineWidth(0.6).strokeColor(INK.line).stroke();
    const box = new PdfFlow(pdf, { left: x + 6, top: factsTop + 4, width: w - 12, bottom: factsTop + factsHeight - 3 });
    box.onePage = true;
    fit(box, () => {
      box.spans([{ text: label, bold: true, color: INK.muted }], { size: 7.5 });
      box.spans([{ text: value ?? t.none, ...(value === null ? { color: INK.muted } : {}) }], { size: 10 });
    });
    x += w + GUTTER;
  }

  // The three columns.
  const top = factsTop + factsHeight + GUTTER;
  const bottom = height - MARGIN;
  const widths = SHARES.map((s) => s * (inner - 2 * GUTTER));
  const lefts = [MARGIN, MARGIN + widths[0]! + GUTTER, MARGIN + widths[0]! + widths[1]! + 2 * GUTTER];
  const column = (i: number) => {
    const flow = new PdfFlow(pdf, { left: lefts[i]!, top, width: widths[i]!, bottom });
    flow.onePage = true;
    return flow;
  };

  // The model's baseline chart (the first outcome measure cut to its baseline, computed alone).
  const baseline = a3.baseline;

  const first = column(0);
  fit(first, () => {
    section(first, t.aim, plan.aim === null ? [] : [plan.aim], t.none);
    section(first, t.currentState, a3.currentState, t.none, baseline === null);
    if (baseline !== null) {
      // The whole chart when it has no baseline of its own: then it is not called one.
      first.spans([{ text: baseline.cut === "all" ? baseline.name : `${baseline.name} – ${t.baseline(baseline.range)}`, bold: true }], { size: 8.5 });
      first.chart(chartSvg(baseline.result, { id: `baseline-${baseline.measureId}`, period: baseline.period }, model, options, 640, 330), first.width * Math.min(1, first.scale * 1.15));
    }
    section(first, t.analysis, a3.analysis, t.none);
  });

  const second = column(1);
  fit(second, () => {
    section(second, t.solution, a3.solution, t.none);
    section(second, t.expectedResult, a3.expectedResult, t.none);
    sectionTitle(second, t.changes);
    if (a3.changes.length === 0) second.paragraph(t.none, { color: INK.muted });
    else
      second.table(
        [
          { header: t.what, share: 2.6 },
          { header: t.who, share: 2 },
          { header: t.when, share: 1.3 },
          { header: t.effect, share: 2.8 },
        ],
        a3.changes.map((c) => [c.what, c.who, c.when, c.effect].map((t) => ({ spans: [{ text: t ?? "" }] }))),
        { size: 8 },
      );
    section(second, t.tests, a3.tests, t.none);
    section(second, t.followUp, a3.followUp, t.none);
  });

  results(column(2), plan.measures, model, options, p);
}

/**
 * Runs `draw` measuring only, at smaller text sizes until what it draws fits the box, then
 * draws it at that size.
 */
function fit(flow: PdfFlow, draw: () => void): void {
  const start = flow.y;
  let scale = 1;
  for (; scale > MIN_SCALE; scale = Math.round((scale - 0.05) * 100) / 100) {
    flow.dry = true;
    flow.scale = scale;
    flow.y = start;
    draw();
    if (flow.y <= flow.bottom) break;
  }
  flow.dry = false;
  flow.scale = Math.max(scale, MIN_SCALE);
  flow.y = start;
  draw();
}

/** A field's name on a shaded band, as on the paper form. */
function sectionTitle(flow: PdfFlow, label: string): void {
  if (!flow.atTop) flow.space(6 * flow.scale);
  const height = 15 * Math.max(flow.scale, 0.8);
  if (!flow.dry) {
    flow.doc.rect(flow.left, flow.y, flow.width, height).fill(INK.soft);
    flow.doc.font(FONT.bold).fontSize(9.5 * Math.max(flow.scale, 0.8)).fillColor(INK.text).text(label, flow.left + 5, flow.y + 3, { width: flow.width - 10, lineBreak: false });
  }
  flow.y += height + 4;
}

/** A field: its band and its text (one paragraph, or bullets for a list); a dash when empty. */
function section(flow: PdfFlow, label: string, items: readonly string[], none: string, showEmpty = true): void {
  sectionTitle(flow, label);
  if (items.length === 0) {
    if (showEmpty) flow.paragraph(none, { color: INK.muted });
    return;
  }
  if (items.length === 1) flow.paragraph(items[0]!);
  else flow.bullets(items);
}

function chartSvg(result: ChartResult, m: Pick<ReportMeasure, "id" | "period">, model: ReportModel, options: PdfReportOptions, width: number, height: number): string {
  const render: RenderOptions = { lang: model.lang, width: options.width ?? width, height: options.height ?? height, id: `a3-${m.id}`, title: null, notes: "none" };
  if (m.period !== null) render.period = m.period;
  return options.render(result, render);
}

/**
 * The results column: each measure's chart with its signals in a line each, coloured by what
 * they mean, and its target. Four measures or more are set two abreast.
 */
function results(flow: PdfFlow, measures: readonly ReportMeasure[], model: ReportModel, options: PdfReportOptions, p: PdfStrings): void {
  sectionTitle(flow, reportStrings(model.lang).a3.results);
  const s = reportStrings(model.lang);
  const perRow = measures.length >= 4 ? 2 : 1;
  const rows = Math.max(1, Math.ceil(measures.length / perRow));
  const cellWidth = (flow.width - (perRow - 1) * GUTTER) / perRow;
  const slot = (flow.bottom - flow.y) / rows;
  const top = flow.y;
  const cells = measures.map((m, i) => {
    const cell = new PdfFlow(flow.pdf, {
      left: flow.left + (i % perRow) * (cellWidth + GUTTER),
      top: top + Math.floor(i / perRow) * slot,
      width: cellWidth,
      bottom: top + (Math.floor(i / perRow) + 1) * slot - 6,
    });
    cell.onePage = true;
    const lines: Span[][] = [];
    if (m.result === null) lines.push([{ text: `${s.failed} ${m.errors[0] ?? ""}`.trim(), color: INK.bad }]);
    else if (m.signals.length === 0) lines.push([{ text: p.a3.noSignals, color: INK.muted }]);
    else for (const g of m.signals) lines.push([{ text: `${g.facet === null ? "" : `${g.facet}: `}${g.summary}`, color: model.colours[g.meaning] }]);
    for (const f of m.facets) if (f.target !== null && m.target !== null) lines.push([{ text: `${s.targetLabel} ${m.target.label}${f.facet === null ? "" : ` (${f.facet})`}: `, bold: true }, { text: f.target.text }]);
    // Text first measured at full size, then the chart takes the height left, at most its own aspect.
    const textHeight = (scale: number) => {
      cell.scale = scale;
      return cell.measure([{ text: m.name, bold: true }], { size: 10 }) + lines.reduce((n, l) => n + cell.measure(l, { size: 8 }), 0) + 6;
    };
    let scale = 1;
    while (scale > MIN_SCALE && textHeight(scale) > (cell.bottom - cell.top) * 0.4) scale -= 0.05;
    return { m, cell, lines, scale, chartRoom: cell.bottom - cell.top - textHeight(scale) };
  });
  // Every chart the same size, so that the results read as one family of measures.
  const chartRoom = Math.min(...cells.map((c) => c.chartRoom));
  for (const { m, cell, lines, scale } of cells) {
    cell.scale = scale;
    cell.spans([{ text: m.name, bold: true }, { text: ` · ${m.typeLabel}`, color: INK.muted }], { size: 10 });
    if (m.result !== null) {
      // The chart is drawn the cell's width, its height in px chosen to fill the room left (within
      // a sensible aspect), so that charts set two abreast are not flattened strips.
      const px = perRow === 1 ? 640 : 520;
      const pxHeight = Math.round(Math.min(Math.max((px * chartRoom) / cell.width, 260), px * 0.85));
      const chartWidth = Math.min(cell.width, chartRoom * (px / pxHeight));
      cell.chart(chartSvg(m.result, m, model, options, px, pxHeight), chartWidth);
      cell.y -= 6;
    }
    for (const line of lines) cell.spans(line, { size: 8 });
  }
}
