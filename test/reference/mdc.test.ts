import { describe, expect, it } from "vitest";
import { compute, type ChartResult } from "../../src/index.js";
import { caseNames, hasReference, readJson, relativelyClose, skipReason } from "../support/shared.js";
import { mdcCaseToSpec, ruleOfSpecialCause, variationOfPointType, type MdcCase } from "./mdc-case.js";

interface MdcPoint {
  index: number;
  x: string;
  y: number | null;
  rebase_group: number;
  short_group_warning: boolean;
  fix_y: number | null;
  mean_col: number | null;
  lpl: number | null;
  upl: number | null;
  nlpl: number | null;
  nupl: number | null;
  special_cause_type: string;
  point_type: string;
}

interface MdcExpected {
  error?: string;
  warnings: string[];
  points: MdcPoint[];
  variation: { point_type_of_last_point: string };
  assurance: { assurance_type: string | null };
}

const TOLERANCE = 1e-9;

const ASSURANCE: Record<string, string> = { consistent_pass: "pass", consistent_fail: "fail", inconsistent: "hit-and-miss" };

function close(actual: number | null, expected: number | null): boolean {
  if (expected === null || actual === null) return actual === expected;
  return relativelyClose(actual, expected, TOLERANCE);
}

/** Every difference between our result and NHSRplotthedots', as readable lines. */
function compareWithMdc(c: MdcCase, result: ChartResult, expected: MdcExpected): string[] {
  const out: string[] = [];
  if (result.points.length !== expected.points.length) out.push(`points: ${result.points.length} ≠ ${expected.points.length}`);
  const groups = [...new Set(expected.points.map((p) => p.rebase_group))];
  expected.points.forEach((e, i) => {
    const p = result.points[i];
    if (!p) return;
    const at = `points[${i}] (${e.x})`;
    if (p.x !== e.x) out.push(`${at}.x: ${p.x} ≠ ${e.x}`);
    if (p.part !== groups.indexOf(e.rebase_group) + 1) out.push(`${at}.part: ${p.part} for rebase group ${e.rebase_group}`);
    for (const [ours, theirs] of [["cl", "mean_col"], ["lcl", "lpl"], ["ucl", "upl"], ["lcl95", "nlpl"], ["ucl95", "nupl"]] as const) {
      if (!close(p[ours], e[theirs])) out.push(`${at}.${ours}: ${p[ours]} ≠ ${theirs} ${e[theirs]}`);
    }
    if (e.y !== null && p.baseline !== (e.fix_y !== null)) out.push(`${at}.baseline: ${p.baseline}, fix_y ${e.fix_y}`);
    const variation = variationOfPointType(e.point_type, c.improvement_direction);
    if (p.variation !== variation) out.push(`${at}.variation: ${p.variation} ≠ ${variation} (${e.point_type})`);
    const rule = ruleOfSpecialCause(e.special_cause_type);
    const first = p.signals[0]?.rule ?? null;
    if (first !== rule) out.push(`${at}.signals[0].rule: ${first} ≠ ${rule} (${e.special_cause_type})`);
  });
  const icon = result.icons[0];
  const variation = variationOfPointType(expected.variation.point_type_of_last_point, c.improvement_direction);
  if (icon?.variation !== variation) out.push(`icons[0].variation: ${icon?.variation} ≠ ${variation}`);
  const assurance = expected.assurance.assurance_type === null ? null : ASSURANCE[expected.assurance.assurance_type];
  if (icon?.assurance !== assurance) out.push(`icons[0].assurance: ${icon?.assurance} ≠ ${assurance}`);
  // The short-group warning: every part whose points carry it, and no other.
  const shortParts = new Set(result.warnings.filter((w) => w.code === "short-part").map((w) => w.where.part));
  expected.points.forEach((e, i) => {
    const p = result.points[i];
    if (p && shortParts.has(p.part) !== e.short_group_warning) out.push(`points[${i}]: short-part warning ${shortParts.has(p.part)} ≠ ${e.short_group_warning}`);
  });
  return out;
}

describe.skipIf(!hasReference)(`NHSRplotthedots 0.2.2 reference cases (convention "mdc") ${hasReference ? "" : `(skipped: ${skipReason})`}`, () => {
  const names = caseNames("mdc", "cases");
  it("finds the cases", () => {
    expect(names.length).toBeGreaterThan(0);
  });
  for (const name of names) {
    it(name, () => {
      const c = readJson<MdcCase>("mdc", "cases", `${name}.json`);
      const expected = readJson<MdcExpected>("mdc", "expected", `${name}.json`);
      const spec = mdcCaseToSpec(c);
      if (expected.error !== undefined) {
        // The peer stops with an error (a missing value inside a trend window); we give a result.
        const result = compute(spec);
        expect(result.points).toHaveLength(c.values.length);
        expect(result.icons).toHaveLength(1);
        return;
      }
      const result = compute(spec);
      expect(compareWithMdc(c, result, expected)).toEqual([]);
    });
  }
});
