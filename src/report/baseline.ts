/**
 * The baseline chart of a measure: the A3's "current situation" shows the process as it was
 * before the changes, computed from the baseline's data alone (its own centre line and limits),
 * not the whole chart.
 *
 * @module
 */
import { compute } from "../compute/compute.js";
import type { ChartSpec } from "../chart-spec/schema.js";
import type { ComputedMeasure } from "../plan/compute.js";
import type { ChartResult, Point, XValue } from "../types.js";

/**
 * The measure's chart over its baseline: the frozen baseline (`freeze`) when there is one, else
 * its first part when it has several, computed again from those rows only. `null` when there is
 * no baseline apart from the whole chart (one part, nothing frozen), when the chart is faceted or
 * its x is a category (no "before"), or when the measure has no result.
 *
 * @example
 * ```ts
 * const before = baselineResult(computed.measures[0]); // the chart of January 2023–February 2024
 * ```
 */
export function baselineResult(m: ComputedMeasure): ChartResult | null {
  const result = m.result;
  const spec = m.spec;
  if (result === null || spec === null || result.facets.length !== 1 || result.xType === "category") return null;
  const points = result.points;
  const frozen = points.some((p) => !p.baseline);
  const inBaseline = (p: Point) => (frozen ? p.baseline : p.part === 1);
  const after = points.find((p) => !inBaseline(p));
  if (after === undefined) return null;
  const bound = after.x;
  const before = (x: unknown) => isBefore(x, bound);
  // The rows keep their own fields (n for P and U charts); the part labels go: one part.
  const rows = spec.data.filter((row) => before(row.x)).map((row) => ({ ...row, part: undefined }));
  const count = points.filter(inBaseline).length;
  if (rows.length === 0) return null;
  try {
    const { breaks: _breaks, freeze: _freeze, freezeEachPart: _each, ...rest } = spec;
    const exclude = spec.exclude?.filter((i) => i <= count);
    return compute({ ...rest, data: rows, ...(exclude === undefined || exclude.length === 0 ? {} : { exclude }) } as ChartSpec);
  } catch {
    // The baseline alone may be too short to compute: the A3 then shows the whole chart.
    return null;
  }
}

/** Whether a row's x comes before the first point after the baseline (ISO dates compare as text). */
function isBefore(x: unknown, bound: XValue): boolean {
  if (typeof bound === "number") return typeof x === "number" && x < bound;
  if (x instanceof Date) return x.toISOString().slice(0, 10) < String(bound);
  return typeof x === "string" && x < String(bound);
}
