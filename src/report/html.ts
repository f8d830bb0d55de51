/**
 * Small, safe pieces of HTML: escaping, and SVGs made fit to sit side by side in one page.
 *
 * @module
 */

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attribute values: `& < > " '`.
 *
 * @example
 * ```ts
 * escapeHtml('Fall & skader <"uke 5">'); // "Fall &amp; skader &lt;&quot;uke 5&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Makes an SVG document safe to inline in an HTML page that holds many: drops an XML
 * declaration and doctype, and prefixes every `id` (and the `url(#…)` and `href="#…"` that
 * point at it), because ids are global to the page — two charts' `clipPath id="plot"` would
 * otherwise both clip with the first one.
 *
 * @example
 * ```ts
 * scopeSvgIds('<svg><clipPath id="c"/><g clip-path="url(#c)"/></svg>', "m1");
 * // '<svg><clipPath id="m1-c"/><g clip-path="url(#m1-c)"/></svg>'
 * ```
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  let out = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, "").replace(/^\s*<!DOCTYPE[^>]*>\s*/i, "");
  const ids = new Set<string>();
  for (const m of out.matchAll(/\sid="([^"]+)"/g)) if (m[1] !== undefined) ids.add(m[1]);
  if (ids.size === 0) return out;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  out = out.replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}${scoped(id)}${b}`);
  out = out.replace(/(url\(\s*['"]?#)([^'")\s]+)/g, (_, a: string, id: string) => `${a}${scoped(id)}`);
  out = out.replace(/((?:xlink:)?href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${scoped(id)}"`);
  out = out.replace(/(aria-(?:labelledby|describedby)=")([^"]+)"/g, (_, a: string, list: string) => `${a}${list.split(/\s+/).map(scoped).join(" ")}"`);
  return out;
}
