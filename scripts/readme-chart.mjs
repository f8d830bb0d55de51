// The README's picture (docs/readme-chart.svg) is what the README's "Use it in your app" code draws:
// this script runs that code block against the built package and writes the SVG it makes.
// test/docs/readme.test.ts checks that the committed picture is current. Run after `npm run build`.
import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const README_CHART = join(root, "docs", "readme-chart.svg");

/** The first ts code block after the "Use it in your app" heading. */
export function readmeAppCode(readme = readFileSync(join(root, "README.md"), "utf8")) {
  const section = readme.split(/^## Use it in your app\s*$/m)[1];
  const block = section && /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md: no ts code block under '## Use it in your app'");
  return block;
}

/** Runs the README's code on dist/ and returns its `svg`. */
export async function readmeChartSvg() {
  const code = readmeAppCode().replace(/from "spc-charts"/g, `from ${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)}`);
  const module = await import(`data:text/javascript;base64,${Buffer.from(`${code}\nexport { svg };\n`).toString("base64")}`);
  return `${module.svg}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(README_CHART, await readmeChartSvg());
  console.log(`wrote ${README_CHART}`);
}
