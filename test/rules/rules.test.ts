import { describe, expect, it } from "vitest";
import { compute } from "../../src/index.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import { brief, detect, negate, RUN_LINES, type DetectOptions } from "./helpers.js";

type Brief = [string, string | null, number[]][];

/**
 * Checks a rule on a hand-built sequence and on its mirror image around the centre line (0):
 * the mirror must give the same findings with high and low swapped.
 */
function both(rules: unknown, ys: (number | null)[], expected: Brief, options: DetectOptions = {}): void {
  expect(brief(detect(rules, ys, options).findings)).toEqual(expected);
  const lines = options.lines;
  const mirrorLines = lines && { cl: -lines.cl, ucl: -lines.lcl, lcl: -lines.ucl, ucl95: -lines.lcl95, lcl95: -lines.ucl95 };
  const mirror = detect(rules, negate(ys), mirrorLines ? { ...options, lines: mirrorLines } : options).findings;
  expect(brief(mirror)).toEqual(expected.map(([rule, side, points]) => [rule, side === "high" ? "low" : side === "low" ? "high" : null, points]));
}

const repeat = (n: number, v: number) => Array.from({ length: n }, () => v);

describe("outside-limits", () => {
  it("flags a point strictly beyond a limit, not one exactly on it", () => {
    both(["outside-limits"], [0, 3, 0, 3.0001, 0], [["outside-limits", "high", [4]]]);
    both(["outside-limits"], [0, -3, 1, -3.5, 0], [["outside-limits", "low", [4]]]);
  });
  it("skips missing and excluded points, and charts without limits", () => {
    both(["outside-limits"], [0, null, 5, 0], [["outside-limits", "high", [3]]]);
    both(["outside-limits"], [0, 5, 0], [], { exclude: [1] });
    both(["outside-limits"], [0, 50, 0], [], { lines: RUN_LINES });
  });
  it("runs on unordered charts too (MR, funnel plots)", () => {
    both(["outside-limits"], [0, 5, 0], [["outside-limits", "high", [2]]], { unordered: true });
  });
  it("reports the limit it crossed", () => {
    expect(detect(["outside-limits"], [4]).findings[0]).toMatchObject({ count: 1, limit: 3, first: 1, last: 1 });
  });
});

describe("shift", () => {
  const rule = [{ rule: "shift", n: 7 }];
  it("needs N points in a row on one side: N − 1 are not enough", () => {
    both(rule, [-1, ...repeat(6, 1), -1], []);
    both(rule, [-1, ...repeat(7, 1), -1], [["shift", "high", [2, 3, 4, 5, 6, 7, 8]]]);
  });
  it("flags every point of a longer run, once", () => {
    const f = detect(rule, [...repeat(9, 1), -1]).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ count: 9, limit: 7, first: 1, last: 9 });
  });
  it("a point on the centre line breaks the run (onLine: break)…", () => {
    both(rule, [...repeat(3, 1), 0, ...repeat(4, 1)], []);
  });
  it("…or is stepped over and not flagged (onLine: skip, IHI)", () => {
    both([{ rule: "shift", n: 7, onLine: "skip" }], [...repeat(3, 1), 0, ...repeat(4, 1)], [["shift", "high", [1, 2, 3, 5, 6, 7, 8]]]);
  });
  it("a missing value is stepped over (qicharts2) or breaks the run (mdc)", () => {
    const ys = [...repeat(3, 1), null, ...repeat(4, 1)];
    both(rule, ys, [["shift", "high", [1, 2, 3, 5, 6, 7, 8]]], { missing: "skip" });
    both(rule, ys, [], { missing: "break" });
  });
  it("an excluded point is stepped over and not flagged", () => {
    both(rule, [...repeat(3, 1), -5, ...repeat(4, 1)], [["shift", "high", [1, 2, 3, 5, 6, 7, 8]]], { exclude: [3] });
  });
  it("uses its default N of 8", () => {
    both(["shift"], repeat(7, 1), []);
    both(["shift"], repeat(8, 1), [["shift", "high", [1, 2, 3, 4, 5, 6, 7, 8]]]);
  });
});

describe("trend", () => {
  const rule = [{ rule: "trend", n: 7 }];
  it("needs N points each higher than the one before: N − 1 are not enough", () => {
    both(rule, [0.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1], []);
    both(rule, [0.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.1], [["trend", "high", [2, 3, 4, 5, 6, 7, 8]]]);
  });
  it("ignores the centre line: a trend may cross it", () => {
    both(rule, [-3, -2, -1, 0, 1, 2, 3], [["trend", "high", [1, 2, 3, 4, 5, 6, 7]]]);
  });
  it("a tie breaks it (ties: break)…", () => {
    both(rule, [1, 2, 3, 3, 4, 5, 6, 7], []);
  });
  it("…or is skipped and not flagged (ties: skip, IHI)", () => {
    both([{ rule: "trend", n: 7, ties: "skip" }], [1, 2, 3, 3, 4, 5, 6, 7], [["trend", "high", [1, 2, 3, 5, 6, 7, 8]]]);
  });
  it("shares the turning point of a rise and a fall, listing the later trend first", () => {
    const ys = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    both(rule, ys, [["trend", "high", [1, 2, 3, 4, 5, 6, 7]], ["trend", "low", [7, 8, 9, 10, 11, 12, 13]]]);
    const { variation } = detect(rule, ys.map((v) => v - 4));
    expect(variation[6]).toBe("neutral-low"); // the peak shows the fall it starts, as Making Data Count labels it
  });
  it("a missing value is stepped over (qicharts2) or breaks the trend (mdc)", () => {
    const ys = [1, 2, 3, null, 4, 5, 6, 7];
    both(rule, ys, [["trend", "high", [1, 2, 3, 5, 6, 7, 8]]], { missing: "skip" });
    both(rule, ys, [], { missing: "break" });
  });
  it("variant mdc: the last point of a trend followed at once by another takes the step's side", () => {
    const ys = [0, 1, 2, 3, 4, 5, 6, 0, 1, 6, 7, 8, 9, 10].map((v) => v - 5);
    const standard = detect([{ rule: "trend", n: 7 }], ys, { direction: "increase" });
    const mdc = detect([{ rule: "trend", n: 7, variant: "mdc" }], ys, { direction: "increase" });
    expect(standard.variation[6]).toBe("improvement-high");
    expect(mdc.variation[6]).toBe("concern-low"); // NHSRplotthedots: "7 Point Trend (Decreasing)"
    expect(brief(mdc.findings)).toEqual(brief(standard.findings));
  });
});

describe("two-of-three", () => {
  it("standard: 2 of 3 strictly beyond the same 2-sigma line; the third anywhere", () => {
    both(["two-of-three"], [0, 2.5, 0, 2.5, 0], [["two-of-three", "high", [2, 4]]]);
    both(["two-of-three"], [0, 2.5, -1, 2.5, 0], [["two-of-three", "high", [2, 4]]]);
    both(["two-of-three"], [0, 2.5, 0, 0, 2.5, 0], []);
  });
  it("a point exactly on the 2-sigma line is not beyond it", () => {
    both(["two-of-three"], [0, 2, 2.5, 0], []);
  });
  it("standard: a point beyond 3 sigma counts; mdc: it does not", () => {
    both(["two-of-three"], [0, 3.5, 0, 2.5, 0], [["two-of-three", "high", [2, 4]]]);
    both([{ rule: "two-of-three", variant: "mdc" }], [0, 3.5, 0.5, 2.5, 0], []);
  });
  it("mdc: all three on the same side; a middle point on the other side or on the line cancels", () => {
    const mdc = [{ rule: "two-of-three", variant: "mdc" }];
    both(mdc, [0, 2.5, 0.5, 2.5, 0], [["two-of-three", "high", [2, 4]]]);
    both(mdc, [0, 2.5, -0.5, 2.5, 0], []);
    both(mdc, [0, 2.5, 0, 2.5, 0], []);
    both(mdc, [0.1, 2.5, 2.6, -1], [["two-of-three", "high", [2, 3]]]); // the third point (0.1) is not flagged
  });
  it("merges overlapping windows on one side into one finding", () => {
    const f = detect(["two-of-three"], [0, 2.5, 2.5, 0, 2.5, 0]).findings;
    expect(brief(f)).toEqual([["two-of-three", "high", [2, 3, 5]]]);
    expect(f[0]).toMatchObject({ first: 1, last: 5, count: 3, limit: 2 });
  });
  it("windows do not reach across a missing value under mdc", () => {
    both(["two-of-three"], [2.5, null, 2.5, 0], [["two-of-three", "high", [1, 3]]], { missing: "skip" });
    both(["two-of-three"], [2.5, null, 2.5, 0], [], { missing: "break" });
  });
});

describe("four-of-five", () => {
  it("needs 4 of 5 strictly beyond the same 1-sigma line: 3 are not enough", () => {
    both(["four-of-five"], [1.5, 1.5, 0, 1.5, 1.5], [["four-of-five", "high", [1, 2, 4, 5]]]);
    both(["four-of-five"], [1.5, 1.5, 0, 1.5, 0, 1.5], []);
  });
  it("a point exactly on the 1-sigma line is not beyond it", () => {
    both(["four-of-five"], [1.5, 1.5, 0, 1, 1.5], []);
  });
});

describe("alternating", () => {
  const zigzag = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1 - (i % 3) * 0.1 : 1 + (i % 3) * 0.1));
  it("needs N points alternating up and down: N − 1 are not enough", () => {
    both(["alternating"], zigzag(13), []);
    both(["alternating"], zigzag(14), [["alternating", null, Array.from({ length: 14 }, (_, i) => i + 1)]]);
  });
  it("a tie breaks the pattern", () => {
    const ys = zigzag(14);
    ys[7] = ys[6]!;
    both(["alternating"], ys, []);
  });
  it("with its own N", () => {
    both([{ rule: "alternating", n: 4 }], [0, 1, 0, 1, 1], [["alternating", null, [1, 2, 3, 4]]]);
  });
});

describe("stratification", () => {
  const hugging = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 0.5 : -0.5));
  it("needs N points within 1 sigma: N − 1 are not enough", () => {
    both(["stratification"], [2, ...hugging(14), 2], []);
    both(["stratification"], [2, ...hugging(15), 2], [["stratification", null, Array.from({ length: 15 }, (_, i) => i + 2)]]);
  });
  it("a point exactly on the 1-sigma line is within", () => {
    const ys = hugging(15);
    ys[3] = 1;
    both(["stratification"], ys, [["stratification", null, Array.from({ length: 15 }, (_, i) => i + 1)]]);
  });
  it("needs points on both sides of the centre line, and variation (no finding on constant data)", () => {
    both(["stratification"], repeat(20, 0.5), []);
    both(["stratification"], repeat(20, 0), []);
    both(["stratification"], repeat(20, 0), [], { lines: { cl: 0, ucl: 0, lcl: 0, ucl95: 0, lcl95: 0 } });
  });
  it("flags neither improvement nor concern", () => {
    const { variation } = detect(["stratification"], hugging(15), { direction: "increase" });
    expect(variation.slice(0, 2)).toEqual(["neutral-high", "neutral-low"]);
  });
});

describe("mixture", () => {
  const avoiding = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1.5 : -1.5));
  it("needs N points beyond 1 sigma on both sides: N − 1 are not enough", () => {
    both(["mixture"], [0, ...avoiding(7), 0], []);
    both(["mixture"], [0, ...avoiding(8), 0], [["mixture", null, [2, 3, 4, 5, 6, 7, 8, 9]]]);
  });
  it("a point exactly on the 1-sigma line is within and breaks the run", () => {
    const ys = avoiding(8);
    ys[4] = -1;
    both(["mixture"], ys, []);
  });
  it("all on one side is a shift, not a mixture", () => {
    both(["mixture"], repeat(9, 1.5), []);
  });
});

describe("longest-run (Anhøj)", () => {
  // 24 useful points: a run longer than 8 signals, fewer than 8 crossings signal.
  const limits = anhoejLimits(24);
  // 8 alternating points ending below, a run above, then alternating points starting below: 24 in all.
  const around = (run: number) => {
    const before = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    const after = Array.from({ length: 16 - run }, (_, i) => (i % 2 === 0 ? -1 : 1));
    return [...before, ...repeat(run, 2), ...after];
  };
  it("needs a run longer than round(log2(n)) + 3: exactly the limit is not enough", () => {
    expect(limits.longestRunMax).toBe(8);
    both(["longest-run"], around(8), [], { lines: RUN_LINES });
    both(["longest-run"], around(9), [["longest-run", "high", [9, 10, 11, 12, 13, 14, 15, 16, 17]]], { lines: RUN_LINES });
  });
  it("points on the centre line neither break nor extend a run, and are not flagged", () => {
    const ys = around(9);
    ys.splice(12, 0, 0); // a 25th point, on the line, inside the run
    both(["longest-run"], ys, [["longest-run", "high", [9, 10, 11, 12, 14, 15, 16, 17, 18]]], { lines: RUN_LINES });
  });
  it("matches the part's runs signal and reports the limit and n", () => {
    const out = detect(["longest-run"], around(10), { lines: RUN_LINES });
    const f = out.findings[0]!;
    expect(f).toMatchObject({ count: 10, limit: 8, nUseful: 24 });
    expect(out.texts(f).explanation.nb).toContain("lengre enn grensen på 8 for 24 punkter");
  });
  it("never runs where qicharts2 never signals runs (MR charts, categorical x)", () => {
    both(["longest-run"], around(12), [], { lines: RUN_LINES, unordered: true });
  });
  it("with cut box, the run allowed depends on the crossings", () => {
    // n = 10: cb 2, lb 6, cbord 3, lbord 5. Two crossings and a run of 6 signal under cut box only.
    const ys = [1, 1, 1, 1, 1, 1, -1, -1, 1, 1];
    expect(brief(detect(["longest-run"], ys, { lines: RUN_LINES, method: "anhoej" }).findings)).toEqual([]);
    expect(brief(detect(["longest-run"], ys, { lines: RUN_LINES, method: "cutbox" }).findings)).toEqual([["longest-run", "high", [1, 2, 3, 4, 5, 6]]]);
  });
});

describe("crossings (Anhøj)", () => {
  it("signals fewer crossings than qbinom(0.05, n − 1, ½): the limit itself is enough", () => {
    // 24 points: at least 8 crossings expected.
    const block = (k: number, v: number) => repeat(k, v);
    const seven = [...block(3, 1), ...block(3, -1), ...block(3, 1), ...block(3, -1), ...block(3, 1), ...block(3, -1), ...block(3, 1), ...block(3, -1)]; // 7 crossings
    const eight = [...block(3, 1), ...block(3, -1), ...block(3, 1), ...block(3, -1), ...block(3, 1), ...block(3, -1), ...block(3, 1), ...block(2, -1), 1]; // 8
    both(["crossings"], eight, [], { lines: RUN_LINES });
    both(["crossings"], seven, [["crossings", null, []]], { lines: RUN_LINES });
    expect(detect(["crossings"], seven, { lines: RUN_LINES }).findings[0]).toMatchObject({ count: 7, limit: 8, first: 1, last: 24 });
  });
});

describe("astronomical (IHI)", () => {
  it("on a run chart: beyond the centre line ± 3 sigma from moving ranges", () => {
    const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 40, 6].map((v) => v - 6);
    both(["astronomical"], ys, [["astronomical", "high", [11]]], { lines: RUN_LINES });
  });
  it("with limits: the same as outside-limits", () => {
    both(["astronomical"], [0, 3, 3.1, 0], [["astronomical", "high", [3]]]);
  });
});

describe("number-of-runs (IHI)", () => {
  it("too many runs: 20 alternating points form 20 runs, more than 15", () => {
    const ys = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    both(["number-of-runs"], ys, [["number-of-runs", null, []]], { lines: RUN_LINES });
    expect(detect(["number-of-runs"], ys, { lines: RUN_LINES }).findings[0]).toMatchObject({ count: 20, limit: 15 });
  });
  it("too many runs: 16 runs in 20 points signal, 15 do not", () => {
    const runs = (sizes: number[]) => sizes.flatMap((k, i) => repeat(k, i % 2 === 0 ? 1 : -1));
    const fifteen = runs([2, 2, 2, 2, 2, ...repeat(10, 1)]);
    const sixteen = runs([2, 2, 2, 2, ...repeat(12, 1)]);
    expect([fifteen.length, sixteen.length]).toEqual([20, 20]);
    both(["number-of-runs"], fifteen, [], { lines: RUN_LINES });
    both(["number-of-runs"], sixteen, [["number-of-runs", null, []]], { lines: RUN_LINES });
  });
  it("too few runs: 5 runs in 20 points, fewer than 6; 6 runs are enough", () => {
    const runs = (sizes: number[]) => sizes.flatMap((k, i) => repeat(k, i % 2 === 0 ? 1 : -1));
    both(["number-of-runs"], runs([4, 4, 4, 4, 4]), [["number-of-runs", null, []]], { lines: RUN_LINES });
    both(["number-of-runs"], runs([4, 4, 3, 3, 3, 3]), [], { lines: RUN_LINES });
  });
  it("is not tested below 10 useful points", () => {
    both(["number-of-runs"], [1, -1, 1, -1, 1, -1, 1, -1, 1], [], { lines: RUN_LINES });
  });
});

describe("precedence and variation", () => {
  it("lists a point's signals in the order of the rules, and reads the variation with the direction", () => {
    const ys = [0.5, 0.7, 0.6, 0.9, 0.8, 1.0, 3.5];
    const { first, variation } = detect([{ rule: "shift", n: 7 }, "outside-limits"], ys, { direction: "decrease" });
    expect(first[6]).toBe("shift");
    expect(variation[6]).toBe("concern-high");
    const mdcOrder = detect("mdc", ys, { direction: "decrease" });
    expect(mdcOrder.first[6]).toBe("outside-limits");
    expect(mdcOrder.first[0]).toBe("shift");
    expect(detect("mdc", negate(ys), { direction: "decrease" }).variation[6]).toBe("improvement-low");
  });
  it("a sided signal decides the variation even behind a signal without a side", () => {
    const ys = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 2.5 : 2.2));
    const { first, variation } = detect(["alternating", "two-of-three"], ys, { direction: "increase" });
    expect(first[0]).toBe("alternating");
    expect(variation[0]).toBe("improvement-high");
  });
});

describe("rules inside compute()", () => {
  it("compare plotted values: multiply (also negative) keeps the findings, with high and low swapped when negative", () => {
    const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 12, 6];
    const data = ys.map((y, i) => ({ x: i + 1, y }));
    const plain = compute({ chart: "i", data, rules: ["outside-limits"] }).findings;
    const percent = compute({ chart: "i", data, multiply: 100, rules: ["outside-limits"] }).findings;
    const negative = compute({ chart: "i", data, multiply: -1, rules: ["outside-limits"] }).findings;
    expect(plain.map((f) => [f.side, f.points])).toEqual([["high", [11]]]);
    expect(percent.map((f) => [f.side, f.points, f.limit])).toEqual([["high", [11], plain[0]!.limit * 100]]);
    expect(negative.map((f) => [f.side, f.points])).toEqual([["low", [11]]]);
  });
  it("numbers the findings across facets and parts, in order", () => {
    const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 30, 6];
    const data = [...ys.map((y, i) => ({ x: i + 1, y, facet: "A" })), ...ys.map((y, i) => ({ x: i + 1, y, facet: "B" }))];
    const r = compute({ chart: "i", data, rules: ["outside-limits"], breaks: [4] });
    expect(r.findings.map((f) => [f.facet, f.part, f.first])).toEqual([["A", 2, 11], ["B", 2, 11]]);
    expect(r.points.filter((p) => p.signals.length > 0).map((p) => [p.facet, p.signals[0]!.finding])).toEqual([["A", 0], ["B", 1]]);
  });
  it("never flags an excluded point, though sigmaSignal marks it as qicharts2 does", () => {
    const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 30, 6];
    const r = compute({ chart: "i", data: ys.map((y) => ({ y })), exclude: [11] });
    expect(r.points[10]).toMatchObject({ excluded: true, sigmaSignal: true, variation: "common", signals: [] });
  });
});
