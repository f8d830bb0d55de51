// The core benchmark (issue 16, "Fast"): compute() against the floor, a typed-array loop doing the
// I chart's arithmetic, measured in the same run; each ratio is printed beside its target. Run
// with `npm run bench` (builds first; node --expose-gc for the heap figure). DIST=path/to/dist
// measures another build (e.g. main's) with the same harness. The machine may be shared and
// noisy: times are medians of runs taken in turns with the floor, and targets are ratios.
import { floorIChart, iChartRows, median, report, summary, time, timeInTurns } from "./harness.mjs";

const dist = process.env.DIST ? new URL(`file://${process.env.DIST.replace(/\/$/, "")}/`) : new URL("../dist/", import.meta.url);
const { compute, renderSvg } = await import(new URL("index.js", dist).href);

console.log(`compute() against the floor — node ${process.version}, ${new Date().toISOString()}, ${dist.pathname}\n`);

// 1. The I chart at 10^5 and 10^6 points, each beside the floor for the same points.
const ratios = {};
const cpuRatios = {};
const times = {};
for (const [size, repeats] of [[1e5, 11], [1e6, 5]]) {
  const data = iChartRows(size);
  const y = Float64Array.from(data, (r) => r.y);
  const t = timeInTurns({ compute: () => compute({ chart: "i", data }), floor: () => floorIChart(y) }, repeats);
  times[size] = t.wall.compute;
  ratios[size] = t.wall.compute / t.wall.floor;
  cpuRatios[size] = t.cpu.compute / t.cpu.floor;
  console.log(
    `  I chart ${size.toLocaleString("en")} points: compute ${t.wall.compute.toFixed(1)} ms (cpu ${t.cpu.compute.toFixed(1)}),` +
      ` floor ${t.wall.floor.toFixed(2)} ms (cpu ${t.cpu.floor.toFixed(2)}); cpu-time ratio ×${cpuRatios[size].toFixed(1)}`,
  );
}
// For reference, no target: the least any plain-JSON result with one object per point can cost,
// allocating 10^6 objects of a Point's 21 fields (own y, shared lines) and nothing else. This
// part of the ratio is the price of the result's shape, not of the arithmetic.
{
  const y = Float64Array.from(iChartRows(1e6), (r) => r.y);
  const none = Object.freeze([]);
  const pointsOnly = () => {
    const points = new Array(y.length);
    for (let i = 0; i < y.length; i++) {
      points[i] = { facet: null, x: i + 1, index: i + 1, part: 1, y: y[i] * 1.5, n: null, rows: 1, count: 1, cl: 0.1, lcl: -3.1, ucl: 3.2, lcl95: -2, ucl95: 2,
        target: null, baseline: false, excluded: false, sigmaSignal: false, runsSignal: false, note: null, signals: none, variation: "common" };
    }
    return points;
  };
  const t = timeInTurns({ points: pointsOnly, floor: () => floorIChart(y) }, 5);
  console.log(`  for reference: 10^6 point objects alone take ×${(t.wall.points / t.wall.floor).toFixed(1)} the floor (cpu ×${(t.cpu.points / t.cpu.floor).toFixed(1)})`);
}
report("I chart 10^6 points / floor", ratios[1e6], "×", 30);
report("I chart 10^5 points / floor", ratios[1e5], "×", 20);
report("growth 10^5 → 10^6 points", times[1e6] / times[1e5], "×", 11, "≤");

// 2. A small chart: 1,000 points, I chart with the Making Data Count rules.
{
  const data = iChartRows(1000, 7);
  const spec = { chart: "i", data, convention: "mdc", rules: "mdc" };
  const batch = 200;
  const ms = time(() => {
    for (let k = 0; k < batch; k++) compute(spec);
  }, 15) / batch;
  report("I chart 1,000 points, MDC rules", ms, "ms", 0.25);
}

// 3. Many small charts: 10,000 charts of 36 points, computed and rendered.
{
  const charts = Array.from({ length: 10_000 }, (_, k) => iChartRows(36, k + 1));
  let bytes = 0;
  const ms = time(() => {
    for (const data of charts) bytes += renderSvg(compute({ chart: "i", data })).length;
  }, 3);
  report("10,000 I charts of 36 points, compute + render", ms, "ms", 1000);
}

/** Funnel units: labels u1…, n from 50 to 2,049, about 8 % events. */
function funnelUnits(size) {
  return iChartRows(size, 9).map((r, i) => {
    const n = 50 + (i % 2000);
    return { x: `u${i + 1}`, y: Math.min(n, Math.max(0, Math.round(0.08 * n + Math.sqrt(0.08 * n) * r.y))), n };
  });
}

// 4. The charts of issue 17 at 10^5 points, each against the I chart of as many points (target ≤ 2×).
{
  const size = 1e5;
  const iData = iChartRows(size, 5);
  const counts = iChartRows(size, 6).map((r, i) => ({ x: r.x, y: Math.abs(Math.round(r.y)) % 40, n: 40 + (i % 3) }));
  const subgroups = iChartRows(5 * size, 8).map((r, i) => ({ x: Math.floor(i / 5) + 1, y: r.y }));
  const cases = [
    ["np", { chart: "np", data: counts }],
    // Subgroup charts read 5 rows per point: compare them with the Xbar-S chart, which was there before.
    ["xbar (S, before issue 17; subgroups of 5)", { chart: "xbar", data: subgroups }],
    ["r (subgroups of 5)", { chart: "r", data: subgroups }],
    ["xbar sigmaFrom range (subgroups of 5)", { chart: "xbar", sigmaFrom: "range", data: subgroups }],
    ["i centre median, median MR", { chart: "i", centre: "median", sigmaFrom: "median-moving-range", data: iData }],
    ["p standardised", { chart: "p", standardise: true, data: counts }],
    ["i with fixed limits", { chart: "i", cl: 0, limits: { lcl: -3, ucl: 3 }, data: iData }],
    // 10^5 units with 2,000 different denominators up to 2,050 cases (exact binomial limits per n).
    ["funnel (exact, 10^5 units)", { chart: "funnel", data: funnelUnits(size) }],
    ["funnel (additive overdispersion)", { chart: "funnel", funnel: { overdispersion: "additive" }, data: funnelUnits(size) }],
    ["pareto (10^5 categories)", { chart: "pareto", data: counts.map((r, i) => ({ x: `k${i}`, y: r.y })) }],
  ];
  for (const [name, spec] of cases) {
    // In turns with the I chart, each warmed up first, so neither pays for the other's JIT or GC.
    const t = timeInTurns({ chart: () => compute(spec), i: () => compute({ chart: "i", data: iData }) }, 7);
    report(`${name} 10^5 points / I chart`, t.cpu.chart / t.cpu.i, "×", 2);
  }
}

// 5. Memory: the heap a 10^6-point result keeps alive, per point.
if (typeof globalThis.gc === "function") {
  const data = iChartRows(1e6, 3);
  const heapPerPoint = [];
  for (let r = 0; r < 3; r++) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    let result = compute({ chart: "i", data });
    globalThis.gc();
    heapPerPoint.push((process.memoryUsage().heapUsed - before) / result.points.length);
    result = null;
  }
  report("heap per point of a 10^6-point result", median(heapPerPoint), "B", 400);
} else {
  console.log("heap per point: run node with --expose-gc to measure it");
}
summary();
