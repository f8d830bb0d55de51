/**
 * The PDF report on A4 portrait: what the HTML report says, laid out for paper. A title page
 * part (title, date, the learning network's overview when there are several plans), per plan its
 * aim and summary table, and each measure on a page of its own: the chart as vectors, what it
 * shows, its signals grouped and coloured by meaning, the target and the changes tested. Every
 * text comes from the report model (src/report/model.ts), so it says what the HTML says.
 *
 * @module
 */
import type { RenderOptions } from "../../render/index.js";
import { iconSvg } from "../../render/marks/icons.js";
import { buildReportModel, type FacetStatus, type ReportMeasure, type ReportModel, type ReportPlan } from "../model.js";
import { reportStrings, type ReportStrings } from "../strings.js";
import type { PdfReportOptions } from "./options.js";
import { openPdf } from "./document.js";
import { FONT, resolvePdfFonts } from "./fonts.js";
import { INK, PdfFlow, type Cell, type Span } from "./flow.js";
import { pdfStrings, type PdfStrings } from "./strings.js";
import type { ComputedPlan } from "../../plan/compute.js";

/** Margin on each side of an A4 page, in points (17 mm). */
const MARGIN = 48;

/**
 * Writes the A4 PDF of computed plans.
 *
 * @example
 * ```ts
 * const bytes = await writeA4Pdf([computed], { render: renderSvg, lang: "nb" });
 * ```
 */
export async function writeA4Pdf(plans: readonly ComputedPlan[], options: PdfReportOptions): Promise<Uint8Array> {
  const model = buildReportModel(plans, options);
  const s = reportStrings(model.lang);
  const p = pdfStrings(model.lang);
  const fonts = await resolvePdfFonts(options.fonts);
  const pdf = await openPdf({ size: "A4", margin: MARGIN, fonts, title: model.title, lang: model.lang, ...(model.date === null ? {} : { date: model.date.iso }) });
  const flow = new PdfFlow(pdf);

  flow.spans([{ text: model.title, bold: true }], { size: 22 });
  flow.space(4);
  const meta = [...(model.date === null ? [] : [s.made(model.date.text)]), s.counts(model.plans.length, model.measureCount)];
  flow.paragraph(meta.join(" · "), { color: INK.muted });

  if (model.plans.length > 1) networkOverview(flow, model, s, p);

  let done = 0;
  for (const plan of model.plans) {
    if (model.plans.length > 1) flow.newPage();
    planIntro(flow, plan, model, s);
    for (const measure of plan.measures) {
      measurePage(flow, measure, model, s, p, options);
      options.onProgress?.(++done, model.measureCount);
    }
  }
  pageNumbers(pdf.doc, model.title, p);
  return pdf.finish();
}

/** The learning network's overview: each team's measures with their icons and signals. */
function networkOverview(flow: PdfFlow, model: ReportModel, s: ReportStrings, p: PdfStrings): void {
  flow.heading(p.network, 2);
  const rows: Cell[][] = [];
  for (const row of model.network) {
    const team = row.team === null ? row.title : `${row.title} (${row.team})`;
    row.measures.forEach((m, i) => {
      const first = i === 0 ? [{ text: team, bold: true }] : [{ text: "" }];
      if (m.failed) {
        rows.push([{ spans: first }, { spans: [{ text: m.name }] }, { spans: [{ text: s.failed, color: INK.bad }] }, { spans: [{ text: "–" }] }]);
        return;
      }
      for (const f of m.facets) rows.push([{ spans: first }, { spans: [{ text: f.facet === null ? m.name : `${m.name} – ${f.facet}` }] }, signalsCell(f, model), targetCell(f, model, s)]);
    });
  }
  flow.table(
    [
      { header: p.teamColumn, share: 2.2 },
      { header: s.columns.measure, share: 2.6 },
      { header: s.columns.signals, share: 2.6 },
      { header: s.columns.target, share: 2.4 },
    ],
    rows,
  );
}

/** The plan's heading, team, aim and description, and its summary table. */
function planIntro(flow: PdfFlow, plan: ReportPlan, model: ReportModel, s: ReportStrings): void {
  if (model.plans.length > 1 || model.title !== plan.title) flow.heading(plan.title, 1);
  else flow.space(6);
  if (plan.team !== null) flow.spans([{ text: `${s.team}: `, color: INK.muted }, { text: plan.team }]);
  if (plan.aim !== null) flow.spans([{ text: `${s.aim}: `, bold: true }, { text: plan.aim }]);
  if (plan.description !== null) flow.paragraph(plan.description);
  flow.space(6);
  flow.spans([{ text: s.summary, bold: true }], { size: 11 });
  flow.space(3);
  const c = s.columns;
  const rows: Cell[][] = [];
  for (const m of plan.measures) {
    if (m.result === null) {
      rows.push([{ spans: [{ text: m.name }] }, { spans: [{ text: m.typeLabel }] }, { spans: [{ text: "–" }] }, { spans: [{ text: "–" }] }, { spans: [{ text: `${s.failed} ${m.errors[0] ?? ""}`.trim(), color: INK.bad }] }, { spans: [{ text: "–" }] }]);
      continue;
    }
    for (const f of m.facets) {
      const latest: Span[] = f.latest === null ? [{ text: s.noData }] : [{ text: f.latest.yText }, { text: f.latest.xText, color: INK.muted }];
      rows.push([
        { spans: [{ text: f.facet === null ? m.name : `${m.name} – ${f.facet}` }] },
        { spans: [{ text: m.typeLabel }] },
        { spans: latest, align: "right" },
        { spans: [{ text: f.centreLineText }], align: "right" },
        signalsCell(f, model),
        targetCell(f, model, s, m),
      ]);
    }
  }
  flow.table(
    [
      { header: c.measure, share: 2.4 },
      { header: c.type, share: 1.3 },
      { header: c.latest, share: 1.5, align: "right" },
      { header: c.centreLine, share: 1.1, align: "right" },
      { header: c.signals, share: 2.4 },
      { header: c.target, share: 2.2 },
    ],
    rows,
    { size: 8 },
  );
}

/** A facet's signals with its variation icon, coloured by what they mean. */
function signalsCell(f: FacetStatus, model: ReportModel): Cell {
  const colour = f.meaning === "common" ? INK.text : model.colours[f.meaning];
  return { spans: [{ text: f.signalsText, color: colour }], icon: iconSvg({ variation: f.variation }, 22, model.lang) };
}

/** A facet's target and its state, with the assurance icon when there is one. */
function targetCell(f: FacetStatus, model: ReportModel, s: ReportStrings, m?: ReportMeasure): Cell {
  if (f.target === null) return { spans: [{ text: "–" }] };
  const colour = f.target.state === "met" ? INK.ok : f.target.state === "missed" ? INK.bad : f.target.state === "not-met" ? INK.warn : INK.text;
  const goal = m?.target?.label;
  return {
    spans: [...(goal === undefined ? [] : [{ text: `${goal}: ` }]), { text: f.target.text, color: colour }],
    ...(f.assurance === null ? {} : { icon: iconSvg({ assurance: f.assurance }, 22, model.lang) }),
  };
}

/** One measure, starting a page: heading, facts, chart, what it shows, signals, target, changes. */
function measurePage(flow: PdfFlow, m: ReportMeasure, model: ReportModel, s: ReportStrings, p: PdfStrings, options: PdfReportOptions): void {
  flow.newPage();
  flow.heading(`${m.name}`, 2, 40);
  flow.spans([{ text: m.typeLabel, bold: true, color: INK.muted }], { size: 8.5 });
  flow.space(4);
  const facts: [string, string][] = [];
  if (m.definition !== null) facts.push([s.definition, m.definition]);
  facts.push([s.direction, m.directionLabel]);
  if (m.target !== null) facts.push([s.targetLabel, m.target.text === null ? m.target.label : `${m.target.label} – ${m.target.text}`]);
  if (m.chartName !== null) {
    const name = m.chartName.charAt(0).toUpperCase() + m.chartName.slice(1);
    facts.push([s.chartLabel, m.chartReason === null ? name : `${name} (${s.chartAuto(m.chartReason)})`]);
  }
  flow.definitions(facts);

  if (m.result === null) {
    flow.spans([{ text: s.failed, bold: true, color: INK.bad }]);
    flow.bullets(m.errors, { size: 8.5 });
  } else {
    const render: RenderOptions = { lang: model.lang, width: options.width ?? 760, height: options.height ?? 360, id: `chart-${m.id}`, title: null };
    if (m.period !== null) render.period = m.period;
    try {
      flow.chart(options.render(m.result, render));
    } catch (e) {
      flow.spans([{ text: s.failed, bold: true, color: INK.bad }]);
      flow.bullets([e instanceof Error ? e.message : String(e)], { size: 8.5 });
    }
  }

  if (m.explanation.length > 0) {
    flow.heading(s.whatItShows, 4, 24);
    for (const line of m.explanation) flow.paragraph(line);
  }
  if (m.signals.length > 0) {
    flow.heading(s.signalsHeading, 4, 24);
    for (const g of m.signals) {
      const colour = model.colours[g.meaning];
      const facet = g.facet === null ? "" : `${g.facet}: `;
      const meaning = s.meanings[g.meaning];
      flow.spans([{ text: `${facet}${g.ruleName}`, bold: true, color: colour }, { text: ` – ${meaning}`, color: colour }]);
      flow.space(1);
      flow.bullets(g.items.map((i) => i.text));
    }
  }
  const targets = m.facets.filter((f) => f.target !== null);
  if (m.target !== null && targets.length > 0) {
    flow.heading(s.targetLabel, 4, 24);
    for (const f of targets) {
      const t = f.target!;
      const facet = f.facet === null ? "" : `${f.facet}: `;
      flow.spans([{ text: `${facet}${m.target.label}: `, bold: true }, { text: t.text }, ...(t.assuranceText === null ? [] : [{ text: `; ${t.assuranceText}` }])]);
      flow.space(2);
    }
  }
  if (m.annotations.length > 0) {
    flow.heading(s.testsOfChange, 4, 24);
    flow.bullets(
      m.annotations.map((a): Span[] => [
        { text: a.dateText, bold: true },
        { text: `${a.facet === null ? "" : ` (${a.facet})`}: ${a.text}` },
        ...(a.x === null ? [{ text: ` (${s.notOnChart})`, color: INK.muted }] : []),
      ]),
    );
  }
  if (m.warnings.length > 0) {
    const rejected = m.rejectedLines > 0 ? ` – ${s.rejectedLines(m.rejectedLines)}` : "";
    flow.heading(s.warnings(m.warnings.length) + rejected, 4, 16);
    flow.bullets(m.warnings, { size: 7.5, color: INK.muted });
  }
}

/** «Fall · side 2 av 7» at the foot of every page. */
function pageNumbers(doc: PdfFlow["doc"], title: string, p: PdfStrings): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Writing below the bottom margin would make pdfkit start a new page: lift it for the footer.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7.5).fillColor(INK.muted);
    doc.text(`${title} · ${p.page(i + 1 - range.start, range.count)}`, margins.left, height - bottom / 2 - 4, { width: width - margins.left - margins.right, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
