/**
 * What the renderer draws, read from a ChartResult: facets with their points and parts, numeric
 * x positions, the date period, value formatting. Nothing here recomputes a statistic.
 *
 * @module
 */
import { fromIsoDate, type Period } from "../calendar.js";
import { SpcError } from "../errors.js";
import { ruleConfigs } from "../rules/resolve.js";
import { usesAnhoejRuns } from "../rules/rule-sets.js";
import type { ChartResult, Part, Point } from "../types.js";
import { chartName, formatDate, formatNumber, WORDS, type Words } from "./locale.js";
import { MDC_COLOURS } from "./mdc-colours.js";
import type { Resolved } from "./options.js";
import { defaultTitle, defaultYLabel, perDenominator } from "./units.js";
import { decimalsOf, inferPeriod } from "./scale.js";
import { pointX } from "../locale/point-x.js";

/** Fields another part of the library may add to a point; used when present. */
export interface PointExtras {
  signals?: readonly { rule?: string }[] | null;
  variation?: string | null;
}

/** How a point is marked. */
export type Shape = "circle" | "diamond" | "square" | "hollow";

/** What a signal means: better, worse, or no direction is better (or none is known). */
export type Meaning = "improvement" | "concern" | "neutral";

/** One part of one facet, with its points. */
export interface PartModel {
  part: Part | undefined;
  number: number;
  /**
   * Whether the centre line shows a runs signal (Anhøj's long run or few crossings): only when the
   * rules in force include those two. A Making Data Count chart reads shifts and trends instead,
   * and a dashed line for a rule it did not run would contradict its own signals.
   */
  runsSignal: boolean;
  /** What the part's signals mean, when they all agree (`neutral` otherwise): the colour of a runs signal's centre line. */
  meaning: Meaning;
  points: Point[];
  /** Numeric x of each point. */
  xs: number[];
}

/** One facet (panel). */
export interface FacetModel {
  facet: string | null;
  points: Point[];
  xs: number[];
  /** How each point is marked ({@link markOf}), read once: the layout, the points and the legend ask again. */
  marks: (Mark | null)[];
  parts: PartModel[];
  /** Lowest and highest value drawn (y, lines, target). */
  lo: number;
  hi: number;
}

/**
 * The most facets (small multiples) one chart draws; a result with more is drawn with the first
 * MAX_PANELS and a line under the chart saying how many were left out (docs/rendering.md).
 */
export const MAX_PANELS = 1000;

/** Everything the drawing code needs. */
export interface Model {
  result: ChartResult;
  o: Resolved;
  words: Words;
  name: string;
  facets: FacetModel[];
  xKind: "number" | "date" | "category";
  period: Period;
  categories: string[];
  /** Facets of the result left out of the drawing (beyond MAX_PANELS). */
  omittedFacets: number;
  /** Domain of x over all facets. */
  x0: number;
  x1: number;
  /** Factor from result units to label units (100 / multiply for per cent, else 1). */
  scale: number;
  percent: boolean;
  /**
   * What the chart shows, for the legend: `circle`, `hollow`, `diamond:improvement`,
   * `square:neutral`, … (shape and meaning), `centre`, `runs:concern`, `limits`, `sigma2`, `target`.
   */
  kinds: Set<string>;
  /** Per meaning, the rules whose findings put square marks on the chart (first signal of each), for the legend. */
  patternRules: Record<Meaning, Set<string>>;
  /** The title drawn when the options give none. */
  defaultTitle: string;
  /** The y axis title drawn when the options give none. */
  defaultYLabel: string | null;
}

/** Throws an SpcError when `result` does not look like a ChartResult. */
export function checkResult(result: unknown): asserts result is ChartResult {
  const r = result as Partial<ChartResult> | null;
  if (typeof r !== "object" || r === null || !Array.isArray(r.points) || !Array.isArray(r.parts) || typeof r.chart !== "string") {
    throw new SpcError([{ code: "invalid_result", path: ["result"], message: "must be a ChartResult, as compute() returns (with chart, points and parts)" }]);
  }
}

/**
 * A result from before the rules engine (no `findings`, `icons`, `rules`, `ruleSet` or `facets`)
 * with those filled in as qicharts2 made it: Anhøj's rules, nothing found beyond the points' own
 * `sigmaSignal` and `runsSignal`. A stored result still draws and describes itself.
 */
function completed(result: ChartResult): ChartResult {
  const r = result as Partial<ChartResult> & Pick<ChartResult, "chart" | "points" | "parts">;
  if (Array.isArray(r.findings) && Array.isArray(r.icons) && Array.isArray(r.rules) && Array.isArray(r.facets) && r.ruleSet !== undefined) return result;
  const old = !Array.isArray(r.rules);
  return {
    ...result,
    findings: Array.isArray(r.findings) ? r.findings : [],
    icons: Array.isArray(r.icons) ? r.icons : [],
    rules: old ? ruleConfigs("anhoej") : r.rules!,
    ruleSet: r.ruleSet !== undefined ? r.ruleSet : old ? "anhoej" : null,
    facets: Array.isArray(r.facets) ? r.facets : [...new Set(r.points.map((p) => p.facet))],
  };
}

/**
 * The result cut to its first MAX_PANELS facets (points, parts, findings and icons with them).
 * Beyond that a grid of panels is unreadable and the SVG runs to hundreds of megabytes, so the
 * first ones are drawn (and described) and the chart says how many were left out.
 */
function firstPanels(result: ChartResult): ChartResult {
  if (result.facets.length <= MAX_PANELS) return result;
  const facets = result.facets.slice(0, MAX_PANELS);
  const kept = new Set<string | null>(facets);
  return {
    ...result,
    facets,
    points: result.points.filter((p) => kept.has(p.facet)),
    parts: result.parts.filter((p) => kept.has(p.facet)),
    findings: result.findings.filter((f) => kept.has(f.facet)),
    icons: result.icons.filter((i) => kept.has(i.facet)),
  };
}

/**
 * Under the Making Data Count convention the chart takes MDC's palette, the colours of its icons:
 * grey data (common cause), blue improvement, orange concern, purple for a signal no direction
 * calls better — unless the options set a colour. Blue ordinary points next to blue improvement
 * points would hide the improvement.
 */
function withMdcColours(o: Resolved): Resolved {
  const colors = { ...o.theme.colors };
  const mdc = { data: MDC_COLOURS.common, improvement: MDC_COLOURS.improvement, concern: MDC_COLOURS.concern, signal: MDC_COLOURS.neutral } as const;
  for (const [name, colour] of Object.entries(mdc)) if (!o.coloursGiven.has(name)) colors[name as keyof typeof mdc] = colour;
  return { ...o, theme: { ...o.theme, colors } };
}

/** Reads a result into a model. */
export function buildModel(given: ChartResult, options: Resolved): Model {
  const whole = completed(given);
  const o = whole.convention === "mdc" ? withMdcColours(options) : options;
  const cut = firstPanels(whole);
  // A funnel plot's x is the denominator: its units are drawn in order of n, so lines run left to right.
  const funnel = cut.chart === "funnel";
  const pareto = cut.chart === "pareto";
  const result = funnel ? { ...cut, points: byDenominator(cut.points) } : cut;
  const xKind = funnel ? "number" : result.xType === "date" || result.xType === "category" ? result.xType : "number";
  const categories: string[] = [];
  const catIndex = new Map<string, number>();
  const dates: number[] = [];
  const xOf = (p: Point): number => {
    if (xKind === "category") {
      const key = String(p.x);
      let i = catIndex.get(key);
      if (i === undefined) {
        i = categories.length;
        catIndex.set(key, i);
        categories.push(key);
      }
      return i;
    }
    if (xKind === "date") {
      const d = typeof p.x === "string" ? fromIsoDate(p.x) : null;
      if (d !== null) dates.push(d);
      return d ?? Number.NaN;
    }
    if (funnel) return p.n ?? Number.NaN;
    return typeof p.x === "number" ? p.x : Number(p.x);
  };

  // Points come ordered by facet, then x: facets appear in their order.
  const byFacet = new Map<string | null, FacetModel>();
  const partStats = new Map<string, Part>();
  for (const part of result.parts) partStats.set(`${part.facet}\u0000${part.part}`, part);

  let x0 = Infinity;
  let x1 = -Infinity;
  const kinds = new Set<string>();
  const patternRules: Record<Meaning, Set<string>> = { improvement: new Set(), concern: new Set(), neutral: new Set() };
  const runsRules = usesAnhoejRuns(result.rules);
  for (let i = 0; i < result.points.length; i++) {
    const p = result.points[i]!;
    let f = byFacet.get(p.facet);
    if (!f) {
      f = { facet: p.facet, points: [], xs: [], marks: [], parts: [], lo: Infinity, hi: -Infinity };
      byFacet.set(p.facet, f);
    }
    let x = xOf(p);
    if (!Number.isFinite(x)) x = p.index; // a key that cannot be read: its position
    f.points.push(p);
    f.xs.push(x);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    let part = f.parts[f.parts.length - 1];
    if (!part || part.number !== p.part) {
      const stats = partStats.get(`${p.facet}\u0000${p.part}`);
      part = { part: stats, number: p.part, runsSignal: runsRules && (stats?.runsSignal ?? p.runsSignal), meaning: "neutral", points: [], xs: [] };
      f.parts.push(part);
    }
    part.points.push(p);
    part.xs.push(x);
    const mark = markOf(p, o);
    f.marks.push(mark);
    const meaning = meaningOf(p);
    // A Pareto chart's counts are bars, not points.
    if (mark && !(pareto && !mark.signal)) kinds.add(mark.signal ? `${mark.shape}:${meaning}` : mark.shape);
    const rule = (p as PointExtras).signals?.[0]?.rule;
    if (mark?.shape === "square" && typeof rule === "string") patternRules[meaning].add(rule);
    // An EWMA's or a CUSUM's line is not the measurements but made from them: the legend says what it is.
    if ((result.chart === "ewma" || result.chart === "bcusum") && p.y !== null) kinds.add("data");
    if (p.lcl !== null || p.ucl !== null) kinds.add("limits");
    // A funnel plot always draws its 95 % limits: they are half of what it shows.
    if ((o.show95 || funnel) && (p.lcl95 !== null || p.ucl95 !== null)) kinds.add("sigma2");
    if (p.target !== null) kinds.add("target");
    if (p.cl !== null && !part.runsSignal) kinds.add("centre");
    for (const value of [p.y, p.cl, p.lcl, p.ucl, p.target, o.show95 || funnel ? p.lcl95 : null, o.show95 || funnel ? p.ucl95 : null]) {
      if (value !== null && Number.isFinite(value)) {
        if (value < f.lo) f.lo = value;
        if (value > f.hi) f.hi = value;
      }
    }
  }
  // A part's runs signal means what its signal points mean, when they agree.
  for (const facet of byFacet.values()) {
    let i = 0;
    for (const part of facet.parts) {
      const meanings = new Set<Meaning>();
      for (const p of part.points) if (facet.marks[i++]?.signal) meanings.add(meaningOf(p));
      part.meaning = meanings.size === 1 ? [...meanings][0]! : "neutral";
      if (part.runsSignal && part.points.some((p) => p.cl !== null)) kinds.add(`runs:${part.meaning}`);
    }
  }
  const facets = byFacet.size > 0 ? [...byFacet.values()] : [{ facet: null, points: [], xs: [], marks: [], parts: [], lo: Infinity, hi: -Infinity }];
  // Reference lines are drawn in every panel: each widens its range and has a legend entry.
  (Array.isArray(result.lines) ? result.lines : []).forEach((line, i) => {
    if (!Number.isFinite(line.value)) return;
    kinds.add(`line:${i}`);
    for (const f of facets) {
      if (line.value < f.lo) f.lo = line.value;
      if (line.value > f.hi) f.hi = line.value;
    }
  });
  if (x0 > x1) x0 = x1 = 0;
  // The funnel opens from n = 0, as FunnelPlotR draws it.
  if (funnel && x0 > 0) x0 = 0;
  if (pareto) {
    // Bars stand on 0; the left axis reaches the facet's total, so that the cumulative line
    // (0–100 % on the right axis) and the bars share one scale, as in qicharts2 and qcc.
    kinds.add("bars");
    kinds.add("cumulative");
    for (const f of facets) {
      f.lo = Math.min(0, f.lo);
      const total = f.points.reduce((sum, p) => sum + (p.y ?? 0), 0);
      if (Number.isFinite(total) && total > f.hi) f.hi = total;
    }
  }
  // A standardised P chart plots z-scores, which have no unit. A funnel plot or an I′ chart of
  // y/n multiplied by 100 is in per cent whether it plots proportions or rates (events per 100):
  // their axes had no "%".
  const multiply = Number.isFinite(result.multiply) && result.multiply !== 0 ? result.multiply : 1;
  const percent = o.percent ?? ((result.chart === "p" || result.chart === "pp" || (perDenominator(result) && multiply === 100)) && result.standardised !== true);
  return {
    result,
    o,
    words: WORDS[o.lang],
    name: chartName(result.chart, o.lang),
    facets,
    omittedFacets: whole.facets.length - result.facets.length,
    xKind,
    period: o.period ?? (dates.length > 0 ? inferPeriod(dates) : "day"),
    categories,
    x0,
    x1,
    scale: percent ? 100 / multiply : 1,
    percent,
    kinds,
    patternRules,
    defaultTitle: defaultTitle(result, o.lang),
    defaultYLabel: defaultYLabel(result, percent, o.lang),
  };
}

/** Each facet's points ordered by denominator (the facets keep their order; a stable sort). */
function byDenominator(points: readonly Point[]): Point[] {
  const facetOrder = new Map<string | null, number>();
  for (const p of points) if (!facetOrder.has(p.facet)) facetOrder.set(p.facet, facetOrder.size);
  return [...points].sort((a, b) => facetOrder.get(a.facet)! - facetOrder.get(b.facet)! || (a.n ?? 0) - (b.n ?? 0));
}

/** The x of a point as a reader would say it: `jan. 2024`, `punkt 12`, `Sykehus A`. */
export function formatX(m: Model, p: Point, x: number): string {
  if (m.xKind === "category") return String(p.x);
  if (m.result.chart === "funnel") return `${String(p.x)} (n = ${formatNumber(x, decimalsOf([x]), m.o.lang)})`;
  if (m.xKind === "date" && typeof p.x === "string" && fromIsoDate(p.x) !== null) return formatDate(x, m.period, m.o.lang);
  return pointX(x, m.o.lang);
}

/** A y value in label units: `12,3`, `15,3 %` (nb) or `15.3%` (en). */
export function formatValue(m: Model, v: number, decimals: number): string {
  const text = formatNumber(v * m.scale, decimals, m.o.lang);
  return m.percent ? text + (m.o.lang === "nb" ? "\u00a0%" : "%") : text;
}

/**
 * What a point's signal means, from its `variation` (`improvement-high` → improvement);
 * `neutral` without one.
 *
 * @example
 * ```ts
 * meaningOf({ ...point, variation: "concern-low" }); // "concern"
 * ```
 */
export function meaningOf(p: Point): Meaning {
  const variation = (p as PointExtras).variation;
  return variation?.startsWith("improvement") ? "improvement" : variation?.startsWith("concern") ? "concern" : "neutral";
}

/**
 * The theme colour of a meaning: improvement, concern, or the plain signal colour.
 *
 * @example
 * ```ts
 * meaningColour(model, "improvement"); // "#009E73"
 * ```
 */
export function meaningColour(m: { o: Resolved }, meaning: Meaning): string {
  const c = m.o.theme.colors;
  return meaning === "improvement" ? c.improvement : meaning === "concern" ? c.concern : c.signal;
}

/** How a point is marked: its shape, its theme colour and whether it is a signal. */
export interface Mark {
  shape: Shape;
  colour: string;
  signal: boolean;
}

/** How a point is marked, and in which theme colour; `null` for a missing value. */
export function markOf(p: Point, o: Resolved): Mark | null {
  if (p.y === null) return null;
  const c = o.theme.colors;
  if (p.excluded) return { shape: "hollow", colour: c.excluded, signal: false };
  const extras = p as PointExtras;
  const signals = Array.isArray(extras.signals) ? extras.signals : null;
  const variation = typeof extras.variation === "string" ? extras.variation : null;
  let shape: Shape = "circle";
  if (p.sigmaSignal || signals?.some((s) => s.rule === "outside-limits")) shape = "diamond";
  else if ((signals && signals.length > 0) || (variation !== null && variation !== "common")) shape = "square";
  if (shape === "circle") return { shape, colour: c.data, signal: false };
  return { shape, colour: meaningColour({ o }, meaningOf(p)), signal: true };
}

/**
 * A y tick label: the value already in label units (per cent for a P chart), with "%" when the
 * axis is in per cent.
 *
 * @example
 * ```ts
 * formatTick(model, 12.5, 1); // "12,5 %" on a P chart in bokmål
 * ```
 */
export function formatTick(m: Model, v: number, decimals: number): string {
  return formatValue({ ...m, scale: 1 }, v, decimals);
}

/**
 * How a part's centre line is drawn: plain, or dashed for a runs signal.
 *
 * @example
 * ```ts
 * centreKind(model, facet.parts[0]); // "runs"
 * ```
 */
export function centreKind(_m: Model, part: PartModel): "centre" | "runs" {
  return part.runsSignal ? "runs" : "centre";
}

/**
 * The colour of a part's centre line: the plain centre colour, or for a runs signal the colour
 * of what the signal means (improvement, concern, or the plain signal colour).
 *
 * @example
 * ```ts
 * centreColour(model, facet.parts[0]); // "#333333"
 * ```
 */
export function centreColour(m: Model, part: PartModel): string {
  return part.runsSignal ? meaningColour(m, part.meaning) : m.o.theme.colors.centre;
}
