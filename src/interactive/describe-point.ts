/**
 * One point in words, for a tooltip or a screen reader: where it is (facet and x, as the
 * findings' sentences write x), its value, the centre line, the limits and the target, and the
 * sentences of the findings that flag it. Pure: no DOM, so that an app can build its own tooltip
 * from the same words.
 *
 * @module
 */
import { SpcError, type SpcIssue } from "../errors.js";
import { centreIsMedian } from "../median-centre.js";
import { formatNumber } from "../render/locale.js";
import { decimalsOf } from "../render/scale.js";
import { describeFinding } from "../rules/describe.js";
import { XFormatter } from "../rules/locale.js";
import type { Lang } from "../rules/types.js";
import type { ChartResult, Point } from "../types.js";

/** Options of {@link describePoint}. */
export interface DescribePointOptions {
  /** `"nb"` (default) or `"en"`. */
  lang?: Lang;
  /**
   * Values as per cent (×100 / `multiply`, with "%"). By default as the renderer does: for P and
   * P′ charts.
   */
  percent?: boolean;
  /** Most decimals a value shows (0–6). By default as many as the value needs, at most 2. */
  decimals?: number;
}

/**
 * Checks the options of {@link describePoint} (also {@link attach}'s), naming each bad one.
 *
 * @throws SpcError (`invalid_option`) with one issue per bad option.
 * @example
 * ```ts
 * checkPointOptions({ lang: "en", decimals: 1 }); // { lang: "en", decimals: 1 }
 * checkPointOptions({ lang: "sv" });              // throws: options.lang must be "nb" or "en", not "sv"
 * ```
 */
export function checkPointOptions(options: DescribePointOptions | null | undefined): DescribePointOptions {
  if (options === null || options === undefined) return {};
  const issues: SpcIssue[] = [];
  const bad = (key: string, message: string) => issues.push({ code: "invalid_option", path: ["options", key], message });
  if (typeof options !== "object") throw new SpcError([{ code: "invalid_option", path: ["options"], message: "must be an object" }]);
  const { lang, percent, decimals } = options;
  if (lang !== undefined && lang !== "nb" && lang !== "en") bad("lang", `must be "nb" or "en", not ${JSON.stringify(lang)}`);
  if (percent !== undefined && typeof percent !== "boolean") bad("percent", `must be true or false, not ${JSON.stringify(percent)}`);
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 6)) bad("decimals", `must be a whole number from 0 to 6, not ${JSON.stringify(decimals)}`);
  if (issues.length > 0) throw new SpcError(issues);
  return options;
}

/** A point in words. */
export interface PointText {
  /** Where the point is: "mars 2024", or "Avdeling A, uke 12" on a faceted chart. */
  heading: string;
  /** Value, centre line, limits and target, one per line: "Verdi: 12,3". */
  lines: string[];
  /** The explanation of each finding that flags the point (describeFinding), most important first. */
  signals: string[];
  /** Everything in one line, for an accessible name: heading, lines and signals joined. */
  label: string;
}

const WORDS = {
  nb: { value: "Verdi", median: "Median", centre: "Midtlinje", limits: "Kontrollgrenser", upper: "Øvre kontrollgrense", lower: "Nedre kontrollgrense", target: "Mål", excluded: "Utelatt fra beregningene", percent: "\u00a0%" },
  en: { value: "Value", median: "Median", centre: "Centre line", limits: "Control limits", upper: "Upper control limit", lower: "Lower control limit", target: "Target", excluded: "Left out of the calculations", percent: "%" },
} as const;

/** The x words of each facet of a result, made once per result and facet. */
const formatters = new WeakMap<ChartResult, Map<string | null, { xf: XFormatter; first: number }>>();

function xWords(result: ChartResult, point: Point, lang: Lang): string {
  let byFacet = formatters.get(result);
  if (!byFacet) formatters.set(result, (byFacet = new Map()));
  let entry = byFacet.get(point.facet);
  if (!entry) {
    const mine = result.points.filter((p) => p.facet === point.facet);
    entry = { xf: new XFormatter(mine.map((p) => p.x as number | string), result.xType), first: mine[0]?.index ?? 1 };
    byFacet.set(point.facet, entry);
  }
  return entry.xf.at(point.index - entry.first, lang);
}

/**
 * Writes a point of a computed chart in words: its x, value, centre line, limits, target and the
 * findings that flag it, in bokmål or English. The tooltips of {@link attach} show these words.
 *
 * @param point - One of `result.points`.
 * @param result - What `compute()` returned (for x words, the chart type and the findings).
 * @param options - Language, per cent and decimals.
 * @returns The point's heading, lines and signal sentences.
 * @throws SpcError (`invalid_option`) for a bad option.
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * import { describePoint } from "spc-charts/interactive";
 * const result = compute({ chart: "i", data: [5, 6, 5, 7, 6, 5, 30].map((y) => ({ y })) });
 * describePoint(result.points[6], result, { lang: "en" }).lines[0]; // "Value: 30"
 * ```
 */
export function describePoint(point: Point, result: ChartResult, options?: DescribePointOptions | null): PointText {
  const { lang = "nb", percent, decimals } = checkPointOptions(options);
  const w = WORDS[lang];
  const asPercent = percent ?? (result.chart === "p" || result.chart === "pp");
  const multiply = Number.isFinite(result.multiply) && result.multiply !== 0 ? result.multiply : 1;
  const scale = asPercent ? 100 / multiply : 1;
  const value = (v: number): string => {
    const shown = v * scale;
    // As many decimals as the value needs once rounded to the most allowed: 46.7, not 46.70.
    const most = decimals ?? 2;
    const text = formatNumber(shown, decimalsOf([Math.round(shown * 10 ** most) / 10 ** most]), lang);
    return asPercent ? text + w.percent : text;
  };
  const x = xWords(result, point, lang);
  const heading = point.facet === null ? x : `${point.facet}, ${x}`;
  const lines: string[] = [];
  lines.push(`${w.value}: ${point.y === null ? "–" : value(point.y)}`);
  if (point.cl !== null) lines.push(`${centreIsMedian(result) ? w.median : w.centre}: ${value(point.cl)}`);
  if (point.lcl !== null && point.ucl !== null) lines.push(`${w.limits}: ${value(point.lcl)}–${value(point.ucl)}`);
  else if (point.ucl !== null) lines.push(`${w.upper}: ${value(point.ucl)}`);
  else if (point.lcl !== null) lines.push(`${w.lower}: ${value(point.lcl)}`);
  // The target is given in the chart's own units (not multiplied), as the renderer draws it.
  if (point.target !== null) lines.push(`${w.target}: ${value(point.target)}`);
  if (point.excluded) lines.push(w.excluded);
  const signals: string[] = [];
  const seen = new Set<number>();
  for (const signal of Array.isArray(point.signals) ? point.signals : []) {
    const finding = result.findings?.[signal.finding];
    if (finding === undefined || seen.has(signal.finding)) continue;
    seen.add(signal.finding);
    signals.push(describeFinding(finding, { lang, result }).explanation);
  }
  return { heading, lines, signals, label: [heading, ...lines, ...signals].join(". ").replace(/\.\./g, ".") };
}
