// Contact sheets of the snapshot gallery for people to look at: every test/output/gallery-*.svg
// (or the files named by a glob-free prefix in argv[2]) drawn by Chromium with DejaVu Sans (the
// PNG renderer's font), one labelled page per kind, into artifacts/contact-sheets/.
// `node scripts/contact-sheets.mjs [prefix]`. Needs a Chromium binary (CHROMIUM_PATH).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "test", "output");
const target = join(root, "artifacts", "contact-sheets");
const prefix = process.argv[2] ?? "gallery-";
// One page per kind (its sizes and languages together), so that a page compares like with like.
const kindOf = (f) => f.replace(/-\d+x\d+-(nb|en)\.svg$/, "");
const font = pathToFileURL(join(root, "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf")).href;
const fontBold = pathToFileURL(join(root, "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf")).href;
mkdirSync(target, { recursive: true });
const files = readdirSync(source).filter((f) => f.startsWith(prefix) && f.endsWith(".svg")).sort();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
const list = [];
const kinds = [...new Set(files.map(kindOf))];
for (let p = 0; p < kinds.length; p++) {
  const chunk = files.filter((f) => kindOf(f) === kinds[p]).sort((a, b) => parseInt(b.match(/-(\d+)x/)[1]) - parseInt(a.match(/-(\d+)x/)[1]));
  const cells = chunk
    .map((f) => `<figure><figcaption>${f}</figcaption>${readFileSync(join(source, f), "utf8").replace(/<\?xml[^>]*>/, "")}</figure>`)
    .join("");
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face { font-family: 'DejaVu Sans'; src: url('${font}'); font-weight: normal; }
@font-face { font-family: 'DejaVu Sans'; src: url('${fontBold}'); font-weight: bold; }
body { margin: 8px; font: 14px 'DejaVu Sans'; background: #ddd; }
figure { display: inline-block; vertical-align: top; margin: 6px; background: #fff; }
figcaption { background: #333; color: #fff; padding: 2px 6px; font-weight: bold; }
svg { display: block; }
</style></head><body>${cells}</body></html>`;
  const file = join(target, `${kinds[p]}.html`);
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready);
  const png = join(target, `${kinds[p]}.png`);
  await page.screenshot({ path: png, fullPage: true });
  list.push(`${png}: ${chunk.join(", ")}`);
}
await browser.close();
writeFileSync(join(target, "index.txt"), list.join("\n") + "\n");
console.log(list.join("\n"));
