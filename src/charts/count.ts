import { finiteValues, mean } from "../stats/mean.js";
import { standardisedLines } from "./standardised.js";
import { clampLine, limitsAround, mapOneSigma, selectWhere, type ChartFunction } from "./part-frame.js";

const atLeastZero = (v: number) => (Number.isFinite(v) ? Math.max(0, v) : v);

/** C chart: counts per subgroup (summed, whatever `aggregate` says); limits cl ± 3·sqrt(cl), lower ≥ 0. */
export const countChart: ChartFunction = (frame) => {
  const y = frame.ySum;
  const cl = frame.givenCl ?? mean(finiteValues(selectWhere(y, frame.base)));
  if (frame.standardise) return standardisedLines(y, cl, Math.sqrt(cl));
  const lines = limitsAround(cl, Math.sqrt(cl));
  return { y, cl, ...lines, lcl: clampLine(lines.lcl, 0, Infinity), lcl95: clampLine(lines.lcl95, 0, Infinity), oneSigma: mapOneSigma(lines.oneSigma, atLeastZero, (v) => v) };
};
