import { D2 } from "../stats/control-constants.js";
import { sumFinite } from "../stats/mean.js";
import { averageMovingRangeWhere } from "../stats/moving-range.js";
import { sigmaFromRanges } from "./range.js";
import { linesFromBand, type ChartFunction, type PartFrame } from "./part-frame.js";
import type { EwmaOptions } from "./chart-options.js";

export type { EwmaOptions } from "./chart-options.js";

/** The largest x with 1 − x === 1 in doubles (half an ulp below 1, rounded to even). */
const SETTLED = 2 ** -54;

/** qcc's defaults. */
export const EWMA_DEFAULTS: EwmaOptions = { lambda: 0.2, width: 3 };

/**
 * EWMA chart, as qcc's `ewma()` defines it: the plotted value is
 * zᵢ = λ·x̄ᵢ + (1 − λ)·zᵢ₋₁ with z₀ the centre line, and the limits are
 * centre ± L·σ/√nᵢ·√(λ/(2 − λ)·(1 − (1 − λ)²ⁱ)): narrow at the first subgroups, widening towards
 * the asymptote centre ± L·σ·√(λ/(2 − λ))/√nᵢ. The centre is the size-weighted mean of the
 * baseline subgroup means (or `cl`); σ is the mean moving range / 1.128 when any subgroup has one
 * value (qcc's `xbar.one`), else qcc's `UWAVE-R` mean of Rᵢ/d2(nᵢ) (or the given `sigma`).
 *
 * A missing subgroup leaves z where it was and is not drawn; i counts the subgroups with a value.
 * Each part starts again from its own centre line.
 *
 * @example
 * ```ts
 * // Individuals 1, 3, 2, 4: centre 2.5, σ = mean MR 5/3 / 1.128; z₁ = 0.2·1 + 0.8·2.5 = 2.2
 * compute({ chart: "ewma", data: [1, 3, 2, 4].map((y, i) => ({ x: i + 1, y })) }).points[0].y; // 2.2
 * ```
 */
export function ewmaLines(frame: PartFrame, options: EwmaOptions): ReturnType<ChartFunction> {
  const { lambda, width } = options;
  const stats = frame.yMean;
  const sizes = frame.yLength;
  const size = stats.length;
  const centre = frame.givenCl ?? weightedMean(frame);
  const sigma = frame.givenSigma ?? processSigma(frame);
  const z = new Float64Array(size);
  // σ of zᵢ per unit of L: σ/√nᵢ · √(λ/(2−λ) · (1 − (1−λ)^(2i))).
  const spread = new Float64Array(size);
  const ratio = lambda / (2 - lambda);
  let previous = centre;
  let t = 0;
  let settled = false;
  for (let i = 0; i < size; i++) {
    const x = stats[i] as number;
    if (!Number.isFinite(x)) {
      z[i] = Number.NaN;
      spread[i] = Number.NaN;
      continue;
    }
    t++;
    // λx + (1 − λ)z written as z + λ(x − z): the same number, but exact when x equals z, so a
    // constant series stays on its centre line instead of drifting an ulp outside zero-width limits.
    previous = previous + lambda * (x - previous);
    z[i] = previous;
    // Once (1 − λ)^(2i) is at most 2⁻⁵⁴, 1 − it rounds to 1, and so for every later i (the
    // power only falls): the same numbers without a Math.pow per point (a tenth of an EWMA chart).
    let approach = 1;
    if (!settled) {
      const decay = Math.pow(1 - lambda, 2 * t);
      approach = 1 - decay;
      settled = decay <= SETTLED;
    }
    spread[i] = (sigma / Math.sqrt(sizes[i] as number)) * Math.sqrt(ratio * approach);
  }
  const band = (k: number) => {
    const lower = new Float64Array(size);
    const upper = new Float64Array(size);
    const factor = (k * width) / 3;
    for (let i = 0; i < size; i++) {
      lower[i] = centre - factor * (spread[i] as number);
      upper[i] = centre + factor * (spread[i] as number);
    }
    return { lower, upper };
  };
  return { y: z, cl: centre, ...linesFromBand(band) };
}

/** Σ nᵢ·x̄ᵢ / Σ nᵢ over the baseline subgroups with a value (qcc's centre of `xbar` and `xbar.one`). */
function weightedMean(frame: PartFrame): number {
  // Typed arrays: sumFinite copies a plain array of 10⁵ numbers before summing it, not a Float64Array.
  const size = frame.yMean.length;
  const weighted = new Float64Array(size);
  const total = new Float64Array(size);
  let count = 0;
  for (let i = 0; i < size; i++) {
    const x = frame.yMean[i] as number;
    if (!frame.base[i] || !Number.isFinite(x)) continue;
    const n = frame.yLength[i] as number;
    weighted[count] = n * x;
    total[count++] = n;
  }
  return sumFinite(weighted.subarray(0, count)) / sumFinite(total.subarray(0, count));
}

/** qcc's default σ: from moving ranges when any subgroup has a single value, else from the subgroup ranges. */
function processSigma(frame: PartFrame): number {
  let single = false;
  for (let i = 0; i < frame.yLength.length && !single; i++) single = frame.yLength[i] === 1 && Number.isFinite(frame.yMean[i] as number);
  if (!single) return sigmaFromRanges(frame);
  return averageMovingRangeWhere(frame.yMean, frame.base, 0, false) / D2;
}
