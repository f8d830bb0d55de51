/**
 * The types of the two libraries the PDF writers load on demand: only types here, so that the
 * modules that use them import no code (and no circle: document.ts loads, svg.ts draws).
 *
 * @module
 */
import type PDFDocumentClass from "pdfkit";

/** A pdfkit document. */
export type PdfKit = InstanceType<typeof PDFDocumentClass>;

/** svg-to-pdfkit's function, loaded with pdfkit (see document.ts). */
export type SvgToPdf = (doc: PdfKit, svg: string, x: number, y: number, options: Record<string, unknown>) => void;
