// How long the runs rules' exact false-alarm probability takes (moved here from a test that
// asserted "under 50 ms" and failed on a loaded machine): n = 1000 and n = 10⁶, each a fresh n.
// Run with `npm run bench` (builds first), or `node bench/false-alarm.mjs` after `npm run build`.
import { falseAlarmProbability } from "../dist/index.js";

let failed = false;
function record(name, ms, target) {
  const ok = ms < target;
  if (!ok) failed = true;
  console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  (target < ${target} ms: ${ok ? "ok" : "MISSED"})`);
}

console.log(`\nfalseAlarmProbability, node ${process.version}`);
falseAlarmProbability(24); // load and warm the module once
for (const n of [1000, 1_000_003]) {
  const t0 = performance.now();
  falseAlarmProbability(n);
  record(`falseAlarmProbability(${n}), first call`, performance.now() - t0, 50);
}
if (failed) process.exitCode = 1;
