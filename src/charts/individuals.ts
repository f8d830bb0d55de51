import { D2 } from "../stats/control-constants.js";
import { meanWhere } from "../stats/mean.js";
import { averageMovingRangeWhere } from "../stats/moving-range.js";
import { robustIndividualsLines } from "./median-individuals.js";
import { limitsAround, type ChartFunction, type PartLines } from "./part-frame.js";

/** NHSRplotthedots screens moving ranges not below 3.267 × their mean (D4 for subgroups of two). */
const MR_SCREEN = 3.267;

/** Making Data Count's limit constant: the process limits are mean ± 2.66 × mean moving range (3 / 1.128 ≈ 2.66). */
export const MDC_LIMIT = 2.66;

/**
 * I chart (XmR): centre line = mean of the baseline; sigma = mean moving range / 1.128, where the
 * moving ranges run over the baseline subset in order, so an excluded point is bridged (its
 * neighbours form one moving range), as in qicharts2. Under `convention: "mdc"` the limits are
 * Making Data Count's, as NHSRplotthedots computes them ({@link mdcIndividualsLines}). A median
 * centre line, a sigma from the median moving range or a known sigma take
 * {@link robustIndividualsLines} instead.
 */
export const individualsChart: ChartFunction = (frame) => {
  if (frame.centre === "median" || frame.givenSigma !== undefined || (frame.sigmaFrom !== undefined && frame.sigmaFrom !== "moving-range")) {
    return robustIndividualsLines(frame);
  }
  return frame.convention === "mdc"
    ? mdcIndividualsLines(frame.y, frame.base, frame.givenCl, frame.screen)
    : individualsLines(frame.y, frame.base, frame.givenCl, frame.screen);
};

/** The I-chart lines for any series of values (also used by the T chart on transformed times). */
export function individualsLines(
  y: Float64Array,
  base: Uint8Array,
  givenCl: number | undefined,
  screen: boolean,
): PartLines {
  const cl = givenCl ?? meanWhere(y, base);
  // qicharts2 differences y − cl, not y: the same up to rounding, kept for bit-level parity.
  const sigma = averageMovingRangeWhere(y, base, cl, screen) / D2;
  return { y, cl, ...limitsAround(cl, sigma) };
}

/**
 * Making Data Count's XmR lines, operation for operation as NHSRplotthedots 0.2.2's
 * `ptd_spc_standard()`: mean of the baseline; moving ranges |y[i] − y[i−1]| of the baseline in
 * order (a missing value removes both of its ranges); with `screen`, ranges not below 3.267 × their
 * mean dropped once; then `lpl/upl = mean ∓ 2.66 · amr` and the 2-sigma lines
 * `mean ∓ (2 · 2.66 / 3) · amr`. The 1-sigma lines are `mean ∓ (2.66 / 3) · amr`.
 *
 * @example
 * ```ts
 * mdcIndividualsLines(Float64Array.of(1, 3, 2, 4), Uint8Array.of(1, 1, 1, 1), undefined, false).ucl;
 * // 2.5 + 2.66 × (2 + 1 + 2) / 3
 * ```
 */
export function mdcIndividualsLines(y: Float64Array, base: Uint8Array, givenCl: number | undefined, screen: boolean): PartLines {
  // Every mean correctly rounded, as R's long-double mean() is: limits are compared for equality.
  const cl = givenCl ?? meanWhere(y, base);
  const amr = averageMovingRangeWhere(y, base, 0, screen, MR_SCREEN);
  const close = 2 * (MDC_LIMIT / 3);
  const one = MDC_LIMIT / 3;
  return {
    y,
    cl,
    lcl: cl - MDC_LIMIT * amr,
    ucl: cl + MDC_LIMIT * amr,
    lcl95: cl - close * amr,
    ucl95: cl + close * amr,
    oneSigma: () => ({ lcl1: cl - one * amr, ucl1: cl + one * amr }),
  };
}
