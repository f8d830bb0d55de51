/**
 * `number-of-runs`: too few or too many runs (IHI run-chart rules).
 *
 * @module
 */
import { binomialQuantile } from "../stats/binomial-quantile.js";
import type { RuleDetector } from "./context.js";

/**
 * Fewest useful points for which the number-of-runs rule is tested (IHI's table starts at 10).
 *
 * @example
 * ```ts
 * runsBounds(NUMBER_OF_RUNS_MIN_POINTS - 1); // null
 * ```
 */
export const NUMBER_OF_RUNS_MIN_POINTS = 10;

/**
 * The bounds on the number of runs R = crossings + 1 among n useful points: R below `fewest` or
 * above `most` signals. A two-sided 5 % test under the same binomial model as Anhøj's crossings
 * rule (C ~ Binomial(n − 1, ½), Chen 2010): with q = qbinom(0.025, n − 1, ½), fewest = q + 1 and
 * most = n − q. `null` below {@link NUMBER_OF_RUNS_MIN_POINTS} points.
 *
 * @example
 * ```ts
 * runsBounds(20); // { fewest: 6, most: 15 }
 * ```
 */
export function runsBounds(nUseful: number): { fewest: number; most: number } | null {
  if (nUseful < NUMBER_OF_RUNS_MIN_POINTS) return null;
  const q = binomialQuantile(0.025, nUseful - 1, 0.5);
  return { fewest: q + 1, most: nUseful - q };
}

/**
 * Too few or too many runs: the useful points (included, not missing, not on the centre line)
 * form R = C + 1 runs; R < fewest or R > most ({@link runsBounds}) signals. This makes exact the
 * "too few or too many runs" rule of the IHI run-chart rules, whose table (Perla, Provost &
 * Murray 2011, after Swed & Eisenhart 1943) it follows closely. Like `crossings` the finding
 * belongs to the whole part, has no side and flags no single point.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const ys = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : 9));
 * compute({ chart: "run", data: ys.map((y) => ({ y })), rules: "ihi" }).findings.map((f) => f.rule);
 * // ["number-of-runs"]: 20 runs, more than the 15 random variation gives
 * ```
 */
export const numberOfRuns: RuleDetector<"number-of-runs"> = {
  id: "number-of-runs",
  params: [],
  sided: false,
  sequential: true,
  detect(ctx) {
    const runs = ctx.runs;
    if (!runs) return;
    const bounds = runsBounds(runs.nUseful);
    if (!bounds) return;
    const r = runs.crossings + 1;
    if (r < bounds.fewest) ctx.emit({ rule: "number-of-runs", side: null, first: 0, last: ctx.size - 1, points: [], count: r, limit: bounds.fewest });
    else if (r > bounds.most) ctx.emit({ rule: "number-of-runs", side: null, first: 0, last: ctx.size - 1, points: [], count: r, limit: bounds.most });
  },
};
