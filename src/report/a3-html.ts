/**
 * The learning network's A3 as an HTML page that prints on one A3 landscape sheet per plan: the
 * improvement project's fields from the plan (problem, department, responsible, start and end,
 * aim, current situation with its baseline chart, analysis, solution, expected result, the
 * changes as a table, the tests, the follow-up) and the results — every measure's chart with its
 * icons, signals and target. Laid out from the report model, so it says what the report says.
 *
 * The page is fixed at 420 × 297 mm (`@page size: A3 landscape`); boxes keep to their place and
 * clip what does not fit rather than spill onto a second sheet: the A3 is one page by design.
 *
 * @module
 */
import type { ComputedPlan } from "../plan/compute.js";
import type { Lang } from "../plan/schema.js";
import { iconSvg } from "../render/marks/icons.js";
import type { RenderOptions } from "../render/index.js";
import type { ReportOptions } from "./build.js";
import { escapeHtml as esc, scopeSvgIds } from "./html.js";
import { buildReportModel, type ReportMeasure, type ReportModel, type ReportPlan } from "./model.js";
import { reportStrings, type ReportStrings } from "./strings.js";

/** Height (mm) of the results column's charts together. */
const RESULTS_MM = 218;
/** Drawing pixels per millimetre of paper: the charts' 12 px text prints at about 9 pt. */
const PX_PER_MM = 3.6;
/** Width (mm) of the results column and of the current-situation box, for the charts' aspect. */
const RESULTS_WIDTH_MM = 170;
const LEFT_WIDTH_MM = 112;

function css(model: ReportModel): string {
  const c = model.colours;
  return `
@page{size:A3 landscape;margin:0}
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font:9pt/1.35 "DejaVu Sans",system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2733;background:#fff;--improvement:${c.improvement};--concern:${c.concern};--neutral:${c.neutral};--common:#5b6776}
.sheet{width:420mm;height:297mm;padding:9mm 10mm;overflow:hidden;display:grid;grid-template-rows:auto 1fr;gap:4mm;break-after:page;page-break-after:always}
.sheet:last-child{break-after:auto;page-break-after:auto}
header{display:grid;grid-template-columns:1fr auto;gap:6mm;align-items:end;border-bottom:1.2mm solid #1d4f91;padding-bottom:2mm}
header h1{font-size:19pt;margin:0;line-height:1.15}
header .team{color:#5b6776;font-size:10pt}
header dl{display:grid;grid-template-columns:repeat(3,auto);gap:0 7mm;margin:0}
header dt{color:#5b6776;font-size:7.5pt;text-transform:uppercase;letter-spacing:.03em}header dd{margin:0;font-weight:600}
.columns{display:grid;grid-template-columns:${LEFT_WIDTH_MM}mm 1fr ${RESULTS_WIDTH_MM}mm;gap:4mm;min-height:0}
.column{display:flex;flex-direction:column;gap:3mm;min-height:0}
.box{border:0.3mm solid #b8c2cf;border-radius:1.5mm;padding:2mm 3mm;overflow:hidden;min-height:0}
.box.grow{flex:1 1 auto}
.box h2{font-size:9.5pt;margin:0 0 1mm;color:#1d4f91;text-transform:uppercase;letter-spacing:.02em}
.box h2 .n{display:inline-block;width:5mm;height:5mm;line-height:5mm;border-radius:50%;background:#1d4f91;color:#fff;text-align:center;font-size:7.5pt;margin-right:1.5mm}
.box p{margin:0 0 1mm}.box ul{margin:0;padding-left:4.5mm}
.empty{color:#9aa5b1}
figure{margin:1mm 0 0}figure svg{display:block;width:100%;height:auto}
figcaption{font-size:7.5pt;color:#5b6776}
table{border-collapse:collapse;width:100%;font-size:8.5pt}th,td{border-bottom:0.2mm solid #d5dbe3;padding:1mm 1.5mm;text-align:left;vertical-align:top}th{background:#f4f6f9}
.results{display:grid;gap:2mm;min-height:0}
.result h3{font-size:9pt;margin:0;display:flex;gap:1.5mm;align-items:center}
.result h3 .type{font-weight:400;color:#5b6776;font-size:7.5pt}
.result{overflow:hidden;display:flex;flex-direction:column}
.result ul{font-size:8pt;line-height:3.6mm;margin:0;padding-left:4mm}.result li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.result .more{color:#5b6776}
.result svg.chart{display:block;width:100%;flex:0 0 auto}
.meaning-improvement{color:var(--improvement)}.meaning-concern{color:var(--concern)}.meaning-neutral{color:var(--neutral)}.meaning-common{color:var(--common)}
.mdc-icon svg{vertical-align:middle}
@media screen{body{background:#e8ebef}.sheet{background:#fff;margin:8mm auto;box-shadow:0 1mm 4mm rgba(0,0,0,.2)}}
`.trim();
}

/**
 * The A3 of one or several plans: a complete HTML document with one A3 landscape sheet per
 * plan. Pure: it draws each chart with `options.render`.
 *
 * @example
 * ```ts
 * import { renderSvg } from "spc-charts";
 * const html = buildA3([computePlan(plan, texts)], { render: renderSvg, date: "2025-11-23" });
 * writeFileSync("a3.html", html); // print: one A3 landscape page
 * ```
 */
export function buildA3(plans: readonly ComputedPlan[], options: ReportOptions): string {
  if (typeof options?.render !== "function") throw new TypeError("buildA3 needs options.render, e.g. renderSvg");
  const model = buildReportModel(plans, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  return a3Html(model, options);
}

/**
 * Lays out a report model as A3 sheets (see {@link buildA3}).
 *
 * @example
 * ```ts
 * const html = a3Html(buildReportModel(computed, { lang: "nb" }), { render: renderSvg });
 * ```
 */
export function a3Html(model: ReportModel, options: ReportOptions): string {
  const s = reportStrings(model.lang);
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="${model.lang === "en" ? "en" : "nb"}">\n<head>\n<meta charset="utf-8">`);
  out.push(`<title>${esc(model.title)}</title>\n<style>${css(model)}</style>\n</head>\n<body>`);
  let done = 0;
  for (const p of model.plans) {
    out.push(sheet(p, model, s, options));
    done += p.measures.length;
    options.onProgress?.(done, model.measureCount);
  }
  out.push(`</body>\n</html>\n`);
  return out.join("\n");
}

function paragraphs(items: readonly string[], s: ReportStrings): string {
  if (items.length === 0) return `<p class="empty">${esc(s.a3.none)}</p>`;
  if (items.length === 1) return `<p>${esc(items[0]!)}</p>`;
  return `<ul>${items.map((t) => `<li>${esc(t)}</li>`).join("")}</ul>`;
}

function box(n: number, title: string, body: string, grow = false): string {
  return `<section class="box${grow ? " grow" : ""}"><h2><span class="n">${n}</span>${esc(title)}</h2>\n${body}\n</section>`;
}

function chartSvg(result: ReportMeasure["result"], period: ReportMeasure["period"], id: string, widthMm: number, heightMm: number, lang: Lang, options: ReportOptions): string {
  if (result === null) return "";
  const width = Math.round(widthMm * PX_PER_MM);
  const height = Math.max(120, Math.round(heightMm * PX_PER_MM));
  const renderOptions: RenderOptions = { lang, width, height, id, title: null, notes: "none" };
  if (period !== null) renderOptions.period = period;
  try {
    return scopeSvgIds(options.render(result, renderOptions), id).replace(/^<svg /, '<svg class="chart" ');
  } catch (e) {
    return `<p class="empty">${esc(e instanceof Error ? e.message : String(e))}</p>`;
  }
}

function sheet(p: ReportPlan, model: ReportModel, s: ReportStrings, options: ReportOptions): string {
  const a = p.a3;
  const lang = model.lang;
  const t = s.a3;
  const out: string[] = [`<article class="sheet" id="${p.id}">`];
  const period = a.start === null && a.end === null ? s.a3.none : `${a.start?.text ?? "…"} – ${a.end?.text ?? "…"}`;
  out.push(
    `<header><div><h1>${esc(p.title)}</h1>${p.team === null ? "" : `<div class="team">${esc(p.team)}${model.date === null ? "" : ` · ${esc(s.made(model.date.text))}`}</div>`}</div>` +
      `<dl><dt>${esc(t.department)}</dt><dt>${esc(t.responsible)}</dt><dt>${esc(t.period)}</dt>` +
      `<dd>${esc(a.department ?? t.none)}</dd><dd>${esc(a.responsible ?? t.none)}</dd><dd>${esc(period)}</dd></dl></header>`,
  );
  out.push(`<div class="columns">`);

  // Left: why — the problem, the aim, where we stand, and why it is so.
  out.push(`<div class="column">`);
  out.push(box(1, t.problem, paragraphs(a.problem === null ? [] : [a.problem], s)));
  out.push(box(2, t.aim, paragraphs(p.aim === null ? [] : [p.aim], s)));
  const baseline = a.baseline;
  let current = paragraphs(a.currentState, s);
  if (baseline !== null) {
    const svg = chartSvg(baseline.result, baseline.period, `${p.id}-baseline`, LEFT_WIDTH_MM - 6, 62, lang, options);
    current += `\n<figure>${svg}<figcaption>${esc(baseline.name)} – ${esc(t.baseline(baseline.range))}</figcaption></figure>`;
  }
  out.push(box(3, t.currentState, current));
  out.push(box(4, t.analysis, paragraphs(a.analysis, s), true));
  out.push(`</div>`);

  // Middle: what — the solution, the changes and their tests.
  out.push(`<div class="column">`);
  out.push(box(5, t.solution, paragraphs(a.solution, s)));
  out.push(box(6, t.expectedResult, paragraphs(a.expectedResult, s)));
  const rows = a.changes.map((c) => `<tr><td>${esc(c.what ?? "")}</td><td>${esc(c.who ?? "")}</td><td>${esc(c.when ?? "")}</td><td>${esc(c.effect ?? "")}</td></tr>`);
  // Changes the plan does not list in the A3 but has tested on a chart are shown too, by date.
  if (rows.length === 0) {
    for (const m of p.measures) for (const an of m.annotations) rows.push(`<tr><td>${esc(an.text)}</td><td></td><td>${esc(an.dateText)}</td><td>${esc(m.name)}</td></tr>`);
  }
  const table =
    rows.length === 0
      ? `<p class="empty">${esc(t.none)}</p>`
      : `<table><thead><tr><th>${esc(t.what)}</th><th>${esc(t.who)}</th><th>${esc(t.when)}</th><th>${esc(t.effect)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  out.push(box(7, t.changes, table, true));
  out.push(box(8, t.tests, paragraphs(a.tests, s)));
  out.push(`</div>`);

  // Right: what happened — every measure's chart, then what comes next.
  out.push(`<div class="column">`);
  out.push(box(9, t.results, results(p, lang, s, options), true));
  out.push(box(10, t.followUp, paragraphs(a.followUp, s)));
  out.push(`</div>`);

  out.push(`</div>\n</article>`);
  return out.join("\n");
}

function results(p: ReportPlan, lang: Lang, s: ReportStrings, options: ReportOptions): string {
  const measures = p.measures;
  if (measures.length === 0) return `<p class="empty">${esc(s.a3.none)}</p>`;
  // Up to four charts one above the other; more, or three and more with units side by side,
  // share two columns (a chart of three units needs the height).
  const faceted = measures.some((m) => m.facets.length > 1);
  const columns = measures.length > 4 || (faceted && measures.length >= 3) ? 2 : 1;
  const rowsCount = Math.ceil(measures.length / columns);
  const cellWidth = (RESULTS_WIDTH_MM - 6 - (columns - 1) * 2) / columns;
  const cellMm = (RESULTS_MM - (rowsCount - 1) * 2) / rowsCount;
  // Each cell: a heading line, the chart, and up to three lines of words (signals, target).
  const textLines = 3;
  const chartMm = Math.max(24, cellMm - 5 - textLines * 3.6);
  const out: string[] = [`<div class="results" style="grid-template-columns:repeat(${columns},1fr)">`];
  for (const m of measures) {
    out.push(`<div class="result" style="height:${cellMm.toFixed(1)}mm">`);
    const f = m.facets.find((x) => x.signal) ?? m.facets[0];
    const icon = f === undefined ? "" : `<span class="mdc-icon">${iconSvg({ variation: f.variation }, 16, lang)}</span>${f.assurance === null ? "" : `<span class="mdc-icon">${iconSvg({ assurance: f.assurance }, 16, lang)}</span>`}`;
    out.push(`<h3>${icon}${esc(m.name)} <span class="type">${esc(m.typeLabel)}</span></h3>`);
    if (m.result === null) {
      out.push(`<p class="empty">${esc(s.failed)} ${esc(m.errors[0] ?? "")}</p>`);
    } else {
      out.push(chartSvg(m.result, m.period, `${m.id}-a3`, cellWidth, chartMm, lang, options).replace('<svg class="chart" ', `<svg class="chart" style="height:${chartMm.toFixed(1)}mm" `));
      const lines: string[] = [];
      const several = m.facets.length > 1;
      // The signals, one line per group, then the target: as many as the cell holds.
      for (const g of m.signals) lines.push(`<li class="meaning-${g.meaning}">${esc((several && g.facet !== null ? `${g.facet}: ` : "") + g.summary)}</li>`);
      if (m.signals.length === 0) lines.push(`<li class="meaning-common">${esc(f?.signalsText ?? s.noSignals)}</li>`);
      const target = m.facets.find((x) => x.target !== null)?.target;
      const targetLine = m.target !== null && target ? `<li>${esc(s.targetLabel)} ${esc(m.target.label)}: ${esc(target.text)}</li>` : null;
      const shown = lines.slice(0, targetLine === null ? textLines : textLines - 1);
      if (lines.length > shown.length) shown[shown.length - 1] = shown[shown.length - 1]!.replace(/<\/li>$/, ` <span class="more">(+${lines.length - shown.length})</span></li>`);
      if (targetLine !== null) shown.push(targetLine);
      out.push(`<ul>${shown.join("")}</ul>`);
    }
    out.push(`</div>`);
  }
  out.push(`</div>`);
  return out.join("\n");
}
