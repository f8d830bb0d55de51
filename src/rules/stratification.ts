/**
 * `stratification`: N or more points in a row within 1 sigma of the centre line.
 *
 * @module
 */
import { at, emitTwoSidedRuns, sideOf, type RuleDetector } from "./context.js";

/**
 * A run of at least `n` consecutive usable points that all lie within 1 sigma of the centre line
 * (between the 1-sigma lines, a point on a line counting as within), with points on both sides
 * of the centre line among them ("on either side", Nelson); with `sides: "any"`, as qcc's Nelson 7,
 * all of them may lie on one side. Needs 1-sigma lines that are defined
 * and apart: with no variation at all (constant data) there is nothing to find. The finding has
 * no side.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [0, 3, -3, 2, -2, 0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2, 0.1, -0.1, 0.2, -0.2];
 * compute({ chart: "i", data: ys.map((y) => ({ y })), rules: ["stratification"] }).findings;
 * // [{ rule: "stratification", side: null, first: 6, last: 21, count: 16, limit: 15, … }]
 * ```
 */
export const stratification: RuleDetector<"stratification"> = {
  id: "stratification",
  params: [
    { name: "n", type: "integer", min: 2, max: 1000, default: 15 },
    // "any" is qcc's Nelson 7 (qccRulesViolatingNEL7): the points need only lie within 1 sigma, on
    // one side or both; "both" (Nelson's "on either side", as read here) also wants both sides.
    { name: "sides", type: "enum", values: ["both", "any"], default: "both" },
  ],
  sided: false,
  sequential: true,
  detect(ctx, { n, sides }) {
    const { y, cl, lcl1, ucl1 } = ctx;
    emitTwoSidedRuns(ctx, "stratification", n, (i) => {
      const lo = at(lcl1, i);
      const hi = at(ucl1, i);
      const v = y[i]!;
      const within = Number.isFinite(lo) && Number.isFinite(hi) && hi > lo && v >= lo && v <= hi;
      return within ? sideOf(v, at(cl, i)) : null;
    }, sides === "both");
  },
};
