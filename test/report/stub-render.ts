import { escapeHtml } from "../../src/report/html.js";
import type { RenderOptions } from "../../src/report/build.js";
import type { ChartResult } from "../../src/types.js";

/**
 * A stand-in for `renderSvg` until it exists: a small valid SVG with a clip path (an id to
 * scope), the title escaped and one circle per point.
 */
export function stubRender(result: ChartResult, options: RenderOptions = {}): string {
  const width = options.width ?? 760;
  const height = options.height ?? 340;
  const ys = result.points.map((p) => p.y).filter((y): y is number => y !== null);
  const lo = Math.min(0, ...ys);
  const hi = Math.max(1, ...ys);
  const sx = (i: number) => 40 + (i * (width - 60)) / Math.max(1, result.points.length - 1);
  const sy = (y: number) => height - 30 - ((y - lo) * (height - 60)) / (hi - lo || 1);
  const marks = result.points
    .map((p, i) => (p.y === null ? "" : `<circle cx="${sx(i).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3"/>`))
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title">` +
    `<title id="title">${escapeHtml(result.title ?? result.chart)}</title><clipPath id="plot"><rect x="30" y="10" width="${width - 40}" height="${height - 40}"/></clipPath>` +
    `<g clip-path="url(#plot)" data-lang="${options.lang ?? "nb"}">${marks}</g></svg>`
  );
}
