import { D2 } from "../stats/control-constants.js";
import { meanWhere, median } from "../stats/mean.js";
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
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (mask[i] && Number.isFinite(values[i] as number)) kept.push(values[i] as number);
  return median(kept);
}

/**
 * The median of the moving ranges of the masked values in order (a masked-out value is bridged;
 * a missing value makes its ranges missing, which drop out). With `screen`, ranges ≥ 3.267 × that
 * median are dropped once and the median taken again (kept as it was when none would be left).
 */
export function medianMovingRange(values: Float64Array, mask: Uint8Array, screen: boolean): number {
  const ranges: number[] = [];
  let previous = Number.NaN;
  let first = true;
  for (let i = 0; i < values.length; i++) {
    if (!mask[i]) continue;
    const v = values[i] as number;
    if (!first) {
      const r = Math.abs(v - previous);
      if (Number.isFinite(r)) ranges.push(r);
    }
    first = false;
    previous = v;
  }
  const mmr = median(ranges);
  if (!screen || !Number.isFinite(mmr)) return mmr;
  const kept = ranges.filter((r) => r < MEDIAN_MR_SCREEN * mmr);
  return kept.length > 0 ? median(kept) : mmr;
}
