#!/usr/bin/env node
// Draws the pictures of docs/til-samlingen.md and docs/for-the-meeting.md (docs/images/samling-*.png)
// from the guide's own example plan, examples/plans/samling/plan.yaml, through the built binary
// (dist/cli.js: run `npm run build` first), as a measurement lead would make them:
//   the HTML report (Chromium, the top of the page), the A4 PDF's first pages, the slides
//   (LibreOffice Impress converts the PPTX to PDF: a real office program's view) and the A3.
//
//   node scripts/build-meeting-pictures.mjs            # writes docs/images/samling-*.png
//   node scripts/build-meeting-pictures.mjs --review DIR [plan.yaml ...]
//       # every page of every output of the given plans (default: the example, workshop exercise 11
//       # and the test plan of four measures over three units) as PNG in DIR, for looking at; nothing
//       # in docs/ is written.
//
// Needs chromium, soffice (libreoffice-impress), pdftoppm (poppler-utils); pngquant, if present,
// makes the committed pictures about a third of their size (256 colours, no visible loss on charts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const examplePlan = join(root, "examples", "plans", "samling", "plan.yaml");
const reviewPlans = [
  examplePlan,
  join(root, "docs", "workshop", "datasets", "11-maleplan.yaml"),
  join(root, "test", "fixtures", "plans", "fire-malinger-tre-enheter.yaml"),
];
/** The date printed on every output, so the pictures change only when the outputs do. */
const DATE = "2025-11-23";
/** Width of the committed pictures, in pixels: the HTML and the A3, and the pages set two abreast. */
const WIDTH = 1000;
const HALF = 640;

function which(name) {
  try {
    return execFileSync("which", [name], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

function need(name, hint) {
  const path = which(name);
  if (path === null) {
    console.error(`${name} not found: ${hint}`);
    process.exit(3);
  }
  return path;
}

/** Runs `spc report` on a plan; stops the script with its message if it does not exit 0. */
function report(plan, out, extra = []) {
  try {
    execFileSync(process.execPath, [cli, "report", plan, "--date", DATE, ...extra, "-o", out], { cwd: root, stdio: "pipe" });
  } catch (error) {
    console.error(`spc report ${basename(plan)} ${extra.join(" ")} -o ${basename(out)} failed:\n${error.stderr ?? error}`);
    process.exit(1);
  }
}

/** The pages `first`..`last` of a PDF as PNGs `prefix-N.png`, `width` pixels wide; their paths. */
function pdfPages(pdf, prefix, width, first = 1, last = 999) {
  execFileSync(need("pdftoppm", "apt-get install -y --no-install-recommends poppler-utils"), ["-png", "-scale-to-x", String(width), "-scale-to-y", "-1", "-f", String(first), "-l", String(last), pdf, prefix], { stdio: "pipe" });
  const dir = dirname(prefix);
  const stem = basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => join(dir, f));
}

/** LibreOffice's PDF of a PPTX (its own profile, so a LibreOffice already running does not take the job). */
function officePdf(pptx, dir) {
  const soffice = need("soffice", "apt-get install -y --no-install-recommends libreoffice-impress");
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, pptx], { stdio: "pipe", timeout: 300_000 });
  return join(dir, basename(pptx).replace(/\.pptx$/, ".pdf"));
}

/** The HTML page in Chromium, `width` CSS pixels wide: the first `height` pixels, or all of it. */
async function htmlShot(html, png, width, height) {
  const chromium = need("chromium", "install Debian's chromium");
  const { chromium: driver } = await import("playwright-core");
  const browser = await driver.launch({ executablePath: chromium, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width, height: height ?? 1200 } });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: png, fullPage: height === undefined });
  } finally {
    await browser.close();
  }
}

/** Every output of a plan, in `dir`: rapport.html/.pdf/.pptx and a3.pdf. */
function outputs(plan, dir) {
  const files = { html: join(dir, "rapport.html"), pdf: join(dir, "rapport.pdf"), pptx: join(dir, "rapport.pptx"), a3: join(dir, "a3.pdf") };
  report(plan, files.html);
  report(plan, files.pdf);
  report(plan, files.pptx);
  report(plan, files.a3, ["--a3"]);
  return files;
}

function squeeze(png) {
  const pngquant = which("pngquant");
  if (pngquant === null) return;
  execFileSync(pngquant, ["--force", "--skip-if-larger", "--strip", "--quality", "70-95", "--output", png, png], { stdio: "pipe" });
}

async function review(dir, plans) {
  mkdirSync(dir, { recursive: true });
  for (const plan of plans) {
    const name = basename(plan).replace(/\.(ya?ml|json)$/, "");
    const work = join(dir, name);
    mkdirSync(work, { recursive: true });
    const files = outputs(plan, work);
    await htmlShot(files.html, join(work, "html.png"), WIDTH);
    pdfPages(files.pdf, join(work, "pdf"), WIDTH);
    pdfPages(officePdf(files.pptx, work), join(work, "slide"), WIDTH);
    pdfPages(files.a3, join(work, "a3"), 1600);
    console.log(`${work}: ${readdirSync(work).filter((f) => f.endsWith(".png")).join(" ")}`);
  }
}

async function docs() {
  const images = join(root, "docs", "images");
  mkdirSync(images, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "spc-meeting-"));
  try {
    const files = outputs(examplePlan, work);
    const written = [];
    const keep = (from, name) => {
      const to = join(images, name);
      renameSync(from, to);
      squeeze(to);
      written.push(to);
    };
    // The HTML report: its top (title, summary table, the first measure's chart and explanation).
    await htmlShot(files.html, join(work, "html.png"), WIDTH, 1500);
    keep(join(work, "html.png"), "samling-html.png");
    // The A4 PDF: the cover page and the first measure's page, set side by side in the guide.
    pdfPages(files.pdf, join(work, "pdf"), HALF, 1, 2).forEach((p, i) => keep(p, `samling-pdf-${i + 1}.png`));
    // The slides as LibreOffice shows them: the title slide and the first measure's slide.
    pdfPages(officePdf(files.pptx, work), join(work, "slide"), HALF, 1, 2).forEach((p, i) => keep(p, `samling-slide-${i + 1}.png`));
    // The A3: the whole form.
    pdfPages(files.a3, join(work, "a3"), WIDTH).forEach((p) => keep(p, "samling-a3.png"));
    let total = 0;
    for (const f of written) {
      const size = statSync(f).size;
      total += size;
      console.log(`${f.slice(root.length + 1)}  ${Math.round(size / 1024)} kB`);
    }
    console.log(`total ${Math.round(total / 1024)} kB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(3);
}
const args = process.argv.slice(2);
if (args[0] === "--review") {
  if (args[1] === undefined) {
    console.error("--review needs a folder");
    process.exit(2);
  }
  await review(resolve(args[1]), args.length > 2 ? args.slice(2).map((p) => resolve(p)) : reviewPlans);
} else {
  await docs();
}
