/**
 * `crossings`: Anhøj's rule for unusually few crossings of the centre line.
 *
 * @module
 */
import type { RuleDetector } from "./context.js";

/**
 * Anhøj's crossings rule, as qicharts2's runs analysis applies it: among the n useful points
 * (included, not missing, not on the centre line) the number of crossings C (neighbours on
 * opposite sides) is below `qbinom(0.05, n − 1, 0.5)` (Chen 2010), or below the box's cb for best
 * box and cut box. The finding belongs to the whole part: it has no side and flags no single
 * point (`points` is empty; `first`/`last` are the part's). Never on MR charts or categorical x.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [1, 2, 1, 2, 1, 2, 1, 9, 8, 9, 8, 9, 8, 9, 1, 2, 1, 2, 1, 2, 9, 8, 9, 8];
 * compute({ chart: "run", data: ys.map((y) => ({ y })), rules: ["crossings"] }).findings;
 * // [{ rule: "crossings", side: null, first: 1, last: 24, points: [], count: 3, limit: 5, … }]
 * ```
 */
export const crossings: RuleDetector<"crossings"> = {
  id: "crossings",
  params: [],
  sided: false,
  sequential: true,
  detect(ctx) {
    const runs = ctx.runs;
    if (!runs || runs.nUseful === 0 || runs.crossings >= runs.rule.crossingsMin) return;
    ctx.emit({ rule: "crossings", side: null, first: 0, last: ctx.size - 1, points: [], count: runs.crossings, limit: runs.rule.crossingsMin });
  },
};
