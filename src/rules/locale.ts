/**
 * Dates, x positions and number pairs written out in Norwegian bokmål and English for the
 * rules' explanations; single numbers are src/locale/number.ts's. Nothing here uses `Intl`: the
 * machine's ICU data must not change a sentence.
 *
 * @module
 */
import { civilFromDays, fromIsoDate, isoWeekOf } from "../calendar.js";
import type { Lang } from "./types.js";
import { numberParts, significantDecimals, writeParts } from "../locale/number.js";
import { MONTHS } from "../locale/date.js";
import { pointX, pointXRange } from "../locale/point-x.js";


/**
 * Writes two numbers, in both languages, with as many decimals as it takes to tell them apart
 * (at least three significant digits), so that "25,3 against the limit 25,3" never happens.
 *
 * @example
 * ```ts
 * formatPair(25.31, 25.34).en; // ["25.31", "25.34"]
 * formatPair(25.31, 25.34).nb; // ["25,31", "25,34"]
 * ```
 */
export function formatPair(a: number, b: number): { nb: [string, string]; en: [string, string] } {
  let decimals = Math.max(significantDecimals(a, 3), significantDecimals(b, 3));
  let pa = numberParts(a, decimals, true);
  let pb = numberParts(b, decimals, true);
  while (a !== b && decimals < 12 && pa.negative === pb.negative && pa.whole === pb.whole && pa.fraction === pb.fraction) {
    decimals++;
    pa = numberParts(a, decimals, true);
    pb = numberParts(b, decimals, true);
  }
  return { nb: [writeParts(pa, "nb"), writeParts(pb, "nb")], en: [writeParts(pa, "en"), writeParts(pb, "en")] };
}

/** How the x of a series reads: ISO weeks, months, quarters, years, days, numbers or labels. */
type XKind = "week" | "month" | "quarter" | "year" | "day" | "number" | "category";

/**
 * Writes the x of one facet's subgroups in words: "uke 12" / "week 12" for a weekly series
 * (every step a whole number of weeks), "mars 2024" / "March 2024" for a monthly one (every date
 * the 1st of a month), quarters and years likewise, "3. mars 2024" / "3 March 2024" for
 * other dates, "punkt 12" / "point 12" for a number x (src/locale/point-x.ts: the same words
 * as the chart's notes and the report), and «label» for categories.
 *
 * @example
 * ```ts
 * const f = new XFormatter(["2024-03-04", "2024-03-11", "2024-03-18"], "date");
 * f.range(0, 2, "nb"); // "uke 10–12"
 * ```
 */
export class XFormatter {
  private readonly kind: XKind;
  private readonly days: Float64Array | null;
  private readonly multiYear: boolean;

  /**
   * @param xs - The facet's subgroup keys in order (ISO dates for date x).
   * @param xType - How x was read.
   */
  constructor(
    private readonly xs: readonly (number | string)[],
    xType: "number" | "date" | "category",
  ) {
    this.days = null;
    this.multiYear = false;
    if (xType === "category") {
      this.kind = "category";
      return;
    }
    if (xType === "number") {
      this.kind = "number";
      return;
    }
    const days = Float64Array.from(xs, (x) => (typeof x === "string" ? (fromIsoDate(x) ?? Number.NaN) : Number.NaN));
    this.days = days;
    this.kind = dateKind(days);
    const years = new Set<number>();
    for (const d of days) {
      if (!Number.isFinite(d)) continue;
      years.add(this.kind === "week" ? isoWeekOf(d).year : civilFromDays(d).year);
    }
    this.multiYear = years.size > 1;
  }

  /**
   * The x of subgroup i (0-based within the facet).
   *
   * @example
   * ```ts
   * new XFormatter([1, 2, 3], "number").at(1, "en"); // "point 2"
   * ```
   */
  at(i: number, lang: Lang): string {
    switch (this.kind) {
      case "category":
        return `«${String(this.xs[i])}»`;
      case "number":
        return pointX(Number(this.xs[i]), lang);
      default:
        return this.dateText(i, lang, true);
    }
  }

  /**
   * The x of subgroups i..j (0-based within the facet) as a range, shortened where the two ends
   * share a year: "uke 12–19", "mars–mai 2024", "points 3–9".
   *
   * @example
   * ```ts
   * new XFormatter(["2023-12-01", "2024-01-01", "2024-02-01"], "date").range(0, 2, "en");
   * // "December 2023–February 2024"
   * ```
   */
  range(i: number, j: number, lang: Lang): string {
    if (i === j) return this.at(i, lang);
    switch (this.kind) {
      case "category":
        return `${this.at(i, lang)}–${this.at(j, lang)}`;
      case "number":
        return pointXRange(Number(this.xs[i]), Number(this.xs[j]), lang);
      default:
        return this.dateRange(i, j, lang);
    }
  }

  private dateText(i: number, lang: Lang, withYear: boolean): string {
    const d = this.days?.[i] ?? Number.NaN;
    if (!Number.isFinite(d)) return String(this.xs[i]);
    const nb = lang === "nb";
    const c = civilFromDays(d);
    switch (this.kind) {
      case "week": {
        const w = isoWeekOf(d);
        return `${nb ? "uke" : "week"} ${w.week}${withYear && this.multiYear ? ` ${w.year}` : ""}`;
      }
      case "month":
        return `${MONTHS[lang][c.month - 1]}${withYear ? ` ${c.year}` : ""}`;
      case "quarter": {
        const q = Math.floor((c.month - 1) / 3) + 1;
        return nb ? `${q}. kvartal${withYear ? ` ${c.year}` : ""}` : `Q${q}${withYear ? ` ${c.year}` : ""}`;
      }
      case "year":
        return String(c.year);
      default:
        return nb ? `${c.day}. ${MONTHS.nb[c.month - 1]}${withYear ? ` ${c.year}` : ""}` : `${c.day} ${MONTHS.en[c.month - 1]}${withYear ? ` ${c.year}` : ""}`;
    }
  }

  private dateRange(i: number, j: number, lang: Lang): string {
    const a = this.days?.[i] ?? Number.NaN;
    const b = this.days?.[j] ?? Number.NaN;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return `${String(this.xs[i])}–${String(this.xs[j])}`;
    const nb = lang === "nb";
    if (this.kind === "week") {
      const wa = isoWeekOf(a);
      const wb = isoWeekOf(b);
      if (wa.year === wb.year) return `${nb ? "uke" : "weeks"} ${wa.week}–${wb.week}${this.multiYear ? ` ${wa.year}` : ""}`;
      return `${this.dateText(i, lang, true)}–${this.dateText(j, lang, true)}`;
    }
    if (this.kind === "year") return `${civilFromDays(a).year}–${civilFromDays(b).year}`;
    const sameYear = civilFromDays(a).year === civilFromDays(b).year;
    return `${this.dateText(i, lang, !sameYear)}–${this.dateText(j, lang, true)}`;
  }
}

/**
 * The calendar step of a date series: every date the 1st of January → years; of a quarter's
 * first month, in steps of whole quarters → quarters; of any month → months; otherwise, every
 * step a whole number of weeks → ISO weeks; else days.
 */
function dateKind(days: Float64Array): XKind {
  if (days.length === 0 || days.some((d) => !Number.isFinite(d))) return "day";
  const dates = Array.from(days, (d) => civilFromDays(d));
  if (dates.every((c) => c.day === 1)) {
    if (dates.every((c) => c.month === 1)) return "year";
    const monthStep = (i: number) => (dates[i]!.year - dates[i - 1]!.year) * 12 + dates[i]!.month - dates[i - 1]!.month;
    if (days.length > 1 && dates.every((c, i) => (c.month - 1) % 3 === 0 && (i === 0 || monthStep(i) % 3 === 0))) return "quarter";
    return "month";
  }
  let weekly = days.length > 1;
  for (let i = 1; i < days.length && weekly; i++) {
    const step = days[i]! - days[i - 1]!;
    if (!(step > 0 && step % 7 === 0)) weekly = false;
  }
  return weekly ? "week" : "day";
}
