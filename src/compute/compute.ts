import { SpcError } from "../errors.js";
import { largest } from "../extremes.js";
import type { PartFrame } from "../charts/part-frame.js";
import { scaleLines } from "../charts/scaled-lines.js";
import { withFixedLimits } from "../charts/fixed-limits.js";
import { funnelCurve } from "../charts/funnel.js";
import { paretoOrder } from "../charts/pareto.js";
import { newPoint } from "./point.js";
import { NO_SIGNALS, type Finding, type Variation } from "../rules/types.js";
import { analyseRuns } from "../runs/analysis.js";
import { normaliseSeries, type FacetSeries } from "../chart-spec/normalise.js";
import { validateSpec, type ValidSpec } from "../chart-spec/validate.js";
import { IssueList } from "../chart-spec/issues.js";
import { correctlyRoundedMean } from "../stats/exact-mean.js";
import { collectWarnings, type PartValues } from "./warnings.js";
import { CONVENTIONS } from "../rules/conventions.js";
import { runPartRules, type RulesSetup } from "../rules/engine.js";
import { falseAlarmProbability } from "../runs/false-alarm-probability.js";
import { facetIcons } from "../rules/variation.js";
import type { ChartResult, ChartSpec, FunnelCurve, Part, Point } from "../types.js";

/**
 * Computes a chart: centre line, 3- and 2-sigma limits, and the runs and sigma signals of every
 * subgroup, exactly as qicharts2 0.8.1 does (or as NHSRplotthedots 0.2.2 does, with
 * `convention: "mdc"`); then runs the signal rules, so that every point has its `signals` and
 * `variation`, every facet its `icons`, and the result the explained `findings`. Pure: the spec
 * is not modified, and the result is plain JSON (undefined numbers are `null`).
 *
 * @throws {SpcError} when the spec cannot be computed; its `issues` name each row and field.
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * const result = compute({
 *   chart: "p",
 *   data: [
 *     { x: "2024-01-01", y: 12, n: 80 },
 *     { x: "2024-02-01", y: 9, n: 75 },
 *     { x: "2024-03-01", y: 15, n: 82 },
 *   ],
 *   multiply: 100,
 * });
 * result.points[0].cl; // 15.19 (per cent: 36 of 237)
 * ```
 */
export function compute(spec: ChartSpec): ChartResult {
  const valid = validateSpec(spec);
  const series = normaliseSeries(valid);
  checkPositions(valid, series.facets);

  const convention = CONVENTIONS[valid.convention];
  // As qicharts2: freeze is ignored when parts are given. As Making Data Count, or with the
  // opt-in freezeEachPart: it counts within each part.
  const freezePerPart = convention.freeze === "per-part" || valid.freezeEachPart !== undefined;
  const freeze = valid.freezeEachPart ?? (series.partsGiven && !freezePerPart ? Infinity : (valid.freeze ?? Infinity));
  const excluded = new Set(valid.exclude);
  // Every subgroup is one point: the array is made at its final size rather than grown by copying.
  const total = series.facets.reduce((sum, f) => sum + f.size, 0);
  const out: ChartOutput = { points: new Array(total), valueless: new Uint8Array(total), filled: 0, parts: [], values: [], curves: [] };
  // A funnel's or Pareto chart's rows are units, not a sequence, even when their labels are numbers.
  const categorical = series.xType === "category" || valid.kind.units;
  const rules: RuleState = {
    setup: { rules: valid.rules, direction: valid.direction, missing: convention.missing, flagPoints: valid.flagPoints },
    findings: [],
    freezePerPart,
  };

  for (const [k, facet] of series.facets.entries()) {
    const facetParts = series.facetParts[k]!;
    const cuts = partStarts(facetParts.breaks, facet.size);
    let start = 0;
    for (let part = 1; start < facet.size; part++) {
      const end = part <= cuts.length ? cuts[part - 1]! : facet.size;
      computePart({ spec: valid, facet, start, end, part, freeze, excluded, categorical, partLabels: facetParts.labels, rules }, out);
      start = end;
    }
  }

  const { points, parts } = out;
  // A CUSUM's lower limit −h bounds a sum of evidence, not a measurement that cannot go below 0.
  const clamped = !valid.yNeg && valid.chart !== "bcusum" && clampNegativeLowerLimits(points);
  summariseLimits(parts, points, out.values, clamped);
  const facets = series.facets.map((f) => f.facet);
  const warnings = collectWarnings(valid, series, parts, out.values, out.valueless);
  if (valid.chart === "pareto") paretoOrder(points);
  return {
    chart: valid.chart,
    xType: series.xType,
    facets,
    points,
    parts,
    warnings,
    multiply: valid.multiply,
    title: valid.title ?? null,
    yLabel: valid.yLabel ?? null,
    xLabel: valid.xLabel ?? null,
    target: valid.target ?? null,
    lines: valid.lines,
    convention: valid.convention,
    direction: valid.direction,
    ruleSet: valid.ruleSet,
    rules: valid.rules,
    findings: rules.findings,
    icons: facetIcons(points, facets, valid.direction, valid.target ?? null, valid.kind.hasLimits),
    ...(valid.standardise ? { standardised: true as const } : {}),
    // A given cl overrides the median (median-individuals.ts): then the line is not the median.
    ...(valid.centre === "median" && valid.cl === undefined ? { centre: "median" as const } : {}),
    ...(valid.chart === "funnel" ? { funnel: out.curves } : {}),
  };
}

/** What the parts of one chart share for the rules. */
interface RuleState {
  setup: RulesSetup;
  /** Every finding so far (their indices are global). */
  findings: Finding[];
  freezePerPart: boolean;
}

/**
 * Where each part after the first starts (0-based, ascending, each once): the break positions
 * within the facet. Part p + 1 runs from the p-th start to the next; a list rather than a part
 * number per subgroup, which cost a typed array and a pass over every point.
 */
function partStarts(breaks: number[], size: number): number[] {
  if (breaks.length === 0) return breaks;
  return [...new Set(breaks)].filter((b) => b > 0 && b < size).sort((a, b) => a - b);
}

/** Positions in breaks, freeze and exclude count subgroups within a facet: they must exist. */
function checkPositions(spec: ValidSpec, facets: FacetSeries[]): void {
  const longest = largest(facets.map((f) => f.size), 0);
  const issues = new IssueList();
  const where = `the longest series has ${longest} subgroup${longest === 1 ? "" : "s"}`;
  const checkBreaks = (breaks: number[], path: (string | number)[], size: number, within: string) =>
    breaks.forEach((b, i) => {
      if (b < 1 || b >= size) issues.add([...path, i], "position_out_of_range", `${b} is not a position after which a new part can start (${within})`, { value: b, longest: size, kind: "break" });
    });
  if (Array.isArray(spec.breaks)) checkBreaks(spec.breaks, ["breaks"], longest, where);
  else if (spec.breaks !== undefined) {
    for (const [label, list] of Object.entries(spec.breaks)) {
      const facet = facets.find((f) => f.facet === label);
      if (!facet) {
        const known = facets.flatMap((f) => (f.facet === null ? [] : [JSON.stringify(f.facet)]));
        issues.add(["breaks", label], "unknown_facet", `${JSON.stringify(label)} is not a facet of the data (${known.length > 0 ? `the facets are ${known.join(", ")}` : "the rows have no facet"})`, { value: label });
      } else checkBreaks(list, ["breaks", label], facet.size, `facet ${JSON.stringify(label)} has ${facet.size} subgroup${facet.size === 1 ? "" : "s"}`);
    }
  }
  if (spec.freezeEachPart !== undefined && spec.freezeEachPart < 1) {
    issues.add(["freezeEachPart"], "position_out_of_range", `${spec.freezeEachPart} is outside the series (${where})`, { value: spec.freezeEachPart, longest, kind: "outside" });
  }
  // Making Data Count fixes the limits after N points of each part; more points than a part has is no error there.
  if (spec.freeze !== undefined && (spec.freeze < 1 || (spec.freeze > longest && CONVENTIONS[spec.convention].freeze !== "per-part"))) {
    issues.add(["freeze"], "position_out_of_range", `${spec.freeze} is outside the series (${where})`, { value: spec.freeze, longest, kind: "outside" });
  }
  spec.exclude.forEach((e, i) => {
    if (e < 1 || e > longest) issues.add(["exclude", i], "position_out_of_range", `${e} is outside the series (${where})`, { value: e, longest, kind: "outside" });
  });
  if (issues.items.length > 0) throw new SpcError(issues.all());
}

/** One part of one facet to compute. */
interface PartJob {
  spec: ValidSpec;
  facet: FacetSeries;
  /** The part's subgroups within the facet: [start, end), 0-based. */
  start: number;
  end: number;
  /** 1-based part number. */
  part: number;
  /** Subgroups in the baseline, counted from the facet's (qicharts2) or the part's (mdc) start. */
  freeze: number;
  /** 1-based positions left out of the calculations. */
  excluded: Set<number>;
  categorical: boolean;
  partLabels: string[] | null;
  rules: RuleState;
}

/** What compute() collects over the parts: one entry in `parts` and `values` per part. */
interface ChartOutput {
  points: Point[];
  /**
   * 1 where a point has no value (y null), in the order of `points`: the warnings read this
   * rather than every point again (a tenth of an I chart of 10^5 points went to those reads).
   */
  valueless: Uint8Array;
  /** How many of `points` are made so far. */
  filled: number;
  parts: Part[];
  values: PartValues[];
  /** A funnel plot's limit curves, one per facet. */
  curves: FunnelCurve[];
}

/** Computes one part's lines, runs and rules, and appends its points and summary to `out`. */
function computePart(job: PartJob, out: ChartOutput): void {
  const { spec, facet, start, end, freeze, rules } = job;
  const partNumber = job.part;
  const size = end - start;
  // One buffer for both masks: a typed array's buffer is a large part of a small chart's time.
  const masks = new Uint8Array(2 * size);
  const base = masks.subarray(0, size);
  const include = masks.subarray(size);
  // The baseline: the first `freeze` subgroups of the facet (qicharts2) or of the part (mdc).
  const baselineEnd = rules.freezePerPart ? Math.min(size, freeze) : Math.max(0, Math.min(size, freeze - start));
  const excluded = job.excluded;
  const anyExcluded = excluded.size > 0;
  for (let i = 0; i < size; i++) {
    const kept = anyExcluded && excluded.has(start + i + 1) ? 0 : 1;
    include[i] = kept;
    base[i] = kept && i < baselineEnd ? 1 : 0;
  }
  // A part that is the whole facet (the common case) reads the facet's columns themselves: seven
  // views a part are seven objects of garbage in every small chart.
  const whole = start === 0 && end === facet.size;
  const frame: PartFrame = {
    y: whole ? facet.y : facet.y.subarray(start, end),
    n: whole ? facet.n : facet.n.subarray(start, end),
    ySum: whole ? facet.ySum : facet.ySum.subarray(start, end),
    yLength: whole ? facet.yLength : facet.yLength.subarray(start, end),
    yMean: whole ? facet.yMean : facet.yMean.subarray(start, end),
    ySd: whole ? facet.ySd : facet.ySd.subarray(start, end),
    yRange: whole ? facet.yRange : facet.yRange.subarray(start, end),
    base,
    hasN: spec.rows.n !== null,
    categorical: job.categorical,
    givenCl: spec.cl,
    givenSigma: spec.sigma,
    centre: spec.centre,
    sigmaFrom: spec.sigmaFrom,
    standardise: spec.standardise,
    screen: spec.screenMovingRanges,
    convention: spec.convention,
    ewma: spec.ewma,
    bcusum: spec.bcusum,
    funnel: spec.funnel,
  };
  if (spec.kind.positive) checkPositiveSubgroups(frame.y, facet, start);
  const computed = spec.kind.compute(frame);
  const lines = spec.limits ? withFixedLimits(computed, spec.limits) : computed;
  const scaled = scaleLines(lines, spec.multiply);
  if (lines.limitsAt) out.curves.push(funnelCurve(facet.facet, lines.limitsAt, frame.n, spec.multiply, spec.funnel));
  const runs = analyseRuns(lines.y, lines.cl, include, spec.method);
  // qicharts2 reports the runs statistics for MR charts and categorical x but never signals on them.
  // Nor on EWMA and CUSUM charts, whose points each carry the earlier ones (not independent).
  const ordered = !job.categorical && spec.chart !== "mr" && !spec.kind.cumulative;
  const runsSignal = runs.signal && ordered;
  const ruled = runPartRules(
    rules.setup,
    {
      facet: facet.facet,
      part: partNumber,
      offset: start,
      lines,
      scaled,
      include,
      runs: ordered ? runs : null,
      sequential: ordered,
      x: facet.x,
    },
    rules.findings,
  );

  // A constant line is one shared number for every point of the part rather than one per point.
  const clLine = scaled.cl;
  const cl = typeof clLine === "number" ? finiteOrNull(clLine) : meanOfFinite(clLine);
  const { lcl: lclLine, ucl: uclLine, lcl95: lcl95Line, ucl95: ucl95Line } = scaled;
  const lclShared = typeof lclLine === "number" ? finiteOrNull(lclLine) : null;
  const uclShared = typeof uclLine === "number" ? finiteOrNull(uclLine) : null;
  const lcl95Shared = typeof lcl95Line === "number" ? finiteOrNull(lcl95Line) : null;
  const ucl95Shared = typeof ucl95Line === "number" ? finiteOrNull(ucl95Line) : null;
  const nOut = lines.n ?? frame.n;
  const yOut = scaled.y;
  const notes = facet.note;
  const facetX = facet.x;
  const rowCount = facet.rowCount;
  const yLength = facet.yLength;
  const facetTarget = facet.target;
  const givenTarget = spec.target ?? null;
  const constantLcl = typeof lclLine === "number";
  const constantUcl = typeof uclLine === "number";
  const points = out.points;
  const valueless = out.valueless;
  let filled = out.filled;
  const values: PartValues = { values: 0, first: null, allEqual: true, anyLimit: false, variableLimits: !constantLcl || !constantUcl };
  let sigmaSignals = 0;
  for (let i = 0; i < size; i++) {
    const at = start + i;
    const y = finiteOrNull(yOut[i] as number);
    const lcl = constantLcl ? lclShared : finiteOrNull(lclLine[i] as number);
    const ucl = constantUcl ? uclShared : finiteOrNull(uclLine[i] as number);
    const n = nOut[i] as number;
    const sigmaSignal = y !== null && ((ucl !== null && y > ucl) || (lcl !== null && y < lcl));
    if (sigmaSignal) sigmaSignals++;
    let signals = NO_SIGNALS;
    let variation: Variation = "common";
    if (ruled !== null) {
      const k = ruled.slot[i]! - 1;
      if (k >= 0) {
        signals = ruled.signals[k]!;
        variation = ruled.variation[k]!;
      }
    }
    // Every field is known before the point is made, so that it is written once: a store into a
    // point after it is made goes through the garbage collector's write barrier (the points are
    // allocated in the old generation), which cost a tenth of a 10^6-point chart.
    points[filled] = newPoint(
      facet.facet,
      facetX[at]!,
      at + 1,
      partNumber,
      y,
      Number.isNaN(n) ? null : n,
      rowCount[at]!,
      // A count is a small integer: `| 0` stores it as one, not as a boxed double in every point.
      yLength[at]! | 0,
      typeof clLine === "number" ? cl : finiteOrNull(clLine[i] as number),
      lcl,
      ucl,
      typeof lcl95Line === "number" ? lcl95Shared : finiteOrNull(lcl95Line[i] as number),
      typeof ucl95Line === "number" ? ucl95Shared : finiteOrNull(ucl95Line[i] as number),
      facetTarget ? (finiteOrNull(facetTarget[at]!) ?? givenTarget) : givenTarget,
      i < baselineEnd,
      !include[i],
      sigmaSignal,
      runsSignal,
      notes === null ? null : (notes[at] ?? null),
      signals,
      variation,
    );
    if (lcl !== null || ucl !== null) values.anyLimit = true;
    if (y !== null) {
      if (values.values === 0) values.first = y;
      else if (y !== values.first) values.allEqual = false;
      values.values++;
    } else valueless[filled] = 1;
    filled++;
  }
  out.filled = filled;
  out.values.push(values);
  out.parts.push({
    facet: facet.facet,
    part: partNumber,
    label: job.partLabels?.[partNumber - 1] ?? null,
    first: start + 1,
    last: end,
    nObs: runs.nObs,
    nUseful: runs.nUseful,
    longestRun: runs.longestRun,
    longestRunMax: runs.longestRunMax,
    crossings: runs.crossings,
    crossingsMin: runs.crossingsMin,
    runsSignal,
    method: runs.method,
    sigmaSignals,
    cl,
    // Constant limits are their own mean; summariseLimits() averages the others.
    meanLcl: lclShared,
    meanUcl: uclShared,
    runsFalseAlarm: falseAlarmProbability(runs.nUseful, runs.method),
  });
}

/** A T chart needs every subgroup's time > 0; an aggregate (e.g. sd) can be 0 even when rows are not. */
function checkPositiveSubgroups(y: Float64Array, facet: FacetSeries, start: number): void {
  for (let i = 0; i < y.length; i++) {
    if ((y[i] as number) <= 0) {
      throw new SpcError([
        {
          code: "time_not_positive",
          path: ["data", facet.firstRow[start + i]!, "y"],
          message: `time between events must be greater than zero (T chart), but the subgroup's value is ${y[i]}`,
          params: { chart: "T chart", value: y[i]!, subgroup: true },
        },
      ]);
    }
  }
}

/** With `yNeg: false` and no negative y anywhere, lower limits below 0 are drawn at 0. Returns whether it clamped. */
function clampNegativeLowerLimits(points: Point[]): boolean {
  let minY = Infinity;
  for (const p of points) if (p.y !== null && p.y < minY) minY = p.y;
  if (!(minY >= 0)) return false;
  for (const p of points) {
    if (p.lcl !== null && p.lcl < 0) p.lcl = 0;
    if (p.lcl95 !== null && p.lcl95 < 0) p.lcl95 = 0;
  }
  return true;
}

/**
 * Each part's mean lower and upper limit over its points (qicharts2's summary `aLCL`, `aUCL`).
 * A constant limit was set when the part was made (the exact mean of n copies of v is v); only
 * limits that vary by point are averaged here, from the points, after any clamping.
 */
function summariseLimits(parts: Part[], points: Point[], values: PartValues[], clamped: boolean): void {
  let offset = 0;
  parts.forEach((part, k) => {
    const size = part.last - part.first + 1;
    if (clamped && part.meanLcl !== null && part.meanLcl < 0) part.meanLcl = 0;
    if (values[k]!.variableLimits) {
      const first = offset;
      part.meanLcl = finiteOrNull(
        correctlyRoundedMean((sum) => {
          for (let i = first; i < first + size; i++) if (points[i]!.lcl !== null) sum.add(points[i]!.lcl!);
        }),
      );
      part.meanUcl = finiteOrNull(
        correctlyRoundedMean((sum) => {
          for (let i = first; i < first + size; i++) if (points[i]!.ucl !== null) sum.add(points[i]!.ucl!);
        }),
      );
    }
    offset += size;
  });
}

/** The mean of a varying centre line's finite values (the part's summary), null when none is. */
function meanOfFinite(line: Float64Array): number | null {
  return finiteOrNull(
    correctlyRoundedMean((sum) => {
      for (let i = 0; i < line.length; i++) if (Number.isFinite(line[i] as number)) sum.add(line[i] as number);
    }),
  );
}

/** Undefined numbers become null; −0 becomes 0 so that the JSON round trip is exact. */
function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v + 0 : null;
}
