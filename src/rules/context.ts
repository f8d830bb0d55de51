/**
 * What a rule's detector sees of one part, and what a rule is: the contract between the engine
 * (src/rules/engine.ts) and the one-file-per-rule detectors.
 *
 * @module
 */
import type { Line } from "../charts/part-frame.js";
import type { RunsRule } from "../runs/signal.js";
import type { RuleConfigOf, RuleId, RuleParam, Side, Texts } from "./types.js";

/** The part's runs analysis, for the rules built on it (`longest-run`, `crossings`, `number-of-runs`). */
export interface RunsView {
  /** Included points that are not missing and not on the centre line. */
  readonly nUseful: number;
  /** Centre-line crossings among the useful points. */
  readonly crossings: number;
  /** The longest run among the useful points. */
  readonly longestRun: number;
  /** The rule the part's verdict used (after best/cut-box fallback). */
  readonly rule: RunsRule;
  /**
   * Side of every point of the part as the runs analysis sees it (on the unmultiplied scale,
   * oriented like the plot): +1 above, −1 below, 0 for points that are not useful.
   */
  sides(): Int8Array;
}

/** A finding as a detector reports it: positions are 0-based indices within the part. */
export interface Draft {
  rule: RuleId;
  side: Side | null;
  first: number;
  last: number;
  /** Indices within the part of the flagged points, ascending. */
  points: number[];
  count: number;
  limit: number;
}

/**
 * One part of one facet, as the detectors see it: the plotted values and lines (after
 * `multiply`), and the order in which points follow each other.
 *
 * A point is *usable* when it is included (not excluded) and has a value. Sequence rules look at
 * usable points only, in order: excluded points are bridged (their neighbours are consecutive),
 * and so are missing values under the `qicharts2` convention; under `mdc` a missing value ends
 * every run, trend and window (as NHSRplotthedots' NA does), which `starts` marks.
 */
export interface RuleContext {
  /** Number of points in the part. */
  readonly size: number;
  /** Plotted values, NaN where missing. */
  readonly y: Float64Array;
  /** Centre line, 3-, 2- and 1-sigma lines (NaN where undefined). */
  readonly cl: Line;
  readonly lcl: Line;
  readonly ucl: Line;
  readonly lcl95: Line;
  readonly ucl95: Line;
  readonly lcl1: Line;
  readonly ucl1: Line;
  /** Indices of the usable points, in order. */
  readonly seq: Int32Array;
  /** 1 where `seq[k]` starts a new sequence (the first usable point, or the first after a missing value under `mdc`). */
  readonly starts: Uint8Array;
  /** Whether order means anything: false for categorical x (funnel plots) and MR charts, where only point rules run. */
  readonly sequential: boolean;
  /** The runs analysis; `null` where qicharts2 never signals runs (MR charts, categorical x). */
  readonly runs: RunsView | null;
  /** Records a finding. */
  emit(draft: Draft): void;
  /**
   * Makes point `i`'s variation take `side` when its first signal is this rule's, whatever the
   * finding's side: only NHSRplotthedots' trend labelling needs it (src/rules/trend.ts).
   */
  labelSide(i: number, side: Side): void;
}

/** Value of a line at point i: the charts' `lineAt`, under the short name the detectors use. */
export { lineAt as at } from "../charts/part-frame.js";

/**
 * +1 above the line, −1 below, 0 on it or undefined.
 *
 * @example
 * ```ts
 * sideOf(5, 4);        // 1
 * sideOf(4, 4);        // 0
 * sideOf(5, Number.NaN); // 0
 * ```
 */
export function sideOf(y: number, line: number): number {
  return y > line ? 1 : y < line ? -1 : 0;
}

/**
 * Calls `f(from, to)` for each sequence of usable points: `seq[from..to)` follow each other with
 * no missing value between them (under `mdc`).
 *
 * @example
 * ```ts
 * // seq = [0, 1, 3, 4] with starts = [1, 0, 1, 0] (a missing value at 2, under mdc)
 * forEachSequence(ctx, (from, to) => console.log(from, to)); // 0 2, then 2 4
 * ```
 */
export function forEachSequence(ctx: RuleContext, f: (from: number, to: number) => void): void {
  const { seq, starts } = ctx;
  let from = 0;
  for (let k = 1; k <= seq.length; k++) {
    if (k === seq.length || starts[k]) {
      if (k > from) f(from, k);
      from = k;
    }
  }
}

/**
 * The part indices `seq[from..to]` (inclusive) for which `keep` holds.
 *
 * @example
 * ```ts
 * pick(Int32Array.of(0, 2, 3, 5), 1, 3);                 // [2, 3, 5]
 * pick(Int32Array.of(0, 2, 3, 5), 0, 3, (i) => i % 2 === 1); // [3, 5]
 * ```
 */
export function pick(seq: Int32Array, from: number, to: number, keep?: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) {
    const i = seq[k]!;
    if (!keep || keep(i)) out.push(i);
  }
  return out;
}

/**
 * A rule as compute() runs it: a pure detector with an id and its parameters. Its findings are
 * data; their sentences are in src/rules/sentences.ts and its names in rule-names.ts, which
 * nothing on the way from compute() imports. Its exact definition and source are in
 * src/rules/docs.ts.
 */
export interface RuleDetector<R extends RuleId = RuleId> {
  readonly id: R;
  /** Its parameters (their meaning is in src/rules/docs.ts, with the rule's definition and source). */
  readonly params: readonly RuleParam[];
  /** Whether findings have a side (high/low). */
  readonly sided: boolean;
  /** Whether the rule needs the points in order (false: it looks at one point at a time). */
  readonly sequential: boolean;
  detect(ctx: RuleContext, config: RuleConfigOf<R>): void;
}

/** A rule with its names in bokmål and English: what RULES (registry.ts) holds. */
export interface RuleDefinition<R extends RuleId = RuleId> extends RuleDetector<R> {
  readonly name: Texts;
}

/**
 * Emits each maximal run of at least `n` consecutive usable points that `classify` accepts and
 * that has points on both sides of the centre line (the shape of `mixture` and
 * `stratification`). `classify(i)` gives the point's side (1 above, −1 below, 0 on the line) or
 * `null` when the point breaks the run. `bothSides: false` drops the both-sides condition (qcc's
 * stratification).
 *
 * @example
 * ```ts
 * // mixture: points beyond the 1-sigma lines, on both sides
 * emitTwoSidedRuns(ctx, "mixture", 8, (i) => (y[i] > ucl1 ? 1 : y[i] < lcl1 ? -1 : null));
 * ```
 */
export function emitTwoSidedRuns(ctx: RuleContext, rule: "mixture" | "stratification", n: number, classify: (i: number) => number | null, bothSides = true): void {
  const { seq } = ctx;
  forEachSequence(ctx, (from, to) => {
    let start = -1;
    let above = false;
    let below = false;
    const flush = (last: number) => {
      const count = last - start + 1;
      if (start >= 0 && count >= n && ((above && below) || !bothSides)) {
        const points = pick(seq, start, last);
        ctx.emit({ rule, side: null, first: points[0]!, last: points[points.length - 1]!, points, count, limit: n });
      }
      start = -1;
      above = below = false;
    };
    for (let k = from; k < to; k++) {
      const side = classify(seq[k]!);
      if (side === null) {
        flush(k - 1);
        continue;
      }
      if (start < 0) start = k;
      if (side > 0) above = true;
      else if (side < 0) below = true;
    }
    flush(to - 1);
  });
}
