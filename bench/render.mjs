// Benchmarks for renderSvg() (issue "SVG renderer"): run with `npm run bench` (builds first), or
// alone with `node bench/render.mjs` after `npm run build`. Only rendering is timed: the results
// are computed beforehand. Targets: 10,000 charts of 36 points in under 3 s; one 10,000-point
// chart in under 100 ms; 10,000 facets of 12 points computed, explained and rendered in under 2 s
// (issue 16). Exits 1 when a target is missed. Issue 15's "10,000 charts of 36 points computed and
// rendered in under 1 s" is in bench/run.mjs, beside the compute floor.
import { compute, explain, renderSvg } from "../dist/index.js";
import { random, time } from "./harness.mjs";

if (typeof renderSvg !== "function") {
  console.error("bench/render.mjs: dist/index.js does not export renderSvg (export it from src/index.ts and npm run build)");
  process.exit(1);
}

/** Monthly P-chart data (dates, varying n: stepped limits), the commonest chart of our users. */
function monthlyP(size, seed) {
  const rand = random(seed);
  return Array.from({ length: size }, (_, i) => {
    const n = 40 + Math.floor(rand() * 80);
    let y = 0;
    for (let k = 0; k < n; k++) if (rand() < 0.15) y++;
    const m = i % 12;
    return { x: `${2020 + Math.floor(i / 12)}-${String(m + 1).padStart(2, "0")}-01`, y, n, ...(i === 20 ? { note: "PDSA 1" } : {}) };
  });
}

function dailyI(size, seed) {
  const rand = random(seed);
  return Array.from({ length: size }, (_, i) => ({ x: i + 1, y: 100 + 10 * (rand() + rand() + rand() - 1.5) }));
}

let failed = false;
function record(name, ms, target) {
  const ok = ms < target;
  if (!ok) failed = true;
  console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  (target < ${target} ms: ${ok ? "ok" : "MISSED"})`);
}

console.log(`\nrenderSvg, node ${process.version}`);
const small = Array.from({ length: 10_000 }, (_, k) => compute({ chart: "p", title: `Avdeling ${k}`, data: monthlyP(36, k + 1) }));
let bytes = 0;
record("render 10,000 P charts of 36 points", time(() => small.forEach((r) => (bytes += renderSvg(r).length)), 3), 3000);
const big = compute({ chart: "i", data: dailyI(10_000, 7) });
record("render one I chart of 10,000 points", time(() => renderSvg(big), 10), 100);
record("render one I chart of 10,000 points, all", time(() => renderSvg(big, { points: "all" }), 10), 100);
console.log(`  average SVG of 36 points: ${(bytes / small.length / 4 / 1024).toFixed(1)} kB`);
// explain() (the SVG's <desc>) once searched every finding and icon per facet: 8,000 facets took
// 62 s. Now it indexes them by facet once; test/rules/describe.test.ts counts its reads.
const counts = [4, 5, 3, 6, 4, 5, 4, 5, 3, 6, 4, 30];
const faceted = compute({ chart: "c", data: Array.from({ length: 10_000 }, (_, k) => counts.map((y, i) => ({ x: i + 1, y, facet: `Avd. ${k}` }))).flat() });
record("explain one chart of 10,000 facets × 12 points", time(() => explain(faceted), 3), 2000);
// Issue 16, "every step linear in facets": the whole way, from rows to the SVG (which explains
// the chart again for its <desc>).
const facetRows = Array.from({ length: 10_000 }, (_, k) => counts.map((y, i) => ({ x: i + 1, y, facet: `Avd. ${k}` }))).flat();
record("10,000 facets × 12 points: compute, explain, render", time(() => {
  const result = compute({ chart: "c", data: facetRows });
  explain(result);
  renderSvg(result);
}, 3), 2000);
if (failed) process.exitCode = 1;
