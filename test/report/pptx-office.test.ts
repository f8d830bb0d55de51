/**
 * A real office program opens the deck: LibreOffice Impress converts the PPTX to PDF, poppler
 * draws its pages, and the first slides are compared loosely with small committed pictures
 * (test/report/office/*.pgm, grey, 12 dots per inch: 161 × 90). LibreOffice draws each chart
 * from its SVG (it reads the svgBlip), so this also checks that the SVGs are sound.
 *
 * Skipped only when `soffice` or `pdftoppm` is missing (.ci/run installs libreoffice-impress and
 * poppler-utils). After a deliberate change of the slides' layout, write the pictures again with
 *   UPDATE_OFFICE_PICTURES=1 npx vitest run test/report/pptx-office.test.ts
 * and look at them (`pdftoppm -r 60 -png` on the PDF the test leaves in its temporary folder).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { svgToPng } from "../../src/cli/png.js";
import { renderSvg } from "../../src/index.js";
import { computePlan } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { buildReportPptx } from "../../src/report/pptx.js";
import { fixtureText, planTexts } from "../plan/helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const pictures = join(here, "office");

function which(name: string): string | null {
  try {
    return execFileSync("which", [name], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}
const soffice = which("soffice");
const pdftoppm = which("pdftoppm");
const title =
  soffice !== null && pdftoppm !== null
    ? "the deck in LibreOffice Impress"
    : "the deck in LibreOffice Impress (skipped: soffice or pdftoppm not found; apt-get install -y --no-install-recommends libreoffice-impress poppler-utils)";

/** A binary PGM (P5, 8-bit grey): its size and pixels. */
interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function readPgm(bytes: Uint8Array): Grey {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(head);
  if (m === null) throw new Error("not an 8-bit binary PGM");
  const width = Number(m[1]);
  const height = Number(m[2]);
  return { width, height, pixels: bytes.subarray(m[0].length, m[0].length + width * height) };
}

/** The share of pixels whose grey differs by more than an eighth of the scale. */
function differing(a: Grey, b: Grey): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) > 32) n++;
  return n / a.pixels.length;
}

/** The share of pixels not white (the chart's limit band is light grey) inside a box given in inches. */
function inked(g: Grey, box: { x: number; y: number; w: number; h: number }, dpi: number): number {
  let n = 0;
  let all = 0;
  for (let y = Math.round(box.y * dpi); y < Math.round((box.y + box.h) * dpi); y++) {
    for (let x = Math.round(box.x * dpi); x < Math.round((box.x + box.w) * dpi); x++) {
      all++;
      if ((g.pixels[y * g.width + x] ?? 255) < 245) n++;
    }
  }
  return n / all;
}

describe.skipIf(soffice === null || pdftoppm === null)(title, () => {
  it("opens the PPTX, every slide a page, and the first slides look as they did", { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-office-"));
    const plan = parsePlan(fixtureText("plans/fall.yaml"));
    const deck = await buildReportPptx([computePlan(plan, planTexts(plan))], { render: renderSvg, date: "2025-11-23", rasterise: (svg) => svgToPng(svg, 2) });
    writeFileSync(join(dir, "fall.pptx"), deck);
    // Its own profile: another LibreOffice running on the machine would otherwise take the job.
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "fall.pptx")], { stdio: "pipe", timeout: 170_000 });
    const dpi = 12;
    execFileSync(pdftoppm!, ["-r", String(dpi), "-gray", join(dir, "fall.pdf"), join(dir, "page")], { stdio: "pipe" });
    const pages = readdirSync(dir).filter((f) => /^page-\d+\.pgm$/.test(f)).sort();
    // Title, four measures, the changes tested.
    expect(pages).toHaveLength(6);

    const shown = pages.slice(0, 3).map((f) => readPgm(readFileSync(join(dir, f))));
    expect([shown[0]!.width, shown[0]!.height]).toEqual([161, 90]);
    // The first measure's chart is drawn (from its SVG): its box (8.4 × 4 in at 0.5, 1.75) is not blank.
    // (0.46 when written; an empty box is 0.)
    expect(inked(shown[1]!, { x: 0.6, y: 1.85, w: 8.2, h: 3.8 }, dpi)).toBeGreaterThan(0.25);

    if (process.env.UPDATE_OFFICE_PICTURES === "1") {
      shown.forEach((_, i) => writeFileSync(join(pictures, `slide-${i + 1}.pgm`), readFileSync(join(dir, pages[i]!))));
    }
    shown.forEach((page, i) => {
      const reference = readPgm(readFileSync(join(pictures, `slide-${i + 1}.pgm`)));
      // Loose: another LibreOffice or font version moves text by a dot. Strict enough that two
      // measures' slides swapped fail (slides 2 and 3 differ in 6.7 % of their dots, the title
      // slide and a measure's in 14 %), and so do a missing chart or text in the wrong box.
      expect(differing(page, reference), `slide ${i + 1} against test/report/office/slide-${i + 1}.pgm`).toBeLessThan(0.03);
    });
  });
});
