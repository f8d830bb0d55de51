import { SpcError } from "../errors.js";
import { sumFinite } from "../stats/mean.js";
import { selectWhere, linesFromBand, type ChartFunction, type Line } from "./part-frame.js";

/**
 * NP chart: the number of units with the event in each subgroup (not the proportion), for
 * subgroups of the same or nearly the same size n. With p̄ = Σy / Σn over the baseline, the centre
 * line is nᵢ·p̄ and the limits nᵢ·p̄ ± 3·sqrt(nᵢ·p̄·(1 − p̄)), kept within [0, nᵢ] (Montgomery
 * 7.2; qcc's `np`). When n varies, the centre line and limits vary with it, as in qcc; a P chart
 * is then easier to read. Every line is the P chart's line × nᵢ.
 *
 * A given `cl` is the expected count n·p; it needs one n for the whole part (else p would differ
 * by subgroup), and the chart refuses a `cl` when n varies.
 *
 * @example
 * ```ts
 * // 4 subgroups of 50 with 2, 4, 3 and 5 defectives: p̄ = 14/200 = 0.07, cl = 3.5
 * compute({ chart: "np", data: [2, 4, 3, 5].map((y, i) => ({ x: i + 1, y, n: 50 })) }).points[0].ucl;
 * // 3.5 + 3·sqrt(50·0.07·0.93) = 8.912…
 * ```
 */
export const numberDefectiveChart: ChartFunction = (frame) => {
  const n = frame.n;
  const constantN = n.every((v) => v === n[0]);
  let p: number;
  // nᵢ·Σy / Σn rather than nᵢ·p̄: with whole counts the product is exact, so a subgroup whose
  // share equals p̄ lies exactly on the centre line (as on the P chart), not a rounding off it.
  let centre = (m: number) => m * p;
  if (frame.givenCl !== undefined) {
    if (!constantN) {
      throw new SpcError([
        {
          code: "np_cl_needs_constant_n",
          path: ["cl"],
          message: "a known centre line on an NP chart is a count n·p, so every subgroup needs the same n; use a P chart with cl as a proportion",
        },
      ]);
    }
    p = frame.givenCl / (n[0] as number);
  } else {
    const events = sumFinite(selectWhere(frame.ySum, frame.base));
    const units = sumFinite(selectWhere(n, frame.base));
    p = events / units;
    centre = (m: number) => (m * events) / units;
  }
  // One number for the part when n is constant, else one value per subgroup.
  const line = (v: (size: number) => number): Line => (constantN ? v(n[0] as number) : n.map(v));
  const sd = (m: number) => Math.sqrt(m * p * (1 - p));
  const within = (v: number, m: number) => (Number.isFinite(v) ? Math.min(m, Math.max(0, v)) : v);
  const band = (k: number) => ({
    lower: line((m) => within(centre(m) - k * sd(m), m)),
    upper: line((m) => within(centre(m) + k * sd(m), m)),
  });
  return {
    y: frame.ySum,
    cl: frame.givenCl ?? line(centre),
    ...linesFromBand(band),
  };
};
