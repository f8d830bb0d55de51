// Draws every SVG snapshot in test/output as PNG into artifacts/render-png/ (git-ignored), for
// people to look at before committing snapshots: `node scripts/preview-snapshots.mjs`.
// Needs the optional dependency @resvg/resvg-js.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "test", "output");
const target = join(root, "artifacts", "render-png");
let Resvg;
try {
  ({ Resvg } = await import("@resvg/resvg-js"));
} catch {
  console.error("preview-snapshots: needs the optional package @resvg/resvg-js (npm install @resvg/resvg-js)");
  process.exit(3);
}
mkdirSync(target, { recursive: true });
const files = readdirSync(source).filter((f) => f.endsWith(".svg"));
for (const file of files) {
  const svg = readFileSync(join(source, file), "utf8");
  const png = new Resvg(svg, { fitTo: { mode: "zoom", value: 1.5 }, font: { loadSystemFonts: true } }).render().asPng();
  writeFileSync(join(target, file.replace(/\.svg$/, ".png")), png);
}
console.log(`${files.length} previews in ${target}`);
