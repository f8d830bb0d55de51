/**
 * SVG text helpers: escaping and number output. Every coordinate goes through {@link n} so that
 * the same input gives the same bytes (one decimal, no `-0`, no exponent).
 *
 * @module
 */

import { measureText } from "./font-metrics.js";
import { numberParts } from "../locale/number.js";

// Characters XML 1.0 does not allow at all (C0 controls but tab, newline and carriage return;
// U+FFFE/U+FFFF): they are dropped, since no escape makes them legal. (A lone surrogate becomes
// U+FFFD when the string is written as UTF-8.)
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"]/;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Escapes text for SVG element content or a double-quoted attribute: `&`, `<`, `>` and `"`
 * become entities and characters XML cannot hold are dropped, so a title such as `<script>` is
 * shown as text and never becomes markup.
 *
 * @example
 * ```ts
 * escapeXml("Fall & skader <2024>"); // "Fall &amp; skader &lt;2024&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  // Most text (numbers, dates, words) needs nothing: one test instead of two replaces.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ILLEGAL, "").replace(SPECIAL, (c) => ENTITY[c]!);
}

/**
 * A coordinate rounded to one decimal, as text: `12.3`, `0` (never `-0`), no exponent.
 *
 * @example
 * ```ts
 * n(12.34); // "12.3"
 * n(-0.04); // "0"
 * ```
 */
export function n(value: number): string {
  // The last guard: a coordinate is never NaN, Infinity or in exponent form, whatever reaches
  // here (the axes keep real values far inside ±1e9 px; renderers fail beyond that anyway).
  if (!(Math.abs(value) < 1e9)) return Number.isNaN(value) ? "0" : value > 0 ? "1000000000" : "-1000000000";
  const tenths = Math.round(value * 10);
  // Module state, bounded: the text of each coordinate from 0 to 3276.7 px once written (at most
  // 32,768 short strings). Why: writing the integer was most of n(), and n() a tenth of drawing
  // a chart; a chart's coordinates repeat (the same columns of x, the same limits in every part).
  if (tenths >= 0 && tenths < 32768) return (COORDINATES ??= new Array<string>(32768))[tenths] ??= tenthsText(tenths);
  return tenthsText(tenths);
}

let COORDINATES: string[] | undefined;

function tenthsText(tenths: number): string {
  if (tenths === 0) return "0";
  // Why: String() of a fraction (the shortest round-trip digits) was an eighth of the time of
  // rendering small charts; the tenths as an integer and one digit give the same text.
  const size = Math.abs(tenths);
  const digit = size % 10;
  const whole = (size - digit) / 10;
  return `${tenths < 0 ? "-" : ""}${whole}${digit === 0 ? "" : `.${digit}`}`;
}

/**
 * A value for a `data-value` attribute: at most 12 significant digits, so that floating-point
 * noise (0.30000000000000004) reads 0.3 — the text of `+v.toPrecision(12)`, byte for byte.
 * Why: toPrecision was an eighth of drawing a panel's axes. A value that is k / 10^d for an
 * integer k below 10^12 and d ≤ 6 (what ticks are) has that decimal as its shortest text,
 * with no more than 12 digits: written from k here; anything else goes through toPrecision.
 *
 * @example
 * ```ts
 * valueText(0.1 + 0.2); // "0.3"
 * valueText(-12.5); // "-12.5"
 * ```
 */
export function valueText(v: number): string {
  for (let d = 0; d < 7; d++) {
    const scale = 10 ** d;
    const k = Math.round(v * scale);
    if (!(Math.abs(k) < 1e12)) break;
    if (k / scale !== v) continue;
    const p = numberParts(v, d, false);
    return `${p.negative ? "-" : ""}${p.whole}${d > 0 ? `.${p.fraction}` : ""}`;
  }
  return String(+v.toPrecision(12));
}

/** `<text>` at (x, y) with escaped content and extra attributes (already formatted). */
export function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs}>${escapeXml(content)}</text>`;
}

/**
 * Width in px of text at `fontSize` px (bold when asked), from the advance widths of DejaVu Sans
 * (see font-metrics.ts): Node cannot measure text, and the widest font of the default list
 * makes a width that fits in all of them.
 *
 * @example
 * ```ts
 * textWidth("Fall", 16); // 27.9
 * ```
 */
export function textWidth(content: string, fontSize: number, bold = false): number {
  return measureText(content, fontSize, bold);
}
