// Quick start: compute every bundled example spec, print what each chart says, and draw it.
// Run with `npm run example` (it builds the package first). The charts go to out/examples/:
// one SVG per spec and an index.html that shows them all.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compute, renderSvg } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const specDir = join(here, "specs");
const outDir = join(here, "..", "out", "examples");
const format = (v) => (v === null ? "–" : Number(v.toPrecision(4)).toString());
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

mkdirSync(outDir, { recursive: true });
const figures = [];
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

  const name = file.replace(/\.json$/, "");
  const svg = renderSvg(result, { lang: "nb" });
  writeFileSync(join(outDir, `${name}.svg`), `${svg}\n`);
  // The SVG's <desc> (already escaped) is the image's text alternative.
  const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
  figures.push(`<figure>\n  <img src="${name}.svg" alt="${desc}">\n  <figcaption><a href="${name}.svg">${escapeHtml(name)}.svg</a></figcaption>\n</figure>`);
}

const html = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>spc-charts: eksempler</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 760px; padding: 0 1rem; color: #1a1a1a; }
  figure { margin: 0 0 2.5rem; }
  img { max-width: 100%; height: auto; border: 1px solid #e5e5e5; }
  figcaption { font-size: 0.85rem; color: #555; margin-top: 0.3rem; }
</style>
</head>
<body>
<h1>Eksempeldiagrammer</h1>
<p>Laget av <code>npm run example</code> fra <code>examples/specs/</code>.</p>
${figures.join("\n")}
</body>
</html>
`;
writeFileSync(join(outDir, "index.html"), html);
console.log(`\nDrew ${figures.length} charts: ${join("out", "examples")}/index.html`);
