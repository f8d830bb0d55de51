import { SpcError } from "./errors.js";
import type { Line, PartFrame } from "./charts/part-frame.js";
import { newPoint } from "./point.js";
import { analyseRuns } from "./runs/analysis.js";
import { normaliseSeries, type FacetSeries } from "./spec/normalise.js";
import { validateSpec, type ValidSpec } from "./spec/validate.js";
import { IssueList } from "./spec/issues.js";
import { finiteValues, mean } from "./stats/mean.js";
import { collectWarnings } from "./warnings.js";
import { CONVENTIONS } from "./rules/conventions.js";
import { runPartRules, type RulesSetup } from "./rules/engine.js";
import { falseAlarmProbability } from "./rules/false-alarm.js";
import type { Finding } from "./rules/types.js";
import { facetIcons } from "./rules/variation.js";
import type { ChartResult, ChartSpec, Part, Point } from "./types.js";

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
  // As qicharts2: freeze is ignored when parts are given. As Making Data Count: it counts within each part.
  const freezePerPart = convention.freeze === "per-part";
  const freeze = series.partsGiven && !freezePerPart ? Infinity : (valid.freeze ?? Infinity);
  const excluded = new Set(valid.exclude);
  const points: Point[] = [];
  const parts: Part[] = [];
  const categorical = series.xType === "category";
  const rules: RuleState = {
    setup: { rules: valid.rules, direction: valid.direction, missing: convention.missing },
    findings: [],
    freezePerPart,
  };

  for (const facet of series.facets) {
    const partOf = assignParts(series.breaks, facet.size);
    let start = 0;
    while (start < facet.size) {
      let end = start;
      while (end < facet.size && partOf[end] === partOf[start]) end++;
      const partNumber = partOf[start]!;
      computePart(valid, facet, start, end, partNumber, freeze, excluded, categorical, points, parts, series.partLabels, rules);
      start = end;
    }
  }

  if (!valid.yNeg) clampNegativeLowerLimits(points);
  summariseLimits(parts, points);
  const facets = series.facets.map((f) => f.facet);
  return {
    chart: valid.chart,
    xType: series.xType,
    facets,
    points,
    parts,
    warnings: collectWarnings(valid, series, points, parts),
    multiply: valid.multiply,
    title: valid.title ?? null,
    yLabel: valid.yLabel ?? null,
    xLabel: valid.xLabel ?? null,
    target: valid.target ?? null,
    convention: valid.convention,
    direction: valid.direction,
    ruleSet: valid.ruleSet,
    rules: valid.rules,
    findings: rules.findings,
    icons: facetIcons(points, facets, valid.direction, valid.target ?? null, valid.kind.hasLimits),
  };
}

/** What the parts of one chart share for the rules. */
interface RuleState {
  setup: RulesSetup;
  /** Every finding so far (their indices are global). */
  findings: Finding[];
  freezePerPart: boolean;
}

/** Part number (1-based) of each subgroup: a new part starts after each break position. */
function assignParts(breaks: number[], size: number): Int32Array {
  const cuts = [...new Set(breaks)].filter((b) => b > 0 && b < size).sort((a, b) => a - b);
  const partOf = new Int32Array(size);
  let part = 1;
  let next = 0;
  for (let i = 0; i < size; i++) {
    if (next < cuts.length && i === cuts[next]) {
      part++;
      next++;
    }
    partOf[i] = part;
  }
  return partOf;
}

/** Positions in breaks, freeze and exclude count subgroups within a facet: they must exist. */
function checkPositions(spec: ValidSpec, facets: FacetSeries[]): void {
  const longest = Math.max(0, ...facets.map((f) => f.size));
  const issues = new IssueList();
  const where = `the longest series has ${longest} subgroup${longest === 1 ? "" : "s"}`;
  spec.breaks?.forEach((b, i) => {
    if (b < 1 || b >= longest) issues.add(["breaks", i], "position_out_of_range", `${b} is not a position after which a new part can start (${where})`);
  });
  // Making Data Count fixes the limits after N points of each part; more points than a part has is no error there.
  if (spec.freeze !== undefined && (spec.freeze < 1 || (spec.freeze > longest && CONVENTIONS[spec.convention].freeze !== "per-part"))) {
    issues.add(["freeze"], "position_out_of_range", `${spec.freeze} is outside the series (${where})`);
  }
  spec.exclude.forEach((e, i) => {
    if (e < 1 || e > longest) issues.add(["exclude", i], "position_out_of_range", `${e} is outside the series (${where})`);
  });
  if (issues.items.length > 0) throw new SpcError(issues.all());
}

function computePart(
  spec: ValidSpec,
  facet: FacetSeries,
  start: number,
  end: number,
  partNumber: number,
  freeze: number,
  excluded: Set<number>,
  categorical: boolean,
  points: Point[],
  parts: Part[],
  partLabels: string[] | null,
  rules: RuleState,
): void {
  const size = end - start;
  const base = new Uint8Array(size);
  const include = new Uint8Array(size);
  // The baseline: the first `freeze` subgroups of the facet (qicharts2) or of the part (mdc).
  const baselineEnd = rules.freezePerPart ? Math.min(size, freeze) : Math.max(0, Math.min(size, freeze - start));
  for (let i = 0; i < size; i++) {
    const position = start + i + 1;
    include[i] = excluded.has(position) ? 0 : 1;
    base[i] = include[i]! && i < baselineEnd ? 1 : 0;
  }
  const frame: PartFrame = {
    y: facet.y.subarray(start, end),
    n: facet.n.subarray(start, end),
    ySum: facet.ySum.subarray(start, end),
    yLength: facet.yLength.subarray(start, end),
    yMean: facet.yMean.subarray(start, end),
    ySd: facet.ySd.subarray(start, end),
    base,
    hasN: spec.rows.n !== null,
    categorical,
    givenCl: spec.cl,
    screen: spec.screenMovingRanges,
    convention: spec.convention,
  };
  if (spec.kind.positive) checkPositiveSubgroups(frame.y, facet, start);
  const lines = spec.kind.compute(frame);
  const runs = analyseRuns(lines.y, lines.cl, include, spec.method);
  // qicharts2 reports the runs statistics for MR charts and categorical x but never signals on them.
  const ordered = !categorical && spec.chart !== "mr";
  const runsSignal = runs.signal && ordered;
  const ruled = runPartRules(
    rules.setup,
    {
      facet: facet.facet,
      part: partNumber,
      offset: start,
      lines,
      multiply: spec.multiply,
      include,
      runs: ordered ? runs : null,
      sequential: ordered,
      x: facet.x,
    },
    rules.findings,
  );

  const m = spec.multiply;
  // A constant line is scaled once, so its value is one shared number rather than one per point.
  const scaledLine = (line: Line) => (typeof line === "number" ? finiteOrNull(line * m) : line);
  const lclLine = scaledLine(lines.lcl);
  const uclLine = scaledLine(lines.ucl);
  const lcl95Line = scaledLine(lines.lcl95);
  const ucl95Line = scaledLine(lines.ucl95);
  const scaled = (line: Line | null, i: number) => (line === null || typeof line === "number" ? line : finiteOrNull((line[i] as number) * m));
  const cl = finiteOrNull(lines.cl * m);
  const nOut = lines.n ?? frame.n;
  const target = spec.target ?? null;
  let sigmaSignals = 0;
  for (let i = 0; i < size; i++) {
    const y = finiteOrNull((lines.y[i] as number) * m);
    const lcl = scaled(lclLine, i);
    const ucl = scaled(uclLine, i);
    const sigmaSignal = y !== null && ((ucl !== null && y > ucl) || (lcl !== null && y < lcl));
    if (sigmaSignal) sigmaSignals++;
    const n = nOut[i] as number;
    const point = newPoint(
      facet.facet,
      facet.x[start + i]!,
      start + i + 1,
      partNumber,
      y,
      Number.isNaN(n) ? null : n,
      facet.rowCount[start + i]!,
      facet.yLength[start + i]!,
      cl,
      lcl,
      ucl,
      scaled(lcl95Line, i),
      scaled(ucl95Line, i),
      target,
      i < baselineEnd,
      !include[i],
      facet.note?.[start + i] ?? null,
    );
    point.sigmaSignal = sigmaSignal;
    point.runsSignal = runsSignal;
    if (ruled !== null) {
      const k = ruled.slot[i]! - 1;
      if (k >= 0) {
        point.signals = ruled.signals[k]!;
        point.variation = ruled.variation[k]!;
      }
    }
    points.push(point);
  }
  parts.push({
    facet: facet.facet,
    part: partNumber,
    label: partLabels?.[partNumber - 1] ?? null,
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
    meanLcl: null,
    meanUcl: null,
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
        },
      ]);
    }
  }
}

/** With `yNeg: false` and no negative y anywhere, lower limits below 0 are drawn at 0. */
function clampNegativeLowerLimits(points: Point[]): void {
  let minY = Infinity;
  for (const p of points) if (p.y !== null && p.y < minY) minY = p.y;
  if (!(minY >= 0)) return;
  for (const p of points) {
    if (p.lcl !== null && p.lcl < 0) p.lcl = 0;
    if (p.lcl95 !== null && p.lcl95 < 0) p.lcl95 = 0;
  }
}

/** Each part's mean lower and upper limit over its points (qicharts2's summary `aLCL`, `aUCL`). */
function summariseLimits(parts: Part[], points: Point[]): void {
  let offset = 0;
  for (const part of parts) {
    const size = part.last - part.first + 1;
    const lcl = new Float64Array(size);
    const ucl = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      const p = points[offset + i]!;
      lcl[i] = p.lcl ?? Number.NaN;
      ucl[i] = p.ucl ?? Number.NaN;
    }
    part.meanLcl = finiteOrNull(mean(finiteValues(lcl)));
    part.meanUcl = finiteOrNull(mean(finiteValues(ucl)));
    offset += size;
  }
}

/** Undefined numbers become null; −0 becomes 0 so that the JSON round trip is exact. */
function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v + 0 : null;
}
