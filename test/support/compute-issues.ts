// The issues compute() refuses a spec with: the test helper every chart's validation tests share.
import { compute, SpcError, type ChartSpec, type SpcIssue } from "../../src/index.js";

/**
 * The issues `compute(spec)` throws, or `[]` when it computes; any other error is rethrown.
 *
 * @example
 * ```ts
 * computeIssues({ chart: "p", data: [{ x: 1, y: 1 }] }).map((i) => i.code); // ["required"]
 * ```
 */
export function computeIssues(spec: unknown): SpcIssue[] {
  try {
    compute(spec as ChartSpec);
  } catch (e) {
    if (e instanceof SpcError) return e.issues;
    throw e;
  }
  return [];
}
