/**
 * The HTML report: one self-contained page (inline CSS and SVG, nothing fetched) with every
 * measure's chart and what it shows in words, a summary table per plan with Making Data Count's
 * icons, and for a learning network a table of contents and a network summary. Laid out from
 * the report model (model.ts), so that it says what the slides, the PDF and the A3 say. Prints on
 * A4 with margins, each measure on its own page.
 *
 * @module
 */
import type { RenderOptions } from "../render/index.js";
import type { ComputedPlan } from "../plan/compute.js";
import type { Lang } from "../plan/schema.js";
import type { ChartResult } from "../types.js";
import { escapeHtml as esc, scopeSvgIds } from "./html.js";
import { reportStrings, type ReportStrings } from "./strings.js";
import { buildReportModel, type ReportModelOptions, type FacetStatus, type ReportMeasure, type ReportModel, type ReportPlan, type SignalGroup } from "./model.js";
import { iconSvg } from "../render/marks/icons.js";

/** Options a chart renderer takes (a subset of `renderSvg`'s). */
export type { RenderOptions };

/** A function that draws a computed chart as an SVG document, such as `renderSvg`. */
export type RenderSvg = (result: ChartResult, options?: RenderOptions) => string;

/**
 * What every report writer takes (HTML, A3, PDF, PPTX): how to draw a chart, the words, the size.
 * Each writer adds its own options to these.
 */
export interface ReportWriterOptions extends ReportModelOptions {
  /** Draws each chart (e.g. `renderSvg`). */
  render: RenderSvg;
  /** Chart size in px passed to `render`; each writer's default fits its page (HTML and PDF 760 × 360, PPTX 840 × 400). */
  width?: number;
  height?: number;
  /** Called after each measure is drawn (e.g. for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** Options of {@link buildReport}: those of every writer; the date is shown under the title. */
export type ReportOptions = ReportWriterOptions;

/** The page's style; the meaning colours come from the model (the charts' own). */
function css(model: ReportModel): string {
  const c = model.colours;
  return `
:root{--ink:#1d2733;--muted:#5b6776;--line:#d5dbe3;--bg:#fff;--soft:#f4f6f9;--bad:#b3261e;--improvement:${c.improvement};--concern:${c.concern};--neutral:${c.neutral};--common:#5b6776}
*{box-sizing:border-box}
body{margin:0 auto;max-width:980px;padding:24px 20px 48px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:1.8em;margin:0 0 4px}h2{font-size:1.4em;margin:40px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:1.15em;margin:32px 0 6px}h4{font-size:1em;margin:14px 0 4px}
.meta,.team,.muted{color:var(--muted)}.meta,.team{margin:0 0 8px}
nav.toc{background:var(--soft);padding:12px 20px;border-radius:6px;margin:16px 0}
nav.toc h2{border:0;margin:0 0 4px;font-size:1.1em}nav.toc ol{margin:4px 0;padding-left:22px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92em}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tr{break-inside:avoid}
.badge{display:inline-block;font-size:.75em;font-weight:600;padding:1px 8px;border-radius:10px;margin-left:8px;vertical-align:middle;background:var(--soft);color:var(--muted)}
.badge.outcome{background:#e3eefc;color:#1d4f91}.badge.process{background:#e5f4ea;color:#1b6b3a}.badge.balancing{background:#fbefdc;color:#7a4b00}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}dt{color:var(--muted)}dd{margin:0}
figure{margin:12px 0;break-inside:avoid}figure svg{max-width:100%;height:auto;display:block}
.explanation p{margin:4px 0}
.meaning-improvement{color:var(--improvement)}.meaning-concern{color:var(--concern)}.meaning-neutral{color:var(--neutral)}.meaning-common{color:var(--common)}
td.meaning-improvement,td.meaning-concern,td.meaning-neutral,li.signal-group>strong{font-weight:600}
ul.signals{padding-left:0;list-style:none;margin:4px 0}
li.signal-group{border-left:4px solid currentColor;padding:2px 0 2px 10px;margin:6px 0}
li.signal-group ul{color:var(--ink);margin:2px 0;padding-left:18px}
li.signal-group .hint{display:block;color:var(--muted);font-size:.9em}
.target-met{color:var(--improvement);font-weight:600}.target-latest-met{color:var(--improvement)}.target-missed{color:var(--concern);font-weight:600}.target-not-met,.target-unknown{color:var(--muted)}
.mdc-icon svg{vertical-align:middle}
.error{border-left:4px solid var(--bad);background:#fdf0ef;padding:8px 12px;margin:8px 0}
.failed{color:var(--bad)}
.error ul,details ul{margin:4px 0;padding-left:20px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
details{margin:8px 0;color:var(--muted)}
footer{margin-top:48px;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:8px}
@page{size:A4 portrait;margin:16mm 14mm 16mm 14mm}
@media print{
body{max-width:none;padding:0;font-size:9.5pt;line-height:1.4}
h3{margin:0 0 4px}h4{margin:8px 0 2px}dl{margin:4px 0}figure{margin:6px 0}li.signal-group{margin:3px 0}
a{color:inherit;text-decoration:none}
h2,h3,h4{break-after:avoid}
section.plan{break-before:page}section.plan:first-of-type{break-before:auto}
section.measure{break-before:page}
figure,li.signal-group,dl,.target,table.summary thead{break-inside:avoid}
figure svg{max-height:92mm;width:100%}
nav.toc{break-after:page}
details{display:none}
}
`.trim();
}

/**
 * Builds the report: a complete HTML document as a string. Pure: it draws each chart with
 * `options.render` and touches nothing else. Every text from the plans and data is escaped;
 * SVG ids are prefixed per chart so that several charts can share the page; a chart that fails
 * to draw, or a measure that could not be computed, shows its problems in place of the chart.
 * The content is {@link buildReportModel}'s.
 *
 * @example
 * ```ts
 * import { renderSvg } from "spc-charts";
 * const html = buildReport([computePlan(plan, texts)], { render: renderSvg, lang: "nb", date: "2025-11-23" });
 * writeFileSync("rapport.html", html);
 * ```
 */
export function buildReport(plans: readonly ComputedPlan[], options: ReportOptions): string {
  if (typeof options?.render !== "function") throw new TypeError("buildReport needs options.render, e.g. renderSvg");
  const model = buildReportModel(plans, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  return reportHtml(model, options);
}

/**
 * Lays out a report model as the HTML page (see {@link buildReport}); `options.lang`, `title`
 * and `date` are the model's.
 *
 * @example
 * ```ts
 * const html = reportHtml(buildReportModel(computed, { lang: "en" }), { render: renderSvg });
 * ```
 */
export function reportHtml(model: ReportModel, options: ReportOptions): string {
  const { lang } = model;
  const s = reportStrings(lang);
  const several = model.plans.length > 1;
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="${lang === "en" ? "en" : "nb"}">\n<head>\n<meta charset="utf-8">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<title>${esc(model.title)}</title>\n<style>${css(model)}</style>\n</head>\n<body>`);
  out.push(`<header>\n<h1>${esc(model.title)}</h1>`);
  const meta = [...(model.date === null ? [] : [s.made(model.date.text)]), s.counts(model.plans.length, model.measureCount)];
  out.push(`<p class="meta">${esc(meta.join(" · "))}</p>\n</header>`);

  if (several) {
    out.push(`<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">${esc(s.contents)}</h2>\n<ol>`);
    for (const p of model.plans) {
      out.push(`<li><a href="#${p.id}">${esc(p.title)}</a>${p.team === null ? "" : ` <span class="team">(${esc(p.team)})</span>`}<ol>`);
      for (const m of p.measures) out.push(`<li><a href="#${esc(m.id)}">${esc(m.name)}</a></li>`);
      out.push(`</ol></li>`);
    }
    out.push(`</ol>\n</nav>`);
    out.push(networkTable(model, s));
  }

  let done = 0;
  for (const p of model.plans) {
    out.push(`<section class="plan" id="${p.id}">`);
    // One plan without a title of its own: the page title is the plan's, so it is not repeated.
    if (several || options.title !== undefined) out.push(`<h2>${esc(p.title)}</h2>`);
    if (p.team !== null) out.push(`<p class="team">${esc(s.team)}: ${esc(p.team)}</p>`);
    if (p.aim !== null) out.push(`<p class="aim"><strong>${esc(s.aim)}:</strong> ${esc(p.aim)}</p>`);
    if (p.description !== null) out.push(`<p class="description">${esc(p.description)}</p>`);
    out.push(summaryTable(p, s, lang));
    for (const m of p.measures) {
      out.push(measureSection(m, s, lang, options));
      done++;
      options.onProgress?.(done, model.measureCount);
    }
    out.push(`</section>`);
  }
  out.push(`<footer>${esc(s.footer)}</footer>\n</body>\n</html>\n`);
  return out.join("\n");
}

/** The facet's variation icon and, with a target and limits, its assurance icon. */
function icons(f: FacetStatus, lang: Lang, size = 22): { variation: string; assurance: string } {
  return {
    variation: `<span class="mdc-icon">${iconSvg({ variation: f.variation }, size, lang)}</span>`,
    assurance: f.assurance === null ? "" : `<span class="mdc-icon">${iconSvg({ assurance: f.assurance }, size, lang)}</span>`,
  };
}

function targetCell(m: ReportMeasure, f: FacetStatus): string {
  if (m.target === null || f.target === null) return "–";
  return `${esc(m.target.label)}: <span class="target-${f.target.state}">${esc(f.target.text)}</span>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function summaryTable(p: ReportPlan, s: ReportStrings, lang: Lang): string {
  const c = s.columns;
  const rows: string[] = [];
  for (const m of p.measures) {
    const link = `<a href="#${esc(m.id)}">${esc(m.name)}</a>`;
    const type = esc(m.typeLabel);
    if (m.result === null) {
      rows.push(`<tr><td>${link}</td><td>${type}</td><td colspan="5" class="failed">${esc(s.failed)} ${esc(m.errors[0] ?? "")}</td></tr>`);
      continue;
    }
    const chart = esc(capitalise(m.chartName ?? ""));
    for (const f of m.facets) {
      const name = f.facet === null ? link : `${link} – ${esc(f.facet)}`;
      const latest = f.latest === null ? esc(s.noData) : `${esc(f.latest.yText)} <span class="team">(${esc(f.latest.xText)})</span>`;
      const icon = icons(f, lang);
      rows.push(
        `<tr><td>${name}</td><td>${type}</td><td>${chart}</td><td class="num">${latest}</td><td class="num">${esc(f.centreLineText)}</td>` +
          `<td class="meaning-${f.signalMeaning}">${icon.variation} ${esc(f.signalsText)}</td><td>${icon.assurance}${icon.assurance === "" ? "" : " "}${targetCell(m, f)}</td></tr>`,
      );
    }
  }
  return (
    `<table class="summary">\n<caption class="meta">${esc(s.summary)}</caption>\n<thead><tr><th>${esc(c.measure)}</th><th>${esc(c.type)}</th><th>${esc(c.chart)}</th>` +
    `<th>${esc(c.latest)}</th><th>${esc(c.centreLine)}</th><th>${esc(c.signals)}</th><th>${esc(c.target)}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`
  );
}

/** Every plan's measures with their icons: the learning network at a glance. */
function networkTable(model: ReportModel, s: ReportStrings): string {
  const rows: string[] = [];
  for (const r of model.network) {
    const team = `<a href="#${r.plan}">${esc(r.team ?? r.title)}</a>`;
    r.measures.forEach((m, i) => {
      const first = i === 0 ? `<td rowspan="${r.measures.length}">${team}</td>` : "";
      if (m.failed || m.facets.length === 0) {
        rows.push(`<tr>${first}<td><a href="#${esc(m.id)}">${esc(m.name)}</a></td><td>${esc(m.typeLabel)}</td><td colspan="2" class="failed">${esc(s.failed)}</td></tr>`);
        return;
      }
      const cells = m.facets.map((f) => {
        const icon = icons(f, model.lang, 20);
        return `${icon.variation}${icon.assurance}${f.facet === null ? "" : ` <span class="muted">${esc(f.facet)}</span>`}`;
      });
      const signal = m.facets.find((f) => f.signal) ?? m.facets[0]!;
      rows.push(
        `<tr>${first}<td><a href="#${esc(m.id)}">${esc(m.name)}</a></td><td>${esc(m.typeLabel)}</td><td>${cells.join("<br>")}</td><td class="meaning-${signal.signalMeaning}">${esc(signal.signalsText)}</td></tr>`,
      );
    });
  }
  return (
    `<section class="network" aria-labelledby="network-title">\n<h2 id="network-title">${esc(s.network)}</h2>\n<table class="network">\n<thead><tr><th>${esc(s.team)}</th><th>${esc(s.columns.measure)}</th><th>${esc(s.columns.type)}</th>` +
    `<th>${esc(s.icons)}</th><th>${esc(s.columns.signals)}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</section>`
  );
}

function signalList(groups: readonly SignalGroup[], several: boolean, s: ReportStrings): string {
  const out: string[] = [`<ul class="signals">`];
  for (const g of groups) {
    const facet = several && g.facet !== null ? `${g.facet}: ` : "";
    const meaning = s.meanings[g.meaning];
    const hint = g.items[g.items.length - 1]?.hint;
    if (g.items.length === 1) {
      out.push(`<li class="signal-group meaning-${g.meaning}"><strong>${esc(facet + g.items[0]!.text)}</strong> <span class="muted">(${esc(meaning)})</span>${hint === undefined ? "" : `<span class="hint">${esc(s.whatNext)}: ${esc(hint)}</span>`}</li>`);
      continue;
    }
    out.push(`<li class="signal-group meaning-${g.meaning}"><strong>${esc(facet + g.ruleName)}</strong> <span class="muted">(${esc(meaning)})</span><ul>`);
    for (const item of g.items) out.push(`<li>${esc(item.text)}</li>`);
    out.push(`</ul>${hint === undefined ? "" : `<span class="hint">${esc(s.whatNext)}: ${esc(hint)}</span>`}</li>`);
  }
  out.push(`</ul>`);
  return out.join("\n");
}

function measureSection(m: ReportMeasure, s: ReportStrings, lang: Lang, options: ReportOptions): string {
  const out: string[] = [];
  out.push(`<section class="measure" id="${esc(m.id)}">`);
  out.push(`<h3>${esc(m.name)}<span class="badge ${m.type}">${esc(m.typeLabel)}</span></h3>`);
  out.push("<dl>");
  if (m.definition !== null) out.push(`<dt>${esc(s.definition)}</dt><dd>${esc(m.definition)}</dd>`);
  out.push(`<dt>${esc(s.direction)}</dt><dd>${esc(m.directionLabel)}</dd>`);
  if (m.target !== null) out.push(`<dt>${esc(s.targetLabel)}</dt><dd>${esc(m.target.label)}${m.target.text === null ? "" : ` – ${esc(m.target.text)}`}</dd>`);
  if (m.chartName !== null) out.push(`<dt>${esc(s.chartLabel)}</dt><dd>${esc(capitalise(m.chartName))}${m.chartReason === null ? "" : ` (${esc(s.chartAuto(m.chartReason))})`}</dd>`);
  out.push("</dl>");

  if (m.result === null) {
    out.push(`<div class="error" role="alert"><p>${esc(s.failed)}</p><ul>${m.errors.map((e) => `<li>${esc(e)}</li>`).join("")}</ul></div>`);
  } else {
    try {
      const renderOptions: RenderOptions = { lang, width: options.width ?? 760, height: options.height ?? 360, id: `chart-${m.id}`, title: null };
      if (m.period !== null) renderOptions.period = m.period;
      const svg = scopeSvgIds(options.render(m.result, renderOptions), m.id);
      out.push(`<figure aria-label="${esc(s.figure(m.name))}">\n${svg}\n</figure>`);
    } catch (e) {
      out.push(`<div class="error" role="alert"><p>${esc(s.failed)}</p><ul><li>${esc(e instanceof Error ? e.message : String(e))}</li></ul></div>`);
    }
    out.push(`<div class="explanation">\n<h4>${esc(s.whatItShows)}</h4>`);
    for (const line of m.overview) out.push(`<p>${esc(line)}</p>`);
    out.push(`</div>`);
    if (m.signals.length > 0) {
      out.push(`<h4>${esc(s.signalsHeading)}</h4>`);
      out.push(signalList(m.signals, m.facets.length > 1, s));
    }
    if (m.target !== null) {
      out.push(`<div class="target">\n<h4>${esc(s.targetLabel)}: ${esc(m.target.label)}</h4>\n<ul>`);
      for (const f of m.facets) {
        if (f.target === null) continue;
        const icon = icons(f, lang).assurance;
        const facet = f.facet === null ? "" : `${esc(f.facet)}: `;
        const assurance = f.target.assuranceText === null ? "" : ` <span class="muted">– ${esc(f.target.assuranceText)}</span>`;
        out.push(`<li>${icon}${icon === "" ? "" : " "}${facet}<span class="target-${f.target.state}">${esc(capitalise(f.target.text))}</span>${assurance}</li>`);
      }
      out.push(`</ul>\n</div>`);
    }
  }

  if (m.annotations.length > 0) {
    out.push(`<h4>${esc(s.testsOfChange)}</h4>\n<ul class="annotations">`);
    for (const a of m.annotations) {
      const facet = a.facet === null ? "" : ` (${esc(a.facet)})`;
      const off = a.x === null ? ` <span class="team">(${esc(s.notOnChart)})</span>` : "";
      out.push(`<li><strong>${esc(a.dateText)}</strong>${facet}: ${esc(a.text)}${off}</li>`);
    }
    out.push("</ul>");
  }

  if (m.warnings.length > 0) {
    const rejected = m.rejectedLines > 0 ? ` – ${s.rejectedLines(m.rejectedLines)}` : "";
    out.push(`<details><summary>${esc(s.warnings(m.warnings.length) + rejected)}</summary><ul>${m.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul></details>`);
  }
  out.push("</section>");
  return out.join("\n");
}
