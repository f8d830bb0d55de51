import type { ChartType } from "../chart-spec/schema.js";
import { BCUSUM_DEFAULTS, bernoulliCusumLines } from "./bernoulli-cusum.js";
import { countChart } from "./count.js";
import { EWMA_DEFAULTS, ewmaLines } from "./ewma.js";
import { FUNNEL_DEFAULTS, funnelLines } from "./funnel.js";
import { paretoLines } from "./pareto.js";
import { geometricChart } from "./geometric.js";
import { individualsChart } from "./individuals.js";
import { individualsPrimeChart } from "./individuals-prime.js";
import { movingRangeChart } from "./moving-range.js";
import { numberDefectiveChart } from "./number-defective.js";
import { rangeChart } from "./range.js";
import type { ChartFunction } from "./part-frame.js";
import { proportionChart, proportionPrimeChart } from "./proportion.js";
import { rateChart, ratePrimeChart } from "./rate.js";
import { runChart } from "./run.js";
import { timeBetweenChart } from "./time-between.js";
import { sChart, xbarChart } from "./xbar-s.js";

/** What the engine needs to know about a chart type besides its formulas. */
export interface ChartKind {
  compute: ChartFunction;
  /** Name used in messages, e.g. "P chart". */
  label: string;
  /** Rows must have a denominator n. */
  needsDenominator: boolean;
  /** y is a count (or cases between events) and cannot be negative. */
  countLike: boolean;
  /** y is a numerator that cannot exceed its denominator. */
  proportion: boolean;
  /** y is a time between events and must be greater than zero. */
  positive: boolean;
  /** The chart draws control limits (a run chart does not). */
  hasLimits: boolean;
  /** y is 0 or 1: one case per row, with or without the event (Bernoulli CUSUM). */
  binary: boolean;
  /**
   * Each plotted value carries the earlier ones (EWMA, CUSUM): the runs analysis and the pattern
   * rules assume independent points, so they never signal, and the default rules are the limits only.
   */
  cumulative: boolean;
  /**
   * Each row is a unit or a category, not a time point (funnel, Pareto): x is a category, the
   * runs and pattern rules do not apply, and there are no parts or baselines.
   */
  units: boolean;
}

const kind = (compute: ChartFunction, label: string, flags: Partial<Omit<ChartKind, "compute" | "label">> = {}): ChartKind => ({
  compute,
  label,
  needsDenominator: false,
  countLike: false,
  proportion: false,
  positive: false,
  hasLimits: true,
  binary: false,
  cumulative: false,
  units: false,
  ...flags,
});

/** Every chart type, by its spec name. */
export const CHART_KINDS: Record<ChartType, ChartKind> = {
  run: kind(runChart, "run chart", { hasLimits: false }),
  i: kind(individualsChart, "I chart"),
  mr: kind(movingRangeChart, "MR chart"),
  xbar: kind(xbarChart, "Xbar chart"),
  s: kind(sChart, "S chart"),
  t: kind(timeBetweenChart, "T chart", { positive: true }),
  p: kind(proportionChart, "P chart", { needsDenominator: true, countLike: true, proportion: true }),
  pp: kind(proportionPrimeChart, "P′ chart", { needsDenominator: true, countLike: true, proportion: true }),
  c: kind(countChart, "C chart", { countLike: true }),
  u: kind(rateChart, "U chart", { needsDenominator: true, countLike: true }),
  up: kind(ratePrimeChart, "U′ chart", { needsDenominator: true, countLike: true }),
  g: kind(geometricChart, "G chart", { countLike: true }),
  ip: kind(individualsPrimeChart, "I′ chart"),
  np: kind(numberDefectiveChart, "NP chart", { needsDenominator: true, countLike: true, proportion: true }),
  r: kind(rangeChart, "R chart"),
  ewma: kind((frame) => ewmaLines(frame, frame.ewma ?? EWMA_DEFAULTS), "EWMA chart", { cumulative: true }),
  bcusum: kind((frame) => bernoulliCusumLines(frame, frame.bcusum ?? { p0: undefined, ...BCUSUM_DEFAULTS }), "Bernoulli CUSUM chart", { binary: true, cumulative: true }),
  funnel: kind((frame) => funnelLines(frame, frame.funnel ?? FUNNEL_DEFAULTS), "funnel plot", { needsDenominator: true, countLike: true, proportion: true, units: true }),
  pareto: kind(paretoLines, "Pareto chart", { countLike: true, hasLimits: false, units: true }),
};

/** A funnel plot of rates: y is a count over an exposure or expected count, so y may exceed n. */
export const FUNNEL_RATE_KIND: ChartKind = { ...CHART_KINDS.funnel, proportion: false };
