import { describe, expect, it } from "vitest";
import { compute, SpcError, type ChartResult } from "../../src/index.js";
import { caseNames, hasReference, readJson, relativelyClose, skipReason } from "../support/shared.js";
import { caseToSpec, type QicCase } from "./case-to-spec.js";

/** qicharts2's expected output (shared/reference/README.md, "Expected file schema"). */
interface Expected {
  error?: string;
  messages: string[];
  points: Record<string, unknown>[];
  parts: Record<string, unknown>[];
}

const TOLERANCE = 1e-9;

// Expected field → result field, numbers compared with a relative tolerance, the rest exactly.
const POINT_FIELDS: [string, string][] = [
  ["y", "y"], ["n", "n"], ["cl", "cl"], ["lcl", "lcl"], ["ucl", "ucl"], ["lcl.95", "lcl95"], ["ucl.95", "ucl95"],
  ["part", "part"], ["xx", "index"], ["target", "target"], ["notes", "note"], ["baseline", "baseline"],
  ["sigma.signal", "sigmaSignal"], ["runs.signal", "runsSignal"],
];
const PART_FIELDS: [string, string][] = [
  ["part", "part"], ["first_xx", "first"], ["last_xx", "last"], ["n.obs", "nObs"], ["n.useful", "nUseful"],
  ["longest.run", "longestRun"], ["longest.run.max", "longestRunMax"], ["n.crossings", "crossings"],
  ["n.crossings.min", "crossingsMin"], ["runs.signal", "runsSignal"], ["sigma.signal.count", "sigmaSignals"],
  ["aLCL", "meanLcl"], ["aUCL", "meanUcl"],
];

/** Every mismatch between a value and qicharts2's, as readable lines (an empty list passes). */
function compareValue(where: string, actual: unknown, expected: unknown, out: string[]): void {
  if (typeof expected === "number" && typeof actual === "number") {
    if (!relativelyClose(actual, expected, TOLERANCE)) out.push(`${where}: ${actual} ≠ ${expected}`);
  } else if (actual !== expected) {
    out.push(`${where}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
}

function facetOf(value: unknown): string | null {
  return value === 1 ? null : String(value);
}

export function compareWithQicharts2(result: ChartResult, expected: Expected): string[] {
  const out: string[] = [];
  compareValue("number of points", result.points.length, expected.points.length, out);
  compareValue("number of parts", result.parts.length, expected.parts.length, out);
  expected.points.forEach((e, i) => {
    const p = result.points[i];
    if (!p) return;
    const at = `points[${i}]`;
    compareValue(`${at}.facet`, p.facet, facetOf(e.facet1), out);
    compareValue(`${at}.x`, p.x, e.x, out);
    for (const [from, to] of POINT_FIELDS) compareValue(`${at}.${to}`, (p as unknown as Record<string, unknown>)[to], e[from], out);
    compareValue(`${at}.excluded`, p.excluded, !e.include, out);
  });
  expected.parts.forEach((e, i) => {
    const p = result.parts[i];
    if (!p) return;
    const at = `parts[${i}]`;
    compareValue(`${at}.facet`, p.facet, facetOf(e.facet1), out);
    for (const [from, to] of PART_FIELDS) compareValue(`${at}.${to}`, (p as unknown as Record<string, unknown>)[to], e[from], out);
  });
  return out;
}

describe.skipIf(!hasReference)(`qicharts2 0.8.1 reference cases ${hasReference ? "" : `(skipped: ${skipReason})`}`, () => {
  const names = caseNames("cases");
  it("finds the cases", () => {
    expect(names.length).toBeGreaterThan(0);
  });
  for (const name of names) {
    it(name, () => {
      const c = readJson<QicCase>("cases", `${name}.json`);
      const expected = readJson<Expected>("expected", `${name}.json`);
      const spec = caseToSpec(c);
      if (expected.error !== undefined) {
        expect(() => compute(spec)).toThrow(SpcError);
        return;
      }
      const result = compute(spec);
      expect(compareWithQicharts2(result, expected)).toEqual([]);
      const fellBack = expected.messages.some((m) => /Using method = "anhoej"/.test(m));
      expect(result.warnings.some((w) => w.code === "runs-method-fallback")).toBe(fellBack);
    });
  }
});
