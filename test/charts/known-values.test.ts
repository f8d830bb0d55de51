import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { chartSpecSchema } from "../../src/schema.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// Known values: a process sigma (qcc's std.dev) next to cl, and fixed limits from an earlier period.

const rows = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

describe("a known sigma", () => {
  it("gives an I chart cl ± 3σ, whatever the moving ranges", () => {
    const r = compute({ chart: "i", cl: 10, sigma: 1.5, data: rows([8, 12, 9, 30]) });
    expect(r.points[0]).toMatchObject({ cl: 10, ucl: 14.5, lcl: 5.5, ucl95: 13, lcl95: 7 });
    expect(r.points[3]!.sigmaSignal).toBe(true);
  });

  it("is refused where sigma follows from the centre line, and must be positive", () => {
    expect(issuesOf({ chart: "p", sigma: 1, data: [{ y: 1, n: 2 }] })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["sigma"] })]);
    expect(issuesOf({ chart: "i", sigma: 0, data: rows([1]) })).toEqual([expect.objectContaining({ code: "not_positive", path: ["sigma"] })]);
    expect(issuesOf({ chart: "i", sigma: "2", data: rows([1]) })).toEqual([expect.objectContaining({ code: "invalid_type", path: ["sigma"] })]);
  });
});

describe("fixed limits", () => {
  it("replace the computed limits, with the inner lines spaced evenly towards the centre line", () => {
    const r = compute({ chart: "i", cl: 5, limits: { lcl: 2, ucl: 11 }, data: rows([1, 3, 2, 8, 4]) });
    const p = r.points[0]!;
    expect(p).toMatchObject({ cl: 5, lcl: 2, ucl: 11, lcl95: 3, ucl95: 9 });
    expect(r.points.map((q) => q.sigmaSignal)).toEqual([true, false, false, false, false]);
  });

  it("keep the computed limit on a side not given", () => {
    const free = compute({ chart: "c", data: rows([3, 5, 4, 6]) });
    const r = compute({ chart: "c", limits: { ucl: 9 }, data: rows([3, 5, 4, 6]) });
    expect(r.points[0]!.ucl).toBe(9);
    expect(r.points[0]!.lcl).toBe(free.points[0]!.lcl);
    expect(r.points[0]!.ucl95).toBeCloseTo(4.5 + (2 / 3) * 4.5, 12);
  });

  it("space the inner lines from a centre line that varies by point (NP with varying n)", () => {
    const r = compute({ chart: "np", limits: { ucl: 30 }, data: [{ y: 4, n: 40 }, { y: 10, n: 50 }, { y: 6, n: 60 }] });
    r.points.forEach((p) => {
      expect(p.ucl).toBe(30);
      expect(p.ucl95).toBeCloseTo(p.cl! + (2 / 3) * (30 - p.cl!), 12);
    });
    expect(new Set(r.points.map((p) => p.ucl95)).size).toBe(3);
  });

  it("apply after multiply, like cl: they are on the data's own scale", () => {
    const r = compute({ chart: "p", multiply: 100, cl: 0.2, limits: { lcl: 0.1, ucl: 0.3 }, data: [{ y: 5, n: 20 }] });
    expect(r.points[0]).toMatchObject({ cl: 20, lcl: 10, ucl: 30 });
  });

  it("feed the zone rules' 1-sigma lines", () => {
    // cl 0, limits ±3 → 1-sigma lines ±1: four of five beyond 1 on one side is a signal.
    const r = compute({ chart: "i", cl: 0, limits: { lcl: -3, ucl: 3 }, rules: ["four-of-five"], data: rows([0, 1.5, 1.5, 1.5, 1.5, 0]) });
    expect(r.findings.map((f) => f.rule)).toEqual(["four-of-five"]);
  });

  it("are checked: an object with lcl below ucl, not on a run chart", () => {
    expect(issuesOf({ chart: "i", limits: { lcl: 5, ucl: 2 }, data: rows([1]) })).toEqual([expect.objectContaining({ code: "limits_out_of_order", path: ["limits"] })]);
    expect(issuesOf({ chart: "i", limits: {}, data: rows([1]) })).toEqual([expect.objectContaining({ code: "missing_limits", path: ["limits"] })]);
    expect(issuesOf({ chart: "i", limits: { lcl: 1, upper: 2 }, data: rows([1]) })).toEqual([expect.objectContaining({ code: "unknown_field", path: ["limits", "upper"] })]);
    expect(issuesOf({ chart: "i", limits: [1, 2], data: rows([1]) })).toEqual([expect.objectContaining({ code: "invalid_type", path: ["limits"] })]);
    expect(issuesOf({ chart: "run", limits: { lcl: 1 }, data: rows([1]) })).toEqual([expect.objectContaining({ code: "not_for_chart", path: ["limits"] })]);
  });

  it("property: a point is a sigma signal exactly when it is outside the given limits", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: -100, max: 0 }), fc.integer({ min: 1, max: 100 }), (ys, lcl, ucl) => {
        const r = compute({ chart: "i", cl: 0, limits: { lcl, ucl }, data: rows(ys) });
        r.points.forEach((p, i) => expect(p.sigmaSignal).toBe(ys[i]! < lcl || ys[i]! > ucl));
      }),
      { numRuns: 150 },
    );
  });
});

describe("the zod schema and the hand-written checks agree on the new fields", () => {
  it("on sigma, limits, centre, sigmaFrom and standardise", () => {
    const value = fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.string(), fc.boolean(), fc.constant(null));
    const fields = fc.record(
      {
        sigma: fc.oneof(value, fc.constantFrom(0.5, 2)),
        limits: fc.oneof(value, fc.record({ lcl: fc.oneof(value, fc.constant(1)), ucl: fc.oneof(value, fc.constant(5)) }, { requiredKeys: [] }), fc.dictionary(fc.string(), fc.integer())),
        centre: fc.oneof(value, fc.constantFrom("mean", "median")),
        sigmaFrom: fc.oneof(value, fc.constantFrom("sd", "range", "moving-range", "median-moving-range", "median-moving-range-d2")),
        standardise: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fields, (extra) => {
        // Chart "i" with one row: only the field checks can reject (applicability aside).
        const spec = { chart: "i", data: [{ y: 1 }], ...extra };
        const zodOk = chartSpecSchema.safeParse(spec).success;
        const handOk = issuesOf(spec).filter((i) => i.code !== "not_for_chart" && i.code !== "sigma_twice").length === 0;
        expect(handOk).toBe(zodOk);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the JSON Schema", () => {
  it("lists the new chart types and options", async () => {
    const { chartSpecJsonSchema } = await import("../../src/chart-spec/json-schema.js");
    const schema = chartSpecJsonSchema() as { properties: Record<string, { enum?: string[]; properties?: object; additionalProperties?: unknown; type?: string }> };
    const p = schema.properties;
    expect(p.chart!.enum).toEqual(expect.arrayContaining(["np", "r"]));
    expect(p.centre!.enum).toEqual(["mean", "median"]);
    expect(p.sigmaFrom!.enum).toEqual(["sd", "range", "moving-range", "median-moving-range", "median-moving-range-d2"]);
    expect(Object.keys(p.limits!.properties!)).toEqual(["lcl", "ucl"]);
    expect(p.limits!.additionalProperties).toBe(false);
    expect(p.standardise!.type).toBe("boolean");
    expect(p.sigma!.type).toBe("number");
  });
});
