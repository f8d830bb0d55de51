import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compute, SpcError } from "../../src/index.js";

/** Two units whose parts change at different months; unit B starts later than unit A. */
const unitA = [5, 6, 5, 7, 6, 12, 13, 12, 14].map((y, i) => ({ x: i + 1, y, facet: "Avd A", part: i < 5 ? "før" : "etter" }));
const unitB = [20, 21, 19, 22, 30, 31].map((y, i) => ({ x: i + 4, y, facet: "Avd B", part: i < 2 ? "før" : "etter" }));

describe("part labels are read per facet", () => {
  it("gives each facet its own breaks from its own rows (the first facet's positions used to apply to every facet)", () => {
    const r = compute({ chart: "i", data: [...unitA, ...unitB] });
    const partsOf = (facet: string) => r.points.filter((p) => p.facet === facet).map((p) => p.part);
    expect(partsOf("Avd A")).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(partsOf("Avd B")).toEqual([1, 1, 2, 2, 2, 2]);
    expect(r.parts.map((p) => [p.facet, p.label, p.first, p.last])).toEqual([
      ["Avd A", "før", 1, 5],
      ["Avd A", "etter", 6, 9],
      ["Avd B", "før", 1, 2],
      ["Avd B", "etter", 3, 6],
    ]);
    // Hand-worked: B's first part is 20, 21: centre line 20.5.
    expect(r.points.find((p) => p.facet === "Avd B")!.cl).toBe(20.5);
  });
  it("a facet without a change of label is one part, even when another facet has several", () => {
    const b = unitB.map((row) => ({ ...row, part: "før" }));
    const r = compute({ chart: "i", data: [...unitA, ...b] });
    expect(r.points.filter((p) => p.facet === "Avd B").every((p) => p.part === 1)).toBe(true);
  });
  it("still warns when a label comes back within a facet, naming the row", () => {
    const b = unitB.map((row, i) => ({ ...row, part: i === 4 ? "før" : row.part }));
    const r = compute({ chart: "i", data: [...unitA, ...b] });
    expect(r.warnings.filter((w) => w.code === "part-label-returns")).toEqual([expect.objectContaining({ where: { rows: [unitA.length + 4] } })]);
  });
  it("property: each facet's parts are what the facet alone gives", () => {
    const facetRows = (name: string) =>
      fc.array(fc.record({ y: fc.integer({ min: 0, max: 20 }), part: fc.constantFrom("a", "b", "c") }), { minLength: 2, maxLength: 12 }).map((rows) =>
        rows.map((row, i) => ({ x: i + 1, y: row.y, part: row.part, facet: name })),
      );
    fc.assert(
      fc.property(facetRows("A"), facetRows("B"), (a, b) => {
        const together = compute({ chart: "run", data: [...a, ...b] });
        for (const rows of [a, b]) {
          const alone = compute({ chart: "run", data: rows });
          const mine = together.points.filter((p) => p.facet === rows[0]!.facet);
          expect(mine.map((p) => [p.part, p.cl])).toEqual(alone.points.map((p) => [p.part, p.cl]));
        }
      }),
    );
  });
});

describe("breaks per facet", () => {
  const a = [5, 6, 5, 7, 6, 12, 13, 12, 14].map((y, i) => ({ x: i + 1, y, facet: "Avd A" }));
  const b = [20, 21, 19, 22, 30, 31].map((y, i) => ({ x: i + 1, y, facet: "Avd B" }));
  it("breaks a facet where its own entry says, and leaves facets without an entry whole", () => {
    const r = compute({ chart: "i", data: [...a, ...b], breaks: { "Avd A": [5] } });
    expect(r.points.filter((p) => p.facet === "Avd A").map((p) => p.part)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(r.points.filter((p) => p.facet === "Avd B").every((p) => p.part === 1)).toBe(true);
    // Hand-worked: A's second part is 12, 13, 12, 14, mean 12.75.
    expect(r.points[5]!.cl).toBe(12.75);
  });
  it("checks each entry against its facet's length and names an unknown facet", () => {
    const run = (breaks: Record<string, number[]>) => {
      try {
        compute({ chart: "i", data: [...a, ...b], breaks });
        return [];
      } catch (e) {
        return (e as SpcError).issues.map((i) => [i.path.join("."), i.code]);
      }
    };
    expect(run({ "Avd B": [6] })).toEqual([["breaks.Avd B.0", "position_out_of_range"]]);
    expect(run({ "Avd C": [2] })).toEqual([["breaks.Avd C", "unknown_facet"]]);
    expect(run({ "Avd A": [8], "Avd B": [5] })).toEqual([]);
  });
  it("refuses a per-facet list that is not a list of whole numbers", () => {
    expect(() => compute({ chart: "i", data: a, breaks: { "Avd A": [1.5] } })).toThrow(/whole number/);
    expect(() => compute({ chart: "i", data: a, breaks: "5" as never })).toThrow(/list of positions/);
  });
});

describe("freezeEachPart", () => {
  const ys = [1, 2, 3, 10, 20, 11, 12, 13, 30, 40];
  const data = ys.map((y, i) => ({ x: i + 1, y }));
  it("takes each part's centre line from its first n subgroups (hand-worked)", () => {
    const r = compute({ chart: "i", data, breaks: [5], freezeEachPart: 3 });
    // Part 1: mean of 1, 2, 3 = 2; part 2: mean of 11, 12, 13 = 12.
    expect(r.points.map((p) => p.cl)).toEqual([2, 2, 2, 2, 2, 12, 12, 12, 12, 12]);
    expect(r.points.map((p) => p.baseline)).toEqual([true, true, true, false, false, true, true, true, false, false]);
    expect(r.warnings.map((w) => w.code)).not.toContain("freeze-ignored");
  });
  it("leaves the default as qicharts2's: freeze is ignored when there are parts", () => {
    const r = compute({ chart: "i", data, breaks: [5], freeze: 3 });
    expect(r.points.every((p) => p.baseline)).toBe(true);
  });
  it("refuses freeze and freezeEachPart together, and a count below 1", () => {
    expect(() => compute({ chart: "i", data, freeze: 3, freezeEachPart: 3 })).toThrow(/not both/);
    expect(() => compute({ chart: "i", data, freezeEachPart: 0 })).toThrow(/greater than zero/);
  });
  it("property: a part longer than n has exactly n baseline points; the centre line comes from them", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (values, n) => {
        const cut = Math.floor(values.length / 2);
        const r = compute({ chart: "run", data: values.map((y, i) => ({ x: i + 1, y })), breaks: [cut], freezeEachPart: n });
        for (const part of r.parts) {
          const pts = r.points.slice(part.first - 1, part.last);
          expect(pts.filter((p) => p.baseline).length).toBe(Math.min(n, pts.length));
        }
      }),
    );
  });
});
