import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, explain } from "../../src/index.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

// Pareto chart as qicharts2's paretochart() and qcc's pareto.chart(): counts by category, sorted
// descending, with the cumulative per cent.

/**
 * qcc's own example (`?pareto.chart`): errors by field on order forms. qcc prints
 * contact num. 94 (31.33 %, cum. 31.33), price code 80 (26.67, 58), supplier code 66 (22, 80),
 * part num. 33 (11, 91), schedule date 27 (9, 100).
 */
const QCC_DEFECTS = [
  { x: "price code", y: 80 },
  { x: "schedule date", y: 27 },
  { x: "supplier code", y: 66 },
  { x: "contact num.", y: 94 },
  { x: "part num.", y: 33 },
];

describe("Pareto chart", () => {
  it("matches qcc's pareto.chart example: order, counts and cumulative per cent", () => {
    const r = compute({ chart: "pareto", data: QCC_DEFECTS });
    expect(r.points.map((p) => p.x)).toEqual(["contact num.", "price code", "supplier code", "part num.", "schedule date"]);
    expect(r.points.map((p) => p.y)).toEqual([94, 80, 66, 33, 27]);
    expect(r.points.map((p) => p.index)).toEqual([1, 2, 3, 4, 5]);
    expect(r.points.map((p) => p.cumulativePercent)).toEqual([31.33333, 58, 80, 91, 100].map((v) => expect.closeTo(v, 5)));
    // No centre line, limits, rules or findings: the order is by size, not time.
    expect(r.points.every((p) => p.cl === null && p.ucl === null && p.lcl === null)).toBe(true);
    expect(r.rules).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it("adds up the rows of a category (one row per event, as qicharts2's paretochart counts a vector)", () => {
    // Hand-worked: falls 1+1+1 = 3, pressure ulcers 1+1 = 2, medication 1.
    const events = ["Fall", "Trykksår", "Fall", "Legemiddel", "Fall", "Trykksår"].map((x) => ({ x, y: 1 }));
    const r = compute({ chart: "pareto", data: events });
    expect(r.points.map((p) => [p.x, p.y, p.cumulativePercent])).toEqual([
      ["Fall", 3, 50],
      ["Trykksår", 2, expect.closeTo(83.3333333, 6)],
      ["Legemiddel", 1, 100],
    ]);
  });

  it("keeps ties in the order of the categories (a stable sort, as R's)", () => {
    const r = compute({ chart: "pareto", xLevels: ["b", "a", "c"], data: [{ x: "a", y: 2 }, { x: "b", y: 2 }, { x: "c", y: 5 }] });
    expect(r.points.map((p) => p.x)).toEqual(["c", "b", "a"]);
  });

  it("property: small whole counts (sorted by counting) and large ones (sorted as packed keys) give the stable descending order, missing last", () => {
    // Counts up to 4 × the categories are counted into place, larger ones sorted: both must agree with a stable sort.
    const y = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5000 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(y, { minLength: 1, maxLength: 60 }), (counts) => {
        const r = compute({ chart: "pareto", data: counts.map((v, i) => ({ x: `k${i}`, y: v })) });
        const expected = counts
          .map((v, i) => ({ v, i }))
          .sort((a, b) => (b.v ?? -1) - (a.v ?? -1) || a.i - b.i)
          .map(({ i }) => `k${i}`);
        expect(r.points.map((p) => p.x)).toEqual(expected);
        expect(r.points.map((p) => p.index)).toEqual(counts.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it("sorts each facet on its own", () => {
    const r = compute({
      chart: "pareto",
      data: [
        { x: "a", y: 1, facet: "Ward 1" },
        { x: "b", y: 5, facet: "Ward 1" },
        { x: "a", y: 7, facet: "Ward 2" },
        { x: "b", y: 3, facet: "Ward 2" },
      ],
    });
    expect(r.points.map((p) => [p.facet, p.x, p.cumulativePercent])).toEqual([
      ["Ward 1", "b", expect.closeTo(83.333, 3)],
      ["Ward 1", "a", 100],
      ["Ward 2", "a", 70],
      ["Ward 2", "b", 100],
    ]);
  });

  it("explains the total, the largest category and the 80 % in bokmål and English", () => {
    const r = compute({ chart: "pareto", data: QCC_DEFECTS });
    expect(explain(r, { lang: "en" })).toContain("Total 300. The largest, «contact num.», is 31 % of the total; the 3 largest categories make up at least 80 %.");
    expect(explain(r, { lang: "nb" })).toMatch(/^Paretodiagram med 5 kategorier\./);
    expect(explain(r, { lang: "nb" })).toContain("Totalt 300. Den største, «contact num.», er 31 % av totalen; de 3 største kategoriene utgjør minst 80 %.");
  });

  it("refuses negative counts, a centre line and parts", () => {
    expect(issuesOf({ chart: "pareto", data: [{ x: "a", y: -1 }] }).map((i) => i.code)).toEqual(["negative_count"]);
    expect(issuesOf({ chart: "pareto", cl: 3, data: [{ x: "a", y: 1 }] }).map((i) => [i.path[0], i.code])).toEqual([["cl", "not_for_chart"]]);
    expect(issuesOf({ chart: "pareto", freeze: 1, data: [{ x: "a", y: 1 }] }).map((i) => [i.path[0], i.code])).toEqual([["freeze", "not_for_chart"]]);
  });

  it("property: counts descend, the cumulative per cent rises monotonically and ends at 100", () => {
    // Whole counts (the packed sort), fractions and counts beyond 2²¹ (the comparator sort), and missing ones.
    const y = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.constantFrom("A", "B", "C", "D", "E", "F", "G"), y }), { minLength: 1, maxLength: 40 }), (rows) => {
        const r = compute({ chart: "pareto", data: rows });
        const total = r.points.reduce((s, p) => s + (p.y ?? 0), 0);
        const ys = r.points.map((p) => p.y ?? -1);
        // Missing categories (every row null) come last; ties keep the categories' order.
        const seen = (x: unknown) => rows.findIndex((row) => row.x === x);
        for (let i = 1; i < ys.length; i++) if (ys[i] === ys[i - 1]) expect(seen(r.points[i]!.x)).toBeGreaterThan(seen(r.points[i - 1]!.x));
        for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeLessThanOrEqual(ys[i - 1]!);
        if (total === 0) return;
        const cum = r.points.map((p) => p.cumulativePercent!);
        for (let i = 1; i < cum.length; i++) expect(cum[i]!).toBeGreaterThanOrEqual(cum[i - 1]!);
        expect(cum.at(-1)).toBeCloseTo(100, 10);
      }),
      { numRuns: 200 },
    );
  });
});
