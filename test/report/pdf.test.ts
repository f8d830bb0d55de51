/**
 * The PDF report and the A3 form, read back as a PDF reader sees them: page count and size, the
 * fonts embedded, and the words on each page (from the plan, the model and the charts).
 */
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/index.js";
import { computePlan, type ComputedPlan } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { buildA3Pdf, buildReportPdf } from "../../src/report/pdf.js";
import { PAGE_SIZES } from "../../src/report/pdf/document.js";
import { resolvePdfFonts } from "../../src/report/pdf/fonts.js";
import { fixtureText, planTexts } from "../plan/helpers.js";
import { readPdf } from "../support/read-pdf.js";

const computed = (name: string): ComputedPlan => {
  const plan = parsePlan(fixtureText(`plans/${name}`));
  return computePlan(plan, planTexts(plan), { planFile: name });
};
const samling = computed("samling-a3.yaml");
const fire = computed("fire-malinger-tre-enheter.yaml");

describe("buildReportPdf (A4)", () => {
  it("gives a summary page and one page per measure, A4 portrait, DejaVu Sans embedded", async () => {
    const pdf = await readPdf(await buildReportPdf([samling], { render: renderSvg, date: "2024-11-20" }));
    // Each measure starts a page of its own (its text may run onto the next).
    const starts = pdf.pages.map((p) => p.text);
    const measurePages = samling.measures.map((m) => starts.findIndex((t) => t.startsWith(`${m.measure.name} `)));
    expect(measurePages.every((i) => i > 0)).toBe(true);
    expect([...measurePages].sort((a, b) => a - b)).toEqual(measurePages);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(PAGE_SIZES.A4[0], 0);
      expect(page.height).toBeCloseTo(PAGE_SIZES.A4[1], 0);
    }
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((f) => f.embedded && /DejaVuSans/.test(f.name))).toBe(true);
    expect(pdf.title).toBe("Færre fall på Solheim sykehjem");
    // A measure's text: from its page to the next measure's.
    const [summary, falls, risk] = [0, ...measurePages].map((from, k, all) => starts.slice(from, all[k + 1] ?? starts.length).join(" "));
    expect(summary).toContain("Laget 20.11.2024");
    expect(summary).toContain("Oppsummering");
    expect(summary).toContain("Risikovurdert innen 48 timer");
    expect(summary).toContain(`side 1 av ${pdf.pages.length}`);
    // Each measure's page: its heading, its chart's words (vectors), what it shows, its signals grouped.
    expect(falls).toContain("Fall per 1000 liggedøgn");
    expect(falls).toContain("Grunnlinje");
    expect(falls).toContain("Hva diagrammet viser");
    expect(falls).toContain("10 punkter på rad under midtlinjen, januar–oktober 2024");
    expect(falls).toContain("PDSA 2: tilsynsrunder natt");
    expect(risk).toContain("Prosessmål");
    expect(risk).toContain("Signaler");
  });

  it("gives the learning network's overview first for several plans, each plan from a new page", async () => {
    const pdf = await readPdf(await buildReportPdf([samling, fire], { render: renderSvg, lang: "en" }));
    // The overview, then each plan's summary from a page of its own.
    expect(pdf.pages.filter((p) => p.text.startsWith("Færre fall på Solheim sykehjem ") || p.text.startsWith("Trygg pleie på Solsiden "))).toHaveLength(2);
    expect(pdf.pages[0]!.text).toContain("The learning network: every team");
    expect(pdf.pages[0]!.text).toContain("Trygg pleie på Solsiden (Solsiden sykehjem)");
    expect(pdf.pages[0]!.text).toContain("Median ventetid");
    // The three units of the faceted measure are each in its own panel.
    const units = pdf.pages.find((p) => p.text.includes("Fall per avdeling") && p.text.includes("What the chart shows"))!.text;
    for (const unit of ["Langtidsavdeling", "Korttidsavdeling", "Skjermet enhet"]) expect(units).toContain(unit);
  });

  it("gives the same bytes for the same plans and date", async () => {
    const a = await buildReportPdf([samling], { render: renderSvg, date: "2024-11-20" });
    const b = await buildReportPdf([samling], { render: renderSvg, date: "2024-11-20" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("embeds the fonts it is given (as a browser passes them), and refuses what is not font bytes", async () => {
    const fonts = await resolvePdfFonts(undefined);
    const pdf = await readPdf(await buildReportPdf([fire], { render: renderSvg, fonts: { regular: fonts.bold, bold: fonts.bold } }));
    // Both roles given the bold file: one font in the document, embedded.
    expect(pdf.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ""))).toEqual(["DejaVuSans-Bold"]);
    await expect(buildReportPdf([fire], { render: renderSvg, fonts: { regular: "DejaVuSans.ttf", bold: fonts.bold } as never })).rejects.toThrow(/Uint8Array/);
  });

  it("needs a renderer", async () => {
    await expect(buildReportPdf([samling], {} as never)).rejects.toThrow(/options.render/);
  });
});

describe("buildA3Pdf", () => {
  it("is one A3 landscape page (420 × 297 mm) with every field of the form", async () => {
    const pdf = await readPdf(await buildA3Pdf([samling], { render: renderSvg }));
    expect(pdf.pages).toHaveLength(1);
    const page = pdf.pages[0]!;
    expect(page.width).toBeCloseTo(PAGE_SIZES.A3[1], 0); // 1190.55 pt = 420 mm
    expect(page.height).toBeCloseTo(PAGE_SIZES.A3[0], 0); // 841.89 pt = 297 mm
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    const text = page.text;
    for (const label of ["Idé / problem", "Avdeling", "Ansvarlig", "Start – slutt", "Overordnet mål", "Nåsituasjon", "Analyse", "Løsning", "Forventet resultat", "Endringer", "Tester (PDSA)", "Plan for implementering og oppfølging", "Resultater"]) expect(text).toContain(label);
    // The plan's fields, written in bokmål keys.
    expect(text).toContain("Kari Nordmann, fagsykepleier");
    expect(text).toContain("01.01.2023 – 31.12.2024");
    expect(text).toContain("Tilsynsrundene om natten følger ingen fast plan.");
    // The changes table: what, who, when, effect.
    expect(text).toMatch(/Hva Hvem Når Effekt og måling/);
    expect(text).toContain("Nattevakter");
    // The baseline chart, and the results with their signals.
    expect(text).toContain("Fall per 1000 liggedøgn – Grunnlinje januar 2023–februar 2024");
    expect(text).toContain("10 punkter på rad under midtlinjen, januar–oktober 2024");
    expect(text).toContain("Beboere med sengehest");
  });

  it("keeps to one page per plan with four measures, one over three units", async () => {
    const pdf = await readPdf(await buildA3Pdf([fire, samling], { render: renderSvg }));
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]!.text).toContain("Skjermet enhet");
    expect(pdf.pages[0]!.text).toContain("Median ventetid");
    expect(pdf.pages[1]!.text).toContain("Færre fall på Solheim sykehjem");
  });
});
