/**
 * `alternating`: N or more points in a row alternating up and down.
 *
 * @module
 */
import { forEachSequence, pick, type RuleDetector } from "./context.js";

/**
 * A run of at least `n` consecutive usable points in which every step changes direction: up,
 * down, up, … (each point is higher or lower than both neighbours). Two equal neighbours end the
 * run. The finding has no side.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [5, 7, 4, 8, 3, 7, 4, 8, 3, 7, 4, 8, 3, 7];
 * compute({ chart: "i", data: ys.map((y) => ({ y })), rules: ["alternating"] }).findings[0];
 * // { rule: "alternating", side: null, first: 1, last: 14, count: 14, limit: 14, … }
 * ```
 */
export const alternating: RuleDetector<"alternating"> = {
  id: "alternating",
  params: [{ name: "n", type: "integer", min: 3, max: 1000, default: 14 }],
  sided: false,
  sequential: true,
  detect(ctx, { n }) {
    const { y, seq } = ctx;
    forEachSequence(ctx, (from, to) => {
      let start = from;
      let previous = 0;
      const flush = (b: number) => {
        const count = b - start + 1;
        if (count >= n) {
          const points = pick(seq, start, b);
          ctx.emit({ rule: "alternating", side: null, first: points[0]!, last: points[points.length - 1]!, points, count, limit: n });
        }
      };
      for (let k = from + 1; k < to; k++) {
        const d = Math.sign(y[seq[k]!]! - y[seq[k - 1]!]!);
        if (d === 0) {
          flush(k - 1);
          start = k;
          previous = 0;
        } else if (d === previous) {
          flush(k - 1);
          start = k - 1;
        }
        previous = d;
      }
      flush(to - 1);
    });
  },
};
