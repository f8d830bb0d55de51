// Quick start: compute every bundled example spec and print what each chart says.
// Run with `npm run example` (it builds the package first).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compute } from "../dist/index.js";

const specDir = join(dirname(fileURLToPath(import.meta.url)), "specs");
const format = (v) => (v === null ? "–" : Number(v.toPrecision(4)).toString());

for (const file of readdirSync(specDir).filter((f) => f.endsWith(".json")).sort()) {
  const spec = JSON.parse(readFileSync(join(specDir, file), "utf8"));
  const result = compute(spec);
  console.log(`\n${spec.title ?? file} (${result.chart.toUpperCase()} chart, ${result.points.length} points)`);
  for (const part of result.parts) {
    const outside = result.points.filter((p) => p.part === part.part && p.facet === part.facet && p.sigmaSignal);
    console.log(
      `  part ${part.part} (points ${part.first}–${part.last}): centre line ${format(part.cl)}, ` +
        `longest run ${part.longestRun ?? "–"} (max ${part.longestRunMax ?? "–"}), ` +
        `crossings ${part.crossings ?? "–"} (min ${part.crossingsMin ?? "–"})`,
    );
    console.log(
      part.runsSignal
        ? "    runs signal: the process has probably changed (non-random variation)"
        : "    no runs signal: only random variation is seen",
    );
    if (outside.length > 0) console.log(`    ${outside.length} point(s) outside the limits: ${outside.map((p) => p.x).join(", ")}`);
  }
  for (const w of result.warnings) console.log(`  note: ${w.message}`);
}
