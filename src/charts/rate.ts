import { sumFinite } from "../stats/mean.js";
import { clampLine, limitsAround, selectWhere, type ChartFunction, type PartFrame, type PartLines } from "./part-frame.js";
import { laneySigmaZ } from "./laney.js";

/** The pooled rate Σy / Σn over the baseline, and each subgroup's Poisson sigma. */
function poisson(frame: PartFrame): { cl: number; sigma: Float64Array } {
  const cl = frame.givenCl ?? sumFinite(selectWhere(frame.ySum, frame.base)) / sumFinite(selectWhere(frame.n, frame.base));
  const sigma = frame.n.map((n) => Math.sqrt(cl / n));
  return { cl, sigma };
}

/** Rates cannot be negative: lower limits are clamped at 0 (finite values only, as qicharts2). */
function clampLower(lines: Pick<PartLines, "lcl" | "ucl" | "lcl95" | "ucl95">) {
  return { ...lines, lcl: clampLine(lines.lcl, 0, Infinity), lcl95: clampLine(lines.lcl95, 0, Infinity) };
}

/** U chart: events per unit of exposure; limits cl ± 3·sqrt(cl/nᵢ). */
export const rateChart: ChartFunction = (frame) => {
  const { cl, sigma } = poisson(frame);
  return { y: frame.y, cl, ...clampLower(limitsAround(cl, sigma)) };
};

/** U′ chart (Laney): the U-chart sigma scaled by sigma_z, for large denominators. */
export const ratePrimeChart: ChartFunction = (frame) => {
  const { cl, sigma } = poisson(frame);
  const sigmaZ = laneySigmaZ(frame, cl, sigma);
  return { y: frame.y, cl, ...clampLower(limitsAround(cl, sigma.map((s) => s * sigmaZ))) };
};
