/**
 * The vocabulary of the signal rules: rule ids, findings, the per-point signals and variation,
 * and the per-facet icons. Everything here is plain JSON, and everything exported here is public:
 * src/index.ts and src/rules/index.ts re-export the whole module (keep internal types elsewhere).
 *
 * @module
 */

export { CONVENTION_NAMES, DIRECTIONS, RULE_IDS, RULE_SET_NAMES, type Convention, type Direction, type Lang, type RuleId, type RuleSetName } from "../vocabulary.js";
import type { RuleId } from "../vocabulary.js";

/** The same text in Norwegian bokmål and in English. */
export interface Texts {
  nb: string;
  en: string;
}

/** Which side of the centre line a finding is on: above (`high`) or below (`low`). */
export type Side = "high" | "low";

/**
 * What a point's variation is: common cause, or special cause that is an improvement, a concern,
 * or neither (with `direction: "neutral"`, and for rules that have no side), above or below.
 */
export type Variation =
  | "common"
  | "improvement-high"
  | "improvement-low"
  | "concern-high"
  | "concern-low"
  | "neutral-high"
  | "neutral-low";

/** Whether the process will meet its target: always (`pass`), never (`fail`), or sometimes. */
export type Assurance = "pass" | "fail" | "hit-and-miss";

/**
 * A rule with all its parameters filled in, as the result reports it (plain JSON). The parameters
 * each rule takes are in `RULE_INFO[id].params`.
 */
export type RuleConfig =
  | { rule: "outside-limits" }
  | { rule: "shift"; n: number; onLine: "break" | "skip" }
  | { rule: "trend"; n: number; ties: "break" | "skip"; variant: "standard" | "mdc" }
  | { rule: "two-of-three"; variant: "standard" | "mdc" }
  | { rule: "four-of-five" }
  | { rule: "alternating"; n: number }
  | { rule: "stratification"; n: number; sides: "both" | "any" }
  | { rule: "mixture"; n: number }
  | { rule: "longest-run" }
  | { rule: "crossings" }
  | { rule: "astronomical" }
  | { rule: "number-of-runs" };

/** The configuration of one rule, by id. */
export type RuleConfigOf<R extends RuleId> = Extract<RuleConfig, { rule: R }>;

/**
 * One finding of one rule, as data: a stretch of points (or a whole part) that the rule says is
 * unlikely under common-cause variation, with every number its sentence needs. The words are
 * written on demand by `describeFinding(finding, { lang })` (and `explain()`), so that computing a
 * chart never depends on the sentences. Plain JSON.
 *
 * Positions (`first`, `last`, `points`) are 1-based subgroup positions within the facet, like a
 * point's `index`.
 *
 * @example
 * ```ts
 * // compute({ chart: "i", data, rules: [{ rule: "shift", n: 7 }] }).findings[0]
 * // { rule: "shift", facet: null, part: 1, first: 6, last: 13, xFirst: 6, xLast: 13, side: "high",
 * //   variation: "neutral-high", points: [6, …, 13], count: 8, limit: 7, value: null, usable: 8,
 * //   nUseful: 13, variant: null }
 * ```
 */
export interface Finding {
  /** The rule that found it. */
  rule: RuleId;
  /** Facet value, or `null` when the chart is not faceted. */
  facet: string | null;
  /** The part (1-based) it lies in; a finding never spans parts. */
  part: number;
  /** First position of the stretch the rule looked at (the part's, for `crossings` and `number-of-runs`). */
  first: number;
  /** Last position of that stretch. */
  last: number;
  /** The x at `first`, as the points hold it (a number, an ISO date or a label). */
  xFirst: number | string;
  /** The x at `last`. */
  xLast: number | string;
  /** Above or below the centre line (rising or falling for `trend`); `null` for rules without a side. */
  side: Side | null;
  /**
   * What the side means given the chart's `direction`: an improvement, a concern, or neither
   * (`neutral-…` with `direction: "neutral"`); `null` for rules without a side.
   */
  variation: Exclude<Variation, "common"> | null;
  /** The positions the finding flags, ascending; empty for part-level findings (`crossings`, `number-of-runs`). */
  points: number[];
  /**
   * What the rule counted: points in the run, trend or window; crossings (`crossings`); runs
   * (`number-of-runs`); 1 for one point beyond a limit.
   */
  count: number;
  /**
   * The bound the count (or value) broke: the rule's N, the longest run allowed, the fewest
   * crossings allowed, the bound on the number of runs, or the limit value a point lies beyond.
   */
  limit: number;
  /** The plotted value of the point, for a finding of one point (`outside-limits`, `astronomical`); `null` otherwise. */
  value: number | null;
  /** Usable points (included, with a value) from `first` to `last`: the window of `two-of-three` and `four-of-five`. */
  usable: number;
  /** Useful points of the part as the runs analysis counts them (the usable points where runs do not apply). */
  nUseful: number;
  /** The rule's variant (`trend`, `two-of-three`): `"standard"` or `"mdc"`; `null` for rules without one. */
  variant: "standard" | "mdc" | null;
}

/**
 * A reference from a point to a finding that flags it. Points refer to findings by index rather
 * than holding them, so that a long run does not repeat its finding (and its list of points) on
 * every point it flags: the result's JSON stays linear in size.
 */
export interface Signal {
  /** The rule of the finding. */
  rule: RuleId;
  /** The finding's side (`high` or `low`), `null` for rules without a side. */
  side: Side | null;
  /** Index into `result.findings`. */
  finding: number;
}

/**
 * The one empty signal list that every unflagged point shares: a 10⁶-point chart allocates no
 * array for its quiet points. Frozen, so that no caller can add to every point at once; a flagged
 * point has its own array (or shares the one-element array of the single finding that flags it).
 *
 * @example
 * ```ts
 * result.points.filter((p) => p.signals.length > 0).length; // the flagged points
 * // (compare lengths, not with NO_SIGNALS itself: a result that went through JSON has new arrays)
 * ```
 */
export const NO_SIGNALS: readonly Signal[] = Object.freeze([]);

/** The variation icon and the assurance icon of one facet, as Making Data Count draws them. */
export interface Icon {
  /** Facet value, or `null` when the chart is not faceted. */
  facet: string | null;
  /** The variation of the facet's last point (`common` when the facet has none). */
  variation: Variation;
  /** With a `target` and a direction: does the last part's process meet it? `null` otherwise. */
  assurance: Assurance | null;
}

/** One parameter a rule takes: a whole number in [min, max], or one of some words. */
export type RuleParam =
  | { name: string; type: "integer"; min: number; max: number; default: number }
  | { name: string; type: "enum"; values: readonly string[]; default: string };
