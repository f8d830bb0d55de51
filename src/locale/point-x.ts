/**
 * A number x in words: "punkt 12" / "point 12", "punkt 3–5" / "points 3–5". A date x names its
 * period ("uke 12", "mars 2024"); a bare number beside a value or a count ("21–29", "B, 23: …")
 * does not say it is a place on the x axis, so every text that names a number x (explain(), a
 * finding's sentence, the renderer's notes and tooltips, the report) writes it here.
 *
 * The number is written as in the data: no digit groups (x = 2019 stays "2019") and as many
 * decimals as it has (x = 2.5 reads "2,5"), so the words match the axis's ticks.
 *
 * @module
 */
import type { Lang } from "../vocabulary.js";
import { numberParts, writeParts } from "./number.js";

const POINT: Readonly<Record<Lang, { one: string; many: string }>> = {
  nb: { one: "punkt", many: "punkt" },
  en: { one: "point", many: "points" },
};

/**
 * One number x in words.
 *
 * @example
 * ```ts
 * pointX(12, "nb"); // "punkt 12"
 * pointX(2.5, "en"); // "point 2.5"
 * ```
 */
export function pointX(x: number, lang: Lang): string {
  return `${POINT[lang].one} ${numberAsWritten(x, lang)}`;
}

/**
 * A range of number x in words; one x when the ends are the same.
 *
 * @example
 * ```ts
 * pointXRange(3, 5, "nb"); // "punkt 3–5"
 * pointXRange(3, 5, "en"); // "points 3–5"
 * ```
 */
export function pointXRange(from: number, to: number, lang: Lang): string {
  if (from === to) return pointX(from, lang);
  return `${POINT[lang].many} ${numberAsWritten(from, lang)}–${numberAsWritten(to, lang)}`;
}

/** The number as the data has it: no digit groups, its own decimals (up to 6). */
function numberAsWritten(v: number, lang: Lang): string {
  if (!Number.isFinite(v)) return String(v);
  return writeParts(numberParts(v, decimalsOf(v), false), lang, false);
}

function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  for (let d = 1; d <= 6; d++) if (Math.abs(Number(v.toFixed(d)) - v) < 1e-9 * Math.max(1, Math.abs(v))) return d;
  return 6;
}
