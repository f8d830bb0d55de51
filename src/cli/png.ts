/**
 * SVG to PNG with the optional dependency `@resvg/resvg-js`, loaded only when asked for.
 *
 * @module
 */
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
  const image = new resvg.Resvg(svg, { fitTo: { mode: "zoom", value: scale }, background: "white", font: { loadSystemFonts: true } });
  return image.render().asPng();
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

/** Imports the optional package; the name is a variable so that bundlers leave it alone. */
async function importResvg(): Promise<ResvgLike> {
  const name = "@resvg/resvg-js";
  return (await import(name)) as ResvgLike;
}
