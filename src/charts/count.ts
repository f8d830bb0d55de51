import { finiteValues, mean } from "../stats/mean.js";
import { clampLine, limitsAround, selectWhere, type ChartFunction } from "./part-frame.js";

/** C chart: counts per subgroup (summed, whatever `aggregate` says); limits cl ± 3·sqrt(cl), lower ≥ 0. */
export const countChart: ChartFunction = (frame) => {
  const y = frame.ySum;
  const cl = frame.givenCl ?? mean(finiteValues(selectWhere(y, frame.base)));
  const lines = limitsAround(cl, Math.sqrt(cl));
  return { y, cl, ...lines, lcl: clampLine(lines.lcl, 0, Infinity), lcl95: clampLine(lines.lcl95, 0, Infinity) };
};
