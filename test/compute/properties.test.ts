import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_TYPES, compute, SpcError, type ChartResult, type ChartSpec, type ChartSpecDraft, type ChartType } from "../../src/index.js";

// Values with at most two decimals, like real measurements (no subnormal noise).
const value = fc.integer({ min: -1e8, max: 1e8 }).map((v) => v / 100);
const count = fc.integer({ min: 0, max: 500 });

/** A random valid spec of the given chart type: counts where counts are needed, n ≥ y for proportions. */
function specOf(chart: ChartType): fc.Arbitrary<ChartSpec> {
  const needsN = ["p", "pp", "u", "up", "ip", "np", "funnel"].includes(chart);
  const isCount = ["c", "u", "up", "p", "pp", "g", "np", "funnel", "pareto"].includes(chart);
  const row = fc.record({
    x: fc.integer({ min: 1, max: 40 }),
    y: chart === "t" ? fc.double({ min: 0.01, max: 1000, noNaN: true }) : chart === "bcusum" ? fc.integer({ min: 0, max: 1 }) : isCount ? count : value,
    extra: count,
    missing: fc.boolean(),
  });
  return fc
    .record({
      rows: fc.array(row, { minLength: 1, maxLength: 60 }),
      multiply: fc.constantFrom(1, 100, 1000),
      freeze: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      exclude: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }),
      yNeg: fc.boolean(),
    })
    .map(({ rows, multiply, freeze, exclude, yNeg }) => {
      const data = rows.map((r, i) => {
        const y = r.missing && i % 3 === 0 ? null : r.y;
        return needsN ? { x: r.x, y, n: (isCount && typeof y === "number" ? y : 0) + r.extra + 1 } : { x: r.x, y };
      });
      const spec: ChartSpecDraft = { chart, data, multiply, exclude, yNeg };
      // Funnel and Pareto rows are units, not a time series: they have no baseline to freeze.
      if (freeze !== undefined && chart !== "funnel" && chart !== "pareto") spec.freeze = freeze;
      // A Bernoulli CUSUM cannot estimate its risk from a baseline with no events (or only events): it is given.
      if (chart === "bcusum") (spec as { bcusum?: unknown }).bcusum = { p0: 0.1 };
      return spec as ChartSpec;
    });
}

/** Whether compute accepts the spec; random positions may fall outside a short series. */
function tryCompute(spec: ChartSpec): ChartResult | null {
  try {
    return compute(spec);
  } catch (e) {
    if (e instanceof SpcError && e.issues.every((i) => i.code === "position_out_of_range")) return null;
    throw e;
  }
}

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

const anySpec = fc.constantFrom(...CHART_TYPES).chain(specOf);

describe("invariants of compute()", () => {
  it("does not mutate its input", () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const before = JSON.stringify(spec);
        tryCompute(spec);
        expect(JSON.stringify(spec)).toBe(before);
      }),
    );
  });

  it("never returns NaN or Infinity, and survives a JSON round trip", () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const result = tryCompute(spec);
        if (!result) return;
        expect(numbersIn(result).every(Number.isFinite)).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
    );
  });

  it("accounts for every input row in exactly one point", () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const result = tryCompute(spec);
        if (!result) return;
        expect(result.points.reduce((sum, p) => sum + p.rows, 0)).toBe(spec.data.length);
      }),
    );
  });

  it("shifting every y of an I chart by c shifts its centre line and limits by c", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 50 }), value, (ys, c) => {
        const a = compute({ chart: "i", data: ys.map((y) => ({ y })) });
        const b = compute({ chart: "i", data: ys.map((y) => ({ y: y + c })) });
        const scale = Math.max(1, ...ys.map(Math.abs), Math.abs(c));
        a.points.forEach((p, i) => {
          const q = b.points[i]!;
          for (const key of ["cl", "lcl", "ucl"] as const) {
            if (p[key] === null) expect(q[key]).toBeNull();
            else expect(Math.abs(q[key]! - (p[key] + c))).toBeLessThanOrEqual(1e-9 * scale);
          }
        });
      }),
    );
  });

  it("keeps P-chart limits within [0, 1]", () => {
    fc.assert(
      fc.property(specOf("p"), (spec) => {
        const result = tryCompute({ ...spec, multiply: 1 });
        if (!result) return;
        for (const p of result.points) {
          for (const v of [p.lcl, p.ucl, p.lcl95, p.ucl95]) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        }
      }),
    );
  });

  it("throws nothing but SpcError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...CHART_TYPES), fc.array(fc.anything(), { maxLength: 5 }), (junk, chart, rows) => {
        for (const input of [junk, { chart, data: rows }, { chart, data: [{ y: junk }] }]) {
          try {
            compute(input as ChartSpec);
          } catch (e) {
            expect(e).toBeInstanceOf(SpcError);
          }
        }
      }),
    );
  });
});
