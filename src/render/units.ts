/**
 * What a chart measures, in words, for the defaults: the y axis title with its unit ("%",
 * "per 1000") and the title drawn when none is given.
 *
 * @module
 */
import type { ChartResult } from "../types.js";
import { chartName } from "../chart-names.js";
import { formatNumber, type RenderLang } from "./locale.js";

/** The unit a chart's values are in, as a word when the measure has no name. */
const COUNT_WORDS: Partial<Record<ChartResult["chart"], Record<RenderLang, string>>> = {
  c: { nb: "Antall", en: "Count" },
  np: { nb: "Antall", en: "Count" },
  g: { nb: "Antall mellom hendelser", en: "Units between events" },
  t: { nb: "Tid mellom hendelser", en: "Time between events" },
  // The plotted values are not the measurements themselves: say what they are.
  ewma: { nb: "Glidende vektet gjennomsnitt (EWMA)", en: "Weighted moving average (EWMA)" },
  bcusum: { nb: "Kumulativ sum (CUSUM)", en: "Cumulative sum (CUSUM)" },
};

/** The y axis of a standardised chart: z-scores, in standard deviations from the centre line. */
const STANDARDISED_WORDS: Record<RenderLang, string> = { nb: "Standardavvik fra midtlinjen", en: "Standard deviations from the centre line" };

/**
 * Whether a chart plots y/n without being a P or U chart: a funnel plot, or an I′ chart whose
 * rows have denominators. Multiplied by 100 it is in per cent, by 1000 per 1000.
 *
 * @example
 * ```ts
 * perDenominator(compute({ chart: "funnel", data })); // true
 * ```
 */
export function perDenominator(result: ChartResult): boolean {
  return result.chart === "funnel" || (result.chart === "ip" && result.points.some((p) => p.n !== null));
}

/**
 * The unit of the values: `"%"` for a chart in per cent, `"per 1000"` for a rate multiplied by
 * 1000, `""` otherwise.
 *
 * @example
 * ```ts
 * unitOf(uResult, false, "nb"); // "per 1000" (multiply: 1000)
 * ```
 */
export function unitOf(result: ChartResult, percent: boolean, lang: RenderLang): string {
  if (percent) return "%";
  // A funnel plot or an I′ chart of y/n (rates or proportions) multiplied by 1000 is per 1000 too.
  const rate = result.chart === "u" || result.chart === "up" || perDenominator(result);
  return rate && Number.isFinite(result.multiply) && result.multiply !== 1 ? `per ${formatNumber(result.multiply, 0, lang)}` : "";
}

/**
 * The y axis title when the options give none: the measure's `yLabel` with its unit when the
 * label does not say it ("Fall" on a U chart per 1000 → "Fall per 1000"; "Andel" on a P chart →
 * "Andel (%)"), else a word for the unit ("Prosent", "Rate per 1000", "Antall"), else none.
 *
 * @example
 * ```ts
 * defaultYLabel(pResult, true, "nb"); // "Prosent" (a P chart without yLabel)
 * ```
 */
export function defaultYLabel(result: ChartResult, percent: boolean, lang: RenderLang): string | null {
  const unit = unitOf(result, percent, lang);
  const label = result.yLabel?.trim() ? result.yLabel : null;
  if (label !== null) {
    if (unit === "%") return /%|prosent|per ?cent/i.test(label) ? label : `${label} (%)`;
    if (unit) return label.includes(unit.slice(4)) ? label : `${label} ${unit}`;
    return label;
  }
  if (result.standardised === true) return STANDARDISED_WORDS[lang];
  if (unit === "%") return lang === "nb" ? "Prosent" : "Per cent";
  if (unit) return `Rate ${unit}`;
  return COUNT_WORDS[result.chart]?.[lang] ?? null;
}

/**
 * The title when the options give none: the result's title, else what is measured (its
 * `yLabel`), and only when nothing names the measure, the chart's name ("U-diagram").
 *
 * @example
 * ```ts
 * defaultTitle({ ...result, title: null, yLabel: "Fall per 1000 liggedøgn" }, "nb"); // "Fall per 1000 liggedøgn"
 * ```
 */
export function defaultTitle(result: ChartResult, lang: RenderLang): string {
  if (result.title?.trim()) return result.title;
  if (result.yLabel?.trim()) return result.yLabel;
  const name = chartName(result.chart, lang);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
