import { lineAt, type Line, type OneSigmaLines, type PartLines } from "./part-frame.js";

/**
 * A part's lines on the plotted scale: after `multiply`, with the lower lines below the upper
 * ones. The one place `multiply` is applied to lines, so that the points, the sigma signals and
 * the rules agree (with a negative `multiply` the raw upper limit becomes the lower one).
 */
export interface ScaledLines {
  /** The plotted values × multiply (the chart's own array when multiply is 1). */
  y: Float64Array;
  /** Centre line × multiply (one per subgroup when it varies, as on an NP chart with varying n). */
  cl: Line;
  /** The lower and upper 3- and 2-sigma lines × multiply; NaN where undefined. */
  lcl: Line;
  ucl: Line;
  lcl95: Line;
  ucl95: Line;
  /** The 1-sigma lines × multiply, made on first use (only the zone rules need them). */
  oneSigma: () => OneSigmaLines;
  /** 1, or −1 when a negative multiply turns the chart upside down. */
  orientation: 1 | -1;
}

/**
 * Scales a part's lines by `multiply`.
 *
 * @example
 * ```ts
 * const scaled = scaleLines({ y: Float64Array.of(1, 2), cl: 1.5, lcl: 0, ucl: 3, lcl95: 0.5, ucl95: 2.5 }, -2);
 * [scaled.lcl, scaled.ucl]; // [-6, -0]: the raw upper limit is the lower one now
 * ```
 */
export function scaleLines(lines: PartLines, multiply: number): ScaledLines {
  const m = multiply;
  const y = m === 1 ? lines.y : lines.y.map((v) => v * m);
  const upper = scaleLine(lines.ucl, m);
  const lower = scaleLine(lines.lcl, m);
  const upper95 = scaleLine(lines.ucl95, m);
  const lower95 = scaleLine(lines.lcl95, m);
  const flipped = m < 0;
  let one: OneSigmaLines | null = null;
  // The chart's own 1-sigma lines, else 2·l2 − l3, which is exact for every chart whose lines are cl ± k·sigma.
  const oneSigma = () => {
    if (one) return one;
    const raw = lines.oneSigma?.() ?? { lcl1: combine(lines.lcl95, lines.lcl), ucl1: combine(lines.ucl95, lines.ucl) };
    const lcl1 = scaleLine(raw.lcl1, m);
    const ucl1 = scaleLine(raw.ucl1, m);
    one = flipped ? { lcl1: ucl1, ucl1: lcl1 } : { lcl1, ucl1 };
    return one;
  };
  return {
    y,
    cl: typeof lines.cl === "number" ? lines.cl * m : scaleLine(lines.cl, m),
    lcl: flipped ? upper : lower,
    ucl: flipped ? lower : upper,
    lcl95: flipped ? upper95 : lower95,
    ucl95: flipped ? lower95 : upper95,
    oneSigma,
    orientation: flipped ? -1 : 1,
  };
}

/**
 * A line × m; non-finite values become NaN (undefined), as the points show them. With m = 1 an
 * array line is used as it is (an infinite limit is never crossed), which saves a copy.
 */
function scaleLine(line: Line, m: number): Line {
  if (typeof line === "number") {
    const v = line * m;
    return Number.isFinite(v) ? v : Number.NaN;
  }
  if (m === 1) return line;
  const out = new Float64Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const v = (line[i] as number) * m;
    out[i] = Number.isFinite(v) ? v : Number.NaN;
  }
  return out;
}

/** 2·a − b, for lines. */
function combine(a: Line, b: Line): Line {
  if (typeof a === "number" && typeof b === "number") return 2 * a - b;
  const n = typeof a === "number" ? (b as Float64Array).length : a.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = 2 * lineAt(a, i) - lineAt(b, i);
  return out;
}
