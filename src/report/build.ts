/**
 * The HTML report: one self-contained page (inline CSS and SVG, nothing fetched) with every
 * measure's chart, a summary table per plan, and a table of contents when it holds several
 * plans (a learning network).
 *
 * @module
 */
import type { RenderOptions } from "../render/index.js";
import { chartName } from "../adapters/suggest.js";
import { formatLocated, type LocatedIssue } from "../plan/diagnostics.js";
import { formatIssue } from "../errors.js";
import type { ComputedMeasure, ComputedPlan } from "../plan/compute.js";
import type { Lang } from "../plan/schema.js";
import type { ChartResult } from "../types.js";
import { formatDate, formatNumber, formatX } from "./format.js";
import { escapeHtml as esc, scopeSvgIds } from "./html.js";
import { reportStrings, type ReportStrings } from "./strings.js";
import { summariseMeasure, type MeasureSummary } from "./summary.js";
import { iconSvg } from "../render/marks/icons.js";

/** Options a chart renderer takes (a subset of `renderSvg`'s). */
export type { RenderOptions };

/** A function that draws a computed chart as an SVG document, such as `renderSvg`. */
export type RenderSvg = (result: ChartResult, options?: RenderOptions) => string;

/** Options of {@link buildReport}. */
export interface ReportOptions {
  /** Draws each chart (e.g. `renderSvg`). */
  render: RenderSvg;
  /** Language of the report's words and charts; default the first plan's `lang`, else `"nb"`. */
  lang?: Lang;
  /** Page title; default the plan's title (one plan) or «Måleplaner» / "Measurement plans". */
  title?: string;
  /** The date the report is made, `YYYY-MM-DD`, shown under the title; none when absent (for reproducible output). */
  date?: string;
  /** Chart size passed to `render`; default 760 × 360. */
  width?: number;
  height?: number;
  /** Called after each measure is drawn (e.g. for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

const CSS = `
:root{--ink:#1d2733;--muted:#5b6776;--line:#d5dbe3;--bg:#fff;--soft:#f4f6f9;--ok:#1b7a3d;--bad:#b3261e;--warn:#8a5a00}
*{box-sizing:border-box}
body{margin:0 auto;max-width:980px;padding:24px 20px 48px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:1.8em;margin:0 0 4px}h2{font-size:1.4em;margin:40px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:1.15em;margin:32px 0 6px}h4{font-size:1em;margin:16px 0 4px}
.meta,.team{color:var(--muted);margin:0 0 8px}
nav.toc{background:var(--soft);padding:12px 20px;border-radius:6px;margin:16px 0}
nav.toc h2{border:0;margin:0 0 4px;font-size:1.1em}nav.toc ol{margin:4px 0;padding-left:22px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92em}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.badge{display:inline-block;font-size:.75em;font-weight:600;padding:1px 8px;border-radius:10px;margin-left:8px;vertical-align:middle;background:var(--soft);color:var(--muted)}
.badge.outcome{background:#e3eefc;color:#1d4f91}.badge.process{background:#e5f4ea;color:#1b6b3a}.badge.balancing{background:#fbefdc;color:#7a4b00}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}dt{color:var(--muted)}dd{margin:0}
figure{margin:12px 0}figure svg{max-width:100%;height:auto;display:block}figcaption{color:var(--muted);font-size:.85em}
.status-met{color:var(--ok);font-weight:600}.status-missed{color:var(--bad);font-weight:600}.status-not-met{color:var(--warn)}
.signal{color:var(--bad)}
.mdc-icon svg{vertical-align:middle}
.error{border-left:4px solid var(--bad);background:#fdf0ef;padding:8px 12px;margin:8px 0}
.error ul,details ul{margin:4px 0;padding-left:20px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
details{margin:8px 0;color:var(--muted)}
footer{margin-top:48px;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:8px}
@media print{body{max-width:none;padding:0}section.measure{break-inside:avoid}h2{break-before:page}nav.toc{break-after:page}}
`.trim();

interface Ids {
  plan: string;
  measure: (m: ComputedMeasure) => string;
}

/**
 * Builds the report: a complete HTML document as a string. Pure: it draws each chart with
 * `options.render` and touches nothing else. Every text from the plans and data is escaped;
 * SVG ids are prefixed per chart so that several charts can share the page; a chart that fails
 * to draw, or a measure that could not be computed, shows its problems in place of the chart.
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
  const lang: Lang = options.lang ?? plans[0]?.plan.lang ?? "nb";
  const s = reportStrings(lang);
  const total = plans.reduce((n, p) => n + p.measures.length, 0);
  const title = options.title ?? (plans.length === 1 && plans[0] !== undefined ? plans[0].plan.title : s.reportTitle);
  const several = plans.length > 1;
  const ids = plans.map((p, i): Ids => {
    const plan = `plan-${i + 1}`;
    return { plan, measure: (m) => (several ? `${plan}-${m.measure.id}` : m.measure.id) };
  });

  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="${lang === "en" ? "en" : "nb"}">\n<head>\n<meta charset="utf-8">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>`);
  out.push(`<header>\n<h1>${esc(title)}</h1>`);
  const meta = [...(options.date === undefined ? [] : [s.made(formatDate(options.date, lang))]), s.counts(plans.length, total)];
  out.push(`<p class="meta">${esc(meta.join(" · "))}</p>\n</header>`);

  if (several) {
    out.push(`<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">${esc(s.contents)}</h2>\n<ol>`);
    plans.forEach((p, i) => {
      const id = ids[i]!;
      out.push(`<li><a href="#${id.plan}">${esc(p.plan.title)}</a>${p.plan.team === undefined ? "" : ` <span class="team">(${esc(p.plan.team)})</span>`}<ol>`);
      for (const m of p.measures) out.push(`<li><a href="#${esc(id.measure(m))}">${esc(m.measure.name)}</a></li>`);
      out.push(`</ol></li>`);
    });
    out.push(`</ol>\n</nav>`);
  }

  let done = 0;
  plans.forEach((p, i) => {
    const id = ids[i]!;
    out.push(`<section class="plan" id="${id.plan}">`);
    // One plan without a title of its own: the page title is the plan's, so it is not repeated.
    if (several || options.title !== undefined) out.push(`<h2>${esc(p.plan.title)}</h2>`);
    if (p.plan.team !== undefined) out.push(`<p class="team">${esc(s.team)}: ${esc(p.plan.team)}</p>`);
    if (p.plan.aim !== undefined) out.push(`<p class="aim"><strong>${esc(s.aim)}:</strong> ${esc(p.plan.aim)}</p>`);
    if (p.plan.description !== undefined) out.push(`<p class="description">${esc(p.plan.description)}</p>`);
    out.push(summaryTable(p, id, s, lang));
    for (const m of p.measures) {
      out.push(measureSection(m, id.measure(m), s, lang, options));
      done++;
      options.onProgress?.(done, total);
    }
    out.push(`</section>`);
  });
  out.push(`<footer>${esc(s.footer)}</footer>\n</body>\n</html>\n`);
  return out.join("\n");
}

function signalsText(row: MeasureSummary, s: ReportStrings): { text: string; signal: boolean } {
  const parts: string[] = [];
  if (row.signals.variation !== null && row.signals.variation !== "common") parts.push(s.variation[row.signals.variation] ?? row.signals.variation);
  if (row.signals.runs) parts.push(s.runsSignal);
  if (row.signals.outside > 0) parts.push(s.outside(row.signals.outside));
  if (parts.length === 0) return { text: row.signals.limits ? s.noSignals : `${s.noSignals}; ${s.noLimits}`, signal: false };
  const text = parts.join("; ");
  return { text: text.charAt(0).toUpperCase() + text.slice(1), signal: true };
}

function targetText(m: ComputedMeasure, row: MeasureSummary | null, s: ReportStrings, lang: Lang): string {
  const target = m.measure.target;
  if (target === undefined) return "–";
  const value = formatNumber(target.value, lang);
  const goal = esc(target.date === undefined ? value : s.byDate(value, formatDate(target.date, lang)));
  const status = row?.target?.status ?? "unknown";
  return `${goal}: <span class="status-${status}">${esc(s.status[status])}</span>`;
}

/** The row's Making Data Count icon of one kind, inline before the cell's text ("" without one). */
function summaryIcon(row: MeasureSummary, kind: "variation" | "assurance", lang: Lang): string {
  const icons = row.icons;
  if (icons === null) return "";
  if (kind === "variation") return `<span class="mdc-icon">${iconSvg({ variation: icons.variation }, 22, lang)}</span> `;
  return icons.assurance === null ? "" : `<span class="mdc-icon">${iconSvg({ assurance: icons.assurance }, 22, lang)}</span> `;
}

/** The first error's message, in the report's language (its own words when it has no catalog entry). */
function firstError(issues: readonly LocatedIssue[], lang: Lang): string {
  const error = issues.find((i) => i.severity !== "warning");
  return error === undefined ? "" : formatIssue({ ...error, path: [] }, { lang });
}

function summaryTable(p: ComputedPlan, id: Ids, s: ReportStrings, lang: Lang): string {
  const c = s.columns;
  const rows: string[] = [];
  for (const m of p.measures) {
    const link = `<a href="#${esc(id.measure(m))}">${esc(m.measure.name)}</a>`;
    const type = esc(s.measureTypes[m.measure.type]);
    if (m.result === null) {
      rows.push(`<tr><td>${link}</td><td>${type}</td><td colspan="5" class="signal">${esc(s.failed)} ${esc(firstError(m.issues, lang))}</td></tr>`);
      continue;
    }
    const name = chartName(m.result.chart, lang);
    const chart = esc(name.charAt(0).toUpperCase() + name.slice(1));
    for (const row of summariseMeasure(m)) {
      const name = row.facet === null ? link : `${link} – ${esc(row.facet)}`;
      const latest = row.latest === null ? esc(s.noData) : `${esc(formatNumber(row.latest.y, lang))} <span class="team">(${esc(formatX(row.latest.x, m.period, lang))})</span>`;
      const signals = signalsText(row, s);
      rows.push(
        `<tr><td>${name}</td><td>${type}</td><td>${chart}</td><td class="num">${latest}</td><td class="num">${esc(formatNumber(row.centreLine, lang))}</td>` +
          `<td${signals.signal ? ' class="signal"' : ""}>${summaryIcon(row, "variation", lang)}${esc(signals.text)}</td><td>${summaryIcon(row, "assurance", lang)}${targetText(m, row, s, lang)}</td></tr>`,
      );
    }
  }
  return (
    `<table class="summary">\n<caption class="meta">${esc(s.summary)}</caption>\n<thead><tr><th>${esc(c.measure)}</th><th>${esc(c.type)}</th><th>${esc(c.chart)}</th>` +
    `<th>${esc(c.latest)}</th><th>${esc(c.centreLine)}</th><th>${esc(c.signals)}</th><th>${esc(c.target)}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`
  );
}

function measureSection(m: ComputedMeasure, id: string, s: ReportStrings, lang: Lang, options: ReportOptions): string {
  const out: string[] = [];
  const measure = m.measure;
  out.push(`<section class="measure" id="${esc(id)}">`);
  out.push(`<h3>${esc(measure.name)}<span class="badge ${measure.type}">${esc(s.measureTypes[measure.type])}</span></h3>`);
  out.push("<dl>");
  if (measure.definition !== undefined) out.push(`<dt>${esc(s.definition)}</dt><dd>${esc(measure.definition)}</dd>`);
  out.push(`<dt>${esc(s.direction)}</dt><dd>${esc(s.directions[measure.direction])}</dd>`);
  if (measure.target !== undefined) {
    const value = formatNumber(measure.target.value, lang);
    const goal = measure.target.date === undefined ? value : s.byDate(value, formatDate(measure.target.date, lang));
    out.push(`<dt>${esc(s.targetLabel)}</dt><dd>${esc(goal)}${measure.target.text === undefined ? "" : ` – ${esc(measure.target.text)}`}</dd>`);
  }
  const chart = m.result?.chart ?? m.spec?.chart;
  if (chart !== undefined) {
    const why = m.suggestion?.reasons[0]?.[lang];
    const name = chartName(chart, lang);
    out.push(`<dt>${esc(s.chartLabel)}</dt><dd>${esc(name.charAt(0).toUpperCase() + name.slice(1))}${why === undefined ? "" : ` (${esc(s.chartAuto(why))})`}</dd>`);
  }
  out.push("</dl>");

  const errors = m.issues.filter((i) => i.severity !== "warning");
  if (m.result === null) {
    out.push(`<div class="error" role="alert"><p>${esc(s.failed)}</p><ul>${errors.map((e) => `<li>${esc(formatLocated(e, { lang }))}</li>`).join("")}</ul></div>`);
  } else {
    let svg: string;
    try {
      const renderOptions: RenderOptions = { lang, width: options.width ?? 760, height: options.height ?? 360, id: `chart-${id}`, title: null };
      if (m.period !== null) renderOptions.period = m.period;
      svg = scopeSvgIds(options.render(m.result, renderOptions), id);
      out.push(`<figure aria-label="${esc(s.figure(measure.name))}">\n${svg}\n</figure>`);
    } catch (e) {
      out.push(`<div class="error" role="alert"><p>${esc(s.failed)}</p><ul><li>${esc(e instanceof Error ? e.message : String(e))}</li></ul></div>`);
    }
  }

  if (m.annotations.length > 0) {
    out.push(`<h4>${esc(s.testsOfChange)}</h4>\n<ul class="annotations">`);
    for (const a of m.annotations) {
      const facet = a.facet === undefined ? "" : ` (${esc(a.facet)})`;
      const off = a.x === null ? ` <span class="team">(${esc(s.notOnChart)})</span>` : "";
      out.push(`<li><strong>${esc(formatDate(a.date, lang))}</strong>${facet}: ${esc(a.text)}${off}</li>`);
    }
    out.push("</ul>");
  }

  const warnings = m.issues.filter((i) => i.severity === "warning");
  if (warnings.length > 0) {
    const rejected = m.rejectedLines > 0 ? ` – ${s.rejectedLines(m.rejectedLines)}` : "";
    out.push(`<details><summary>${esc(s.warnings(warnings.length) + rejected)}</summary><ul>${warnings.map((w) => `<li>${esc(formatLocated(w, { lang }))}</li>`).join("")}</ul></details>`);
  }
  out.push("</section>");
  return out.join("\n");
}
