// How long `spc report` takes for a plan of 30 measures (HTML), and a PowerPoint deck of 10, six kinds of chart over the test
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

/** The best of three runs of `spc report` on a plan, in ms. */
function best(planText, output) {
  let ms = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "report", "-", "--allow-outside", "-o", join(dir, output), "--no-date"], { input: planText, encoding: "utf8" });
    const took = performance.now() - t0;
    if (r.status !== 0) {
      console.error(r.stderr);
      throw new Error(`spc report -o ${output} exited ${r.status}`);
    }
    ms = Math.min(ms, took);
  }
  return ms;
}

const target = 2000;
const html30 = best(plan, "r.html");
// Issue 12: the PowerPoint deck of a plan with 10 measures (each chart also drawn as PNG by
// resvg) under 3 s; the HTML of the same plan is the floor it is compared with.
const plan10 = `title: Ti målinger\nmeasures:\n${measures.slice(0, 10).join("\n")}\n`;
const pptxTarget = 3000;
const html10 = best(plan10, "r10.html");
const pptx10 = best(plan10, "r10.pptx");
rmSync(dir, { recursive: true, force: true });
console.log(`\nspc report, node ${process.version}`);
const line = (label, ms, goal) => console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  (target < ${goal} ms: ${ms < goal ? "ok" : "MISSED"})`);
line("30 measures, binary (best of 3)", html30, target);
line("10 measures, HTML, binary (best of 3)", html10, target);
line("10 measures, PPTX, binary (best of 3)", pptx10, pptxTarget);
console.log(`${"PPTX / HTML, 10 measures".padEnd(44)} ${(pptx10 / html10).toFixed(2).padStart(9)} ×`);
if (!(html30 < target && pptx10 < pptxTarget)) process.exitCode = 1;
