import { describe, expect, it } from "vitest";
import { compute, type ChartSpec } from "../../src/index.js";

// Hand-checked expectations for each chart type, worked out from the textbook formulas
// (Montgomery; Provost & Murray) on tiny data. These run without ../shared.

function rows(ys: number[]): { y: number }[];
function rows(ys: number[], ns: number[]): { y: number; n: number }[];
function rows(ys: number[], ns?: number[]): { y: number; n?: number }[] {
  return ys.map((y, i) => (ns ? { y, n: ns[i]! } : { y }));
}
const only = (spec: ChartSpec) => {
  const r = compute(spec);
  return { r, p: r.points[0]!, part: r.parts[0]! };
};

describe("run chart", () => {
  it("uses the median as centre line and has no limits", () => {
    const { r, p } = only({ chart: "run", data: rows([5, 1, 4, 2, 3]) });
    expect(p.cl).toBe(3);
    expect([p.lcl, p.ucl, p.lcl95, p.ucl95]).toEqual([null, null, null, null]);
    expect(r.points.map((q) => q.x)).toEqual([1, 2, 3, 4, 5]);
  });
  it("takes the mean of the two middle values for an even count", () => {
    expect(only({ chart: "run", data: rows([1, 2, 3, 10]) }).p.cl).toBe(2.5);
  });
  it("leaves out every subgroup whose mean equals the centre line, whatever its rows", () => {
    // Subgroups 1 and 2 both average 5/3, the median. R's long-double mean() makes them the same
    // double, so qicharts2 leaves both out of the runs analysis: 5 useful points, not 6.
    const groups = [[1, 1, 3], [0, 1, 4], [4, 4, 4], [0, 0, 1], [3, 3, 3], [0, 1, 0], [2, 2, 5]];
    const { r, part } = only({ chart: "run", data: groups.flatMap((g, i) => g.map((y) => ({ x: i + 1, y }))) });
    expect(r.points[0]!.y).toBe(r.points[1]!.y);
    expect(part).toMatchObject({ nUseful: 5, crossings: 4, crossingsMin: 0, longestRunMax: 5 });
  });
});

describe("I chart", () => {
  it("has limits mean ± 3 × mean moving range / 1.128", () => {
    const { p } = only({ chart: "i", data: rows([1, 3, 2, 4]) });
    const sigma = (5 / 3) / 1.128; // moving ranges 2, 1, 2
    expect(p.cl).toBe(2.5);
    expect(p.ucl).toBeCloseTo(2.5 + 3 * sigma, 12);
    expect(p.lcl).toBeCloseTo(2.5 - 3 * sigma, 12);
    expect(p.ucl95).toBeCloseTo(2.5 + 2 * sigma, 12);
  });
  it("screens a moving range ≥ 3.267 × the mean once, unless told not to", () => {
    const data = rows([10, 11, 10, 11, 10, 11, 10, 11, 10, 40]);
    // Ranges: eight 1s and a 30, mean 38/9; 30 ≥ 3.267·38/9 = 13.8 is dropped, leaving mean 1.
    expect(only({ chart: "i", data }).p.ucl).toBeCloseTo(13.4 + 3 / 1.128, 12);
    expect(only({ chart: "i", data, screenMovingRanges: false }).p.ucl).toBeCloseTo(13.4 + (3 * 38) / 9 / 1.128, 12);
  });
  it("bridges an excluded point with one moving range", () => {
    const { r } = only({ chart: "i", data: rows([1, 100, 3, 5]), exclude: [2] });
    // Baseline 1, 3, 5: mean 3, moving ranges 2 and 2.
    expect(r.points[0]!.cl).toBe(3);
    expect(r.points[0]!.ucl).toBeCloseTo(3 + (3 * 2) / 1.128, 12);
    expect(r.points[1]!.excluded).toBe(true);
    expect(r.points[1]!.sigmaSignal).toBe(true);
  });
});

describe("MR chart", () => {
  it("plots moving ranges with centre line their mean and upper limit 3.267 × it", () => {
    const { r, p } = only({ chart: "mr", data: rows([1, 3, 2, 4]) });
    expect(r.points.map((q) => q.y)).toEqual([null, 2, 1, 2]);
    expect(p.cl).toBeCloseTo(5 / 3, 14);
    expect(p.ucl).toBeCloseTo(3.267 * (5 / 3), 12);
    expect(p.lcl).toBe(0);
  });
});

describe("Xbar and S charts", () => {
  const data = [
    { x: 1, y: 1 }, { x: 1, y: 3 },
    { x: 2, y: 2 }, { x: 2, y: 4 },
  ];
  const c4of2 = Math.sqrt(2 / Math.PI);
  it("Xbar: grand mean ± A3(n)·s̄", () => {
    const { r, p } = only({ chart: "xbar", data });
    expect(r.points.map((q) => q.y)).toEqual([2, 3]);
    expect(p.cl).toBe(2.5);
    expect(p.ucl).toBeCloseTo(2.5 + (3 / (c4of2 * Math.SQRT2)) * Math.SQRT2, 12);
  });
  it("S: s̄ with limits B3(n)·s̄ and B4(n)·s̄", () => {
    const { p } = only({ chart: "s", data });
    expect(p.y).toBeCloseTo(Math.SQRT2, 14);
    expect(p.cl).toBeCloseTo(Math.SQRT2, 14);
    const b4 = 1 + (3 * Math.sqrt(1 - c4of2 ** 2)) / c4of2; // 3.2665…
    expect(p.ucl).toBeCloseTo(b4 * Math.SQRT2, 12);
    expect(p.lcl).toBe(0);
  });
  it("pools the SDs when subgroup sizes differ", () => {
    const varied = [...data, { x: 3, y: 1 }, { x: 3, y: 2 }, { x: 3, y: 6 }];
    // SDs √2, √2, √7 with sizes 2, 2, 3: pooled sqrt((2 + 2 + 2·7) / 4).
    expect(only({ chart: "s", data: varied }).p.cl).toBeCloseTo(Math.sqrt(18 / 4), 12);
  });
});

describe("P and P′ charts", () => {
  it("P: pooled proportion ± 3·sqrt(p(1−p)/n), clamped to [0, 1]", () => {
    const { r, p } = only({ chart: "p", data: rows([10, 20, 1], [100, 100, 1]) });
    const cl = 31 / 201;
    expect(p.cl).toBeCloseTo(cl, 14);
    expect(p.ucl).toBeCloseTo(cl + 3 * Math.sqrt((cl * (1 - cl)) / 100), 12);
    expect(r.points[2]!.ucl).toBe(1);
    expect(r.points[2]!.lcl).toBe(0);
  });
  it("multiplies y, centre line and limits but not n", () => {
    const { p } = only({ chart: "p", data: rows([10, 20], [100, 100]), multiply: 100 });
    expect(p.y).toBeCloseTo(10, 12);
    expect(p.cl).toBeCloseTo(15, 12);
    expect(p.n).toBe(100);
  });
  it("P′: scales the sigma by the moving-range SD of the z-scores", () => {
    const ys = [10, 30, 12, 28];
    const { p } = only({ chart: "pp", data: rows(ys, [100, 100, 100, 100]) });
    const cl = 0.2;
    const s = Math.sqrt((cl * (1 - cl)) / 100);
    const z = ys.map((y) => (y / 100 - cl) / s);
    const sigmaZ = (Math.abs(z[1]! - z[0]!) + Math.abs(z[2]! - z[1]!) + Math.abs(z[3]! - z[2]!)) / 3 / 1.128;
    expect(p.ucl).toBeCloseTo(cl + 3 * s * sigmaZ, 12);
  });
});

describe("C, U and U′ charts", () => {
  it("C: mean count ± 3·sqrt(mean), lower limit at least 0", () => {
    const { p } = only({ chart: "c", data: rows([4, 6, 5]) });
    expect(p.cl).toBe(5);
    expect(p.ucl).toBeCloseTo(5 + 3 * Math.sqrt(5), 12);
    expect(p.lcl).toBe(0);
    expect(p.lcl95).toBeCloseTo(5 - 2 * Math.sqrt(5), 12);
  });
  it("C sums several rows of one subgroup whatever the aggregate", () => {
    const r = compute({ chart: "c", data: [{ x: 1, y: 2 }, { x: 1, y: 3 }, { x: 2, y: 4 }], aggregate: "mean" });
    expect(r.points.map((q) => q.y)).toEqual([5, 4]);
  });
  it("U: pooled rate ± 3·sqrt(rate/n)", () => {
    const { p } = only({ chart: "u", data: rows([2, 4], [10, 10]) });
    expect(p.cl).toBeCloseTo(0.3, 14);
    expect(p.ucl).toBeCloseTo(0.3 + 3 * Math.sqrt(0.03), 12);
    expect(p.lcl).toBe(0);
  });
  it("U′: scales the U sigma by sigma_z", () => {
    const ys = [20, 60, 25, 55];
    const { p } = only({ chart: "up", data: rows(ys, [100, 100, 100, 100]) });
    const cl = 0.4;
    const s = Math.sqrt(cl / 100);
    const z = ys.map((y) => (y / 100 - cl) / s);
    const sigmaZ = (Math.abs(z[1]! - z[0]!) + Math.abs(z[2]! - z[1]!) + Math.abs(z[3]! - z[2]!)) / 3 / 1.128;
    expect(p.ucl).toBeCloseTo(cl + 3 * s * sigmaZ, 12);
  });
});

describe("G and T charts", () => {
  it("G: shows the median, limits from the mean m ± 3·sqrt(m(m+1))", () => {
    const { p } = only({ chart: "g", data: rows([1, 2, 3, 10]) });
    expect(p.cl).toBe(2.5);
    expect(p.ucl).toBeCloseTo(4 + 3 * Math.sqrt(20), 12);
    expect(p.lcl).toBe(0);
  });
  it("G with a known centre line uses it as the mean and shows 0.693 × it", () => {
    const { p } = only({ chart: "g", data: rows([1, 2, 3, 10]), cl: 5 });
    expect(p.cl).toBeCloseTo(3.465, 12);
    expect(p.ucl).toBeCloseTo(5 + 3 * Math.sqrt(30), 12);
  });
  it("T: an I chart of y^(1/3.6), transformed back", () => {
    const ys = [10, 20, 15, 30];
    const { r, p } = only({ chart: "t", data: rows(ys) });
    const t = ys.map((y) => y ** (1 / 3.6));
    const m = (t[0]! + t[1]! + t[2]! + t[3]!) / 4;
    const amr = (Math.abs(t[1]! - t[0]!) + Math.abs(t[2]! - t[1]!) + Math.abs(t[3]! - t[2]!)) / 3;
    expect(p.cl).toBeCloseTo(m ** 3.6, 10);
    expect(p.ucl).toBeCloseTo((m + (3 * amr) / 1.128) ** 3.6, 9);
    expect(r.points[1]!.y).toBeCloseTo(20, 12);
  });
});

describe("I′ chart", () => {
  it("weights the centre line by n and scales sigma by 1/sqrt(n)", () => {
    const { r } = only({ chart: "ip", data: rows([10, 30, 20], [100, 200, 100]) });
    const y = [0.1, 0.15, 0.2];
    const cl = (10 + 30 + 20) / 400;
    const s1 = (Math.sqrt(Math.PI / 2) * 0.05) / Math.sqrt(1 / 100 + 1 / 200);
    const s2 = (Math.sqrt(Math.PI / 2) * 0.05) / Math.sqrt(1 / 200 + 1 / 100);
    const meanS = (s1 + s2) / 2;
    expect(r.points[0]!.cl).toBeCloseTo(cl, 14);
    expect(r.points.map((q) => q.y)).toEqual(y);
    expect(r.points[1]!.ucl).toBeCloseTo(cl + 3 * meanS * Math.sqrt(1 / 200), 12);
  });
});
