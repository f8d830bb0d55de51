import { a3, b3, b4, c4, c5 } from "../stats/control-constants.js";
import { sigmaFromRanges } from "./range.js";
import { finiteValues, mean, sumFinite } from "../stats/mean.js";
import { constantLine, lineBySize, mapLine, selectWhere, linesFromBand, type ChartFunction, type PartFrame } from "./part-frame.js";

/**
 * The pooled standard deviation s̄ of a part's baseline subgroups (Montgomery 6.29 / 6.31):
 * the mean of the subgroup SDs when every subgroup has the same size, else
 * sqrt(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)). As in qicharts2, "same size" looks at all subgroups of the part,
 * and missing SDs drop out of the numerator only.
 */
function pooledSd(frame: PartFrame): number {
  const sizes = frame.yLength;
  const sd = selectWhere(frame.ySd, frame.base);
  let oneSize = true;
  for (let i = 1; i < sizes.length && oneSize; i++) oneSize = sizes[i] === sizes[0];
  if (oneSize) return mean(finiteValues(sd));
  const n = selectWhere(frame.yLength, frame.base);
  const weighted = new Float64Array(n.length);
  const df = new Float64Array(n.length);
  for (let i = 0; i < n.length; i++) {
    const s = sd[i] as number;
    weighted[i] = ((n[i] as number) - 1) * s * s;
    df[i] = (n[i] as number) - 1;
  }
  return Math.sqrt(sumFinite(weighted) / sumFinite(df));
}

/**
 * Xbar chart: subgroup means around the grand mean. Limits cl ± A3(nᵢ)·s̄ by default (qicharts2);
 * with `sigmaFrom: "range"` cl ± 3·σ̂/√nᵢ where σ̂ = mean of Rᵢ/d2(nᵢ), which is the textbook
 * x̿ ± A2·R̄ for one subgroup size (Montgomery 6.4; qcc's default); with a known `sigma`,
 * cl ± 3·σ/√nᵢ.
 *
 * @example
 * ```ts
 * // Subgroups {2, 4, 6, 8}, {3, 5, 4, 4}, {5, 7, 6, 10}: x̿ = 16/3, R̄ = 13/3, A2(4) = 0.7285
 * compute({ chart: "xbar", sigmaFrom: "range", data: rows }).points[0].ucl; // 16/3 + 0.7285 · 13/3 = 8.490
 * ```
 */
export const xbarChart: ChartFunction = (frame) => {
  const n = selectWhere(frame.yLength, frame.base);
  const weighted = new Float64Array(n.length);
  const means = selectWhere(frame.yMean, frame.base);
  for (let i = 0; i < n.length; i++) weighted[i] = (n[i] as number) * (means[i] as number);
  const cl = frame.givenCl ?? sumFinite(weighted) / sumFinite(n);
  // Subgroups of one size (the usual case) give limits that are one number for the whole part.
  const sizes = constantLine(frame.yLength);
  if (frame.givenSigma !== undefined || frame.sigmaFrom === "range") {
    const sigma = frame.givenSigma ?? sigmaFromRanges(frame);
    const at = (k: number) => mapLine(sizes, (size) => (size >= 1 ? (k * sigma) / Math.sqrt(size) : Number.NaN));
    const three = at(3);
    const two = at(2);
    return {
      y: frame.y,
      cl,
      ucl: mapLine(three, (w) => cl + w),
      lcl: mapLine(three, (w) => cl - w),
      ucl95: mapLine(two, (w) => cl + w),
      lcl95: mapLine(two, (w) => cl - w),
      oneSigma: () => {
        const one = at(1);
        return { ucl1: mapLine(one, (w) => cl + w), lcl1: mapLine(one, (w) => cl - w) };
      },
    };
  }
  const sbar = pooledSd(frame);
  return {
    y: frame.y,
    cl,
    ucl: mapLine(sizes, (k) => cl + a3(k) * sbar),
    lcl: mapLine(sizes, (k) => cl - a3(k) * sbar),
    ucl95: mapLine(sizes, (k) => cl + a3(k, 2) * sbar),
    lcl95: mapLine(sizes, (k) => cl - a3(k, 2) * sbar),
    oneSigma: () => ({ ucl1: mapLine(sizes, (k) => cl + a3(k, 1) * sbar), lcl1: mapLine(sizes, (k) => cl - a3(k, 1) * sbar) }),
  };
};

/**
 * S chart: subgroup SDs around s̄, limits B3(nᵢ)·s̄ and B4(nᵢ)·s̄. With a known `sigma` (standard
 * given, Montgomery 6.3.2): centre c4(nᵢ)·σ, limits max(0, c4 − 3·c5)·σ and (c4 + 3·c5)·σ.
 *
 * @example
 * ```ts
 * compute({ chart: "s", sigma: 2, data: rows }).points[0].cl; // c4(4) · 2 = 1.8426 for subgroups of 4
 * ```
 */
export const sChart: ChartFunction = (frame) => {
  const known = frame.givenSigma;
  if (known !== undefined) {
    const sizes = frame.yLength;
    const cl = frame.givenCl ?? constantLine(mapLine(sizes, (k) => c4(k) * known));
    const band = (k: number) => ({
      lower: lineBySize(cl, sizes, (c, size) => (size > 1 ? Math.max(0, c - k * c5(size) * known) : Number.NaN)),
      upper: lineBySize(cl, sizes, (c, size) => (size > 1 ? c + k * c5(size) * known : Number.NaN)),
    });
    return {
      y: frame.ySd,
      cl,
      ...linesFromBand(band),
    };
  }
  const cl = frame.givenCl ?? pooledSd(frame);
  const sizes = constantLine(frame.yLength);
  return {
    y: frame.ySd,
    cl,
    ucl: mapLine(sizes, (k) => b4(k) * cl),
    lcl: mapLine(sizes, (k) => b3(k) * cl),
    ucl95: mapLine(sizes, (k) => b4(k, 2) * cl),
    lcl95: mapLine(sizes, (k) => b3(k, 2) * cl),
    oneSigma: () => ({ ucl1: mapLine(sizes, (k) => b4(k, 1) * cl), lcl1: mapLine(sizes, (k) => b3(k, 1) * cl) }),
  };
};
