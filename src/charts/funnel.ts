import { binomialCdf, binomialQuantile } from "../stats/binomial-quantile.js";
import { gammaQuantile, poissonCdf, poissonQuantile } from "../stats/gamma.js";
import { sumFinite } from "../stats/mean.js";
import type { FunnelOptions } from "./chart-options.js";
import type { FunnelCurve } from "../types.js";
import { selectWhere, type FunnelLimitsAt, type PartFrame, type PartLines } from "./part-frame.js";

export type { FunnelOptions } from "./chart-options.js";

/** Proportions, exact limits, no overdispersion, 10 % winsorised at each end (FunnelPlotR's `trim_by`). */
export const FUNNEL_DEFAULTS: FunnelOptions = { type: "proportion", method: "exact", overdispersion: "none", trim: 0.1 };

/** The two-sided levels: 95 % (p = 0.025, 0.975) and 99.8 % (p = 0.001, 0.999). */
const P95 = 0.975;
const P998 = 0.999;
/** Normal quantiles at 0.975 and 0.999, as FunnelPlotR writes them. */
const Z95 = 1.959964;
const Z998 = 3.090232;

/**
 * Funnel plot (Spiegelhalter 2005, "Funnel plots for comparing institutional performance"): each
 * row is a unit (a hospital, a ward), not a time point. The target θ is the pooled Σy/Σn (or
 * `cl`); each unit's value y/n is compared with the 95 % and 99.8 % limits at its own denominator,
 * which narrow as n grows. `lcl95`/`ucl95` are the 95 % limits, `lcl`/`ucl` the 99.8 % ones.
 *
 * Limits (`method`):
 * - `exact`: for proportions the p-quantile r of Binomial(n, θ), for rates of Poisson(θ·n),
 *   interpolated as Spiegelhalter's appendix: α = (F(r) − p)/(F(r) − F(r − 1)), limit = (r − α)/n.
 * - `funnelplotr`: FunnelPlotR 0.5: rates from the chi-square (gamma) quantiles,
 *   qgamma(p, θn)/n below and qgamma(p, θn + 1)/n above (FunnelPlotR's standardised ratios, θ = 1);
 *   proportions from the arcsine square root, sin²(asin√θ ± z/(2√n)), cut at 0 and 1 where the
 *   transform would turn back.
 *
 * Overdispersion (`overdispersion`), estimated from z-scores winsorised at `trim` at each end:
 * - `multiplicative` (Spiegelhalter 2005 §5.2): φ = mean of the squared z = (y − θ)/√(V(θ)/n); when
 *   φ > 1 the limits are θ ± z·√(φ·V(θ)/n) with V = θ(1 − θ) (proportions) or θ (rates).
 * - `additive` (random effects, DerSimonian–Laird, as FunnelPlotR): on the arcsine (proportions) or
 *   log (rates) scale with within-unit variance s², τ² = max(0, (Iφ − (I − 1)) / (Σw − Σw²/Σw)),
 *   w = 1/s², and the limits are the transform's inverse of target ± z·√(s² + τ²).
 *
 * @example
 * ```ts
 * // 3 hospitals: 10/100, 30/200, 8/40; target θ = 48/340
 * compute({ chart: "funnel", data: [
 *   { x: "A", y: 10, n: 100 }, { x: "B", y: 30, n: 200 }, { x: "C", y: 8, n: 40 },
 * ] }).points[0].ucl95; // 0.2079…: Binomial(100, 48/340)'s 97.5 % point, 20.79 cases, / 100
 * ```
 */
export function funnelLines(frame: PartFrame, options: FunnelOptions): PartLines {
  const n = frame.n;
  const size = n.length;
  const theta = frame.givenCl ?? sumFinite(selectWhere(frame.ySum, frame.base)) / sumFinite(selectWhere(n, frame.base));
  const dispersion = estimateDispersion(frame, theta, options);
  const limitsAt = funnelLimits(theta, options, dispersion);
  const lcl = new Float64Array(size);
  const ucl = new Float64Array(size);
  const lcl95 = new Float64Array(size);
  const ucl95 = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const at = limitsAt(n[i] as number);
    lcl[i] = at.lcl;
    ucl[i] = at.ucl;
    lcl95[i] = at.lcl95;
    ucl95[i] = at.ucl95;
  }
  return { y: frame.y, cl: theta, lcl, ucl, lcl95, ucl95, limitsAt };
}

/** φ (multiplicative) or τ² (additive) from the units' z-scores; φ = 1, τ² = 0 when none is asked for. */
export interface Dispersion {
  phi: number;
  tau2: number;
}

/** The units' z-scores on the method's scale, winsorised, and φ and τ² from them. */
function estimateDispersion(frame: PartFrame, theta: number, options: FunnelOptions): Dispersion {
  // No events (or only events) at all: nothing to spread, and the log or arcsine of θ is an edge.
  if (options.overdispersion === "none" || !(theta > 0) || (options.type === "proportion" && !(theta < 1))) return { phi: 1, tau2: 0 };
  const proportion = options.type === "proportion";
  const multiplicative = options.overdispersion === "multiplicative";
  const size = frame.n.length;
  // Typed arrays: a funnel may have 10⁵ units, and sorting a typed array is numeric and fast.
  const z = new Float64Array(size);
  const s = new Float64Array(size);
  const target = proportion ? Math.asin(Math.sqrt(theta)) : Math.log(theta);
  let count = 0;
  for (let i = 0; i < size; i++) {
    const m = frame.n[i] as number;
    const y = frame.y[i] as number;
    if (!frame.base[i] || !(m > 0) || !Number.isFinite(y)) continue;
    if (multiplicative) {
      z[count++] = (y - theta) / Math.sqrt(variance(theta, proportion) / m);
      continue;
    }
    // FunnelPlotR's scales: arcsine square root for proportions, log for rates ("SHMI", θ = 1 there).
    const within = proportion ? 1 / (2 * Math.sqrt(m)) : 1 / Math.sqrt(theta * m);
    s[count] = within;
    z[count++] = ((proportion ? Math.asin(Math.sqrt(y)) : Math.log(y)) - target) / within;
  }
  if (count === 0) return { phi: 1, tau2: 0 };
  const phi = sumOfSquaresWinsorised(z.subarray(0, count), options.trim) / count;
  if (options.overdispersion === "multiplicative") return { phi: Math.max(1, phi), tau2: 0 };
  // DerSimonian–Laird: no between-unit variance when the z-scores spread no more than chance.
  if (count * phi < count - 1) return { phi, tau2: 0 };
  let w = 0;
  let w2 = 0;
  for (let i = 0; i < count; i++) {
    const v = s[i] as number;
    const weight = 1 / (v * v);
    w += weight;
    w2 += weight * weight;
  }
  return { phi, tau2: Math.max(0, (count * phi - (count - 1)) / (w - w2 / w)) };
}

/** V(θ) of one case or one unit of exposure: binomial θ(1 − θ), Poisson θ. */
function variance(theta: number, proportion: boolean): number {
  return proportion ? theta * (1 - theta) : theta;
}

/**
 * Σ z² after winsorising: scores below the `trim` quantile raised to it, those above the 1 − `trim`
 * quantile lowered to it (R's default type-7 quantiles, as FunnelPlotR). A unit with no events on
 * the log scale has z = −∞: it takes the lower bound, computed from the finite scores. The four
 * order statistics the two quantiles need are selected rather than sorted for: a sort of 10⁵
 * scores was a sixth of an additive funnel's time.
 *
 * @example
 * ```ts
 * sumOfSquaresWinsorised(Float64Array.of(-9, -1, 0, 1, 9), 0.25); // 1 + 1 + 0 + 1 + 1 = 4
 * ```
 */
export function sumOfSquaresWinsorised(z: Float64Array, trim: number): number {
  const finite = new Float64Array(z.length);
  let size = 0;
  for (let i = 0; i < z.length; i++) if (Number.isFinite(z[i])) finite[size++] = z[i] as number;
  if (size === 0) return 0;
  const quantile = (q: number) => {
    const h = (size - 1) * q;
    const lo = Math.floor(h);
    const at = selectInPlace(finite, lo, size);
    // Selection leaves the larger scores after lo: the next order statistic is their least.
    let next = at;
    if (lo + 1 < size) {
      next = Infinity;
      for (let i = lo + 1; i < size; i++) if ((finite[i] as number) < next) next = finite[i] as number;
    }
    return at + (h - lo) * (next - at);
  };
  const low = quantile(trim);
  const high = quantile(1 - trim);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const v = z[i] as number;
    const w = v < low ? low : v > high ? high : v;
    sum += w * w;
  }
  return sum;
}

/**
 * The k-th smallest (0-based) of the first `size` values, which it rearranges so that none before
 * position k is larger and none after it smaller (Hoare's selection, expected linear time).
 */
function selectInPlace(values: Float64Array, k: number, size: number): number {
  let from = 0;
  let to = size - 1;
  while (from < to) {
    const pivot = values[(from + to) >> 1] as number;
    let i = from;
    let j = to;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = t;
      }
    }
    if (k <= j) to = j;
    else if (k >= i) from = i;
    else break;
  }
  return values[k] as number;
}

/**
 * The limits at any denominator for a target, method and dispersion; remembers each denominator
 * (units often share one, and the exact quantiles cost O(√n)).
 */
function funnelLimits(theta: number, options: FunnelOptions, dispersion: Dispersion): (n: number) => FunnelLimitsAt {
  const proportion = options.type === "proportion";
  const memo = new Map<number, FunnelLimitsAt>();
  const undefinedLimits: FunnelLimitsAt = { lcl95: Number.NaN, ucl95: Number.NaN, lcl: Number.NaN, ucl: Number.NaN };
  let limit: (n: number, p: number) => number;
  if (options.overdispersion === "additive") {
    limit = (m, p) => {
      const z = p === P95 || p === 1 - P95 ? Z95 : Z998;
      const sign = p > 0.5 ? 1 : -1;
      if (proportion) return arcsineLimit(theta, Math.sqrt(1 / (4 * m) + dispersion.tau2), sign * z);
      return theta * Math.exp(sign * z * Math.sqrt(1 / (theta * m) + dispersion.tau2));
    };
  } else if (dispersion.phi > 1) {
    limit = (m, p) => {
      const z = p === P95 || p === 1 - P95 ? Z95 : Z998;
      const value = theta + (p > 0.5 ? z : -z) * Math.sqrt((dispersion.phi * variance(theta, proportion)) / m);
      return proportion ? Math.min(1, Math.max(0, value)) : Math.max(0, value);
    };
  } else if (options.method === "funnelplotr") {
    limit = proportion
      ? (m, p) => arcsineLimit(theta, 1 / (2 * Math.sqrt(m)), (p > 0.5 ? 1 : -1) * (p === P95 || p === 1 - P95 ? Z95 : Z998))
      : (m, p) => gammaQuantile(p, p > 0.5 ? theta * m + 1 : theta * m) / m;
  } else {
    limit = proportion ? (m, p) => exactBinomialLimit(p, m, theta) : (m, p) => exactPoissonLimit(p, m, theta);
  }
  return (m) => {
    if (!(m > 0) || !Number.isFinite(theta)) return undefinedLimits;
    let at = memo.get(m);
    if (at === undefined) {
      at = { lcl95: limit(m, 1 - P95), ucl95: limit(m, P95), lcl: limit(m, 1 - P998), ucl: limit(m, P998) };
      memo.set(m, at);
    }
    return at;
  };
}

/** sin²(asin√θ + z·s), cut to 0 or 1 where asin√θ + z·s leaves [0, π/2] (sin² would turn back there). */
function arcsineLimit(theta: number, s: number, z: number): number {
  const angle = Math.asin(Math.sqrt(theta)) + z * s;
  if (angle <= 0) return 0;
  if (angle >= Math.PI / 2) return 1;
  const v = Math.sin(angle);
  return v * v;
}

/** Spiegelhalter's interpolated exact binomial limit: (r − α)/n, r the p-quantile of Binomial(n, θ). */
function exactBinomialLimit(p: number, n: number, theta: number): number {
  if (theta <= 0 || theta >= 1) return theta;
  const r = binomialQuantile(p, n, theta);
  const at = binomialCdf(r, n, theta);
  const below = binomialCdf(r - 1, n, theta);
  return Math.min(1, Math.max(0, (r - (at - p) / (at - below)) / n));
}

/** The same for Poisson(θ·n): r the p-quantile of the count, limit (r − α)/n. */
function exactPoissonLimit(p: number, n: number, theta: number): number {
  if (theta <= 0) return 0;
  const mean = theta * n;
  const r = poissonQuantile(p, mean);
  const at = poissonCdf(r, mean);
  const below = poissonCdf(r - 1, mean);
  return Math.max(0, (r - (at - p) / (at - below)) / n);
}

/** How many denominators a drawn limit curve has: smooth at any chart width. */
const CURVE_POINTS = 160;

/**
 * A funnel's limits at denominators spaced evenly on a log scale from the smallest unit's n to the
 * largest's (whole numbers for exact binomial limits), after `multiply`: what a renderer draws as
 * smooth curves, without recomputing anything.
 *
 * @example
 * ```ts
 * funnelCurve(null, limitsAt, new Float64Array([20, 500]), 100, FUNNEL_DEFAULTS).n[0]; // 20
 * ```
 */
export function funnelCurve(facet: string | null, limitsAt: (n: number) => FunnelLimitsAt, n: Float64Array, multiply: number, options: FunnelOptions): FunnelCurve {
  let low = Infinity;
  let high = -Infinity;
  for (const m of n) {
    if (m > 0 && Number.isFinite(m)) {
      if (m < low) low = m;
      if (m > high) high = m;
    }
  }
  const curve: FunnelCurve = { facet, n: [], lcl95: [], ucl95: [], lcl: [], ucl: [] };
  if (!(low <= high)) return curve;
  const whole = options.type === "proportion" && options.method === "exact";
  const steps = low === high ? 0 : CURVE_POINTS - 1;
  const ratio = steps === 0 ? 1 : Math.pow(high / low, 1 / steps);
  const out = (v: number) => (Number.isFinite(v) ? v * multiply + 0 : null);
  let previous = Number.NaN;
  for (let k = 0; k <= steps; k++) {
    let m = k === steps ? high : low * Math.pow(ratio, k);
    if (whole) m = Math.round(m);
    if (m === previous) continue;
    previous = m;
    const at = limitsAt(m);
    curve.n.push(m);
    curve.lcl95.push(out(at.lcl95));
    curve.ucl95.push(out(at.ucl95));
    curve.lcl.push(out(at.lcl));
    curve.ucl.push(out(at.ucl));
  }
  return curve;
}
