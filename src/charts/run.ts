import { finiteValues, median } from "../stats/mean.js";
import { selectWhere, type ChartFunction } from "./part-frame.js";

/** Run chart: the centre line is the median of the baseline; there are no limits. */
export const runChart: ChartFunction = (frame) => {
  const cl = frame.givenCl ?? median(finiteValues(selectWhere(frame.y, frame.base)));
  return { y: frame.y, cl, lcl: Number.NaN, ucl: Number.NaN, lcl95: Number.NaN, ucl95: Number.NaN };
};
