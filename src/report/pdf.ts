/**
 * The report as PDF: A4 portrait with the HTML report's content ({@link buildReportPdf}), or the
 * learning network's A3 form on one A3 landscape page ({@link buildA3Pdf}). The writers, pdfkit
 * and svg-to-pdfkit are loaded only when a PDF is asked for (dynamic imports), so that neither
 * `spc-charts` nor the rest of `spc-charts/plan` carries them.
 *
 * @module
 */
import type { ComputedPlan } from "../plan/compute.js";
import type { PdfReportOptions } from "./pdf/options.js";

export type { PdfFonts } from "./pdf/fonts.js";
export type { PdfReportOptions } from "./pdf/options.js";

function checkOptions(name: string, options: PdfReportOptions): void {
  if (typeof options?.render !== "function") throw new TypeError(`${name} needs options.render, e.g. renderSvg`);
}

/**
 * The report as a PDF on A4 portrait: the same content as {@link buildReport}'s HTML (summary
 * table with icons, each measure on a page of its own with its chart as vectors, what the chart
 * shows, its signals, target and changes tested), DejaVu Sans embedded, page numbers at the foot.
 *
 * @throws {TypeError} without `options.render`.
 * @throws {PdfFontsMissingError} when no fonts are given and `dejavu-fonts-ttf` cannot be read.
 * @example
 * ```ts
 * import { renderSvg } from "spc-charts";
 * import { buildReportPdf } from "spc-charts/plan";
 * const bytes = await buildReportPdf([computePlan(plan, texts)], { render: renderSvg, lang: "nb", date: "2025-11-23" });
 * writeFileSync("rapport.pdf", bytes);
 * ```
 */
export async function buildReportPdf(plans: readonly ComputedPlan[], options: PdfReportOptions): Promise<Uint8Array> {
  checkOptions("buildReportPdf", options);
  const { writeA4Pdf } = await import("./pdf/a4.js");
  return writeA4Pdf(plans, options);
}

/**
 * The learning network's A3 form on one A3 landscape page (420 × 297 mm) per plan: problem,
 * department, responsible, start and end, the aim, the current situation with the baseline
 * chart, the analysis, the solution and expected result, the changes as a table (what, who,
 * when, effect), the tests, the follow-up, and each measure's chart with its signals as the
 * results. The fields come from the plan's optional A3 keys; those it lacks are left empty.
 *
 * @throws {TypeError} without `options.render`.
 * @throws {PdfFontsMissingError} when no fonts are given and `dejavu-fonts-ttf` cannot be read.
 * @example
 * ```ts
 * const bytes = await buildA3Pdf([computePlan(plan, texts)], { render: renderSvg });
 * writeFileSync("a3.pdf", bytes);
 * ```
 */
export async function buildA3Pdf(plans: readonly ComputedPlan[], options: PdfReportOptions): Promise<Uint8Array> {
  checkOptions("buildA3Pdf", options);
  const { writeA3Pdf } = await import("./pdf/a3.js");
  return writeA3Pdf(plans, options);
}
