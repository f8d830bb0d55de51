import { a3, b3, b4 } from "../stats/control-constants.js";
import { finiteValues, mean, sumFinite } from "../stats/mean.js";
import { mapLine, selectWhere, type ChartFunction, type PartFrame } from "./part-frame.js";

/**
 * The pooled standard deviation s̄ of a part's baseline subgroups (Montgomery 6.29 / 6.31):
 * the mean of the subgroup SDs when every subgroup has the same size, else
 * sqrt(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)). As in qicharts2, "same size" looks at all subgroups of the part,
 * and missing SDs drop out of the numerator only.
 */
function pooledSd(frame: PartFrame): number {
  const sizes = new Set(frame.yLength);
  const sd = selectWhere(frame.ySd, frame.base);
  if (sizes.size <= 1) return mean(finiteValues(sd));
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

/** Xbar chart: subgroup means around the grand mean, limits cl ± A3(nᵢ)·s̄. */
export const xbarChart: ChartFunction = (frame) => {
  const n = selectWhere(frame.yLength, frame.base);
  const weighted = new Float64Array(n.length);
  const means = selectWhere(frame.yMean, frame.base);
  for (let i = 0; i < n.length; i++) weighted[i] = (n[i] as number) * (means[i] as number);
  const cl = frame.givenCl ?? sumFinite(weighted) / sumFinite(n);
  const sbar = pooledSd(frame);
  const sizes = frame.yLength;
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

/** S chart: subgroup SDs around s̄, limits B3(nᵢ)·s̄ and B4(nᵢ)·s̄. */
export const sChart: ChartFunction = (frame) => {
  const cl = frame.givenCl ?? pooledSd(frame);
  const sizes = frame.yLength;
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
