/**
 * SVG to PNG with the optional dependency `@resvg/resvg-js`, loaded only when asked for.
 *
 * @module
 */
import { CommandError, EXIT_CODES } from "./command-error.js";
import { say } from "./messages.js";

/** The part of `@resvg/resvg-js` used here. */
export interface ResvgLike {
  Resvg: new (svg: string, options?: object) => { render(): { asPng(): Uint8Array } };
}

/**
 * Draws an SVG document as PNG bytes.
 *
 * @param load - loads `@resvg/resvg-js` (injected in tests through `CliIo.loadResvg`).
 *
 * @throws {CommandError} exit code 3 when `@resvg/resvg-js` is not installed.
 * @example
 * ```ts
 * await writeFile("chart.png", await svgToPng(svg));
 * ```
 */
export async function svgToPng(svg: string, scale = 2, load: () => Promise<ResvgLike> = importResvg): Promise<Uint8Array> {
  let resvg: ResvgLike;
  try {
    resvg = await load();
  } catch {
    throw new CommandError(EXIT_CODES.io, [say("png_needs_resvg", {})]);
  }
  const image = new resvg.Resvg(svg, { fitTo: { mode: "zoom", value: scale }, background: "white", font: { loadSystemFonts: true } });
  return image.render().asPng();
}

/** Imports the optional package; the name is a variable so that bundlers leave it alone. */
async function importResvg(): Promise<ResvgLike> {
  const name = "@resvg/resvg-js";
  return (await import(name)) as ResvgLike;
}
