/**
 * Rebaseline suggestions: where a new part (with its own centre line and limits) could start
 * after a sustained shift. Suggestions only: nothing is applied to the chart.
 *
 * @module
 */
import type { ChartResult, Point, XValue } from "../types.js";
import { writeNumber } from "../locale/number.js";
import { XFormatter } from "./locale.js";
import type { Finding, RuleId, Texts } from "./types.js";

/** A place where a new part could start, and why. */
export interface BreakSuggestion {
  facet: string | null;
  /** The part that would be split. */
  part: number;
  /** The value to add to the spec's `breaks`: the new part starts after this 1-based position. */
  after: number;
  /** The first subgroup of the new part. */
  x: XValue;
  /** Subgroups the new part would have. */
  size: number;
  /** The finding that supports the break (index into `result.findings`), and its rule. */
  finding: number;
  rule: RuleId;
  /** Share of the points from the start of the run to the end of the part that lie on the run's side (points on the centre line left out). */
  share: number;
  /** Why, in both languages. */
  reason: Texts;
}

/** Options of {@link suggestBreaks}. */
export interface SuggestBreaksOptions {
  /** The least share of points on the run's side, from the run's start to the part's end, for the shift to count as sustained (default 0.8). */
  minShare?: number;
}

/** Rules whose findings are a shift of level that may call for a new baseline. */
const SHIFT_RULES: readonly RuleId[] = ["shift", "longest-run"];

/**
 * Proposes where a new part could start after a sustained shift. For each part, the earliest
 * `shift` or `longest-run` finding (a run on one side of the centre line) whose run starts after
 * the part's first point, marks a change of level (before it, more than half of the part's
 * points lay on the other side) and is *sustained*: from the run's first point to the part's
 * last, at least `minShare` (80 %) of the points lie on the run's side. Points count when they
 * have a value, are included and are off the centre line. The new part would start at the run's
 * first point. One suggestion
 * per part, since the analysis must be redone after each break. Never applied silently: add
 * `after` to the spec's `breaks` (they apply to every facet) and compute again.
 *
 * @param result - What `compute()` returned.
 * @param options - `minShare`.
 * @returns The suggestions, in the order of the parts.
 *
 * @example
 * ```ts
 * import { compute, type ChartSpec } from "spc-charts";
 * import { suggestBreaks } from "spc-charts/rules";
 * const ys = [5, 6, 4, 5, 6, 5, 4, 6, 5, 5, 9, 10, 9, 11, 10, 9, 10, 11, 9, 10];
 * const spec: ChartSpec = { chart: "i", data: ys.map((y) => ({ y })), rules: [{ rule: "shift", n: 8 }] };
 * const [s] = suggestBreaks(compute(spec)); // { after: 10, x: 11, size: 10, rule: "shift", … }
 * compute({ ...spec, breaks: [s.after] }); // a new part from point 11
 * ```
 */
export function suggestBreaks(result: ChartResult, options: SuggestBreaksOptions = {}): BreakSuggestion[] {
  const minShare = options.minShare ?? 0.8;
  const out: BreakSuggestion[] = [];
  // Points of each facet, by position, without copying.
  const facetStart = new Map<string | null, number>();
  result.points.forEach((p, i) => {
    if (!facetStart.has(p.facet)) facetStart.set(p.facet, i);
  });
  const formatters = new Map<string | null, XFormatter>();
  const pointAt = (facet: string | null, position: number): Point | undefined => result.points[(facetStart.get(facet) ?? 0) + position - 1];
  const formatter = (facet: string | null) => {
    let xf = formatters.get(facet);
    if (!xf) {
      const from = facetStart.get(facet) ?? 0;
      const xs: XValue[] = [];
      for (let i = from; i < result.points.length && result.points[i]!.facet === facet; i++) xs.push(result.points[i]!.x);
      xf = new XFormatter(xs, result.xType);
      formatters.set(facet, xf);
    }
    return xf;
  };

  const byPart = new Map<string, { f: Finding; index: number }[]>();
  result.findings.forEach((f, index) => {
    if (!SHIFT_RULES.includes(f.rule) || f.side === null) return;
    const key = `${f.facet}\u0000${f.part}`;
    const list = byPart.get(key) ?? [];
    list.push({ f, index });
    byPart.set(key, list);
  });

  for (const part of result.parts) {
    const candidates = (byPart.get(`${part.facet}\u0000${part.part}`) ?? []).sort((a, b) => a.f.first - b.f.first);
    for (const { f, index } of candidates) {
      if (f.first <= part.first) continue;
      const at = (position: number) => pointAt(part.facet, position);
      const share = sideShare(f.side === "high", f.first, part.last, at);
      if (share === null || share < minShare) continue;
      // A change of level: before the run, most points lay on the other side (else the run is a return).
      const before = sideShare(f.side !== "high", part.first, f.first - 1, at);
      if (before !== null && before <= 0.5) continue;
      const start = pointAt(part.facet, f.first)!;
      const size = part.last - f.first + 1;
      const xf = formatter(part.facet);
      const where = { nb: xf.at(f.first - 1, "nb"), en: xf.at(f.first - 1, "en") };
      const percent = { nb: writeNumber(100 * share, "nb", 0), en: writeNumber(100 * share, "en", 0) };
      const high = f.side === "high";
      const short = size < 12;
      out.push({
        facet: part.facet,
        part: part.part,
        after: f.first - 1,
        x: start.x,
        size,
        finding: index,
        rule: f.rule,
        share,
        reason: {
          nb: `En ny del kan starte ved ${where.nb}: ${f.count} punkter på rad ligger ${high ? "over" : "under"} midtlinjen derfra, og ${percent.nb} % av punktene etter det ligger på samme side. Sett en ny midtlinje bare hvis endringen har en kjent årsak og skal vare.${short ? ` Den nye delen får bare ${size} punkter, så grensene blir foreløpige.` : ""}`,
          en: `A new part could start at ${where.en}: ${f.count} points in a row lie ${high ? "above" : "below"} the centre line from there, and ${percent.en}% of the points after it lie on the same side. Set a new centre line only if the change has a known cause and is meant to last.${short ? ` The new part would have only ${size} points, so its limits would be trial limits.` : ""}`,
        },
      });
      break;
    }
  }
  return out;
}

/** Share of the usable off-line points at positions first..last that lie above (or below) the centre line; `null` if none. */
function sideShare(above: boolean, first: number, last: number, pointAt: (position: number) => Point | undefined): number | null {
  let same = 0;
  let counted = 0;
  for (let position = first; position <= last; position++) {
    const p = pointAt(position);
    if (!p || p.y === null || p.excluded || p.cl === null || p.y === p.cl) continue;
    counted++;
    if (p.y > p.cl === above) same++;
  }
  return counted === 0 ? null : same / counted;
}
