import { sumFinite } from "../stats/mean.js";
import { clampLine, limitsAround, mapOneSigma, selectWhere, type ChartFunction, type LimitLines, type PartFrame } from "./part-frame.js";

const atLeastZero = (v: number) => (Number.isFinite(v) ? Math.max(0, v) : v);
import { laneySigmaZ } from "./laney.js";
import { standardisedLines } from "./standardised.js";

/** The pooled rate Σy / Σn over the baseline, and each subgroup's Poisson sigma. */
function poisson(frame: PartFrame): { cl: number; sigma: Float64Array } {
  const cl = frame.givenCl ?? sumFinite(selectWhere(frame.ySum, frame.base)) / sumFinite(selectWhere(frame.n, frame.base));
  const sigma = frame.n.map((n) => Math.sqrt(cl / n));
  return { cl, sigma };
}

/** Rates cannot be negative: lower limits are clamped at 0 (finite values only, as qicharts2). */
function clampLower(lines: LimitLines): LimitLines {
  return { ...lines, lcl: clampLine(lines.lcl, 0, Infinity), lcl95: clampLine(lines.lcl95, 0, Infinity), oneSigma: mapOneSigma(lines.oneSigma, atLeastZero, (v) => v) };
}

/** U chart: events per unit of exposure; limits cl ± 3·sqrt(cl/nᵢ). */
export const rateChart: ChartFunction = (frame) => {
  const { cl, sigma } = poisson(frame);
  if (frame.standardise) return standardisedLines(frame.y, cl, sigma);
  return { y: frame.y, cl, ...clampLower(limitsAround(cl, sigma)) };
};

/** U′ chart (Laney): the U-chart sigma scaled by sigma_z, for large denominators. */
export const ratePrimeChart: ChartFunction = (frame) => {
  const { cl, sigma } = poisson(frame);
  const sigmaZ = laneySigmaZ(frame, cl, sigma);
  if (frame.standardise) return standardisedLines(frame.y, cl, sigma.map((s) => s * sigmaZ));
  return { y: frame.y, cl, ...clampLower(limitsAround(cl, sigma.map((s) => s * sigmaZ))) };
};
