import { finiteValues, mean, median } from "../stats/mean.js";
import { limitsAround, mapLine, mapOneSigma, selectWhere, type ChartFunction } from "./part-frame.js";

/**
 * G chart (cases between events, geometric distribution): limits from the mean m,
 * m ± 3·sqrt(m(m+1)), lower limits clamped at 0. The centre line shown is the median of the
 * baseline (the runs analysis uses it too); with a known centre line, the limits use it as the
 * mean and the line shown is 0.693 × it (the geometric median), as in qicharts2.
 */
export const geometricChart: ChartFunction = (frame) => {
  const baseY = finiteValues(selectWhere(frame.y, frame.base));
  const m = frame.givenCl ?? mean(baseY);
  const lines = limitsAround(m, Math.sqrt(m * (m + 1)));
  const clampAtZero = (v: number) => (v < 0 ? 0 : v);
  const cl = frame.givenCl === undefined ? median(baseY) : 0.693 * frame.givenCl;
  return { y: frame.y, cl, ...lines, lcl: mapLine(lines.lcl, clampAtZero), lcl95: mapLine(lines.lcl95, clampAtZero), oneSigma: mapOneSigma(lines.oneSigma, clampAtZero, (v) => v) };
};
