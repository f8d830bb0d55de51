/**
 * `astronomical`: a point obviously different from the rest (IHI run-chart rules).
 *
 * @module
 */
import { D2 } from "../stats/control-constants.js";
import { averageMovingRange, movingRanges } from "../stats/moving-range.js";
import { at, type RuleDetector } from "./context.js";

/**
 * IHI calls a point "astronomical" when everyone studying the chart would agree it is unusual,
 * and leaves the judgement to them. To make it exact: a usable point strictly beyond the chart's
 * 3-sigma limits where the chart has them (then it equals `outside-limits`); on a run chart,
 * strictly beyond centre line ± 3 sigma, with sigma estimated as an I chart does (mean moving
 * range of the part's usable points in order, ranges ≥ 3.267 × their mean screened out once,
 * divided by 1.128). A point exactly on the bound is not astronomical.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 40, 6];
 * compute({ chart: "run", data: ys.map((y) => ({ y })), rules: ["astronomical"] }).findings[0].points; // [11]
 * ```
 */
export const astronomical: RuleDetector<"astronomical"> = {
  id: "astronomical",
  params: [],
  sided: true,
  sequential: false,
  detect(ctx) {
    const { y, seq, cl, lcl, ucl } = ctx;
    let sigma: number | null = null;
    const fallbackSigma = () => {
      if (sigma === null) {
        sigma = averageMovingRange(movingRanges(Float64Array.from(seq, (i) => y[i]!)), true) / D2;
      }
      return sigma;
    };
    for (let k = 0; k < seq.length; k++) {
      const i = seq[k]!;
      const v = y[i]!;
      let upper = at(ucl, i);
      let lower = at(lcl, i);
      if (!Number.isFinite(upper) && !Number.isFinite(lower)) {
        const s = fallbackSigma();
        if (!(s > 0)) return;
        upper = at(cl, i) + 3 * s;
        lower = at(cl, i) - 3 * s;
      }
      if (v > upper && Number.isFinite(upper)) ctx.emit({ rule: "astronomical", side: "high", first: i, last: i, points: [i], count: 1, limit: upper });
      else if (v < lower && Number.isFinite(lower)) ctx.emit({ rule: "astronomical", side: "low", first: i, last: i, points: [i], count: 1, limit: lower });
    }
  },
};
