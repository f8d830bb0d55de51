/**
 * SVG text helpers: escaping and number output. Every coordinate goes through {@link n} so that
 * the same input gives the same bytes (one decimal, no `-0`, no exponent).
 *
 * @module
 */

// Characters XML 1.0 does not allow at all (C0 controls but tab, newline and carriage return;
// U+FFFE/U+FFFF): they are dropped, since no escape makes them legal. (A lone surrogate becomes
// U+FFFD when the string is written as UTF-8.)
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"]/g;
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
  if (tenths === 0) return "0";
  // Why: String() of a fraction (the shortest round-trip digits) was an eighth of the time of
  // rendering small charts; the tenths as an integer and one digit give the same text.
  const size = Math.abs(tenths);
  const digit = size % 10;
  const whole = (size - digit) / 10;
  return `${tenths < 0 ? "-" : ""}${whole}${digit === 0 ? "" : `.${digit}`}`;
}

/** `<text>` at (x, y) with escaped content and extra attributes (already formatted). */
export function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs}>${escapeXml(content)}</text>`;
}

/** Rough width in px of text set in a proportional sans-serif: Node cannot measure text. */
export function textWidth(content: string, fontSize: number): number {
  let w = 0;
  for (const c of content) {
    if (c === " " || c === "." || c === "," || c === ":" || c === "i" || c === "l" || c === "j" || c === "'" || c === "|") w += 0.3;
    else if (c === "m" || c === "w" || c === "M" || c === "W" || c === "%") w += 0.9;
    else if (c >= "A" && c <= "Z") w += 0.68;
    else w += 0.56;
  }
  return w * fontSize;
}
