/**
 * `four-of-five`: four of five points in a row beyond 1 sigma on the same side.
 *
 * @module
 */
import { at, type RuleDetector } from "./context.js";
import { scanWindows } from "./windows.js";

/**
 * Windows of 5 consecutive usable points of which at least 4 lie strictly beyond the same
 * 1-sigma line (points beyond 2 or 3 sigma count too); the fifth may lie anywhere. The points
 * beyond the line are flagged; overlapping windows on one side make one finding. A point exactly
 * on the 1-sigma line is not beyond it.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 12, 12, 10, 12, 12, 10];
 * compute({ chart: "i", data: ys.map((y) => ({ y })), rules: ["four-of-five"] }).findings;
 * // [{ rule: "four-of-five", side: "high", first: 11, last: 15, points: [11, 12, 14, 15], … }]
 * ```
 */
export const fourOfFive: RuleDetector<"four-of-five"> = {
  id: "four-of-five",
  params: [],
  sided: true,
  sequential: true,
  detect(ctx) {
    const { y, seq, lcl1, ucl1 } = ctx;
    const beyond = (i: number, side: number) => (side > 0 ? y[i]! > at(ucl1, i) : y[i]! < at(lcl1, i));
    scanWindows(
      ctx,
      "four-of-five",
      5,
      4,
      (w) => {
        let high = 0;
        let low = 0;
        for (let j = w; j < w + 5; j++) {
          const i = seq[j]!;
          if (y[i]! > at(ucl1, i)) high++;
          else if (y[i]! < at(lcl1, i)) low++;
        }
        return high >= 4 ? 1 : low >= 4 ? -1 : 0;
      },
      beyond,
    );
  },
};
