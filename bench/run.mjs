// Benchmarks for compute() (issue "Core engine"): run with `npm run bench` (builds first).
// Times are the median of several runs after a warm-up, on whatever machine runs it.
import { compute } from "../dist/index.js";
import { random, normal, time } from "./harness.mjs";

function makeSeries(chart, size, seed = 42) {
  const rand = random(seed);
  const data = new Array(size);
  for (let i = 0; i < size; i++) {
    if (chart === "p") {
      const n = 50 + Math.floor(rand() * 101);
      let y = 0;
      for (let k = 0; k < 8; k++) y += rand() < 0.2 ? 1 : 0; // a cheap binomial-ish count ≤ n
      data[i] = { x: i + 1, y: Math.min(n, Math.round(y * n / 40)), n };
    } else data[i] = { x: i + 1, y: normal(rand) };
  }
  return data;
}

/** The floor: the I-chart arithmetic (mean, moving ranges, limits, sigma signals, runs) on a typed array. */
function floorIChart(y) {
  const n = y.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += y[i];
  const cl = sum / n;
  let mr = 0;
  for (let i = 1; i < n; i++) mr += Math.abs(y[i] - y[i - 1]);
  const sigma = mr / (n - 1) / 1.128;
  const ucl = cl + 3 * sigma;
  const lcl = cl - 3 * sigma;
  let signals = 0;
  let longest = 0;
  let current = 0;
  let side = 0;
  let crossings = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] > ucl || y[i] < lcl) signals++;
    const s = Math.sign(y[i] - cl);
    if (s === 0) continue;
    if (s === side) current++;
    else {
      if (side !== 0) crossings++;
      side = s;
      current = 1;
    }
    if (current > longest) longest = current;
  }
  return signals + longest + crossings;
}

const rows = [];
function record(name, ms, note = "") {
  rows.push({ name, ms });
  console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms ${note}`);
}

console.log(`node ${process.version}, ${new Date().toISOString()}\n`);
const timings = {};
for (const chart of ["run", "i", "p"]) {
  for (const size of [1e3, 1e5, 1e6]) {
    const data = makeSeries(chart, size);
    const repeats = size >= 1e6 ? 3 : size >= 1e5 ? 5 : 30;
    const ms = time(() => compute({ chart, data }), repeats);
    timings[`${chart}:${size}`] = ms;
    record(`compute ${chart} chart, ${size.toLocaleString("en")} points`, ms);
  }
}
for (const chart of ["run", "i", "p"]) {
  const growth = timings[`${chart}:1000000`] / timings[`${chart}:100000`];
  console.log(`  growth 1e5 → 1e6 (${chart}): ×${growth.toFixed(1)} (target ≤ 12)`);
}

const small = Array.from({ length: 10_000 }, (_, k) => makeSeries("p", 36, k + 1));
record("compute 10,000 P charts of 36 points", time(() => small.forEach((data) => compute({ chart: "p", data })), 3));

const y = Float64Array.from(makeSeries("i", 1e6), (r) => r.y);
const floor = time(() => floorIChart(y), 5);
record("floor: typed-array I-chart loop, 1e6", floor);
console.log(`  compute() / floor for the 1e6 I chart: ×${(timings["i:1000000"] / floor).toFixed(0)}`);
console.log("\nqicharts2 0.8.1 for reference (shared/reference/timings.json): I chart 1e5 points 67.5 s, 1e6 points 805 s.");
