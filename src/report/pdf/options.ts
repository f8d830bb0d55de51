/**
 * The options of the PDF writers (buildReportPdf, buildA3Pdf).
 *
 * @module
 */
import type { RenderSvg } from "../build.js";
import type { ReportModelOptions } from "../model.js";
import type { PdfFonts } from "./fonts.js";

/** Options of {@link buildReportPdf} and {@link buildA3Pdf}. */
export interface PdfReportOptions extends ReportModelOptions {
  /** Draws each chart (e.g. `renderSvg`); the SVG is drawn into the PDF as vectors. */
  render: RenderSvg;
  /**
   * The fonts to embed: DejaVu Sans regular and bold, the charts' font. In Node they are read from
   * the optional package `dejavu-fonts-ttf` when absent; in a browser, pass them.
   */
  fonts?: PdfFonts;
  /** Chart size passed to `render` (A4: default 760 × 360, drawn the width of the text). */
  width?: number;
  height?: number;
  /** Called after each measure is drawn (e.g. for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}
