import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_TYPES, compute, type ChartSpec, type ChartType } from "../../src/index.js";
import { RULE_IDS, RULE_SET_NAMES } from "../../src/rules/types.js";
import { brief, detect, mirrored, negate, RUN_LINES, UNIT_LINES } from "./helpers.js";

// Half-sigma steps, so that points land exactly on the centre line and on the 1-, 2- and 3-sigma
// lines often, and ties are common.
const value = fc.integer({ min: -8, max: 8 }).map((v) => v / 2);
const series = fc.array(fc.oneof({ weight: 10, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }), { minLength: 0, maxLength: 60 });
const everyRule = RULE_IDS.map((rule) => rule as string);
const ruleLists: unknown[] = [...RULE_SET_NAMES, everyRule, [{ rule: "shift", n: 5, onLine: "skip" }, { rule: "trend", n: 4, ties: "skip" }, { rule: "two-of-three", variant: "mdc" }]];

describe("rule properties", () => {
  it("mirroring the data around the centre line swaps high and low findings", () => {
    fc.assert(
      fc.property(
        series,
        fc.constantFrom(...ruleLists),
        fc.constantFrom("skip" as const, "break" as const),
        fc.constantFrom(UNIT_LINES, RUN_LINES),
        fc.constantFrom("anhoej" as const, "bestbox" as const, "cutbox" as const),
        fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 3 }),
        (ys, rules, missing, lines, method, exclude) => {
          const options = { missing, lines, method, exclude };
          const a = detect(rules, ys, options).findings;
          const b = detect(rules, negate(ys), options).findings;
          expect(brief(b)).toEqual(mirrored(a));
          // The same counts, limits and stretches too (limits mirror with the data).
          expect(b.map((f) => [f.first, f.last, f.count])).toEqual(a.map((f) => [f.first, f.last, f.count]));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("moving data and lines by a whole constant changes no finding", () => {
    fc.assert(
      fc.property(series, fc.constantFrom(...ruleLists), fc.integer({ min: -1000, max: 1000 }), (ys, rules, c) => {
        const moved = { cl: c, ucl: c + 3, lcl: c - 3, ucl95: c + 2, lcl95: c - 2 };
        const a = detect(rules, ys).findings;
        const b = detect(rules, ys.map((v) => (v === null ? null : v + c)), { lines: moved }).findings;
        expect(brief(b)).toEqual(brief(a));
      }),
      { numRuns: 200 },
    );
  });

  it("noise-free constant data raises no finding, for every chart type, rule set and convention", () => {
    const specOf = (chart: ChartType, level: number, size: number): ChartSpec => {
      const needsN = ["p", "pp", "u", "up", "ip", "np", "funnel"].includes(chart);
      // A Bernoulli CUSUM's noise-free series is one without events, at an expected risk given.
      if (chart === "bcusum") return { chart, bcusum: { p0: 0.1 }, data: Array.from({ length: size }, (_, i) => ({ x: i + 1, y: 0 })) } as ChartSpec;
      return { chart, data: Array.from({ length: size }, (_, i) => (needsN ? { x: i + 1, y: level, n: 10 } : { x: i + 1, y: level })) } as ChartSpec;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...CHART_TYPES),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...ruleLists),
        fc.constantFrom("qicharts2" as const, "mdc" as const),
        fc.boolean(),
        (chart, level, size, rules, convention, screen) => {
          const result = compute({ ...specOf(chart, level, size), rules: rules as ChartSpec["rules"], convention, screenMovingRanges: screen, direction: "increase" });
          expect(result.findings).toEqual([]);
          expect(result.points.every((p) => p.variation === "common" && p.signals.length === 0)).toBe(true);
          expect(result.icons.map((i) => i.variation)).toEqual(["common"]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("points without findings share one frozen empty signal list", () => {
    const r = compute({ chart: "i", data: [3, 2, 3, 2, 1, 2, 3, 2, 3, 2, 9].map((y) => ({ y })) });
    const quiet = r.points.filter((p) => p.signals.length === 0);
    expect(quiet.length).toBe(10);
    expect(r.points[10]!.signals.map((s) => s.rule)).toEqual(["outside-limits"]);
    expect(new Set(quiet.map((p) => p.signals)).size).toBe(1);
    expect(Object.isFrozen(quiet[0]!.signals)).toBe(true);
  });

  it("every finding a point refers to flags that point, and every flagged point refers back", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 80 }), fc.constantFrom(...ruleLists), (ys, rules) => {
        const r = compute({ chart: "i", data: ys.map((y) => ({ y })), rules: rules as ChartSpec["rules"] });
        r.points.forEach((p) => {
          for (const s of p.signals) {
            const f = r.findings[s.finding]!;
            expect(f.rule).toBe(s.rule);
            expect(f.points).toContain(p.index);
          }
        });
        r.findings.forEach((f, k) => {
          for (const position of f.points) expect(r.points[position - 1]!.signals.some((s) => s.finding === k)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
