import { sumFinite } from "../stats/mean.js";
import { clampLine, limitsAround, mapOneSigma, selectWhere, type ChartFunction, type LimitLines, type PartFrame } from "./part-frame.js";

const toUnit = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : v);
import { laneySigmaZ } from "./laney.js";
import { standardisedLines } from "./standardised.js";

/** The pooled proportion Σy / Σn over the baseline, and each subgroup's binomial sigma. */
function binomial(frame: PartFrame): { cl: number; sigma: Float64Array } {
  const cl = frame.givenCl ?? sumFinite(selectWhere(frame.ySum, frame.base)) / sumFinite(selectWhere(frame.n, frame.base));
  const sigma = frame.n.map((n) => Math.sqrt((cl * (1 - cl)) / n));
  return { cl, sigma };
}

/** Proportions live in [0, 1]: limits beyond are clamped (finite values only, as qicharts2). */
function clampToUnit(lines: LimitLines): LimitLines {
  return {
    lcl: clampLine(lines.lcl, 0, 1),
    ucl: clampLine(lines.ucl, 0, 1),
    lcl95: clampLine(lines.lcl95, 0, 1),
    ucl95: clampLine(lines.ucl95, 0, 1),
    oneSigma: mapOneSigma(lines.oneSigma, toUnit),
  };
}

/** P chart: proportion of units with the event; limits cl ± 3·sqrt(cl(1−cl)/nᵢ). With `standardise`, the z-scores (y − cl)/σᵢ ({@link standardisedLines}). */
export const proportionChart: ChartFunction = (frame) => {
  const { cl, sigma } = binomial(frame);
  if (frame.standardise) return standardisedLines(frame.y, cl, sigma);
  return { y: frame.y, cl, ...clampToUnit(limitsAround(cl, sigma)) };
};

/** P′ chart (Laney): the P-chart sigma scaled by sigma_z, for large denominators. */
export const proportionPrimeChart: ChartFunction = (frame) => {
  const { cl, sigma } = binomial(frame);
  const sigmaZ = laneySigmaZ(frame, cl, sigma);
  if (frame.standardise) return standardisedLines(frame.y, cl, sigma.map((s) => s * sigmaZ));
  return { y: frame.y, cl, ...clampToUnit(limitsAround(cl, sigma.map((s) => s * sigmaZ))) };
};
