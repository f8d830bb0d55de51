/**
 * Reads a PDF back as a viewer would: its pages (size in points, the text on each, in reading
 * order) with pdfjs-dist, and its fonts (embedded or not) from the document's own dictionaries
 * with pdf-lib. Tests of the PDF writers assert on this, never on the bytes.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ReadPage {
  /** Width and height in points. */
  width: number;
  height: number;
  /** The page's text, items joined with spaces (runs of white space made one). */
  text: string;
}

export interface ReadFont {
  /** The base font name, e.g. `CZZZZZ+DejaVuSans` (a subset). */
  name: string;
  /** Whether the font's program is in the file (FontFile, FontFile2 or FontFile3). */
  embedded: boolean;
}

export interface ReadPdf {
  pages: ReadPage[];
  fonts: ReadFont[];
  title: string | undefined;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
  const pages: ReadPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ("str" in item ? item.str : ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await doc.destroy();

  const lib = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts = new Map<string, ReadFont>();
  for (const [, object] of lib.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const base = object.get(PDFName.of("BaseFont"));
    if (base === undefined) continue;
    // A Type0 font's program is in its descendant CID font's descriptor.
    let dict: PDFDict = object;
    const descendants = object.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray);
    if (descendants !== undefined) {
      const first = descendants.get(0);
      const resolved = first instanceof PDFRef ? lib.context.lookup(first) : first;
      if (resolved instanceof PDFDict) dict = resolved;
    }
    const descriptor = dict.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
    const embedded = descriptor !== undefined && ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor.get(PDFName.of(key)) !== undefined);
    const name = base.toString().replace(/^\//, "");
    fonts.set(name, { name, embedded });
  }
  return { pages, fonts: [...fonts.values()], title: lib.getTitle() };
}
