/**
 * The HTML report of one or several measurement plans.
 *
 * @example
 * ```ts
 * import { buildReport } from "spc-charts/plan";
 * const html = buildReport([computed], { render: renderSvg, lang: "en" });
 * ```
 *
 * @module
 */
export { buildReport, reportHtml, type ReportOptions, type ReportWriterOptions, type RenderSvg, type RenderOptions } from "./build.js";
export { summariseMeasure, type MeasureSummary, type TargetStatus } from "./summary.js";
export { buildReportPptx, pptxFromModel, PPTX_FONT, type ReportPptxOptions, type Rasterise } from "./pptx.js";
export {
  buildReportModel,
  meaningOfVariation,
  shortSignal,
  type ReportModel,
  type ReportModelOptions,
  type ReportPlan,
  type ReportA3,
  type ReportBaseline,
  type ReportMeasure,
  type SignalGroup,
  type SignalItem,
  type FacetStatus,
  type FacetTarget,
  type TargetState,
  type ReportTarget,
  type ReportAnnotation,
  type NetworkRow,
  type Meaning,
} from "./model.js";
export { buildA3, a3Html } from "./a3-html.js";
export { buildReportPdf, buildA3Pdf, type PdfReportOptions, type PdfFonts } from "./pdf.js";
export { PdfFontsMissingError } from "./pdf/fonts.js";
