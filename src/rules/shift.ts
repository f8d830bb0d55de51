/**
 * `shift`: N or more points in a row on one side of the centre line.
 *
 * @module
 */
import { at, forEachSequence, pick, sideOf, type RuleDetector } from "./context.js";

/**
 * A run of at least `n` consecutive usable points on the same side of the centre line. With
 * `onLine: "break"` (Western Electric, Nelson, Making Data Count) a point exactly on the centre
 * line ends the run and is never part of one; with `onLine: "skip"` (IHI run-chart rules) it
 * neither ends nor extends the run and is not flagged. Every counted point of the run is flagged,
 * however long the run is (one finding per maximal run).
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [5, 6, 5, 6, 5, 8, 9, 8, 9, 8, 9, 8, 9];
 * compute({ chart: "i", data: ys.map((y) => ({ y })), rules: [{ rule: "shift", n: 7 }] }).findings[0];
 * // { rule: "shift", side: "high", first: 6, last: 13, count: 8, limit: 7, … }
 * ```
 */
export const shift: RuleDetector<"shift"> = {
  id: "shift",
  params: [
    // PowerBI-SPC accepts any n from 1 (`shift_n`): with 1, every point off the centre line is a shift.
    { name: "n", type: "integer", min: 1, max: 1000, default: 8 },
    { name: "onLine", type: "enum", values: ["break", "skip"], default: "break" },
  ],
  sided: true,
  sequential: true,
  detect(ctx, { n, onLine }) {
    const { y, cl, seq } = ctx;
    const skip = onLine === "skip";
    const sides = (i: number) => sideOf(y[i]!, at(cl, i));
    forEachSequence(ctx, (from, to) => {
      let side = 0;
      let start = from;
      let count = 0;
      let last = from;
      const flush = () => {
        if (side !== 0 && count >= n) {
          const s = side;
          const points = pick(seq, start, last, (i) => sides(i) === s);
          ctx.emit({ rule: "shift", side: s > 0 ? "high" : "low", first: points[0]!, last: points[points.length - 1]!, points, count, limit: n });
        }
      };
      for (let k = from; k < to; k++) {
        const s = sides(seq[k]!);
        if (s === 0) {
          if (skip) continue;
          flush();
          side = 0;
          count = 0;
          continue;
        }
        if (s !== side) {
          flush();
          side = s;
          start = k;
          count = 0;
        }
        count++;
        last = k;
      }
      flush();
    });
  },
};
