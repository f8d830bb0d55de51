/**
 * Numbers and dates for the report, in Norwegian or English, written by hand so that the output
 * never depends on the machine's ICU data (`Intl` differs between Node builds).
 *
 * @module
 */
import { writeNumber } from "../locale/number.js";
import { fromIsoDate, type Period } from "../calendar.js";
import { formatNumericDate, formatPeriod } from "../locale/date.js";
import { pointX } from "../locale/point-x.js";
import type { Lang } from "../vocabulary.js";

/**
 * Decimals that suit a value's size: 2 below 10, 1 below 100, none from 100; below 0.1, enough
 * for two significant digits (at most 6), so that 0.0035 falls per bed-day is not "0.00".
 *
 * @example
 * ```ts
 * decimalsFor(0.835);  // 2
 * decimalsFor(86.78);  // 1
 * decimalsFor(0.0035); // 4
 * ```
 */
export function decimalsFor(value: number): number {
  const a = Math.abs(value);
  if (a > 0 && a < 0.1) return Math.min(6, 1 - Math.floor(Math.log10(a)));
  return a >= 100 ? 0 : a >= 10 ? 1 : 2;
}

/**
 * A number for a person, as the chart's labels and sentences write it (src/locale/number.ts):
 * decimal comma and no-break-space groups from 10 000 in Norwegian, point and comma groups in
 * English, U+2212 minus; decimals by size unless given; `–` for `null`.
 *
 * @example
 * ```ts
 * formatNumber(12345.5, "nb");    // "12 346" (with NBSP): no decimals from 100
 * formatNumber(0.8351, "nb");     // "0,84"
 * formatNumber(-1234.5, "en", 1); // "−1,234.5"
 * ```
 */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return writeNumber(value, lang, decimals ?? decimalsFor(value));
}

/**
 * An ISO date as its period, as the chart's axis writes it (src/locale/date.ts): `mar. 2024` /
 * `Mar 2024` for months, `uke 9 2024` / `week 9 2024`, `1. kv. 2024` / `Q1 2024`, `2024`, or the
 * day `01.03.2024` / `1 Mar 2024`; a number x `punkt 12` / `point 12`, as explain() says it;
 * a label as it is.
 *
 * @example
 * ```ts
 * formatX("2024-03-01", "month", "nb"); // "mar. 2024"
 * formatX("2024-03-01", "month", "en"); // "Mar 2024"
 * formatX("2024-03-01", "day", "en");   // "1 Mar 2024"
 * ```
 */
export function formatX(x: string | number, period: Period | null, lang: Lang): string {
  if (typeof x === "number") return pointX(x, lang);
  const days = /^\d{4}-\d{2}-\d{2}$/.test(x) ? fromIsoDate(x) : null;
  if (days === null) return x;
  const p = period ?? "day";
  return p === "day" && lang === "nb" ? formatNumericDate(days) : formatPeriod(days, p, lang);
}

/**
 * A date as the reader writes it: `31.12.2025` or `31 Dec 2025`.
 *
 * @example
 * ```ts
 * formatDate("2025-12-31", "nb"); // "31.12.2025"
 * ```
 */
export function formatDate(iso: string, lang: Lang): string {
  return formatX(iso, "day", lang);
}
