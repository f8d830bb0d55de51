/**
 * A chart's SVG drawn into the PDF as vectors (paths, text in the embedded font), not as a
 * picture: it stays sharp at any zoom and its words can be searched and copied.
 *
 * @module
 */
import type { PdfKit, SvgToPdf } from "./pdfkit-types.js";
import { FONT } from "./fonts.js";

/** The size an SVG document says it has (`width` and `height` of its root), in SVG px. */
export function svgSize(svg: string): { width: number; height: number } {
  const head = /<svg\b[^>]*>/.exec(svg.slice(0, 4096))?.[0] ?? "";
  const size = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(head)?.[1] ?? Number.NaN);
  const width = size("width");
  const height = size("height");
  // Ours always have both; another SVG falls back to the renderer's default chart size.
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : { width: 720, height: 400 };
}

/**
 * Splits each text drawn with `paint-order="stroke"` (a value label's white halo) into its halo
 * and its letters, halo first. svg-to-pdfkit ignores `paint-order`, so it stroked the halo over
 * the letters and the label vanished in white.
 *
 * @example
 * ```ts
 * splitHaloText('<text x="1" fill="#333" stroke="#FFF" stroke-width="3" paint-order="stroke">7,0</text>');
 * // '<text x="1" fill="none" stroke="#FFF" stroke-width="3">7,0</text><text x="1" fill="#333">7,0</text>'
 * ```
 */
export function splitHaloText(svg: string): string {
  return svg.replace(/<text\b([^>]*?)\spaint-order="stroke"([^>]*)>([\s\S]*?)<\/text>/g, (_, before: string, after: string, content: string) => {
    const attrs = `${before}${after}`;
    const halo = attrs.replace(/\sfill="[^"]*"/, "") + ' fill="none"';
    const letters = attrs.replace(/\sstroke(?:-width|-linejoin|-opacity)?="[^"]*"/g, "");
    return `<text${halo.replace(/^\s*/, " ")}>${content}</text><text${letters.replace(/^\s*/, " ")}>${content}</text>`;
  });
}


/**
 * Draws `svg` with its top left corner at (x, y) in points, `width` points wide and as high as its
 * aspect ratio says; returns that height. Every font the SVG names is drawn with the embedded
 * DejaVu Sans (bold where it says bold), the family the renderer measured it with.
 *
 * @example
 * ```ts
 * const height = drawSvg(doc, svgToPdf, renderSvg(result), 40, 120, 515);
 * ```
 */
export function drawSvg(doc: PdfKit, svgToPdf: SvgToPdf, svg: string, x: number, y: number, width: number): number {
  const size = svgSize(svg);
  const height = (width * size.height) / size.width;
  svgToPdf(doc, splitHaloText(svg), x, y, {
    width,
    height,
    // The chart's px become points at the scale that fits the width (not svg-to-pdfkit's 72/96).
    assumePt: true,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: (_family: string, bold: boolean) => (bold ? FONT.bold : FONT.regular),
    // Our SVG has nothing it cannot draw (no CSS, images or filters); a warning would be noise.
    warningCallback: () => undefined,
  });
  return height;
}
