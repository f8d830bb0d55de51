import { D2 } from "../stats/control-constants.js";
import { meanWhere, medianOfFirst } from "../stats/mean.js";
import { averageMovingRangeWhere } from "../stats/moving-range.js";
import { limitsAround, type PartFrame, type PartLines } from "./part-frame.js";

/**
 * Wheeler's limit factor for the median moving range: the limits are median ± 3.145 × median MR
 * ("Understanding Statistical Process Control", Wheeler & Chambers), that is sigma = median MR / 0.954.
 */
export const WHEELER_MEDIAN_MR_FACTOR = 3.145;

/** Moving ranges not below D4 = 3.267 × the median MR are screened out (PowerBI-SPC `i_mm`). */
const MEDIAN_MR_SCREEN = 3.267;

/**
 * I-chart lines with a median centre line, a sigma from the median moving range, or a known
 * sigma. Centre: `cl` if given, else the mean or (`centre: "median"`) the median of the baseline.
 * Sigma, in order: the given `sigma`; `sigmaFrom`:
 * - `moving-range` (default): mean MR / 1.128, moving ranges screened as for the plain I chart
 *   (with a median centre this is PowerBI-SPC's `i_m`);
 * - `median-moving-range`: Wheeler's textbook limits, median ± 3.145 × median MR; never screened
 *   (the median is robust already);
 * - `median-moving-range-d2`: median MR / 1.128 (PowerBI-SPC's `i_mm`), whose limits are
 *   narrower than Wheeler's: with screening on, moving ranges ≥ 3.267 × the median MR are dropped
 *   once and the median taken again, as PowerBI-SPC does.
 * Moving ranges run over the baseline in order (an excluded point is bridged), as for the I chart.
 *
 * @example
 * ```ts
 * // 1, 3, 2, 8, 4: median 3, moving ranges 2, 1, 6, 4 with median 3
 * compute({ chart: "i", centre: "median", sigmaFrom: "median-moving-range", data: [1, 3, 2, 8, 4].map((y) => ({ y })) }).points[0].ucl;
 * // 3 + 3.145 × 3 = 12.435
 * ```
 */
export function robustIndividualsLines(frame: PartFrame): PartLines {
  const { y, base } = frame;
  const cl = frame.givenCl ?? (frame.centre === "median" ? medianWhere(y, base) : meanWhere(y, base));
  let sigma: number;
  if (frame.givenSigma !== undefined) sigma = frame.givenSigma;
  else if (frame.sigmaFrom === "median-moving-range") sigma = (WHEELER_MEDIAN_MR_FACTOR / 3) * medianMovingRange(y, base, false);
  else if (frame.sigmaFrom === "median-moving-range-d2") sigma = medianMovingRange(y, base, frame.screen) / D2;
  else sigma = averageMovingRangeWhere(y, base, 0, frame.screen) / D2;
  return { y, cl, ...limitsAround(cl, sigma) };
}

/** R's median of the finite values where `mask` is set; NaN when none. */
function medianWhere(values: Float64Array, mask: Uint8Array): number {
  // Into a typed array that the median may rearrange: no list grown by push, and no copy of it.
  const kept = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (mask[i] && Number.isFinite(values[i] as number)) kept[count++] = values[i] as number;
  return medianOfFirst(kept, count);
}

/**
 * The median of the moving ranges of the masked values in order (a masked-out value is bridged;
 * a missing value makes its ranges missing, which drop out). With `screen`, ranges ≥ 3.267 × that
 * median are dropped once and the median taken again (kept as it was when none would be left).
 */
export function medianMovingRange(values: Float64Array, mask: Uint8Array, screen: boolean): number {
  const ranges = new Float64Array(Math.max(0, values.length - 1));
  let count = 0;
  let previous = Number.NaN;
  let first = true;
  for (let i = 0; i < values.length; i++) {
    if (!mask[i]) continue;
    const v = values[i] as number;
    if (!first) {
      const r = Math.abs(v - previous);
      if (Number.isFinite(r)) ranges[count++] = r;
    }
    first = false;
    previous = v;
  }
  // The median rearranges the ranges; the screen below keeps the same ones in another order, and
  // their median does not depend on the order.
  const mmr = medianOfFirst(ranges, count);
  if (!screen || !Number.isFinite(mmr)) return mmr;
  let kept = 0;
  for (let i = 0; i < count; i++) if ((ranges[i] as number) < MEDIAN_MR_SCREEN * mmr) ranges[kept++] = ranges[i] as number;
  return kept > 0 ? medianOfFirst(ranges, kept) : mmr;
}
