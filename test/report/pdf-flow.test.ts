/**
 * The PDF's building blocks, read back from the file: fonts embedded, SVG drawn as text and
 * paths (not a picture), halos under value labels, charts never split, tables that repeat their
 * header on a new page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compute, renderSvg } from "../../src/index.js";
import { openPdf, PAGE_SIZES } from "../../src/report/pdf/document.js";
import { PdfFlow } from "../../src/report/pdf/flow.js";
import { resolvePdfFonts } from "../../src/report/pdf/fonts.js";
import { splitHaloText, svgSize } from "../../src/report/pdf/svg.js";
import { readPdf } from "../support/read-pdf.js";
import { repoRoot } from "../support/shared.js";

const spec = JSON.parse(readFileSync(join(repoRoot, "examples", "specs", "falls-nursing-home.json"), "utf8"));
const chart = renderSvg(compute(spec), { lang: "nb" });

async function a4(draw: (flow: PdfFlow) => void) {
  const pdf = await openPdf({ size: "A4", margin: 48, fonts: await resolvePdfFonts(undefined), title: "Prøve", lang: "nb" });
  const flow = new PdfFlow(pdf);
  draw(flow);
  return { flow, read: await readPdf(await pdf.finish()) };
}

describe("the PDF's building blocks", () => {
  it("embeds DejaVu Sans regular and bold as subsets, and draws a chart's words as text", async () => {
    const { read } = await a4((flow) => {
      flow.heading("Fall – æøå «sitat» ≥ 90 %", 1);
      flow.chart(chart);
    });
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]).toMatchObject({ width: expect.closeTo(PAGE_SIZES.A4[0], 1), height: expect.closeTo(PAGE_SIZES.A4[1], 1) });
    expect(read.title).toBe("Prøve");
    expect(read.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    expect(read.fonts.every((f) => f.embedded)).toBe(true);
    const text = read.pages[0]!.text;
    expect(text).toContain("Fall – æøå «sitat» ≥ 90 %");
    // The chart's title, tick labels, legend and notes are text in the PDF: it was drawn as vectors.
    expect(text).toContain("Fall per 1000 liggedøgn, Solbakken sykehjem");
    expect(text).toContain("jan. 2024");
    expect(text).toContain("Midtlinje");
    expect(text).toContain("PDSA 2: tilsynsrunder natt");
  });

  it("keeps a value label's letters over its white halo", () => {
    const split = splitHaloText('<text x="4" y="5" fill="#333333" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">7,0</text>');
    expect(split).toBe('<text x="4" y="5" stroke="#FFFFFF" stroke-width="3" fill="none">7,0</text><text x="4" y="5" fill="#333333">7,0</text>');
    // The renderer writes such labels, and the split leaves none behind.
    expect(chart).toContain('paint-order="stroke"');
    expect(splitHaloText(chart)).not.toContain("paint-order");
    expect(splitHaloText(chart).match(/>7,0<\/text>/g)).toHaveLength(2);
  });

  it("reads a chart's size from its root element", () => {
    expect(svgSize(chart)).toEqual({ width: 720, height: 400 });
    expect(svgSize("<svg></svg>")).toEqual({ width: 720, height: 400 });
  });

  it("starts a chart that does not fit below the text on the next page, whole", async () => {
    const { read, flow } = await a4((flow) => {
      flow.paragraph("Innledning");
      flow.space(flow.room - 100);
      flow.chart(chart);
      // The chart is 515 points wide: 286 high at 720 × 400, so it went to page 2's top.
      expect(flow.y).toBeCloseTo(48 + (flow.width * 400) / 720 + 6, 0);
    });
    expect(flow.width).toBeCloseTo(PAGE_SIZES.A4[0] - 96, 1);
    expect(read.pages).toHaveLength(2);
    expect(read.pages[0]!.text).toBe("Innledning");
    expect(read.pages[1]!.text).toContain("Fall per 1000 liggedøgn, Solbakken sykehjem");
  });

  it("wraps long text within the margins and carries it onto the next page", async () => {
    const words = Array.from({ length: 1400 }, (_, i) => `ord${i + 1}`).join(" ");
    const { read } = await a4((flow) => flow.paragraph(words));
    expect(read.pages.length).toBeGreaterThan(1);
    const all = read.pages.map((p) => p.text).join(" ");
    // No word lost or cut at a line or page break.
    for (const n of [1, 700, 1400]) expect(all).toMatch(new RegExp(`\\bord${n}\\b`));
    expect(all.match(/ord\d+/g)).toHaveLength(1400);
  });

  it("repeats a table's header on each page it runs onto", async () => {
    const rows = Array.from({ length: 90 }, (_, i) => [{ spans: [{ text: `Måling ${i + 1}` }] }, { spans: [{ text: String(i * 2) }], align: "right" as const }]);
    const { read } = await a4((flow) =>
      flow.table(
        [
          { header: "Måling", share: 3 },
          { header: "Verdi", share: 1, align: "right" },
        ],
        rows,
      ),
    );
    expect(read.pages.length).toBeGreaterThan(1);
    for (const page of read.pages) expect(page.text.startsWith("Måling Verdi")).toBe(true);
    const all = read.pages.map((p) => p.text).join(" ");
    expect(all).toContain("Måling 90 178");
  });
});
