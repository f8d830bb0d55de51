import { D2 } from "../stats/control-constants.js";
import { sampleSd } from "../stats/mean.js";
import { averageMovingRange, movingRanges } from "../stats/moving-range.js";
import { selectWhere, type PartFrame } from "./part-frame.js";

/**
 * Laney's sigma_z for P′ and U′ charts: how much more (or less) the subgroups vary than the
 * binomial/Poisson model expects. z = (y − cl)/σᵢ over the baseline; sigma_z is the moving-range
 * estimate (with the optional 3.267 screening) for ordered x, and the plain SD of z for
 * categorical x (funnel plots), as in qicharts2.
 */
export function laneySigmaZ(frame: PartFrame, cl: number, sigma: Float64Array): number {
  const y = selectWhere(frame.y, frame.base);
  const s = selectWhere(sigma, frame.base);
  const z = y.map((v, i) => (v - cl) / (s[i] as number));
  if (frame.categorical) {
    // R's sd() without na.rm: any missing z makes sigma_z missing.
    return z.some((v) => Number.isNaN(v)) ? Number.NaN : sampleSd(z);
  }
  return averageMovingRange(movingRanges(z), frame.screen) / D2;
}
