import { SpcError } from "../errors.js";
import { d2, d3, MAX_RANGE_SUBGROUP } from "../stats/control-constants.js";
import { correctlyRoundedMean } from "../stats/exact-mean.js";
import { sumFinite } from "../stats/mean.js";
import { constantLine, lineBySize, mapLine, linesFromBand, type ChartFunction, type Line, type PartFrame } from "./part-frame.js";

/**
 * Sigma from the subgroup ranges, as qcc's default (`UWAVE-R`): the mean of Rᵢ / d2(nᵢ) over the
 * baseline subgroups with a range. With one subgroup size this is R̄ / d2(n), the textbook
 * estimate (Montgomery 6.6).
 *
 * @example
 * ```ts
 * // Two subgroups of 5 with ranges 4 and 6: (4/2.326 + 6/2.326) / 2 = 2.1496…
 * compute({ chart: "xbar", sigmaFrom: "range", data: rows }); // limits x̿ ± 3 · 2.1496 / √5
 * ```
 */
export function sigmaFromRanges(frame: PartFrame): number {
  checkRangeSizes(frame);
  // The columns in locals: the sum's filling function runs once or twice over 10⁵ subgroups.
  const { yRange, yLength, base } = frame;
  return correctlyRoundedMean((sum) => {
    for (let i = 0; i < yRange.length; i++) {
      const r = yRange[i] as number;
      if (base[i] && Number.isFinite(r)) sum.add(r / d2(yLength[i] as number));
    }
  });
}

/** The range constants are tabled for subgroups of 2 to 25: larger subgroups belong on an S chart. */
function checkRangeSizes(frame: PartFrame): void {
  // An indexed loop, not largest()'s iterator: this runs over every subgroup of a part.
  const sizes = frame.yLength;
  let most = 0;
  for (let i = 0; i < sizes.length; i++) if ((sizes[i] as number) > most) most = sizes[i] as number;
  if (most > MAX_RANGE_SUBGROUP) {
    throw new SpcError([
      {
        code: "subgroup_too_large_for_range",
        path: ["data"],
        message: `a subgroup has ${most} values; ranges are for subgroups of 2 to ${MAX_RANGE_SUBGROUP} (use an S chart, or sigmaFrom "sd")`,
      },
    ]);
  }
}

/**
 * R chart: the range (max − min) of each subgroup. Centre line R̄, the mean range weighted by
 * subgroup size (qcc's `R`); sigma σ̂ from {@link sigmaFromRanges}, or the given `sigma`; limits
 * R̄ ± k·d3(nᵢ)·σ̂, the lower one at least 0. With one subgroup size these are the textbook
 * D3·R̄ and D4·R̄ (Montgomery 6.5). With a known sigma and no `cl`, the centre line is d2(nᵢ)·σ
 * and the limits (d2 ± 3·d3)·σ (Montgomery's D1·σ and D2·σ).
 *
 * @example
 * ```ts
 * // Subgroups of 5 with ranges 4 and 6: R̄ = 5, UCL = D4(5) · R̄ = 2.1145 · 5
 * compute({ chart: "r", data: [1, 5, 2, 3, 4, 0, 6, 3, 2, 1].map((y, i) => ({ x: i < 5 ? 1 : 2, y })) }).points[0].ucl;
 * // 10.572…
 * ```
 */
export const rangeChart: ChartFunction = (frame) => {
  const sizes = frame.yLength;
  const known = frame.givenSigma;
  let cl: Line;
  let sigma: number;
  if (known !== undefined) {
    checkRangeSizes(frame);
    sigma = known;
    cl = frame.givenCl ?? constantLine(mapLine(sizes, (k) => d2(k) * known));
  } else {
    sigma = sigmaFromRanges(frame);
    cl = frame.givenCl ?? weightedMeanRange(frame);
  }
  const band = (k: number) => ({
    lower: lineBySize(cl, sizes, (c, size) => Math.max(0, c - k * d3(size) * sigma)),
    upper: lineBySize(cl, sizes, (c, size) => c + k * d3(size) * sigma),
  });
  return {
    y: frame.yRange,
    cl,
    ...linesFromBand(band),
  };
};

/** Σ nᵢRᵢ / Σ nᵢ over the baseline subgroups with a range (qcc's R̄). */
function weightedMeanRange(frame: PartFrame): number {
  // Typed arrays: sumFinite copies a plain array of 10⁵ numbers before summing it, not a Float64Array.
  const weighted = new Float64Array(frame.yRange.length);
  const total = new Float64Array(frame.yRange.length);
  let count = 0;
  for (let i = 0; i < frame.yRange.length; i++) {
    const r = frame.yRange[i] as number;
    if (!frame.base[i] || !Number.isFinite(r)) continue;
    const size = frame.yLength[i] as number;
    weighted[count] = size * r;
    total[count++] = size;
  }
  return sumFinite(weighted.subarray(0, count)) / sumFinite(total.subarray(0, count));
}
