/**
 * The SVG renderer: a ChartResult in, an SVG string out, without a DOM.
 *
 * @module
 */
import type { ChartResult } from "../types.js";
import { draw } from "./draw.js";
import { buildModel, checkResult } from "./model.js";
import { resolveOptions, type RenderOptions } from "./options.js";

/**
 * Draws a computed chart as an SVG string: data line and points, centre line, 3-sigma limits
 * (stepped where they vary), parts, frozen baseline, excluded points, notes, target, value labels
 * and, for faceted results, a grid of small multiples. Works anywhere (Node, browsers, workers):
 * no DOM, no fonts, no `Intl`. The same result and options give the same bytes.
 *
 * It reads the result only and never recomputes a statistic. Signals are shown by colour *and*
 * shape (diamond: outside the limits; square: part of another signal; dashed centre line: runs
 * signal), so they read in greyscale and for colour-blind readers. The SVG has `role="img"`, a
 * `<title>` and a `<desc>` that says in words what the chart shows, in the chosen language.
 *
 * @param result - what `compute()` returned.
 * @param options - language, size, titles, theme … (see {@link RenderOptions}).
 * @returns the SVG document as a string.
 * @throws {SpcError} when an option is bad (the issue names it) or `result` is not a ChartResult.
 * @example
 * ```ts
 * import { compute, renderSvg } from "spc-charts";
 * import { writeFileSync } from "node:fs";
 *
 * const result = compute({ chart: "run", data: [{ y: 3 }, { y: 5 }, { y: 4 }, { y: 6 }] });
 * writeFileSync("chart.svg", renderSvg(result, { lang: "en", title: "Falls & injuries" }));
 * ```
 */
export function renderSvg(result: ChartResult, options?: RenderOptions): string {
  const o = resolveOptions(options);
  checkResult(result);
  return draw(buildModel(result, o));
}

export type { RenderOptions } from "./options.js";
export { defaultTheme, type Theme, type ThemeColors, type ThemeInput } from "./theme.js";
export { formatNumber, formatDate, chartName, type RenderLang } from "./locale.js";
