/**
 * What the summary table says about a measure: the latest value, the current centre line, the
 * signals of the current part, and whether the target is met.
 *
 * @module
 */
import type { ChartResult, Point, XValue } from "../types.js";
import type { ComputedMeasure } from "../plan/compute.js";
import type { Direction } from "../plan/schema.js";
import type { Assurance, Variation } from "../rules/types.js";

/**
 * Whether a target is met:
 * - `met`: the current centre line is at the target or on its better side;
 * - `not-met`: it is not, and the target date has not passed (or there is none);
 * - `missed`: it is not, and the latest data is from the target date or later;
 * - `unknown`: there is no centre line (no data, or no direction).
 */
export type TargetStatus = "met" | "not-met" | "missed" | "unknown";

/** One row of the summary table: a measure, or one facet of it. */
export interface MeasureSummary {
  facet: string | null;
  /** The last point with a value. */
  latest: { x: XValue; y: number } | null;
  /** The centre line of the current (last) part, at its last point. */
  centreLine: number | null;
  /** Signals in the current part. */
  signals: {
    /** An unusually long run or unusually few crossings. */
    runs: boolean;
    /** Points outside the 3-sigma limits. */
    outside: number;
    /** The chart draws limits (a run chart does not). */
    limits: boolean;
    /** The last point's variation class, when the rules give one (`improvement-high`, …). */
    variation: string | null;
  };
  target: { value: number; date: string | null; status: TargetStatus } | null;
  /**
   * Making Data Count's icons for the facet (as `result.icons` has them), when the result follows
   * the `mdc` convention — the same icons its chart draws; `null` otherwise.
   */
  icons: { variation: Variation; assurance: Assurance | null } | null;
}

/** What newer results may add (rules): read when present, without depending on it. */
interface RuleFields {
  variation?: unknown;
}

/**
 * The summary rows of a computed measure, one per facet (`[]` when it failed).
 *
 * The target is judged against the centre line of the current part — the process's level, not
 * one lucky month: rebaseline (`breaks`) once a shift shows a new level.
 *
 * @example
 * ```ts
 * const [row] = summariseMeasure(computed);
 * row.latest;        // { x: "2024-12-01", y: 0.72 }
 * row.target.status; // "not-met"
 * ```
 */
export function summariseMeasure(measure: ComputedMeasure): MeasureSummary[] {
  const result = measure.result;
  if (result === null) return [];
  const target = measure.measure.target;
  return result.facets.map((facet) => {
    const points = result.points.filter((p) => p.facet === facet);
    return summariseFacet(result, points, facet, measure.measure.direction, target === undefined ? null : { value: target.value, date: target.date ?? null });
  });
}

function summariseFacet(
  result: ChartResult,
  points: readonly Point[],
  facet: string | null,
  direction: Direction,
  target: { value: number; date: string | null } | null,
): MeasureSummary {
  let latestPoint: Point | null = null;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    if (p !== undefined && p.y !== null) {
      latestPoint = p;
      break;
    }
  }
  const last = points[points.length - 1];
  const currentPart = last?.part ?? 1;
  const current = points.filter((p) => p.part === currentPart);
  const part = result.parts.find((p) => p.facet === facet && p.part === currentPart);
  let centreLine: number | null = null;
  for (let i = current.length - 1; i >= 0 && centreLine === null; i--) centreLine = current[i]?.cl ?? null;
  const limits = current.some((p) => p.ucl !== null || p.lcl !== null);
  const variation = (last as (Point & RuleFields) | undefined)?.variation;
  const summary: MeasureSummary = {
    facet,
    latest: latestPoint === null || latestPoint.y === null ? null : { x: latestPoint.x, y: latestPoint.y },
    centreLine,
    signals: {
      runs: part?.runsSignal ?? false,
      outside: current.filter((p) => p.sigmaSignal).length,
      limits,
      variation: typeof variation === "string" ? variation : null,
    },
    target: null,
    icons: null,
  };
  const icon = result.convention === "mdc" && Array.isArray(result.icons) ? result.icons.find((i) => i.facet === facet) : undefined;
  if (icon) summary.icons = { variation: icon.variation, assurance: icon.assurance };
  if (target !== null) {
    let status: TargetStatus = "unknown";
    if (centreLine !== null && direction !== "neutral") {
      const met = direction === "decrease" ? centreLine <= target.value : centreLine >= target.value;
      const lastX = last?.x;
      const passed = target.date !== null && typeof lastX === "string" && /^\d{4}-\d{2}-\d{2}$/.test(lastX) && lastX >= target.date;
      status = met ? "met" : passed ? "missed" : "not-met";
    }
    summary.target = { ...target, status };
  }
  return summary;
}
