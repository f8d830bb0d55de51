/**
 * `longest-run`: Anhøj's rule for an unusually long run on one side of the centre line.
 *
 * @module
 */
import type { RunsRule } from "../runs/signal.js";
import type { RuleDetector } from "./context.js";

/**
 * The longest run the part's runs rule allows, given its number of crossings C. Anhøj and best
 * box: `longestRunMax` (lb) whatever C is. Cut box, which trades run length against crossings:
 * lbord when C = cb, lb − 1 when cb < C < cbord, lb when C ≥ cbord (and lb when C < cb, where
 * the crossings rule signals anyway). So a part signals exactly when C < cb or L > this.
 *
 * @example
 * ```ts
 * import { runsRule } from "../runs/signal.js";
 * longestRunAllowed(runsRule("anhoej", 24), 10); // 8
 * ```
 */
export function longestRunAllowed(rule: RunsRule, crossings: number): number {
  const { crossingsMin: cb, longestRunMax: lb, cut } = rule;
  if (cut === null || crossings < cb) return lb;
  if (crossings === cb) return cut.lbord;
  return crossings < cut.cbord ? lb - 1 : lb;
}

/**
 * Anhøj's longest-run rule, as qicharts2's runs analysis applies it: the useful points (included,
 * not missing, not on the centre line; points on the line neither break nor extend a run) form
 * runs on either side; a run longer than `round(log2(n)) + 3` for n useful points signals
 * (Schilling 2012). With best box and cut box (n = 10..100) the bound is the box's, and with cut
 * box it depends on the number of crossings ({@link longestRunAllowed}). Each run longer than the
 * bound is one finding that flags its useful points. Never on MR charts or categorical x, where
 * qicharts2 never signals runs.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = [3, 5, 4, 6, 5, 4, 6, 5, 4, 6, 1, 2, 1, 2, 1, 2, 1, 2, 1, 5, 6, 4, 5, 6];
 * compute({ chart: "run", data: ys.map((y) => ({ y })), rules: ["longest-run"] }).findings;
 * // [{ rule: "longest-run", side: "low", first: 11, last: 19, count: 9, limit: 7, … }]:
 * // 9 points below the median (4), more than the 7 allowed for 21 useful points
 * ```
 */
export const longestRun: RuleDetector<"longest-run"> = {
  id: "longest-run",
  params: [],
  sided: true,
  sequential: true,
  detect(ctx) {
    const runs = ctx.runs;
    if (!runs || runs.nUseful === 0) return;
    const allowed = longestRunAllowed(runs.rule, runs.crossings);
    if (runs.longestRun <= allowed) return;
    const sides = runs.sides();
    let side = 0;
    let points: number[] = [];
    const flush = () => {
      if (side !== 0 && points.length > allowed) {
        ctx.emit({ rule: "longest-run", side: side > 0 ? "high" : "low", first: points[0]!, last: points[points.length - 1]!, points, count: points.length, limit: allowed });
      }
    };
    // Runs are short unless they signal: keep only the current run's points.
    for (let i = 0; i < sides.length; i++) {
      const s = sides[i]!;
      if (s === 0) continue;
      if (s !== side) {
        flush();
        side = s;
        points = [];
      }
      points.push(i);
    }
    flush();
  },
};
