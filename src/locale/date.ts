/**
 * Dates written for people in Norwegian bokmål and English, and month names read back: the one
 * place for month and week words and every date format, beside number.ts. The renderer's axis
 * labels, the rules' sentences, the report and the adapters all use it, so a quarter reads the
 * same everywhere ("1. kv. 2024" / "Q1 2024"; the adapters read that form back). Nothing here
 * uses `Intl`: the machine's ICU data must not change the output.
 *
 * @module
 */
import { civilFromDays, isoWeekOf, type Period } from "../calendar.js";
import type { Lang } from "../vocabulary.js";

/**
 * Month names, January first.
 *
 * @example
 * ```ts
 * MONTHS.nb[2]; // "mars"
 * ```
 */
export const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/**
 * Short month names, January first: bokmål with a dot where letters are left out (`mai` needs none).
 *
 * @example
 * ```ts
 * MONTHS_SHORT.nb[0]; // "jan."
 * MONTHS_SHORT.en[0]; // "Jan"
 * ```
 */
export const MONTHS_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  nb: ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/**
 * The word for an ISO week.
 *
 * @example
 * ```ts
 * `${WEEK_WORD.nb} 5`; // "uke 5"
 * ```
 */
export const WEEK_WORD: Readonly<Record<Lang, string>> = { nb: "uke", en: "week" };

/**
 * Month names as people write them in a sheet, lower case without a trailing dot, to the month
 * number: bokmål (and nynorsk, the same words) in full and in three letters, English where it
 * differs, and `sept`, which both languages use.
 *
 * @example
 * ```ts
 * MONTH_NUMBERS.get("okt"); // 10
 * MONTH_NUMBERS.get("march"); // 3
 * ```
 */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map<string, number>([
  // Written out, not built from MONTHS: a literal is dropped from bundles that do not read it
  // (import { compute } must stay small); test/locale/date.test.ts checks it reads every month word above.
  ["januar", 1], ["februar", 2], ["mars", 3], ["april", 4], ["mai", 5], ["juni", 6],
  ["juli", 7], ["august", 8], ["september", 9], ["oktober", 10], ["november", 11], ["desember", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8],
  ["sep", 9], ["sept", 9], ["okt", 10], ["nov", 11], ["des", 12],
  ["january", 1], ["february", 2], ["march", 3], ["may", 5], ["june", 6], ["july", 7],
  ["october", 10], ["december", 12], ["oct", 10], ["dec", 12],
]);

/**
 * A quarter with its year: `1. kv. 2024` in bokmål, `Q1 2024` in English.
 *
 * @example
 * ```ts
 * formatQuarter(2024, 4, "nb"); // "2. kv. 2024" (April is in the second quarter)
 * ```
 */
export function formatQuarter(year: number, month: number, lang: Lang): string {
  const q = Math.floor((month - 1) / 3) + 1;
  return lang === "nb" ? `${q}. kv. ${yearText(year)}` : `Q${q} ${yearText(year)}`;
}

/**
 * A date (days since 1970-01-01) as a label for its period: `jan. 2024` / `Jan 2024` for months,
 * `uke 5 2024` / `week 5 2024` for ISO weeks (with the ISO week's year), `1. kv. 2024` /
 * `Q1 2024`, `2024`, and days as `5. jan. 2024` / `5 Jan 2024`; `–` for a day that is not finite.
 *
 * @example
 * ```ts
 * formatPeriod(19723, "month", "nb"); // "jan. 2024"
 * formatPeriod(19752, "week", "en");  // "week 5 2024"
 * ```
 */
export function formatPeriod(days: number, period: Period, lang: Lang): string {
  if (!Number.isFinite(days)) return "–";
  const { year, month, day } = civilFromDays(days);
  const m = MONTHS_SHORT[lang][month - 1]!;
  switch (period) {
    case "year":
      return yearText(year);
    case "quarter":
      return formatQuarter(year, month, lang);
    case "month":
      return `${m} ${yearText(year)}`;
    case "week": {
      const w = isoWeekOf(days);
      return `${WEEK_WORD[lang]} ${w.week} ${yearText(w.year)}`;
    }
    case "day":
      return lang === "nb" ? `${day}. ${m} ${yearText(year)}` : `${day} ${m} ${yearText(year)}`;
  }
}

/**
 * A date (days since 1970-01-01) in figures the Norwegian way: `01.03.2024`.
 *
 * @example
 * ```ts
 * formatNumericDate(19783); // "01.03.2024"
 * ```
 */
export function formatNumericDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad2(day)}.${pad2(month)}.${yearText(year)}`;
}

/**
 * A date (days since 1970-01-01) in words: `1. mars 2024` / `1 March 2024`.
 *
 * @example
 * ```ts
 * formatLongDate(19783, "nb"); // "1. mars 2024"
 * ```
 */
export function formatLongDate(days: number, lang: Lang): string {
  const { year, month, day } = civilFromDays(days);
  return lang === "nb" ? `${day}. ${MONTHS.nb[month - 1]} ${yearText(year)}` : `${day} ${MONTHS.en[month - 1]} ${yearText(year)}`;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
/** Years with four digits, as ISO dates have them (year 800 is "0800"). */
const yearText = (year: number): string => String(year).padStart(4, "0");
