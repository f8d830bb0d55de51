import { sumFinite } from "../stats/mean.js";
import { averageMovingRange } from "../stats/moving-range.js";
import { limitsAround, selectWhere, type ChartFunction } from "./part-frame.js";

/** Upper bound for the scaled moving ranges s, as qicharts2 uses it (3.2665, not 3.267). */
const SCREEN_FACTOR = 3.2665;

/**
 * I′ chart (Laney-style individuals chart for rates with varying denominators): centre line the
 * n-weighted mean; sigma from the scaled moving ranges sᵢ = sqrt(π/2)·|yᵢ − yᵢ₋₁| / sqrt(1/nᵢ₋₁ + 1/nᵢ)
 * over all subgroups of the part, then σᵢ = mean(s)·sqrt(1/nᵢ). Without denominators, n is the
 * number of observations in the subgroup.
 */
export const individualsPrimeChart: ChartFunction = (frame) => {
  const n = frame.n.every((v) => Number.isNaN(v)) ? frame.yLength : frame.n;
  const baseY = selectWhere(frame.y, frame.base);
  const baseN = selectWhere(n, frame.base);
  const cl = frame.givenCl ?? sumFinite(baseY.map((v, i) => v * (baseN[i] as number))) / sumFinite(baseN);
  const y = frame.y;
  const s = new Float64Array(Math.max(y.length - 1, 0));
  for (let i = 1; i < y.length; i++) {
    const d1 = Math.abs((y[i] as number) - (y[i - 1] as number));
    const d2 = Math.sqrt(1 / (n[i - 1] as number) + 1 / (n[i] as number));
    s[i - 1] = (Math.sqrt(Math.PI / 2) * d1) / d2;
  }
  const meanS = averageMovingRange(s, frame.screen, SCREEN_FACTOR);
  return { y, cl, n, ...limitsAround(cl, n.map((k) => meanS * Math.sqrt(1 / k))) };
};
