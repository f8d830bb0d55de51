import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/index.js";
import { computePlan, type ComputedPlan } from "../../src/plan/compute.js";
import { parsePlan, validatePlan } from "../../src/plan/load.js";
import { buildReportPptx } from "../../src/report/pptx.js";
import { fixtureText, planTexts } from "../plan/helpers.js";
import { entryText, readPptx } from "./read-pptx.js";

const load = (name: string, file?: string): ComputedPlan => {
  const plan = parsePlan(fixtureText(name));
  return computePlan(plan, planTexts(plan), file === undefined ? {} : { planFile: file });
};
const fall = () => load("plans/fall.yaml", "fall.yaml");
const infeksjon = () => load("plans/infeksjon.json");

/** A stand-in rasteriser: bytes that name the SVG they were drawn from, so each fallback can be traced. */
const traced: { calls: string[]; rasterise: (svg: string) => Promise<Uint8Array> } = {
  calls: [],
  rasterise: async (svg) => {
    traced.calls.push(svg);
    return new TextEncoder().encode(`PNG of ${svg.length} bytes #${traced.calls.length}`);
  },
};

describe("buildReportPptx, one plan", () => {
  it("a title slide, one slide per measure, and the changes tested", async () => {
    const deck = readPptx(await buildReportPptx([fall()], { render: renderSvg, date: "2025-11-23" }));
    expect(deck.slides).toHaveLength(1 + 4 + 1);
    const [title, ...rest] = deck.slides;
    expect(title!.texts).toEqual(["Færre fall på Solsiden sykehjem", "Team: Solsiden sykehjem", "Mål for arbeidet: Halvere antall fall per 1000 liggedøgn innen 31.12.2025", "Laget 23.11.2025 · 1 måleplan, 4 målinger"]);
    expect(rest.slice(0, 4).map((s) => s.texts[0])).toEqual(["Fall per 1000 liggedøgn", "Fall per avdeling", "Dager mellom fall med skade", "Avvik per pasient"]);
    // One plan: no sections.
    expect(deck.sections).toEqual([]);
    // The text boxes are text (editable), in the charts' font and tagged Norwegian.
    expect(title!.xml).toContain('typeface="DejaVu Sans"');
    expect(title!.xml).toContain('lang="nb-NO"');
  });

  it("each measure's slide: the chart as SVG with a PNG fallback, its story, its target and status", async () => {
    const deck = readPptx(await buildReportPptx([fall()], { render: renderSvg, date: "2025-11-23" }));
    const slide = deck.slides[1]!;
    expect(slide.pictures).toHaveLength(1);
    const svg = entryText(deck.files, slide.pictures[0]!.svg);
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg /);
    expect(svg).toContain("Mål 0,60");
    expect(slide.xml).toContain('descr="Diagram: Fall per 1000 liggedøgn"');
    expect(slide.text).toContain("Resultatmål · U-diagram · Lavere er bedre");
    expect(slide.text).toContain("Mål: 0,60 innen 31.12.2025 – Halvere fall innen utgangen av 2025: ikke nådd ennå");
    expect(slide.text).toContain("U-diagram «Fall per 1000 liggedøgn» med 12 punkter");
    // The whole story, hints included, is in the speaker notes.
    expect(slide.notes).toContain("U-diagram «Fall per 1000 liggedøgn»");
    expect(slide.notes.length).toBeGreaterThan(slide.text.length / 2);
    // A faceted measure: one line per facet.
    expect(deck.slides[2]!.text).toMatch(/Korttidsavdeling: Ingen \(tilfeldig variasjon\).*Langtidsavdeling: Ingen \(tilfeldig variasjon\)/);
  });

  it("the changes tested: every annotation of the plan in a table, by date", async () => {
    const deck = readPptx(await buildReportPptx([fall()], { render: renderSvg }));
    const changes = deck.slides.at(-1)!;
    expect(changes.xml).toContain("<a:tbl>");
    expect(changes.texts).toEqual(["Endringer som er testet", "Dato", "Måling", "Endring", "14.05.2024", "Fall per 1000 liggedøgn", "Trygg mobilisering PDSA 1", "01.09.2024", "Fall per 1000 liggedøgn", "Sensorgulv på alle rom"]);
  });

  it("English when asked, and the title and date as given", async () => {
    const deck = readPptx(await buildReportPptx([fall()], { render: renderSvg, lang: "en", title: "Falls <& more>", date: "2025-01-31" }));
    expect(deck.slides[0]!.texts[0]).toBe("Falls <& more>");
    expect(deck.slides[0]!.xml).toContain("Falls &lt;&amp; more&gt;");
    expect(deck.slides[0]!.text).toContain("Made 31 Jan 2025 · 1 measurement plan, 4 measures");
    expect(deck.slides[1]!.text).toContain("Outcome measure · U chart · Lower is better");
    expect(deck.slides[1]!.text).toContain("not met yet");
    expect(deck.slides.at(-1)!.texts[0]).toBe("Tests of change");
    expect(deck.slides[0]!.xml).toContain('lang="en-GB"');
  });

  it("the PNG fallbacks come from the rasteriser, one drawing per chart, paired with their own SVG", async () => {
    traced.calls = [];
    const deck = readPptx(await buildReportPptx([fall()], { render: renderSvg, rasterise: traced.rasterise }));
    const pictures = deck.slides.flatMap((s) => s.pictures);
    expect(pictures).toHaveLength(4);
    expect(traced.calls).toHaveLength(4);
    for (const p of pictures) {
      const svg = entryText(deck.files, p.svg);
      const png = entryText(deck.files, p.png);
      const call = traced.calls.indexOf(svg);
      expect(call).toBeGreaterThanOrEqual(0);
      expect(png).toBe(`PNG of ${svg.length} bytes #${call + 1}`);
    }
  });

  it("a measure that could not be computed keeps its slide, with the problem in place of the chart", async () => {
    const plan = validatePlan({
      title: "Mangler data",
      measures: [
        { name: "Fall", type: "outcome", data: { file: "finnes-ikke.csv", x: "Måned", y: "Fall" } },
        { name: "Trykksår <uke>", type: "process", data: { file: "t.csv", x: "Uke", y: "Antall" }, chart: "run" },
      ],
    });
    const computed = computePlan(plan, { "t.csv": "Uke;Antall\n1;3\n2;4\n3;2\n4;5\n5;3\n6;4\n" });
    const deck = readPptx(await buildReportPptx([computed], { render: renderSvg }));
    expect(deck.slides).toHaveLength(3);
    expect(deck.slides[1]!.pictures).toEqual([]);
    expect(deck.slides[1]!.text).toContain("Diagrammet kunne ikke lages:");
    expect(deck.slides[1]!.text).toContain("finnes-ikke.csv");
    expect(deck.slides[2]!.texts[0]).toBe("Trykksår <uke>");
    expect(deck.slides[2]!.pictures).toHaveLength(1);
  });

  it("a chart that fails to draw shows why", async () => {
    const deck = readPptx(
      await buildReportPptx([fall()], {
        render: () => {
          throw new Error("tegning feilet");
        },
      }),
    );
    expect(deck.slides[1]!.pictures).toEqual([]);
    expect(deck.slides[1]!.text).toContain("tegning feilet");
  });

  it("reports progress per measure, and refuses a call without a renderer", async () => {
    const seen: string[] = [];
    await buildReportPptx([fall()], { render: renderSvg, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(["1/4", "2/4", "3/4", "4/4"]);
    await expect(buildReportPptx([fall()], {} as never)).rejects.toThrow(/needs options.render/);
  });
});

describe("buildReportPptx, several plans (a learning network)", () => {
  it("a section per team, a network summary with every team and measure, then each team's slides", async () => {
    const deck = readPptx(await buildReportPptx([fall(), infeksjon()], { render: renderSvg, date: "2025-11-23" }));
    expect(deck.sections).toEqual(["1. Solsiden sykehjem", "2. Kirurgisk avdeling"]);
    // title + network + (plan + 4 measures + changes) + (plan + 3 measures + changes)
    expect(deck.slides).toHaveLength(2 + 6 + 5);
    expect(deck.slides[0]!.texts[0]).toBe("Måleplaner");
    expect(deck.slides[0]!.text).toContain("Solsiden sykehjem · Kirurgisk avdeling");
    const network = deck.slides[1]!;
    expect(network.texts[0]).toBe("Nettverket i oversikt");
    for (const name of ["Solsiden sykehjem", "Kirurgisk avdeling", "Fall per 1000 liggedøgn", "Korrekt håndhygiene", "Median ventetid"]) expect(network.text).toContain(name);
    expect(deck.slides[2]!.texts[0]).toBe("Færre fall på Solsiden sykehjem");
    expect(deck.slides[8]!.texts[0]).toBe("Trygg kirurgi");
    expect(deck.slides[8]!.text).toContain("Mål for arbeidet: Ingen postoperative infeksjoner");
    expect(deck.slides.at(-1)!.text).toContain("Ny plakat ved vaskene");
  });
});
