import { SpcError } from "../errors.js";
import { sumFinite } from "../stats/mean.js";
import type { PartFrame, PartLines } from "./part-frame.js";
import type { BernoulliCusumOptions } from "./chart-options.js";

export type { BernoulliCusumOptions } from "./chart-options.js";

/** qicharts2's defaults. */
export const BCUSUM_DEFAULTS: Omit<BernoulliCusumOptions, "p0"> = { oddsRatio: 2, limit: 3.5, side: "upper" };

/**
 * The risk whose odds are `oddsRatio` times the odds of p (qicharts2's getp).
 *
 * @example
 * ```ts
 * shiftedRisk(0.1, 2); // 0.1818… (odds 1/9 × 2 = 2/9, so risk 2/11)
 * ```
 */
export function shiftedRisk(p: number, oddsRatio: number): number {
  const odds = (p / (1 - p)) * oddsRatio;
  return odds / (1 + odds);
}

/**
 * Bernoulli CUSUM (Neuburger et al. 2017; qicharts2 `bchart`), one row per case with y = 1 for
 * an event and 0 for none. Each case adds its log-likelihood ratio: for the upper CUSUM
 * y·ln(p₁/p₀) + (1 − y)·ln((1 − p₁)/(1 − p₀)) with p₁ the risk at odds ratio `or`; the sum is
 * kept at or above 0 and signals when it reaches the limit h, after which it starts again from
 * 0. The lower CUSUM is the mirror (p₂ at odds ratio 1/or, kept at or below 0, signals at −h).
 * Cases that share an x are one subgroup of k events in m cases, whose score is k·ln(p₁/p₀) +
 * (m − k)·ln((1 − p₁)/(1 − p₀)).
 *
 * The one difference from qicharts2: at a signal, the point shows the sum reached (at or beyond
 * h), so the chart and the `outside-limits` rule see it; qicharts2 draws 0 there with a marker on
 * the limit. The point after a signal starts from 0 in both.
 *
 * @example
 * ```ts
 * // p₀ = 0.1, or = 2: p₁ = 0.1818…; an event adds ln(p₁/p₀) = 0.598, a non-event −0.095.
 * compute({ chart: "bcusum", bcusum: { p0: 0.1 }, data: [1, 1, 0].map((y, i) => ({ x: i + 1, y })) })
 *   .points.map((p) => p.y); // [0.598, 1.196, 1.101] (rounded)
 * ```
 */
export function bernoulliCusumLines(frame: PartFrame, options: BernoulliCusumOptions): PartLines {
  const events = frame.ySum;
  const cases = frame.yLength;
  const p0 = options.p0 ?? baselineRisk(frame);
  const upper = options.side === "upper";
  const p1 = shiftedRisk(p0, upper ? options.oddsRatio : 1 / options.oddsRatio);
  const eventWeight = Math.log(p1 / p0);
  const caseWeight = Math.log((1 - p1) / (1 - p0));
  const h = options.limit;
  const y = new Float64Array(events.length);
  let sum = 0;
  for (let i = 0; i < events.length; i++) {
    const k = events[i] as number;
    const m = cases[i] as number;
    if (!Number.isFinite(k) || !(m > 0)) {
      y[i] = Number.NaN;
      continue;
    }
    const score = k * eventWeight + (m - k) * caseWeight;
    // The upper sum collects evidence of a rise (≥ 0); the lower one of a fall (≤ 0), as −score of the fall.
    const reached = upper ? Math.max(0, sum + score) : Math.min(0, sum - score);
    y[i] = reached;
    // Beyond the limit the sum starts again from 0; exactly on it, qicharts2 keeps it.
    sum = Math.abs(reached) > h ? 0 : reached;
  }
  return {
    y,
    cl: 0,
    lcl: upper ? Number.NaN : -h,
    ucl: upper ? h : Number.NaN,
    lcl95: Number.NaN,
    ucl95: Number.NaN,
    oneSigma: () => ({ lcl1: Number.NaN, ucl1: Number.NaN }),
  };
}

/** The event rate of the baseline cases; refused when it is 0 or 1 (no change in odds can be scored). */
function baselineRisk(frame: PartFrame): number {
  const events: number[] = [];
  const cases: number[] = [];
  for (let i = 0; i < frame.ySum.length; i++) {
    if (!frame.base[i] || !Number.isFinite(frame.ySum[i] as number)) continue;
    events.push(frame.ySum[i] as number);
    cases.push(frame.yLength[i] as number);
  }
  const p0 = sumFinite(events) / sumFinite(cases);
  if (!(p0 > 0 && p0 < 1)) {
    throw new SpcError([
      {
        code: "bcusum_baseline_risk",
        path: ["bcusum", "p0"],
        message: `the baseline's event rate is ${Number.isNaN(p0) ? "undefined (no cases)" : p0}: give bcusum.p0, the expected risk (between 0 and 1)`,
        params: { value: Number.isNaN(p0) ? null : p0 },
      },
    ]);
  }
  return p0;
}
