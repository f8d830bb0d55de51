// How long `spc report` takes for a plan of 30 measures, six kinds of chart over the test
// fixtures (moved here from a test that asserted "well under 2 s": a time bound in a test fails
// on a loaded machine). The built binary, so node's start-up is included, as a user sees it.
// The plan names the fixtures by absolute path, so it runs with --allow-outside.
// Run with `npm run bench` (builds first), or `node bench/report.mjs` after `npm run build`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixture = (name) => JSON.stringify(join(root, "test", "fixtures", name));
const kinds = [
  `chart: u\n    multiply: 1000\n    direction: decrease\n    target: { value: 0.6, date: 2025-12-31 }\n    data: { file: ${fixture("fall-sykehjem.csv")}, x: Måned, y: Fall, n: Liggedøgn, note: Kommentar }\n    annotations: [{ date: 2024-05-14, text: PDSA }]`,
  `chart: p\n    multiply: 100\n    direction: increase\n    data: { file: ${fixture("handhygiene-bom-crlf.csv")}, x: Måned, y: Korrekt utført, n: Observasjoner }`,
  `chart: c\n    events: { file: ${fixture("fallhendelser.csv")}, date: Hendelsesdato, period: month }`,
  `chart: t\n    events: { file: ${fixture("fallhendelser.csv")}, date: Hendelsesdato }`,
  `chart: g\n    events: { file: ${fixture("operasjoner-infeksjon.csv")}, date: Operasjonsdato, event: Postoperativ infeksjon }`,
  `chart: i\n    data: { file: ${fixture("ventetid-uke.tsv")}, x: Uke, y: Median ventetid (dager) }`,
];
const measures = Array.from({ length: 30 }, (_, i) => `  - name: Måling ${i + 1}\n    type: ${["outcome", "process", "balancing"][i % 3]}\n    ${kinds[i % kinds.length]}`);
const plan = `title: Stor plan\nmeasures:\n${measures.join("\n")}\n`;

const dir = mkdtempSync(join(tmpdir(), "spc-bench-report-"));
const target = 2000;
let best = Infinity;
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "report", "-", "--allow-outside", "-o", join(dir, "r.html"), "--no-date"], { input: plan, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`spc report exited ${r.status}`);
  }
  best = Math.min(best, ms);
}
rmSync(dir, { recursive: true, force: true });
const ok = best < target;
console.log(`\nspc report, node ${process.version}`);
console.log(`${"30 measures, binary (best of 3)".padEnd(44)} ${best.toFixed(1).padStart(9)} ms  (target < ${target} ms: ${ok ? "ok" : "MISSED"})`);
if (!ok) process.exitCode = 1;
