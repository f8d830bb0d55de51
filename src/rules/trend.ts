/**
 * `trend`: N or more points in a row, each higher (or each lower) than the one before.
 *
 * @module
 */
import { forEachSequence, pick, type RuleDetector } from "./context.js";

/**
 * A run of at least `n` consecutive usable points that rise strictly (side `high`) or fall
 * strictly (side `low`); the centre line plays no part, so a trend may cross it. With
 * `ties: "break"` (Nelson, Making Data Count) two equal neighbours end the trend, and the second
 * starts the next one; with `ties: "skip"` (IHI run-chart rules) a point equal to the last counted
 * one is ignored: it neither counts nor ends the trend, and is not flagged. The turning point of
 * a rise followed by a fall belongs to both trends; in its signals the later trend (the one the
 * point starts) comes first, as Making Data Count labels it.
 *
 * `variant: "mdc"` also copies NHSRplotthedots 0.2.2's labelling of the last point of a trend
 * that is followed at once by another trend (the two not sharing a point, e.g. a rise, a drop,
 * and a rise again, or two rises with a tie between): the peer labels that point by the step to
 * the next point — increasing if it rises, decreasing otherwise — so its variation takes that
 * side even when its trend went the other way. Its signals still name its own trend.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [3, 1, 2, 3, 4, 5, 6, 7, 2];
 * compute({ chart: "i", data: ys.map((y) => ({ y })), rules: [{ rule: "trend", n: 7 }] }).findings[0];
 * // { rule: "trend", side: "high", first: 2, last: 8, count: 7, limit: 7, … }
 * ```
 */
export const trend: RuleDetector<"trend"> = {
  id: "trend",
  params: [
    // PowerBI-SPC accepts `trend_n` from 1, but with 1 it flags every point (an empty window); from 2 the
    // rule is the same as here, so 2 is the smallest n that means a trend (one rise or fall).
    { name: "n", type: "integer", min: 2, max: 1000, default: 6 },
    { name: "ties", type: "enum", values: ["break", "skip"], default: "break" },
    { name: "variant", type: "enum", values: ["standard", "mdc"], default: "standard" },
  ],
  sided: true,
  sequential: true,
  detect(ctx, { n, ties, variant }) {
    const { y, seq } = ctx;
    const value = (k: number) => y[seq[k]!]!;
    forEachSequence(ctx, (from, to) => {
      let previousEnd = -2;
      const emit = (a: number, b: number, dir: number, count: number, points: number[]) => {
        if (dir === 0 || count < n) return;
        if (variant === "mdc" && a === previousEnd + 1) {
          ctx.labelSide(seq[previousEnd]!, value(a) > value(previousEnd) ? "high" : "low");
        }
        ctx.emit({ rule: "trend", side: dir > 0 ? "high" : "low", first: points[0]!, last: points[points.length - 1]!, points, count, limit: n });
        previousEnd = b;
      };
      if (ties === "break") {
        let start = from;
        let dir = 0;
        const flush = (b: number) => {
          if (dir !== 0 && b - start + 1 >= n) emit(start, b, dir, b - start + 1, pick(seq, start, b));
        };
        for (let k = from + 1; k < to; k++) {
          const d = Math.sign(value(k) - value(k - 1));
          if (d === 0) {
            flush(k - 1);
            start = k;
            dir = 0;
          } else if (dir === 0) {
            dir = d;
          } else if (d !== dir) {
            flush(k - 1);
            start = k - 1;
            dir = d;
          }
        }
        flush(to - 1);
        return;
      }
      // ties: "skip" — compare with the last counted point.
      let start = from;
      let last = from;
      let dir = 0;
      let count = 1;
      const counted = (a: number, b: number): number[] => {
        const out = [seq[a]!];
        let kept = value(a);
        for (let k = a + 1; k <= b; k++) {
          if (value(k) !== kept) {
            out.push(seq[k]!);
            kept = value(k);
          }
        }
        return out;
      };
      for (let k = from + 1; k < to; k++) {
        const d = Math.sign(value(k) - value(last));
        if (d === 0) continue;
        if (dir === 0 || d === dir) {
          dir = d;
          count++;
        } else {
          if (count >= n) emit(start, last, dir, count, counted(start, last));
          start = last;
          dir = d;
          count = 2;
        }
        last = k;
      }
      if (count >= n) emit(start, last, dir, count, counted(start, last));
    });
  },
};
