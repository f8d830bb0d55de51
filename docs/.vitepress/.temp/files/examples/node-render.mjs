// Read a CSV as Excel writes it in Norway, compute a U chart and draw it to out/node-render/.
// Run with `npm run build && node examples/node-render.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compute, explain, renderSvg } from "../dist/index.js";
import { readDelimited, tableToSpec } from "../dist/adapters.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "out", "node-render");

// Falls and bed-days a month; semicolons, decimal commas, dates like 01.01.2024.
const csv = readFileSync(join(root, "test", "fixtures", "fall-sykehjem.csv"), "utf8");
const { spec, rejected } = tableToSpec(readDelimited(csv), { x: "Måned", y: "Fall", n: "Liggedøgn", note: "Kommentar" }, { chart: "u" });
for (const r of rejected) console.warn(`line ${r.line}: ${r.reason}`);

const result = compute({ ...spec, multiply: 1000, title: "Falls per 1,000 bed-days", yLabel: "Falls per 1,000 bed-days" });
const svg = renderSvg(result, { lang: "en" });

mkdirSync(outDir, { recursive: true });
const file = join(outDir, "falls.svg");
writeFileSync(file, `${svg}\n`);
writeFileSync(join(outDir, "falls.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(explain(result, { lang: "en" }));
console.log(`\nWrote ${file}`);
