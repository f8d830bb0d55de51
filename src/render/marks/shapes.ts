/**
 * Shapes shared by the plot and the legend: line styles, point marks and note markers, so that
 * the legend shows exactly what the plot draws.
 *
 * @module
 */
import type { Model, Shape } from "../model.js";
import type { ReferenceLine, ReferenceLineStyle } from "../../types.js";
import { n, text } from "../svg.js";

/** The kinds of line a chart draws. */
export type LineKind = "centre" | "runs" | "limits" | "sigma2" | "target";

/** The colour of the chart's background, white when it is transparent (halos, hollow points). */
export function background(m: Model): string {
  const bg = m.o.theme.colors.background;
  return bg === "none" ? "#FFFFFF" : bg;
}

/**
 * Stroke attributes of each kind of line; `centreColour` overrides the centre line's colour (a
 * part whose runs signal says improvement or concern).
 *
 * @example
 * ```ts
 * lineStyle(model, "target"); // 'stroke="#009E73" stroke-width="1.5" stroke-dasharray="2 3" fill="none"'
 * ```
 */
export function lineStyle(m: Model, kind: LineKind, colour?: string): string {
  const { colors: c, lineWidth: lw } = m.o.theme;
  const style = (stroke: string, width: number, dash = "") => `stroke="${stroke}" stroke-width="${+width.toFixed(1)}"${dash && ` stroke-dasharray="${dash}"`} fill="none"`;
  switch (kind) {
    case "centre":
      return style(colour ?? c.centre, lw);
    case "runs":
      return style(colour ?? c.signal, lw * 1.2, "6 4");
    case "limits":
      return style(c.limits, lw * 0.67);
    case "sigma2":
      return style(c.sigma2, lw * 0.6, "4 3");
    case "target":
      return style(c.target, lw, "2 3");
  }
}

/**
 * Stroke attributes of a reference line (spec `lines`): the muted text colour, dashed by
 * default, so that it stands apart from the limits (solid grey) and the target (dotted green).
 *
 * @example
 * ```ts
 * referenceLineStyle(model, "dashed"); // 'stroke="#555555" stroke-width="1.2" stroke-dasharray="7 4" fill="none"'
 * ```
 */
export function referenceLineStyle(m: Model, style: ReferenceLineStyle): string {
  const { colors: c, lineWidth: lw } = m.o.theme;
  const dash = style === "dashed" ? ` stroke-dasharray="7 4"` : style === "dotted" ? ` stroke-dasharray="1 3" stroke-linecap="round"` : "";
  return `stroke="${c.muted}" stroke-width="${+(lw * 0.8).toFixed(1)}"${dash} fill="none"`;
}

/**
 * A point mark centred on (x, y), with extra attributes and content (a `<title>`) when given.
 *
 * @example
 * ```ts
 * pointShape(model, "diamond", 100, 50, 3, "#D55E00"); // '<path fill="#D55E00" d="M100,44.9l5.1,5.1…"/>'
 * ```
 */
export function pointShape(m: Model, shape: Shape, x: number, y: number, r: number, colour: string, attrs = "", content = ""): string {
  const close = content ? `>${content}</` : "/>";
  const end = (tag: string) => (content ? `${close}${tag}>` : close);
  if (shape === "circle") return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}"${attrs}${end("circle")}`;
  if (shape === "hollow") return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${background(m)}" stroke="${colour}" stroke-width="${m.o.theme.lineWidth}"${attrs}${end("circle")}`;
  const s = n(shape === "diamond" ? r * 1.7 : r * 1.35);
  return shape === "diamond"
    ? `<path fill="${colour}" d="M${n(x)},${n(y - +s)}l${s},${s}l-${s},${s}l-${s},-${s}z"${attrs}${end("path")}`
    : `<rect fill="${colour}" x="${n(x - +s)}" y="${n(y - +s)}" width="${n(2 * +s)}" height="${n(2 * +s)}"${attrs}${end("rect")}`;
}

/**
 * A numbered circle, as on the chart and in the list of notes.
 *
 * @example
 * ```ts
 * noteMarker(model, 100, 50, 8, 1); // '<circle cx="100" cy="50" r="8" …/><text …>1</text>'
 * ```
 */
export function noteMarker(m: Model, x: number, y: number, r: number, number: number): string {
  const c = m.o.theme.colors.note;
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${background(m)}" stroke="${c}"/>${text(x, y + r * 0.45, String(number), ` font-size="${n(r * 1.3)}" text-anchor="middle" fill="${c}"`)}`;
}

/**
 * The result's reference lines; none for a result stored before `lines` existed.
 *
 * @example
 * ```ts
 * referenceLines(model); // [{ value: 95, label: "Krav", style: "dashed" }]
 * ```
 */
export function referenceLines(m: Model): readonly ReferenceLine[] {
  return Array.isArray(m.result.lines) ? m.result.lines : [];
}
