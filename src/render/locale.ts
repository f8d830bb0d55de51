/**
 * Words, numbers and dates in Norwegian bokmål and English, written out here rather than taken
 * from `Intl`: the output must be the same bytes on every machine, whatever its ICU data.
 *
 * @module
 */
import type { Period } from "../calendar.js";
import { formatPeriod } from "../locale/date.js";
import type { Lang } from "../vocabulary.js";
import { writeNumber } from "../locale/number.js";

/**
 * A language the renderer writes: Norwegian bokmål (`nb`, the default) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: RenderLang = "en";
 * renderSvg(result, { lang });
 * ```
 */
export type RenderLang = Lang;

/** The languages {@link RenderLang} can be. */
export const RENDER_LANGS: readonly RenderLang[] = ["nb", "en"];

/**
 * A number with a fixed number of decimals: decimal comma and U+2212 minus in `nb`, a point in
 * `en`; thousands grouped with a no-break space from 10 000 in `nb` and with commas in `en` (the
 * same writer as the rules' explanations and the report use).
 *
 * @example
 * ```ts
 * formatNumber(-1234.5, 1, "nb"); // "−1234,5"
 * formatNumber(12345, 0, "en");   // "12,345"
 * ```
 */
export function formatNumber(value: number, decimals: number, lang: RenderLang): string {
  return writeNumber(value, lang, decimals);
}

/**
 * A date (days since 1970-01-01) as a label for its period: `jan. 2024` / `Jan 2024` for months,
 * `uke 5 2024` / `week 5 2024` for ISO weeks, `1. kv. 2024` / `Q1 2024`, `5. jan. 2024` /
 * `5 Jan 2024`, `2024` (src/locale/date.ts writes them, for the report and the rules too).
 *
 * @example
 * ```ts
 * formatDate(19723, "month", "nb"); // "jan. 2024"
 * formatDate(19752, "week", "nb");  // "uke 5 2024"
 * ```
 */
export function formatDate(days: number, period: Period, lang: RenderLang): string {
  return formatPeriod(days, period, lang);
}

export { chartName } from "../chart-names.js";

/** Every word the renderer writes, per language. */
export interface Words {
  median: string;
  centre: string;
  limits: string;
  sigma2: string;
  target: string;
  /** A Bernoulli CUSUM's one limit h. */
  decisionLimit: string;
  /** A Bernoulli CUSUM's point past h (its signal). */
  beyondDecisionLimit: string;
  /** A target that steps from row to row (a per-row `target`). */
  trajectory: string;
  /** A reference line without a label of its own. */
  referenceLine: string;
  outside: string;
  pattern: string;
  runs: string;
  improvement: string;
  concern: string;
  excluded: string;
  baseline: string;
  notes: string;
  data: string;
  points: string;
  axes: string;
  legend: string;
  labels: string;
  parts: string;
  /** The group of Making Data Count icons. */
  icons: string;
  /** The line of a chart that plots something made from the measurements: EWMA, Bernoulli CUSUM. */
  madeLine: { ewma: string; bcusum: string };
  /** A Bernoulli CUSUM's line at 0: where the sum starts and starts again, not a centre of the data. */
  cusumStart: string;
  /** Funnel plot: its centre (the pooled value, or a given `cl`), its limits and its x axis. */
  funnel: { centre: string; comparison: string; limits: string; sigma2: string; outside: string; denominator: string };
  /** Pareto chart: the bars and the cumulative line. */
  pareto: { bars: string; cumulative: string };
  /** Said under a chart with more facets than MAX_PANELS: only the first ones are drawn. */
  panelsOmitted: (shown: string, total: string) => string;
}

/** The words of each language. */
export const WORDS: Record<RenderLang, Words> = {
  nb: {
    median: "Median",
    centre: "Midtlinje",
    limits: "Kontrollgrenser",
    sigma2: "2-sigma-grenser",
    target: "Mål",
    trajectory: "Målbane",
    decisionLimit: "Beslutningsgrense",
    beyondDecisionLimit: "Utenfor beslutningsgrensen",
    referenceLine: "Referanselinje",
    outside: "Utenfor kontrollgrensene",
    pattern: "Del av signal",
    runs: "seriesignal (lang serie eller få kryssinger)",
    improvement: "Forbedring",
    concern: "Bekymring",
    excluded: "Utelatt fra beregningene",
    baseline: "Grunnlinje",
    notes: "Merknader",
    panelsOmitted: (shown, total) => `Viser de første ${shown} av ${total} fasetter (resten er beregnet, men ikke tegnet)`,
    data: "Måleverdier",
    points: "Punkter",
    axes: "Akser",
    legend: "Tegnforklaring",
    labels: "Verdier for linjene",
    parts: "Deler",
    icons: "Making Data Count-ikoner",
    madeLine: { ewma: "EWMA (vektet gjennomsnitt)", bcusum: "CUSUM (kumulativ sum)" },
    cusumStart: "Startverdi 0",
    funnel: { centre: "Samlet verdi", comparison: "Sammenligningsverdi", limits: "99,8 %-grenser", sigma2: "95 %-grenser", outside: "Utenfor 99,8 %-grensene", denominator: "Nevner" },
    pareto: { bars: "Antall", cumulative: "Kumulativ prosent" },
  },
  en: {
    median: "Median",
    centre: "Centre line",
    limits: "Control limits",
    sigma2: "2-sigma limits",
    target: "Target",
    trajectory: "Target trajectory",
    decisionLimit: "Decision limit",
    beyondDecisionLimit: "Beyond the decision limit",
    referenceLine: "Reference line",
    outside: "Outside the control limits",
    pattern: "Part of a signal",
    runs: "runs signal (long run or few crossings)",
    improvement: "Improvement",
    concern: "Concern",
    excluded: "Left out of the calculations",
    baseline: "Baseline",
    notes: "Notes",
    panelsOmitted: (shown, total) => `Showing the first ${shown} of ${total} facets (the rest are computed but not drawn)`,
    data: "Measurements",
    points: "Points",
    axes: "Axes",
    legend: "Legend",
    labels: "Values of the lines",
    parts: "Parts",
    icons: "Making Data Count icons",
    madeLine: { ewma: "EWMA (weighted mean)", bcusum: "CUSUM (cumulative sum)" },
    cusumStart: "Start value 0",
    funnel: { centre: "Pooled value", comparison: "Comparison value", limits: "99.8 % limits", sigma2: "95 % limits", outside: "Outside the 99.8 % limits", denominator: "Denominator" },
    pareto: { bars: "Count", cumulative: "Cumulative per cent" },
  },
};
