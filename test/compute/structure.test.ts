import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";

const series = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

describe("parts, freeze and exclude", () => {
  it("starts a new part after each break, each with its own centre line", () => {
    const r = compute({ chart: "i", data: series([1, 2, 3, 10, 11, 12]), breaks: [3] });
    expect(r.points.map((p) => p.part)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(r.points.map((p) => p.cl)).toEqual([2, 2, 2, 11, 11, 11]);
    expect(r.parts.map((p) => [p.first, p.last])).toEqual([[1, 3], [4, 6]]);
  });
  it("reads part labels: a part starts where the label first changes", () => {
    const data = series([1, 2, 3, 10, 11]).map((row, i) => ({ ...row, part: i < 2 ? "før" : "etter" }));
    const r = compute({ chart: "run", data });
    expect(r.parts.map((p) => p.label)).toEqual(["før", "etter"]);
    expect(r.parts.map((p) => p.last)).toEqual([2, 5]);
  });
  it("freezes the centre line on the first subgroups but tests every point against it", () => {
    const r = compute({ chart: "run", data: series([1, 2, 3, 4, 5, 6, 7, 8]), freeze: 3 });
    expect(r.points[0]!.cl).toBe(2);
    expect(r.points.map((p) => p.baseline)).toEqual([true, true, true, false, false, false, false, false]);
    expect(r.parts[0]!.nUseful).toBe(7);
    expect(r.parts[0]!.longestRun).toBe(6);
  });
  it("ignores freeze when parts are given, and says so", () => {
    const r = compute({ chart: "run", data: series([1, 2, 3, 4, 5, 6]), freeze: 2, breaks: [3] });
    expect(r.points.every((p) => p.baseline)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain("freeze-ignored");
  });
  it("keeps a part label that comes back in the later part, as qicharts2 does, and warns", () => {
    const r = compute({ chart: "i", data: ["a", "a", "b", "b", "a", "a"].map((part, i) => ({ part, y: (i % 3) + 1 })) });
    expect(r.parts.map((p) => [p.label, p.first, p.last])).toEqual([["a", 1, 2], ["b", 3, 6]]);
    expect(r.warnings.filter((w) => w.code === "part-label-returns")).toEqual([expect.objectContaining({ where: { rows: [4] } })]);
  });
  it("ignores freeze even when the part labels make a single part, as qicharts2 does", () => {
    const ys = [3, 5, 4, 6, 2, 8, 9, 7, 10, 11];
    const r = compute({ chart: "i", data: ys.map((y) => ({ y, part: "A" })), freeze: 5 });
    expect(r.points[0]!.cl).toBe(6.5);
    expect(r.points.every((p) => p.baseline)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain("freeze-ignored");
  });
  it("leaves excluded points out of the centre line but returns them", () => {
    const r = compute({ chart: "c", data: series([4, 50, 6]), exclude: [2] });
    expect(r.points[0]!.cl).toBe(5);
    expect(r.points[1]).toMatchObject({ excluded: true, y: 50, sigmaSignal: true });
    expect(r.parts[0]!.nObs).toBe(2);
  });
});

describe("x: numbers, dates, categories", () => {
  it("sorts rows by x and aggregates rows sharing an x", () => {
    const r = compute({ chart: "run", data: [{ x: 3, y: 1 }, { x: 1, y: 4 }, { x: 3, y: 3 }] });
    expect(r.points.map((p) => [p.x, p.y, p.count])).toEqual([[1, 4, 1], [3, 2, 2]]);
  });
  it("reads JavaScript's toISOString() at midnight UTC as the date", () => {
    const data = [3, 1, 2].map((m, i) => ({ x: new Date(Date.UTC(2024, m, 1)).toISOString(), y: i + 1 }));
    const r = compute({ chart: "run", data });
    expect(r.xType).toBe("date");
    expect(r.points.map((p) => p.x)).toEqual(["2024-02-01", "2024-03-01", "2024-04-01"]);
  });
  it("infers ISO dates and floors them to a period (ISO weeks start on Monday)", () => {
    const data = [
      { x: "2024-01-03", y: 1 }, // Wednesday of week 1
      { x: "2024-01-07", y: 3 }, // Sunday of week 1
      { x: "2024-01-08", y: 5 }, // Monday of week 2
    ];
    const r = compute({ chart: "run", data, period: "week" });
    expect(r.xType).toBe("date");
    expect(r.points.map((p) => [p.x, p.y])).toEqual([["2024-01-01", 2], ["2024-01-08", 5]]);
    const months = compute({ chart: "c", data, period: "month" });
    expect(months.points.map((p) => [p.x, p.y])).toEqual([["2024-01-01", 9]]);
  });
  it("orders categories by xLevels and never signals runs on them", () => {
    const data = ["b", "a", "c"].map((x, i) => ({ x, y: i + 1, n: 10 }));
    const r = compute({ chart: "u", data, xLevels: ["c", "b", "a"], xType: "category" });
    expect(r.points.map((p) => p.x)).toEqual(["c", "b", "a"]);
    expect(r.parts[0]!.runsSignal).toBe(false);
  });
  it("leaves out rows whose x is null, and says which", () => {
    const r = compute({ chart: "i", data: [{ x: 1, y: 1 }, { x: null, y: 5 }, { x: 2, y: 2 }] });
    expect(r.points.map((p) => p.y)).toEqual([1, 2]);
    expect(r.warnings.find((w) => w.code === "rows-without-x")?.where.rows).toEqual([1]);
  });
  it("gives x positions 1..N when rows have none", () => {
    expect(compute({ chart: "i", data: [{ y: 1 }, { y: 2 }] }).points.map((p) => p.x)).toEqual([1, 2]);
  });
});

describe("facets", () => {
  it("computes each facet separately, facets in sorted order", () => {
    const data = [
      { facet: "Sykehjem B", x: 1, y: 10 }, { facet: "Sykehjem B", x: 2, y: 12 },
      { facet: "Sykehjem A", x: 1, y: 1 }, { facet: "Sykehjem A", x: 2, y: 3 },
    ];
    const r = compute({ chart: "c", data });
    expect(r.facets).toEqual(["Sykehjem A", "Sykehjem B"]);
    expect(r.points.map((p) => [p.facet, p.index, p.cl])).toEqual([
      ["Sykehjem A", 1, 2], ["Sykehjem A", 2, 2], ["Sykehjem B", 1, 11], ["Sykehjem B", 2, 11],
    ]);
  });
});

describe("missing values and zero denominators", () => {
  it("keeps a missing value as a point with null y and limits, and warns", () => {
    const r = compute({ chart: "p", data: [{ y: 1, n: 10 }, { y: null, n: 10 }, { y: 0, n: 0 }, { y: 2, n: 10 }] });
    expect(r.points[1]).toMatchObject({ y: null, n: 0, ucl: null, lcl: null });
    expect(r.points[2]).toMatchObject({ y: null, n: 0 });
    expect(r.parts[0]!.nObs).toBe(4);
    expect(r.parts[0]!.nUseful).toBe(2);
    expect(r.warnings.map((w) => w.code)).toContain("zero-denominator");
  });
  it("warns about missing values without denominators", () => {
    const r = compute({ chart: "i", data: [{ y: 1 }, { y: null }, { y: 2 }] });
    expect(r.points[1]!.y).toBeNull();
    expect(r.warnings.find((w) => w.code === "missing-values")?.where.points).toEqual([2]);
  });
  it("clamps negative lower limits at 0 with yNeg: false when no y is negative", () => {
    const r = compute({ chart: "i", data: series([1, 9, 1, 9]), yNeg: false });
    expect(r.points[0]!.lcl).toBe(0);
  });
});

describe("warnings", () => {
  it("warns about fewer than 12 useful points and about all-equal data", () => {
    const r = compute({ chart: "i", data: series([5, 5, 5, 5]) });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain("too-few-points");
    expect(codes).toContain("all-equal");
    expect(r.parts[0]).toMatchObject({ nUseful: 0, longestRun: null, runsSignal: false });
  });
  it("falls back from best-box to Anhøj below 10 useful points, and says so", () => {
    const r = compute({ chart: "run", data: series([1, 2, 3, 4, 5, 6]), method: "bestbox" });
    expect(r.parts[0]!.method).toBe("anhoej");
    expect(r.warnings.map((w) => w.code)).toContain("runs-method-fallback");
  });
  it("warns about unknown fields (a typo would otherwise be ignored)", () => {
    const r = compute({ chart: "i", data: [{ y: 1, notes: "x" } as never, { y: 2 }], frezee: 3 } as never);
    expect(r.warnings.find((w) => w.code === "unknown-field")?.message).toMatch(/frezee.*data\[\]\.notes/);
  });
});

describe("runs analysis", () => {
  it("ignores points on the centre line and counts crossings", () => {
    // Median 5: signs − − 0 + + + − (the 5 is skipped).
    const r = compute({ chart: "run", data: series([1, 2, 5, 7, 8, 9, 3]) });
    expect(r.parts[0]).toMatchObject({ nUseful: 6, longestRun: 3, crossings: 2 });
  });
  it("signals a run longer than round(log2(n)) + 3", () => {
    const ys = [...Array(10).fill(1), ...Array(10).fill(3)].map((v, i) => v + i * 0.001);
    const r = compute({ chart: "run", data: series(ys) });
    expect(r.parts[0]).toMatchObject({ nUseful: 20, longestRun: 10, longestRunMax: 7, runsSignal: true });
    expect(r.points.every((p) => p.runsSignal)).toBe(true);
  });
});
