/**
 * SVG to PNG with the optional dependency `@resvg/resvg-js`, loaded only when asked for.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { CommandError, EXIT_CODES } from "./command-error.js";
import { say } from "./messages.js";

/**
 * The most pixels (width × height × scale²) a PNG may have: 50 million, about 200 MB of RGBA
 * while it is drawn. A 720 × 400 chart at the default scale 2 is 1.2 million; `--scale 1000`
 * asked for 400 TB and aborted the process. docs/cli.md tells the limit.
 */
export const MAX_PNG_PIXELS = 50_000_000;

export type { ResvgLike } from "./io.js";
import type { ResvgLike } from "./io.js";

/**
 * Draws an SVG document as PNG bytes.
 *
 * @param load - loads `@resvg/resvg-js` (injected in tests through `CliIo.loadResvg`).
 *
 * @throws {CommandError} exit code 2 when the image would have more than {@link MAX_PNG_PIXELS}
 *   pixels, exit code 3 when `@resvg/resvg-js` is not installed.
 * @example
 * ```ts
 * await writeFile("chart.png", await svgToPng(svg));
 * ```
 */
export async function svgToPng(svg: string, scale = 2, load: () => Promise<ResvgLike> = importResvg): Promise<Uint8Array> {
  checkPngSize(svg, scale);
  let resvg: ResvgLike;
  try {
    resvg = await load();
  } catch {
    throw new CommandError(EXIT_CODES.io, [say("png_needs_resvg", {})]);
  }
  const image = new resvg.Resvg(svg, { fitTo: { mode: "zoom", value: scale }, background: "white", font: pngFonts() });
  return image.render().asPng();
}

/** The family the PNG draws with: the one whose metrics the renderer measures text with. */
export const PNG_FONT_FAMILY = "DejaVu Sans";

/** The shipped font files, from the optional package `dejavu-fonts-ttf` (Bitstream Vera licence). */
const FONT_FILES = ["dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"];

/**
 * resvg's font options: DejaVu Sans from the package's own optional dependency first, so that a
 * PNG looks the same on every machine (a machine without the font drew the default serif), and
 * named as the default and sans-serif family. System fonts stay loaded only as a fallback for
 * characters DejaVu Sans lacks, and for a theme that names another font.
 *
 * @example
 * ```ts
 * pngFonts(); // { fontFiles: [".../DejaVuSans.ttf", ".../DejaVuSans-Bold.ttf"], loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" }
 * ```
 */
export function pngFonts(resolve: (id: string) => string = createRequire(import.meta.url).resolve): { fontFiles: string[]; loadSystemFonts: boolean; defaultFontFamily: string; sansSerifFamily: string } {
  const fontFiles: string[] = [];
  for (const id of FONT_FILES) {
    try {
      const file = resolve(id);
      if (existsSync(file)) fontFiles.push(file);
    } catch {
      // Not installed (an optional dependency): the system's fonts draw the PNG instead.
    }
  }
  return { fontFiles, loadSystemFonts: true, defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY };
}

/**
 * Refuses, before anything is drawn, a PNG larger than {@link MAX_PNG_PIXELS}: the SVG's own
 * width and height (the renderer always writes both) times the scale, squared.
 *
 * @throws {CommandError} exit code 2 (usage: `--scale`, `--width` or `--height` is too large).
 * @example
 * ```ts
 * checkPngSize('<svg width="720" height="400">', 2); // fine: 1,152,000 pixels
 * checkPngSize('<svg width="10000" height="10000">', 20); // throws
 * ```
 */
export function checkPngSize(svg: string, scale: number): void {
  const head = /<svg\b[^>]*>/.exec(svg.slice(0, 4096))?.[0] ?? "";
  const size = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(head)?.[1] ?? Number.NaN);
  const width = size("width");
  const height = size("height");
  // An SVG without a size (not one of ours) is left to resvg's default of 100 × 100.
  if (Number.isNaN(width) || Number.isNaN(height)) return;
  const pixels = Math.ceil(width * scale) * Math.ceil(height * scale);
  if (!(scale > 0) || !Number.isFinite(pixels) || pixels > MAX_PNG_PIXELS) {
    const asked = Number.isFinite(pixels) ? `${Math.ceil(width * scale).toLocaleString("en")} × ${Math.ceil(height * scale).toLocaleString("en")} = ${pixels.toLocaleString("en")} pixels` : "too many pixels to count";
    throw new CommandError(EXIT_CODES.usage, [
      `spc: the PNG would be ${asked}; the most is ${MAX_PNG_PIXELS.toLocaleString("en")} (width × height × scale²): use a smaller --scale, --width or --height, or write SVG`,
    ]);
  }
}

/**
 * Imports the optional package; the name is a variable so that bundlers leave it alone.
 *
 * @example
 * ```ts
 * const { Resvg } = await importResvg(); // rejects when @resvg/resvg-js is not installed
 * ```
 */
export async function importResvg(): Promise<ResvgLike> {
  const name = "@resvg/resvg-js";
  return (await import(name)) as ResvgLike;
}
