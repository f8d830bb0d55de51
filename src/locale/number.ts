/**
 * Numbers written for people in Norwegian bokmål and English: the one number writer that the
 * rules' sentences, the chart's labels and the report share, so a centre line reads the same in
 * all three. Nothing here uses `Intl` or `toLocaleString`: the machine's ICU data must not change
 * the output (Node's nb-NO output uses U+2212 and U+00A0 on some builds and not others).
 *
 * @module
 */

const MINUS = "\u2212";

import type { Lang } from "../vocabulary.js";

/** A language numbers are written in: the library's {@link Lang}. */
export type NumberLang = Lang;

/** A number split for writing: sign, whole digits and decimal digits (no locale in it yet). */
export interface NumberParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

/**
 * Splits |value| with `decimals` fixed decimals; `trim` drops trailing zeros. One toFixed and no
 * regular expressions: this runs for every finding and every label. A value that rounds to zero
 * is not negative (no "−0").
 */
export function numberParts(value: number, decimals: number, trim: boolean): NumberParts {
  // toFixed switches to exponent notation from 1e21, where every double is a whole number.
  const magnitude = Math.abs(value);
  const text = magnitude >= 1e21 ? `${BigInt(magnitude)}${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}` : fixed(magnitude, decimals);
  const dot = text.indexOf(".");
  const whole = dot < 0 ? text : text.slice(0, dot);
  let fraction = dot < 0 ? "" : text.slice(dot + 1);
  if (trim) {
    let end = fraction.length;
    while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
    fraction = fraction.slice(0, end);
  }
  let nonZero = whole !== "0";
  for (let i = 0; !nonZero && i < fraction.length; i++) nonZero = fraction.charCodeAt(i) !== 48;
  return { negative: value < 0 && nonZero, whole, fraction };
}

/**
 * `magnitude.toFixed(decimals)`, the same text. Why: toFixed works on the exact decimal
 * expansion of the double and was the costliest step of writing a chart's labels and point
 * titles. Below 10^9 (scaled) the product magnitude · 10^d (d ≤ 6) is off by less than 10^-6,
 * so rounding it gives toFixed's digits unless it lies within 10^-6 of a half, where toFixed decides.
 */
function fixed(magnitude: number, decimals: number): string {
  const scaled = magnitude * 10 ** decimals;
  const whole = Math.floor(scaled);
  const rest = scaled - whole;
  if (decimals > 6 || !(scaled < 1e9) || Math.abs(rest - 0.5) <= 1e-6) return magnitude.toFixed(decimals);
  const digits = String(rest > 0.5 ? whole + 1 : whole).padStart(decimals + 1, "0");
  return decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
}

/**
 * Writes split digits: decimal comma and no-break-space digit groups from 10 000 in bokmål
 * (Språkrådet's rule: four digits stay together); decimal point and comma groups from 1,000 in
 * English. The minus is U+2212 in both, as d3-format writes it: a hyphen is too short to read as
 * a sign on an axis. `group: false` writes the digits as they are (years, positions).
 */
export function writeParts(p: NumberParts, lang: NumberLang, group = true): string {
  const nb = lang === "nb";
  const whole = group ? groupDigits(p.whole, nb) : p.whole;
  const body = p.fraction === "" ? whole : `${whole}${nb ? "," : "."}${p.fraction}`;
  return p.negative ? `${MINUS}${body}` : body;
}

function groupDigits(whole: string, nb: boolean): string {
  if (whole.length < (nb ? 5 : 4)) return whole;
  const separator = nb ? "\u00a0" : ",";
  let out = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += separator;
    out += whole[i];
  }
  return out;
}

/** Decimals that show `significant` significant digits of v (0 for |v| ≥ 10^(significant−1)). */
export function significantDecimals(v: number, significant: number): number {
  if (v === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  return Math.min(12, Math.max(0, significant - 1 - magnitude));
}

/**
 * Writes a number for a person. With `decimals`, exactly that many; without, three significant
 * digits (at least the whole part) with trailing zeros dropped. Non-finite values are "–".
 *
 * @example
 * ```ts
 * writeNumber(1234.567, "nb");    // "1235"
 * writeNumber(12345.6, "nb");     // "12 346" (no-break space)
 * writeNumber(-0.012345, "en");   // "−0.0123"
 * writeNumber(1234.5, "en", 1);   // "1,234.5"
 * ```
 */
export function writeNumber(value: number, lang: NumberLang, decimals?: number): string {
  if (!Number.isFinite(value)) return "–";
  if (decimals === 0 && Number.isInteger(value) && Math.abs(value) < 1000) return value < 0 ? `${MINUS}${-value}` : String(value);
  return writeParts(numberParts(value, decimals ?? significantDecimals(value, 3), decimals === undefined), lang);
}
