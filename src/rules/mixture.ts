/**
 * `mixture`: N or more points in a row more than 1 sigma from the centre line, on both sides.
 *
 * @module
 */
import { at, emitTwoSidedRuns, type RuleDetector } from "./context.js";

/**
 * A run of at least `n` consecutive usable points that all lie strictly beyond a 1-sigma line
 * (none within 1 sigma of the centre line), with points on both sides among them. A point on a
 * 1-sigma line is within. The finding has no side.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13, 8, 13, 8, 13, 8, 13, 8, 10];
 * compute({ chart: "i", data: ys.map((y) => ({ y })), rules: ["mixture"] }).findings;
 * // [{ rule: "mixture", side: null, first: 11, last: 18, count: 8, limit: 8, … }]
 * ```
 */
export const mixture: RuleDetector<"mixture"> = {
  id: "mixture",
  params: [{ name: "n", type: "integer", min: 2, max: 1000, default: 8 }],
  sided: false,
  sequential: true,
  detect(ctx, { n }) {
    const { y, lcl1, ucl1 } = ctx;
    emitTwoSidedRuns(ctx, "mixture", n, (i) => (y[i]! > at(ucl1, i) ? 1 : y[i]! < at(lcl1, i) ? -1 : null));
  },
};
