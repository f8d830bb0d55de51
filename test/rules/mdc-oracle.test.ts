import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { relativelyClose } from "../support/shared.js";
import { mdcCaseToSpec, ruleOfSpecialCause, variationOfPointType, type MdcCase } from "../reference/mdc-case.js";
import { oracleGroup } from "./mdc-oracle.js";

const DAY = 86_400_000;
const isoDay = (k: number) => new Date(Date.UTC(2021, 0, 1) + k * DAY).toISOString().slice(0, 10);

/**
 * Random NHSRplotthedots cases: small integers (so that ties, points on the mean and points on a
 * limit are common), a few missing values, rebase dates, fix_after_n_points and screening.
 */
/** Values built from segments that rise, fall (often 7 or more points, sometimes with a tie) or wobble. */
const valuesArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom("rise", "fall", "noise"),
      length: fc.integer({ min: 2, max: 10 }),
      steps: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 10, maxLength: 10 }),
      tie: fc.integer({ min: 0, max: 14 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((segments) => {
    const out: number[] = [];
    let level = 0;
    for (const { kind, length, steps, tie } of segments) {
      for (let k = 0; k < length; k++) {
        const step = steps[k]!;
        if (kind === "noise") out.push(step);
        else {
          level += k === tie ? 0 : (kind === "rise" ? 1 : -1) * (1 + Math.abs(step) % 2);
          out.push(level);
        }
      }
    }
    return out;
  });

/**
 * Random NHSRplotthedots cases: small integers (so that ties, points on the mean and points on a
 * limit are common), trends, a few missing values, rebase dates, fix_after_n_points and screening.
 */
const caseArb = fc
  .record({
    values: valuesArb,
    missing: fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 2 }),
    rebase: fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 3 }),
    fix: fc.option(fc.integer({ min: 12, max: 20 }), { nil: null }),
    screen: fc.boolean(),
    direction: fc.constantFrom("increase" as const, "decrease" as const, "neutral" as const),
    target: fc.option(fc.integer({ min: -8, max: 8 }), { nil: null }),
  })
  .map(({ values, missing, rebase, fix, screen, direction, target }): MdcCase => {
    const ys: (number | null)[] = values.map((v, i) => (missing.includes(i) ? null : v));
    const dates = ys.map((_, i) => isoDay(i));
    return {
      name: "random",
      values: ys,
      dates,
      improvement_direction: direction,
      target,
      rebase: rebase.filter((r) => r < ys.length).map((r) => dates[r]!),
      fix_after_n_points: fix,
      screen_outliers: screen,
    };
  });

/** The oracle's points for a whole case (groups as the rebase dates make them), or "error". */
function oracleCase(c: MdcCase) {
  const starts = new Set(c.rebase.map((d) => c.dates.indexOf(d)).filter((i) => i > 0));
  const out = [];
  let from = 0;
  for (let i = 1; i <= c.values.length; i++) {
    if (i === c.values.length || starts.has(i)) {
      const group = oracleGroup(c.values.slice(from, i), c.fix_after_n_points, c.screen_outliers, c.improvement_direction);
      if (group === "error") return "error" as const;
      out.push(...group);
      from = i;
    }
  }
  return out;
}

const close = (a: number | null, b: number) => (a === null ? !Number.isFinite(b) : relativelyClose(a, b, 1e-12));

describe("convention mdc against a literal NHSRplotthedots oracle (R's NA logic)", () => {
  it("gives the same limits, variation and first signal on random series", () => {
    let compared = 0;
    let errors = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const expected = oracleCase(c);
        const result = compute(mdcCaseToSpec(c));
        if (expected === "error") {
          // NHSRplotthedots stops (a missing value inside a would-be trend); we give a result.
          errors++;
          expect(result.points).toHaveLength(c.values.length);
          return;
        }
        compared++;
        // Mismatches collected and asserted once per case: 3000 cases × every point × seven
        // expect() calls took seconds by themselves.
        const wrong: string[] = [];
        result.points.forEach((p, i) => {
          const e = expected[i]!;
          const check = (ok: boolean, what: string) => ok || wrong.push(`point ${i + 1} ${what}`);
          check(close(p.cl, e.mean), `cl ${p.cl} ≠ ${e.mean}`);
          check(close(p.lcl, e.lpl), `lcl ${p.lcl} ≠ ${e.lpl}`);
          check(close(p.ucl, e.upl), `ucl ${p.ucl} ≠ ${e.upl}`);
          check(close(p.lcl95, e.nlpl), `lcl95 ${p.lcl95} ≠ ${e.nlpl}`);
          check(close(p.ucl95, e.nupl), `ucl95 ${p.ucl95} ≠ ${e.nupl}`);
          const variation = variationOfPointType(e.pointType, c.improvement_direction);
          check(p.variation === variation, `variation ${p.variation} ≠ ${variation} (${e.specialCauseType})`);
          const rule = ruleOfSpecialCause(e.specialCauseType);
          check((p.signals[0]?.rule ?? null) === rule, `first rule ${p.signals[0]?.rule ?? null} ≠ ${rule}`);
        });
        expect(wrong, JSON.stringify(c)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(1000);
    expect(errors).toBeGreaterThan(0);
  });
});
