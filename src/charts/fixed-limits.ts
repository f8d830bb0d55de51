import { lineAt, type Line, type PartLines } from "./part-frame.js";

/**
 * A part's lines with control limits the user already has (from an earlier period, qcc's
 * `limits`): the given lcl and ucl replace the computed ones (a side not given keeps its computed
 * limit), and the 2- and 1-sigma lines sit at 2/3 and 1/3 of the way from the centre line to
 * each limit, as they do for any cl ± k·sigma chart. A given limit on the wrong side of the
 * centre line leaves that side's inner lines undefined rather than drawing them crossed.
 *
 * @example
 * ```ts
 * const lines = withFixedLimits({ y: Float64Array.of(4, 6), cl: 5, lcl: 3, ucl: 7, lcl95: 3.7, ucl95: 6.3 }, { lcl: 2, ucl: 8 });
 * [lines.lcl, lines.ucl95]; // [2, 7]
 * ```
 */
export function withFixedLimits(lines: PartLines, limits: { lcl?: number | undefined; ucl?: number | undefined }): PartLines {
  const { cl } = lines;
  const lower = limits.lcl;
  const upper = limits.ucl;
  const lcl = lower ?? lines.lcl;
  const ucl = upper ?? lines.ucl;
  const inner = (limit: Line, fraction: number, below: boolean) => between(cl, limit, fraction, below);
  return {
    y: lines.y,
    cl,
    lcl,
    ucl,
    lcl95: lower === undefined ? lines.lcl95 : inner(lower, 2 / 3, true),
    ucl95: upper === undefined ? lines.ucl95 : inner(upper, 2 / 3, false),
    oneSigma: () => {
      const computed = lines.oneSigma?.();
      return {
        lcl1: lower === undefined ? (computed?.lcl1 ?? inner(lines.lcl, 1 / 3, true)) : inner(lower, 1 / 3, true),
        ucl1: upper === undefined ? (computed?.ucl1 ?? inner(lines.ucl, 1 / 3, false)) : inner(upper, 1 / 3, false),
      };
    },
    ...(lines.n ? { n: lines.n } : {}),
  };
}

/** cl + fraction·(limit − cl) at each subgroup; NaN where the limit is not on its side of cl. */
function between(cl: Line, limit: Line, fraction: number, below: boolean): Line {
  const at = (c: number, l: number) => ((below ? l <= c : l >= c) ? c + fraction * (l - c) : Number.NaN);
  if (typeof cl === "number" && typeof limit === "number") return at(cl, limit);
  const size = typeof cl === "number" ? (limit as Float64Array).length : cl.length;
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = at(lineAt(cl, i), lineAt(limit, i));
  return out;
}
