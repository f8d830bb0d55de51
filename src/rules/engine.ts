/**
 * Runs a chart's rules on one part: builds what the detectors see, collects their findings as
 * data (the words are src/rules/describe.ts's, never imported here), and works out every flagged
 * point's signals and variation.
 *
 * @module
 */
import { lineAt, type Line, type OneSigmaLines, type PartLines } from "../charts/part-frame.js";
import type { ScaledLines } from "../charts/scaled-lines.js";
import type { RunsAnalysis } from "../runs/analysis.js";
import { runsRule } from "../runs/signal.js";
import type { Draft, RuleContext, RunsView } from "./context.js";
import { DETECTORS } from "./detectors.js";
import type { Direction, Finding, RuleConfig, RuleId, Side, Signal, Variation } from "./types.js";
import { variationOf } from "./variation.js";

/** The chart-wide settings the rules run with. */
export interface RulesSetup {
  /** The rules, in order of precedence. */
  rules: readonly RuleConfig[];
  direction: Direction;
  /** What a missing value does to runs, trends and windows. */
  missing: "skip" | "break";
  /**
   * Which points of a pattern carry its signal: all of them (default), or only those at which the
   * pattern is complete (qcc): from the n-th point of a run or trend on, the last point of a window.
   */
  flagPoints?: FlagPoints;
}

/** Which points of a pattern are flagged: see {@link RulesSetup.flagPoints}. */
export type FlagPoints = "whole-pattern" | "completing-point";

/** Rules whose pattern is n points in a row: complete from its n-th point on. */
const IN_A_ROW: ReadonlySet<RuleId> = new Set(["shift", "trend", "alternating", "stratification", "mixture"]);
/** Rules whose pattern is k of a window of points: complete at its last flagged point. */
const IN_A_WINDOW: ReadonlySet<RuleId> = new Set(["two-of-three", "four-of-five"]);

/**
 * The points of a finding that complete its pattern, as qcc flags them: a run of 9 with n = 7
 * flags its 7th, 8th and 9th points. The finding keeps its first and last, so it still tells the
 * whole pattern. Single points (outside-limits) and the whole-part runs analysis stay as they are.
 *
 * @example
 * ```ts
 * completingPoints({ rule: "shift", side: "high", first: 0, last: 8, points: [0, 1, 2, 3, 4, 5, 6, 7, 8], count: 9, limit: 7 }).points;
 * // [6, 7, 8]
 * ```
 */
export function completingPoints(draft: Draft): Draft {
  if (IN_A_ROW.has(draft.rule) && draft.points.length >= draft.limit) return { ...draft, points: draft.points.slice(draft.limit - 1) };
  if (IN_A_WINDOW.has(draft.rule) && draft.points.length > 1) return { ...draft, points: draft.points.slice(-1) };
  return draft;
}

/** One part, as compute() hands it over. */
export interface PartInput {
  facet: string | null;
  part: number;
  /** 0-based index of the part's first subgroup within the facet. */
  offset: number;
  /** The chart's lines on the unmultiplied scale (the runs sides are taken there, as analyseRuns does). */
  lines: PartLines;
  /** The same lines after `multiply` (src/charts/scaled-lines.ts): what the rules compare. */
  scaled: ScaledLines;
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
  const { lines, scaled, include, offset } = input;
  const size = lines.y.length;
  const { y, cl, lcl, ucl, lcl95, ucl95, oneSigma } = scaled;

  const { seq, starts } = sequenceOf(y, include, setup.missing);
  const runs = input.runs ? runsView(input.runs, lines.y, lines.cl, include, scaled.orientation) : null;

  const ranked: Ranked[] = [];
  const completing = setup.flagPoints === "completing-point";
  const labels = new Map<number, { rule: RuleId; side: Side }>();
  let current: RuleId = "outside-limits";
  let rank = 0;
  const ctx = new PartContext(
    size,
    y,
    cl,
    lcl,
    ucl,
    lcl95,
    ucl95,
    oneSigma,
    seq,
    starts,
    input.sequential,
    runs,
    (draft) => ranked.push({ draft: completing ? completingPoints(draft) : draft, rank, index: -1 }),
    (i, side) => labels.set(i, { rule: current, side }),
  );
  setup.rules.forEach((config, r) => {
    const definition = DETECTORS[config.rule];
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
      variation[k] = y[i]! < lineAt(cl, i) ? "neutral-low" : "neutral-high";
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

/**
 * What the detectors see of one part. A class rather than an object literal: a literal's getters
 * are new functions at every call, which gave every part's context a hidden class of its own,
 * made in the old generation; that kept the garbage of every small chart alive through the young
 * generation's collections (an I chart of 36 points: 40 → 22 µs, measured).
 */
class PartContext implements RuleContext {
  constructor(
    readonly size: number,
    readonly y: Float64Array,
    readonly cl: Line,
    readonly lcl: Line,
    readonly ucl: Line,
    readonly lcl95: Line,
    readonly ucl95: Line,
    private readonly oneSigma: () => OneSigmaLines,
    readonly seq: Int32Array,
    readonly starts: Uint8Array,
    readonly sequential: boolean,
    readonly runs: RunsView | null,
    readonly emit: (draft: Draft) => void,
    readonly labelSide: (i: number, side: Side) => void,
  ) {}

  get lcl1(): Line {
    return this.oneSigma().lcl1;
  }

  get ucl1(): Line {
    return this.oneSigma().ucl1;
  }
}

/** The usable points in order, and where a missing value starts a new sequence. */
function sequenceOf(y: Float64Array, include: Uint8Array, missing: "skip" | "break"): { seq: Int32Array; starts: Uint8Array } {
  // One buffer for both (a typed array's buffer is a large part of a small chart's time).
  const buffer = new ArrayBuffer(5 * y.length);
  const all = new Int32Array(buffer, 0, y.length);
  const starts = new Uint8Array(buffer, 4 * y.length, y.length);
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
  // Every point usable (the common case): the views as they are, not two more.
  if (k === y.length) return { seq: all, starts };
  return { seq: all.subarray(0, k), starts: starts.subarray(0, k) };
}

/** The runs analysis as the runs rules see it; the per-point sides are worked out only if asked for. */
function runsView(analysis: RunsAnalysis, yRaw: Float64Array, clRaw: Line, include: Uint8Array, orientation: number): RunsView {
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
        const s = Math.sign((yRaw[i] as number) - lineAt(clRaw, i));
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
