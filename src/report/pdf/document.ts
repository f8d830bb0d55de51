/**
 * Opens a PDF document with pdfkit, loaded here and only here (a dynamic import): `import
 * { compute }`, `renderSvg` and the HTML report never load it. pdfkit writes the PDF without a
 * DOM (Node and browsers alike), embeds TrueType subsets, and svg-to-pdfkit draws SVG into it
 * as vectors; see docs/report-pdf.md for why these two.
 *
 * @module
 */
import { FONT, type PdfFonts } from "./fonts.js";
import type { PdfKit, SvgToPdf } from "./pdfkit-types.js";

export type { PdfKit } from "./pdfkit-types.js";

/** Page sizes in points (1/72 inch): ISO 216. */
export const PAGE_SIZES = {
  /** 210 × 297 mm. */
  A4: [595.28, 841.89],
  /** 297 × 420 mm. */
  A3: [841.89, 1190.55],
} as const;

/** What a document is opened with. */
export interface OpenPdfOptions {
  size: keyof typeof PAGE_SIZES;
  landscape?: boolean;
  /** Margin on every side, in points. */
  margin: number;
  fonts: PdfFonts;
  title: string;
  lang: "nb" | "en";
  /** `YYYY-MM-DD`: the document's creation date; none for reproducible output. */
  date?: string;
}

/** An open document: pdfkit's, the SVG drawer loaded with it, and how to end it. */
export interface OpenPdf {
  doc: PdfKit;
  svgToPdf: SvgToPdf;
  /** Ends the document and returns its bytes. */
  finish: () => Promise<Uint8Array>;
}

/**
 * Loads pdfkit and svg-to-pdfkit, and opens a document with the fonts registered, the title and
 * language set (screen readers and the viewer's title bar read them) and pages kept in memory so
 * that page numbers can be written at the end.
 *
 * @example
 * ```ts
 * const pdf = await openPdf({ size: "A4", margin: 48, fonts, title: "Fall", lang: "nb" });
 * pdf.doc.font(FONT.regular).text("Hei");
 * const bytes = await pdf.finish();
 * ```
 */
export async function openPdf(options: OpenPdfOptions): Promise<OpenPdf> {
  const [{ default: PDFDocument }, svgModule] = await Promise.all([import("pdfkit"), import("svg-to-pdfkit")]);
  // svg-to-pdfkit is CommonJS: Node gives module.exports as the default, some bundlers the function itself.
  const svgToPdf = ((svgModule as { default?: unknown }).default ?? svgModule) as SvgToPdf;
  const [short, long] = PAGE_SIZES[options.size];
  // The creation date makes the file's ID too: without a date (--no-date) it is the Unix epoch,
  // so that the same plans give the same bytes (pdfkit's metadata needs one).
  const created = options.date === undefined ? new Date(0) : new Date(`${options.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: options.landscape === true ? [long, short] : [short, long],
    margin: options.margin,
    bufferPages: true,
    autoFirstPage: true,
    lang: options.lang === "nb" ? "nb-NO" : "en",
    displayTitle: true,
    info: { Title: options.title, Creator: "spc-charts", Producer: "spc-charts (pdfkit)", CreationDate: created },
  });
  doc.registerFont(FONT.regular, toBuffer(options.fonts.regular));
  doc.registerFont(FONT.bold, toBuffer(options.fonts.bold));
  doc.font(FONT.regular);
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  return {
    doc,
    svgToPdf,
    finish: async () => {
      doc.end();
      await ended;
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
      return bytes;
    },
  };
}

/** pdfkit's font reader takes a Buffer in Node (fontkit reads it with Buffer methods) and an ArrayBuffer view elsewhere. */
function toBuffer(bytes: Uint8Array): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: { from: (b: ArrayBuffer, offset: number, length: number) => Uint8Array } }).Buffer;
  return NodeBuffer === undefined ? bytes : NodeBuffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}
