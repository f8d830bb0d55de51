/**
 * The options of the PDF writers (buildReportPdf, buildA3Pdf).
 *
 * @module
 */
import type { ReportWriterOptions } from "../build.js";
import type { PdfFonts } from "./fonts.js";

/**
 * Options of {@link buildReportPdf} and {@link buildA3Pdf}: those of every writer (each SVG chart is
 * drawn into the PDF as vectors; A4 default 760 × 360, the width of the text), and the fonts.
 */
export interface PdfReportOptions extends ReportWriterOptions {
  /**
   * The fonts to embed: DejaVu Sans regular and bold, the charts' font. In Node they are read from
   * the optional package `dejavu-fonts-ttf` when absent; in a browser, pass them.
   */
  fonts?: PdfFonts;
}
