/**
 * `two-of-three`: two of three points in a row beyond 2 sigma on the same side.
 *
 * @module
 */
import { at, sideOf, type RuleDetector } from "./context.js";
import { scanWindows } from "./windows.js";

/**
 * Windows of 3 consecutive usable points.
 *
 * - `variant: "standard"` (Western Electric rule 2, Nelson test 5): at least 2 of the 3 lie
 *   strictly beyond the same 2-sigma line (points beyond 3 sigma count too); the third may lie
 *   anywhere. The points beyond the line are flagged.
 * - `variant: "mdc"` (NHSRplotthedots 0.2.2): at least 2 of the 3 are *close to a limit* —
 *   strictly beyond a 2-sigma line but not outside the 3-sigma limits — and all 3 lie strictly on
 *   the same side of the centre line (a third point on the other side or on the line cancels
 *   the window). Only the close points are flagged.
 *
 * A point exactly on a 2-sigma line is not beyond it. Overlapping windows on one side make one
 * finding.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13, 11, 13, 10];
 * // Limits from the first 10 points: centre line 10.5, 2 sigma at 12.27, 3 sigma at 13.16.
 * compute({ chart: "i", data: ys.map((y) => ({ y })), freeze: 10, rules: ["two-of-three"] }).findings;
 * // [{ rule: "two-of-three", side: "high", first: 11, last: 13, points: [11, 13], … }]
 * ```
 */
export const twoOfThree: RuleDetector<"two-of-three"> = {
  id: "two-of-three",
  params: [
    { name: "variant", type: "enum", values: ["standard", "mdc"], default: "standard" },
  ],
  sided: true,
  sequential: true,
  detect(ctx, { variant }) {
    const { y, seq, cl, lcl, ucl, lcl95, ucl95 } = ctx;
    if (variant === "mdc") {
      // Each usable point's side and closeness once, by part index: every window reads three
      // points, and working them out again in each window was half of a Making Data Count I
      // chart's rules (1,000 points: 158 → 40 µs for this rule).
      const size = ctx.size;
      const marks = new Int8Array(2 * size);
      for (let k = 0; k < seq.length; k++) {
        const i = seq[k]!;
        const v = y[i]!;
        marks[i] = sideOf(v, at(cl, i));
        marks[size + i] = !(v > at(ucl, i) || v < at(lcl, i)) && (v > at(ucl95, i) || v < at(lcl95, i)) ? 1 : 0;
      }
      scanWindows(
        ctx,
        "two-of-three",
        3,
        2,
        (w) => {
          const a = seq[w]!;
          const b = seq[w + 1]!;
          const c = seq[w + 2]!;
          const s = marks[a]!;
          if (s === 0 || marks[b] !== s || marks[c] !== s) return 0;
          return marks[size + a]! + marks[size + b]! + marks[size + c]! >= 2 ? s : 0;
        },
        (i) => marks[size + i] === 1,
      );
      return;
    }
    const beyond = (i: number, side: number) => (side > 0 ? y[i]! > at(ucl95, i) : y[i]! < at(lcl95, i));
    scanWindows(
      ctx,
      "two-of-three",
      3,
      2,
      (w) => {
        let high = 0;
        let low = 0;
        for (let j = w; j < w + 3; j++) {
          const i = seq[j]!;
          if (y[i]! > at(ucl95, i)) high++;
          else if (y[i]! < at(lcl95, i)) low++;
        }
        return high >= 2 ? 1 : low >= 2 ? -1 : 0;
      },
      beyond,
    );
  },
};
