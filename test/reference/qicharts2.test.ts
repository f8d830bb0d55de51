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

/**
 * Every difference between our result and qicharts2's. Rows are matched by (facet, x) and parts
 * by (facet, part), as the reference README allows: with facets and parts qicharts2's rows come
 * out part by part across facets (R's split() varies the facet fastest), ours facet by facet.
 */
export function compareWithQicharts2(result: ChartResult, expected: Expected): string[] {
  const out: string[] = [];
  compareValue("number of points", result.points.length, expected.points.length, out);
  compareValue("number of parts", result.parts.length, expected.parts.length, out);
  const pointKey = (facet: string | null, x: unknown) => JSON.stringify([facet, x]);
  const points = new Map(result.points.map((p) => [pointKey(p.facet, p.x), p]));
  expected.points.forEach((e) => {
    const at = `points[facet ${JSON.stringify(facetOf(e.facet1))}, x ${JSON.stringify(e.x)}]`;
    const p = points.get(pointKey(facetOf(e.facet1), e.x));
    if (!p) return out.push(`${at}: missing`);
    for (const [from, to] of POINT_FIELDS) compareValue(`${at}.${to}`, (p as unknown as Record<string, unknown>)[to], e[from], out);
    compareValue(`${at}.excluded`, p.excluded, !e.include, out);
  });
  const partKey = (facet: string | null, part: unknown) => JSON.stringify([facet, part]);
  const parts = new Map(result.parts.map((p) => [partKey(p.facet, p.part), p]));
  expected.parts.forEach((e) => {
    const at = `parts[facet ${JSON.stringify(facetOf(e.facet1))}, part ${String(e.part)}]`;
    const p = parts.get(partKey(facetOf(e.facet1), e.part));
    if (!p) return out.push(`${at}: missing`);
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

describe("the comparison with qicharts2's output", () => {
  const written = (from: object, fields: [string, string][]) => Object.fromEntries(fields.map(([r, ours]) => [r, (from as Record<string, unknown>)[ours]]));
  const result = compute({ chart: "i", data: [1, 3, 2, 4, 3, 5].map((y, i) => ({ x: i + 1, y, facet: i % 2 ? "B" : "A" })), breaks: [2] });
  // The same rows written as qicharts2 would: part by part across facets.
  const rows = [...result.points].sort((a, b) => a.part - b.part || String(a.facet).localeCompare(String(b.facet)));
  const expected: Expected = {
    messages: [],
    points: rows.map((p) => ({ facet1: p.facet, x: p.x, include: !p.excluded, ...written(p, POINT_FIELDS) })),
    parts: result.parts.map((p) => ({ facet1: p.facet, ...written(p, PART_FIELDS) })),
  };
  it("matches rows by facet and x, whatever their order", () => {
    expect(rows.map((p) => p.facet)).not.toEqual(result.points.map((p) => p.facet));
    expect(compareWithQicharts2(result, expected)).toEqual([]);
  });
  it("reports a value that differs, naming the row", () => {
    const changed = { ...expected, points: expected.points.map((e, i) => (i === 0 ? { ...e, cl: 99 } : e)) };
    expect(compareWithQicharts2(result, changed)).toEqual([expect.stringMatching(/^points\[facet "A", x 1\]\.cl: .* ≠ 99$/)]);
  });
});
