import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { chartSpecSchema } from "../../src/schema.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// Stratification with `sides`: "both" (default: the run has points above and below the centre
// line) or "any" (qcc's Nelson 7, qccRulesViolatingNEL7: within 1 sigma, on any side).
// Known centre 0 and sigma 1 put the 1-sigma lines at −1 and 1, so the cases are worked by hand.

const series = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));
const findings = (ys: number[], sides?: "both" | "any", n = 15) =>
  compute({ chart: "i", cl: 0, sigma: 1, data: series(ys), rules: [sides ? { rule: "stratification", n, sides } : { rule: "stratification", n }] }).findings.map((f) => [f.first, f.last, f.count]);

describe("stratification sides", () => {
  // Points 2–16: fifteen values in (0, 1], all above the centre line; points 1 and 17 lie beyond 1 sigma.
  const oneSide = [3, ...Array.from({ length: 15 }, (_, i) => 0.2 + (i % 4) * 0.2), -2];

  it("both (default): fifteen points within 1 sigma, all above the line, are no stratification", () => {
    expect(findings(oneSide)).toEqual([]);
    expect(findings(oneSide, "both")).toEqual([]);
  });

  it("any (qcc's Nelson 7): the same fifteen points are a finding at points 2–16; fourteen are not", () => {
    expect(findings(oneSide, "any")).toEqual([[2, 16, 15]]);
    expect(findings(oneSide.slice(0, 15).concat([-2]), "any")).toEqual([]);
  });

  it("both and any agree when the run crosses the centre line", () => {
    const mixed = oneSide.map((v, i) => (i % 2 === 0 && i > 0 && i < 16 ? -v : v));
    expect(findings(mixed, "both")).toEqual([[2, 16, 15]]);
    expect(findings(mixed, "any")).toEqual([[2, 16, 15]]);
  });

  it("is reported with its sides in the result's rules, and refused with another value", () => {
    expect(compute({ chart: "i", data: series([1, 2, 3]), rules: [{ rule: "stratification", sides: "any" }] }).rules).toEqual([{ rule: "stratification", n: 15, sides: "any" }]);
    expect(compute({ chart: "i", data: series([1, 2, 3]), rules: "nelson" }).rules).toContainEqual({ rule: "stratification", n: 15, sides: "both" });
    const bad = issuesOf({ chart: "i", data: series([1, 2, 3]), rules: [{ rule: "stratification", sides: "one" }] });
    expect(bad.map((i) => [i.code, i.path.join(".")])).toEqual([["invalid_parameter", "rules.0.sides"]]);
    expect(chartSpecSchema.safeParse({ chart: "i", data: series([1]), rules: [{ rule: "stratification", sides: "any" }] }).success).toBe(true);
    expect(chartSpecSchema.safeParse({ chart: "i", data: series([1]), rules: [{ rule: "stratification", sides: "one" }] }).success).toBe(false);
  });

  it("a constant series raises no stratification signal, either way (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 2, max: 40 }), fc.constantFrom("both" as const, "any" as const), (value, length, sides) => {
        const r = compute({ chart: "i", data: series(Array(length).fill(value)), rules: [{ rule: "stratification", n: 2, sides }] });
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
