/**
 * Runs a chart's rules on one part: builds what the detectors see, collects their findings as
 * data (the words are src/rules/describe.ts's, never imported here), and works out every flagged
 * point's signals and variation.
 *
 * @module
 */
import { lineAt, type Line, type PartLines } from "../charts/part-frame.js";
import type { RunsAnalysis } from "../runs/analysis.js";
import { runsRule } from "../runs/signal.js";
import type { Draft, RuleContext, RunsView } from "./context.js";
import { RULES } from "./registry.js";
import type { Direction, Finding, RuleConfig, RuleId, Side, Signal, Variation } from "./types.js";
import { variationOf } from "./variation.js";

/** The chart-wide settings the rules run with. */
export interface RulesSetup {
  /** The rules, in order of precedence. */
  rules: readonly RuleConfig[];
  direction: Direction;
  /** What a missing value does to runs, trends and windows. */
  missing: "skip" | "break";
}

/** One part, as compute() hands it over. */
export interface PartInput {
  facet: string | null;
  part: number;
  /** 0-based index of the part's first subgroup within the facet. */
  offset: number;
  /** The chart's lines on the unmultiplied scale. */
  lines: PartLines;
  multiply: number;
  /** 1 where the subgroup is included (not excluded). */
  include: Uint8Array;
  /** The part's runs analysis; `null` where runs never signal (MR charts, categorical x). */
  runs: RunsAnalysis | null;
  /** Whether sequence rules apply (false for MR charts and categorical x). */
  sequential: boolean;
  /** The facet's x (subgroup keys, 0-based within the facet), for the findings' `xFirst` and `xLast`. */
  x: readonly (number | string)[];
}

/**
 * The flagged points of a part: `slot[i]` is 0 for a point no finding flags, else k + 1 where
 * `signals[k]` and `variation[k]` are the point's. A typed array rather than a million-entry
 * JavaScript array, which the garbage collector would scan on every pass.
 */
export interface PartRules {
  slot: Int32Array;
  signals: (readonly Signal[])[];
  variation: Variation[];
}

interface Ranked {
  draft: Draft;
  rank: number;
  index: number;
}

/**
 * Runs `setup.rules` on one part. Findings are appended to `findings` (so their indices are
 * global), ordered by first position, then precedence.
 *
 * @returns The flagged points' signals and variation, or `null` when no rule found anything.
 * @example
 * ```ts
 * const findings: Finding[] = [];
 * runPartRules({ rules: ruleConfigs("anhoej"), direction: "neutral", missing: "skip" }, part, findings);
 * ```
 */
export function runPartRules(setup: RulesSetup, input: PartInput, findings: Finding[]): PartRules | null {
  if (setup.rules.length === 0) return null;
  const { lines, multiply: m, include, offset } = input;
  const size = lines.y.length;
  const y = m === 1 ? lines.y : lines.y.map((v) => v * m);
  const cl = lines.cl * m;
  let ucl = scale(lines.ucl, m);
  let lcl = scale(lines.lcl, m);
  let ucl95 = scale(lines.ucl95, m);
  let lcl95 = scale(lines.lcl95, m);
  if (m < 0) [ucl, lcl, ucl95, lcl95] = [lcl, ucl, lcl95, ucl95];
  // 1-sigma lines, made when a zone rule first asks: the chart's own, else 2·l2 − l3, which is
  // exact for every chart whose lines are cl ± k·sigma.
  let one: { lcl1: Line; ucl1: Line } | null = null;
  const oneSigma = () => {
    if (one) return one;
    const raw = lines.oneSigma?.() ?? { lcl1: combine(lines.lcl95, lines.lcl), ucl1: combine(lines.ucl95, lines.ucl) };
    const lower = scale(raw.lcl1, m);
    const upper = scale(raw.ucl1, m);
    one = m < 0 ? { lcl1: upper, ucl1: lower } : { lcl1: lower, ucl1: upper };
    return one;
  };

  const { seq, starts } = sequenceOf(y, include, setup.missing);
  const runs = input.runs ? runsView(input.runs, lines.y, lines.cl, include, Math.sign(m)) : null;

  const ranked: Ranked[] = [];
  const labels = new Map<number, { rule: RuleId; side: Side }>();
  let current: RuleId = "outside-limits";
  let rank = 0;
  const ctx: RuleContext = {
    size,
    y,
    cl,
    lcl,
    ucl,
    lcl95,
    ucl95,
    get lcl1() {
      return oneSigma().lcl1;
    },
    get ucl1() {
      return oneSigma().ucl1;
    },
    seq,
    starts,
    sequential: input.sequential,
    runs,
    emit: (draft) => ranked.push({ draft, rank, index: -1 }),
    labelSide: (i, side) => labels.set(i, { rule: current, side }),
  };
  setup.rules.forEach((config, r) => {
    const definition = RULES[config.rule];
    if (definition.sequential && !input.sequential) return;
    rank = r;
    current = config.rule;
    (definition.detect as (c: RuleContext, p: RuleConfig) => void)(ctx, config);
  });
  if (ranked.length === 0) return null;

  // Findings in order of position, then precedence; their global indices.
  ranked.sort((a, b) => a.draft.first - b.draft.first || a.rank - b.rank || a.draft.last - b.draft.last);
  ranked.forEach((r, j) => (r.index = findings.length + j));

  // Signals: hand them out in order of precedence (and, within a rule, the later finding first,
  // so that a trend's turning point shows the trend it starts), so each list comes out ordered.
  const slot = new Int32Array(size);
  const signals: (readonly Signal[])[] = [];
  const flagged: number[] = [];
  const byPrecedence = [...ranked].sort((a, b) => a.rank - b.rank || b.draft.first - a.draft.first);
  for (const { draft, index } of byPrecedence) {
    if (draft.points.length === 0) continue;
    const signal: Signal = { rule: draft.rule, side: draft.side, finding: index };
    const single: readonly Signal[] = Object.freeze([signal]);
    for (const i of draft.points) {
      const k = slot[i]! - 1;
      if (k < 0) {
        slot[i] = signals.push(single);
        flagged.push(i);
        continue;
      }
      const had = signals[k]!;
      if (Object.isFrozen(had)) signals[k] = [...had, signal];
      else (had as Signal[]).push(signal);
    }
  }

  const variation: Variation[] = new Array(signals.length);
  for (const i of flagged) {
    const k = slot[i]! - 1;
    const list = signals[k]!;
    const sided = list.find((s) => s.side !== null);
    if (sided) {
      const label = labels.get(i);
      const side = label && label.rule === sided.rule ? label.side : sided.side!;
      variation[k] = variationOf(side, setup.direction);
    } else {
      // Only rules without a side flag the point: special cause, neither better nor worse.
      variation[k] = y[i]! < cl ? "neutral-low" : "neutral-high";
    }
  }

  // Findings, as data: everything a sentence needs, no sentence.
  const nUseful = runs?.nUseful ?? seq.length;
  const dir = setup.direction;
  for (const { draft, rank: r } of ranked) {
    const config = setup.rules[r] as { variant?: "standard" | "mdc" };
    const points = draft.points;
    for (let j = 0; j < points.length; j++) points[j] = points[j]! + offset + 1;
    findings.push({
      rule: draft.rule,
      facet: input.facet,
      part: input.part,
      first: draft.first + offset + 1,
      last: draft.last + offset + 1,
      xFirst: input.x[offset + draft.first]!,
      xLast: input.x[offset + draft.last]!,
      side: draft.side,
      variation: draft.side === null ? null : (variationOf(draft.side, dir) as Exclude<Variation, "common">),
      points,
      count: draft.count,
      limit: draft.limit + 0,
      value: draft.first === draft.last ? y[draft.first]! + 0 : null,
      usable: countBetween(seq, draft.first, draft.last),
      nUseful,
      variant: config.variant ?? null,
    });
  }
  return { slot, signals, variation };
}

/** 2·a − b, for lines. */
function combine(a: Line, b: Line): Line {
  if (typeof a === "number" && typeof b === "number") return 2 * a - b;
  const n = typeof a === "number" ? (b as Float64Array).length : a.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = 2 * lineAt(a, i) - lineAt(b, i);
  return out;
}

/**
 * A line after `multiply`; non-finite values become NaN (undefined), as the points show them.
 * With `multiply` 1 an array line is used as it is (an infinite limit is never crossed).
 */
function scale(line: Line, m: number): Line {
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

/** The usable points in order, and where a missing value starts a new sequence. */
function sequenceOf(y: Float64Array, include: Uint8Array, missing: "skip" | "break"): { seq: Int32Array; starts: Uint8Array } {
  const all = new Int32Array(y.length);
  const starts = new Uint8Array(y.length);
  let k = 0;
  let gap = true;
  for (let i = 0; i < y.length; i++) {
    if (!include[i]) continue;
    const v = y[i]!;
    if (!(v - v === 0)) {
      // NaN or ±Infinity: missing.
      if (missing === "break") gap = true;
      continue;
    }
    all[k] = i;
    starts[k] = gap ? 1 : 0;
    gap = false;
    k++;
  }
  return { seq: all.subarray(0, k), starts: starts.subarray(0, k) };
}

/** The runs analysis as the runs rules see it; the per-point sides are worked out only if asked for. */
function runsView(analysis: RunsAnalysis, yRaw: Float64Array, clRaw: number, include: Uint8Array, orientation: number): RunsView {
  let sides: Int8Array | null = null;
  return {
    nUseful: analysis.nUseful,
    crossings: analysis.crossings ?? 0,
    longestRun: analysis.longestRun ?? 0,
    rule: runsRule(analysis.method, analysis.nUseful),
    sides() {
      if (sides) return sides;
      sides = new Int8Array(yRaw.length);
      // Exactly as analyseRuns: the sign of y − cl on the unmultiplied scale, included points only.
      for (let i = 0; i < yRaw.length; i++) {
        if (!include[i]) continue;
        const s = Math.sign((yRaw[i] as number) - clRaw);
        if (s === 1 || s === -1) sides[i] = s * orientation;
      }
      return sides;
    },
  };
}

/** How many entries of the ascending `seq` lie in [i, j]. */
function countBetween(seq: Int32Array, i: number, j: number): number {
  return lowerBound(seq, j + 1) - lowerBound(seq, i);
}

function lowerBound(seq: Int32Array, value: number): number {
  let lo = 0;
  let hi = seq.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (seq[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
