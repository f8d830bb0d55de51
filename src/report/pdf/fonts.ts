/**
 * The fonts a PDF report is written in: DejaVu Sans regular and bold, the family whose metrics
 * the chart renderer measures its text with (src/render/font-metrics.ts) and that the PNG path
 * draws with, so that a chart in the PDF looks as it does as SVG or PNG. Both are embedded
 * (subsets: only the glyphs used), so the PDF reads the same on every machine.
 *
 * @module
 */

/**
 * The bytes of the two TrueType files a PDF report embeds. In Node they are read from the
 * optional dependency `dejavu-fonts-ttf` when not given; in a browser, pass them (fetch
 * `DejaVuSans.ttf` and `DejaVuSans-Bold.ttf` from wherever the app serves them).
 */
export interface PdfFonts {
  /** DejaVuSans.ttf (or another TrueType font with the same role). */
  regular: Uint8Array;
  /** DejaVuSans-Bold.ttf. */
  bold: Uint8Array;
}

/** The package files, resolved from this module (Bitstream Vera licence). */
export const DEJAVU_FILES = { regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf", bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf" } as const;

/** Names the fonts are registered under in the document. */
export const FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;

/**
 * Thrown when no fonts were given and they cannot be read (a browser, or `dejavu-fonts-ttf` not
 * installed). The CLI turns it into exit code 3 with a message in the run's language.
 *
 * @example
 * ```ts
 * try {
 *   await buildReportPdf(plans, { render: renderSvg });
 * } catch (e) {
 *   if (e instanceof PdfFontsMissingError) console.error("npm install dejavu-fonts-ttf, or pass options.fonts");
 * }
 * ```
 */
export class PdfFontsMissingError extends Error {
  override readonly name = "PdfFontsMissingError";
}

/**
 * The fonts given, else DejaVu Sans read from `dejavu-fonts-ttf` through Node. Node's modules are
 * imported by a name held in a variable, so that a browser bundle neither includes nor tries to
 * resolve them; there the caller passes `fonts`.
 *
 * @throws {PdfFontsMissingError} when neither is possible.
 * @example
 * ```ts
 * const fonts = await resolvePdfFonts(undefined); // in Node, with dejavu-fonts-ttf installed
 * fonts.regular.byteLength > 0; // true
 * ```
 */
export async function resolvePdfFonts(given: PdfFonts | undefined): Promise<PdfFonts> {
  if (given !== undefined) {
    if (!(given.regular instanceof Uint8Array) || !(given.bold instanceof Uint8Array)) throw new TypeError("options.fonts needs regular and bold as Uint8Array (the bytes of DejaVuSans.ttf and DejaVuSans-Bold.ttf)");
    return given;
  }
  const isNode = typeof process !== "undefined" && typeof process.versions?.node === "string";
  if (!isNode) throw new PdfFontsMissingError("a PDF outside Node needs options.fonts: the bytes of DejaVuSans.ttf and DejaVuSans-Bold.ttf (package dejavu-fonts-ttf)");
  const moduleName = "node:module";
  const fsName = "node:fs/promises";
  try {
    const { createRequire } = (await import(moduleName)) as typeof import("node:module");
    const { readFile } = (await import(fsName)) as typeof import("node:fs/promises");
    const resolve = createRequire(import.meta.url).resolve;
    const [regular, bold] = await Promise.all([readFile(resolve(DEJAVU_FILES.regular)), readFile(resolve(DEJAVU_FILES.bold))]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  } catch {
    throw new PdfFontsMissingError("a PDF needs the fonts of the optional package dejavu-fonts-ttf, which is not installed (npm install dejavu-fonts-ttf), or options.fonts");
  }
}
