import { D4 } from "../stats/control-constants.js";
import { finiteValues, mean } from "../stats/mean.js";
import { movingRanges } from "../stats/moving-range.js";
import { selectWhere, type ChartFunction } from "./part-frame.js";

/**
 * MR chart: plots |y[i] − y[i−1]| over all subgroups of the part (exclusion does not remove
 * points from the differences, unlike the I chart); centre line = mean MR of the baseline;
 * upper limit D4 · mean MR, lower limit 0.
 */
export const movingRangeChart: ChartFunction = (frame) => {
  const y = new Float64Array(frame.y.length);
  y[0] = Number.NaN;
  y.set(movingRanges(frame.y), 1);
  const cl = frame.givenCl ?? mean(finiteValues(selectWhere(y, frame.base)));
  return { y, cl, lcl: 0, lcl95: 0, ucl: D4 * cl, ucl95: (D4 / 3) * 2 * cl };
};
