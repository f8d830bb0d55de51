import { Resvg } from "@resvg/resvg-js";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
const out = process.env.OUT ?? "/tmp/renderer-png";
mkdirSync(out, { recursive: true });
for (const file of process.argv.slice(2)) {
  const svg = readFileSync(file, "utf8");
  const png = new Resvg(svg, { fitTo: { mode: "zoom", value: 1.5 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  writeFileSync(`${out}/${basename(file, ".svg")}.png`, png);
}
