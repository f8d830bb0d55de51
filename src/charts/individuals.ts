import { D2 } from "../stats/control-constants.js";
import { finiteValues, mean } from "../stats/mean.js";
import { averageMovingRange, movingRanges } from "../stats/moving-range.js";
import { limitsAround, selectWhere, type ChartFunction, type PartLines } from "./part-frame.js";

/**
 * I chart (XmR): centre line = mean of the baseline; sigma = mean moving range / 1.128, where the
 * moving ranges run over the baseline subset in order, so an excluded point is bridged (its
 * neighbours form one moving range), as in qicharts2.
 */
export const individualsChart: ChartFunction = (frame) => individualsLines(frame.y, frame.base, frame.givenCl, frame.screen);

/** The I-chart lines for any series of values (also used by the T chart on transformed times). */
export function individualsLines(
  y: Float64Array,
  base: Uint8Array,
  givenCl: number | undefined,
  screen: boolean,
): PartLines {
  const baseY = selectWhere(y, base);
  const cl = givenCl ?? mean(finiteValues(baseY));
  // qicharts2 differences y − cl, not y: the same up to rounding, kept for bit-level parity.
  const centred = baseY.map((v) => v - cl);
  const sigma = averageMovingRange(movingRanges(centred), screen) / D2;
  return { y, cl, ...limitsAround(cl, sigma) };
}
