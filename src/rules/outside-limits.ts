/**
 * `outside-limits`: one point beyond the 3-sigma limits (Shewhart; Western Electric rule 1,
 * Nelson test 1, qicharts2's sigma signal, Making Data Count's "outside the process limits").
 *
 * @module
 */
import { at, type RuleDetector } from "./context.js";

/**
 * A usable point strictly above the upper or strictly below the lower 3-sigma limit. A point
 * exactly on a limit is inside; where a limit is undefined (run charts, too few points) nothing
 * is found.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * compute({ chart: "c", data: [4, 5, 3, 6, 4, 30].map((y) => ({ y })), rules: ["outside-limits"] })
 *   .findings; // [{ rule: "outside-limits", side: "high", points: [6], limit: 17.498…, … }]
 * ```
 */
export const outsideLimits: RuleDetector<"outside-limits"> = {
  id: "outside-limits",
  params: [],
  sided: true,
  sequential: false,
  detect(ctx) {
    const { y, seq, ucl, lcl } = ctx;
    for (let k = 0; k < seq.length; k++) {
      const i = seq[k]!;
      const v = y[i]!;
      const upper = at(ucl, i);
      if (v > upper) {
        if (Number.isFinite(upper)) ctx.emit({ rule: "outside-limits", side: "high", first: i, last: i, points: [i], count: 1, limit: upper });
        continue;
      }
      const lower = at(lcl, i);
      if (v < lower && Number.isFinite(lower)) ctx.emit({ rule: "outside-limits", side: "low", first: i, last: i, points: [i], count: 1, limit: lower });
    }
  },
};
