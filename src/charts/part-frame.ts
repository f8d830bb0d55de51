import type { Centre, SigmaSource } from "../chart-spec/chart-types.js";
import type { BernoulliCusumOptions, EwmaOptions, FunnelOptions } from "./chart-options.js";

/**
 * The aggregated subgroups as columns, one entry per subgroup in x order: what normaliseSeries
 * makes for a facet, and what a chart function reads of a part. Missing values are NaN (R's NA),
 * so arithmetic propagates them as R does.
 */
export interface SubgroupColumns {
  /** Aggregated y: the ratio sum(y)/sum(n) when n is given, else the aggregate of y. */
  y: Float64Array;
  /** Summed denominators (NaN when the spec has no n). */
  n: Float64Array;
  /** Sum of y within the subgroup (missing when its only value is missing). */
  ySum: Float64Array;
  /** Number of non-missing y within the subgroup. */
  yLength: Float64Array;
  /** Mean and sample SD of y within the subgroup. */
  yMean: Float64Array;
  ySd: Float64Array;
  /** Range (max − min) of y within the subgroup (NaN for fewer than two values). */
  yRange: Float64Array;
}

/** What a chart function sees of one part of one facet: its subgroups' columns, and the spec's settings. */
export interface PartFrame extends SubgroupColumns {
  /** 1 where the subgroup takes part in the centre line and limits (baseline and not excluded). */
  base: Uint8Array;
  /** The spec gave denominators. */
  hasN: boolean;
  /** x is categorical (funnel plots): Laney's sigma uses the SD of z instead of moving ranges. */
  categorical: boolean;
  /** A known centre line from the spec, on the raw scale. */
  givenCl: number | undefined;
  /** A known process sigma from the spec (qcc `std.dev`), on the raw scale. */
  givenSigma: number | undefined;
  /** I chart: centre line at the mean or the median. */
  centre: Centre;
  /** Where sigma comes from; undefined = the chart's default. */
  sigmaFrom: SigmaSource | undefined;
  /** P, U, C and primes: plot z-scores around 0 with limits ±3. */
  standardise: boolean;
  /** Screen moving ranges ≥ 3.267 × their mean before estimating sigma. */
  screen: boolean;
  /** Whose limits: qicharts2's, or Making Data Count's (the I chart's 2.66 × mean moving range). */
  convention: "qicharts2" | "mdc";
  /** EWMA chart: λ and L (the chart's defaults when absent). */
  ewma?: EwmaOptions;
  /** Bernoulli CUSUM: p₀, odds ratio, limit and side (the chart's defaults when absent). */
  bcusum?: BernoulliCusumOptions;
  /** Funnel plot: data type, method and overdispersion (the chart's defaults when absent). */
  funnel?: FunnelOptions;
}

/** A line that is constant over the part (a number) or varies by subgroup. NaN = undefined. */
export type Line = number | Float64Array;

/** What a chart function returns, on the unmultiplied scale. */
export interface PartLines {
  /** The plotted value (e.g. the moving range for MR, the SD for S). */
  y: Float64Array;
  /** The centre line: one number, or one per subgroup (an NP chart with varying n: nᵢ·p̄). */
  cl: Line;
  lcl: Line;
  ucl: Line;
  lcl95: Line;
  ucl95: Line;
  /**
   * The 1-sigma lines, for the zone rules (`four-of-five`, `stratification`, `mixture`), made
   * only when such a rule asks (a P chart of 10⁶ points would otherwise allocate two more
   * lines for nothing). Charts whose lines are cl ± k·sigma may leave it out: the rules then take
   * 2·(2-sigma line) − (3-sigma line).
   */
  oneSigma?: () => OneSigmaLines;
  /** Denominators the chart used in place of the spec's (I′ without n uses the subgroup sizes). */
  n?: Float64Array;
  /** Funnel plot: the 95 % and 99.8 % limits at any denominator, to draw them as curves. */
  limitsAt?: (n: number) => FunnelLimitsAt;
}

/** A funnel plot's limits at one denominator (unmultiplied; NaN where undefined). */
export interface FunnelLimitsAt {
  lcl95: number;
  ucl95: number;
  lcl: number;
  ucl: number;
}

/** A chart's centre line and limits from one part's subgroups. */
export type ChartFunction = (frame: PartFrame) => PartLines;

/** Value of a line at subgroup i. */
export function lineAt(line: Line, i: number): number {
  return typeof line === "number" ? line : (line[i] as number);
}

/** The values of `values` where `mask` is set, in order. */
export function selectWhere(values: Float64Array, mask: Uint8Array): Float64Array {
  let count = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) count++;
  if (count === values.length) return values;
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) out[k++] = values[i] as number;
  return out;
}

/** The 1-sigma lines. */
export interface OneSigmaLines {
  lcl1: Line;
  ucl1: Line;
}

/** The lines a chart draws around its centre line: 3- and 2-sigma, and the 1-sigma lines on demand. */
export type LimitLines = Required<Pick<PartLines, "lcl" | "ucl" | "lcl95" | "ucl95" | "oneSigma">>;

/** The k-sigma band of a chart: its lower and upper line. */
export type Band = (k: number) => { lower: Line; upper: Line };

/**
 * The limits of a chart from its k-sigma band: 3-sigma limits, 2-sigma (95 %) lines, and the
 * 1-sigma lines made only when a zone rule asks.
 *
 * @example
 * ```ts
 * linesFromBand((k) => ({ lower: 10 - k, upper: 10 + k })).lcl; // 7
 * ```
 */
export function linesFromBand(band: Band): LimitLines {
  const three = band(3);
  const two = band(2);
  return {
    lcl: three.lower,
    ucl: three.upper,
    lcl95: two.lower,
    ucl95: two.upper,
    oneSigma: () => {
      const one = band(1);
      return { lcl1: one.lower, ucl1: one.upper };
    },
  };
}

/** cl ± k·sigma for k = 3 and 2, where sigma may vary by subgroup; k = 1 on demand. */
export function limitsAround(cl: number, sigma: Line): LimitLines {
  const oneSigma = () => ({ lcl1: mapLine(sigma, (s) => cl - s), ucl1: mapLine(sigma, (s) => cl + s) });
  if (typeof sigma === "number") {
    return { lcl: cl - 3 * sigma, ucl: cl + 3 * sigma, lcl95: cl - 2 * sigma, ucl95: cl + 2 * sigma, oneSigma };
  }
  const lcl = new Float64Array(sigma.length);
  const ucl = new Float64Array(sigma.length);
  const lcl95 = new Float64Array(sigma.length);
  const ucl95 = new Float64Array(sigma.length);
  for (let i = 0; i < sigma.length; i++) {
    const s = sigma[i] as number;
    lcl[i] = cl - 3 * s;
    ucl[i] = cl + 3 * s;
    lcl95[i] = cl - 2 * s;
    ucl95[i] = cl + 2 * s;
  }
  return { lcl, ucl, lcl95, ucl95, oneSigma };
}

/** Applies f to the lower and g to the upper 1-sigma line, when they are asked for. */
export function mapOneSigma(oneSigma: () => OneSigmaLines, f: (v: number) => number, g: (v: number) => number = f): () => OneSigmaLines {
  return () => {
    const lines = oneSigma();
    return { lcl1: mapLine(lines.lcl1, f), ucl1: mapLine(lines.ucl1, g) };
  };
}

/** Clamps finite values of a line into [low, high] (infinite and NaN values are left alone, as in qicharts2). */
export function clampLine(line: Line, low: number, high: number): Line {
  const clamp = (v: number) => (Number.isFinite(v) ? Math.min(high, Math.max(low, v)) : v);
  if (typeof line === "number") return clamp(line);
  const out = new Float64Array(line.length);
  for (let i = 0; i < line.length; i++) out[i] = clamp(line[i] as number);
  return out;
}

/**
 * A line whose values are all equal, as one number: the points of the part then share it (one
 * number rather than one per point), and its mean is that number.
 *
 * @example
 * ```ts
 * constantLine(Float64Array.of(5, 5, 5)); // 5
 * ```
 */
export function constantLine(line: Line): Line {
  if (typeof line === "number") return line;
  const first = line[0] as number;
  for (let i = 1; i < line.length; i++) if (!Object.is(line[i], first)) return line;
  return first;
}

/** f(cl, size) per subgroup; one number when the centre line is one and every subgroup has one size. */
export function lineBySize(cl: Line, sizes: Float64Array, f: (c: number, size: number) => number): Line {
  // Loops rather than every() and map(), whose callbacks are not inlined: a chart of 10⁵
  // subgroups makes four or six of these lines.
  const first = sizes[0] as number;
  let oneSize = typeof cl === "number";
  for (let i = 1; i < sizes.length && oneSize; i++) oneSize = sizes[i] === first;
  if (oneSize) return f(cl as number, first);
  const out = new Float64Array(sizes.length);
  for (let i = 0; i < sizes.length; i++) out[i] = f(lineAt(cl, i), sizes[i] as number);
  return out;
}

/** Applies f to each value of a line. */
export function mapLine(line: Line, f: (v: number) => number): Line {
  if (typeof line === "number") return f(line);
  const out = new Float64Array(line.length);
  for (let i = 0; i < line.length; i++) out[i] = f(line[i] as number);
  return out;
}
