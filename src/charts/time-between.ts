import { individualsLines } from "./individuals.js";
import { mapLine, mapOneSigma, type ChartFunction } from "./part-frame.js";

/** Nelson's transformation makes times between rare events (exponential) close to normal. */
const EXPONENT = 3.6;

/**
 * T chart (time between events): an I chart of y^(1/3.6), with every line transformed back.
 * A lower limit that comes out negative or undefined is set to 0; the 2-sigma lower line is not
 * (it stays undefined), and y itself makes the round trip, as in qicharts2.
 */
export const timeBetweenChart: ChartFunction = (frame) => {
  const transformed = frame.y.map((v) => Math.pow(v, 1 / EXPONENT));
  const lines = individualsLines(transformed, frame.base, frame.givenCl, frame.screen);
  const back = (v: number) => Math.pow(v, EXPONENT);
  const lcl = mapLine(lines.lcl, (v) => {
    const b = back(v);
    return b < 0 || Number.isNaN(b) ? 0 : b;
  });
  return {
    y: transformed.map(back),
    cl: mapLine(lines.cl, back),
    lcl,
    ucl: mapLine(lines.ucl, back),
    lcl95: mapLine(lines.lcl95, back),
    ucl95: mapLine(lines.ucl95, back),
    ...(lines.oneSigma ? { oneSigma: mapOneSigma(lines.oneSigma, back) } : {}),
  };
};
