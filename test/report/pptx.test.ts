import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/index.js";
import { computePlan, type ComputedPlan } from "../../src/plan/compute.js";
import { parsePlan, validatePlan } from "../../src/plan/load.js";
import { buildReportModel } from "../../src/report/model.js";
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
    expect(slide.texts.slice(0, 2)).toEqual(["Fall per 1000 liggedøgn", "Resultatmål · U-diagram · Lavere er bedre"]);
    // Under the chart, the story's first paragraphs; beside it, the signals and the target.
    expect(slide.texts[2]).toBe("U-diagram «Fall per 1000 liggedøgn» med 12 punkter (verdier: fall per 1000 liggedøgn). Regler: Anhøjs regler (qicharts2). Lavere er bedre.");
    const side = slide.texts.slice(slide.texts.indexOf("Signaler"));
    expect(side).toEqual([
      "Signaler",
      "Ingen (tilfeldig variasjon)",
      "Siste verdi: 0,72 (des. 2024)",
      "Midtlinje: 0,84",
      "Mål: 0,6 innen 31.12.2025",
      "Halvere fall innen utgangen av 2025",
      "Ikke nådd ennå (1 av de 3 siste verdiene er på målet); prosessen vil nå målet bare av og til",
    ]);
    // The whole story is in the speaker notes, every paragraph of it.
    expect(slide.notes).toContain("U-diagram «Fall per 1000 liggedøgn»");
    expect(slide.notes).toContain("Siste punkt (desember 2024)");
    // A faceted measure: the signals and values of each facet under its name.
    const facets = deck.slides[2]!.texts;
    expect(facets.slice(facets.indexOf("Korttidsavdeling"), facets.indexOf("Korttidsavdeling") + 2)).toEqual(["Korttidsavdeling", "Ingen (tilfeldig variasjon); seriediagram uten grenser"]);
    expect(facets).toContain("Langtidsavdeling");
    // A run chart's centre line is its median, and the slide says so (a U chart's is "Midtlinje").
    expect(facets.filter((t) => t.startsWith("Median: "))).toHaveLength(2);
    expect(facets.some((t) => t.startsWith("Midtlinje"))).toBe(false);
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
    expect(deck.slides[1]!.text).toContain("Target: 0.6 by 31 Dec 2025");
    expect(deck.slides[1]!.text).toContain("Not met yet (1 of the latest 3 values meet it)");
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

  it("a signal is said in a few words, in the colour of its meaning as the chart draws it", async () => {
    const deck = readPptx(await buildReportPptx([infeksjon()], { render: renderSvg }));
    const slide = deck.slides.find((s) => s.texts[0] === "Korrekt håndhygiene")!;
    expect(slide.texts).toContain("Bare 1 kryss av midtlinjen (minst 3 ventet), januar–desember 2024");
    const run = /<a:r><a:rPr [^>]*>(?:(?!<\/a:r>)[\s\S])*?<a:srgbClr val="([0-9A-F]{6})"\/>(?:(?!<\/a:r>)[\s\S])*?<a:t>Bare 1 kryss/.exec(slide.xml);
    const model = buildReportModel([infeksjon()]);
    const group = model.plans[0]!.measures.find((m) => m.name === "Korrekt håndhygiene")!.signals[0]!;
    expect(`#${run?.[1]}`).toBe(model.colours[group.meaning].toUpperCase());
  });

  it("the A3's changes, when the plan gives them, get a slide of their own", async () => {
    const plan = parsePlan(`${fixtureText("plans/fall.yaml")}\nendringer:\n  - { hva: Sensorgulv, hvem: Kari, når: mai 2024, effekt: Færre fall om natten }\n`);
    const deck = readPptx(await buildReportPptx([computePlan(plan, planTexts(plan))], { render: renderSvg }));
    const a3 = deck.slides.at(-1)!;
    expect(a3.texts).toEqual(["Endringer i prosjektet", "Hva", "Hvem", "Når", "Effekt og måling", "Sensorgulv", "Kari", "mai 2024", "Færre fall om natten"]);
  });
});

describe("buildReportPptx, a plan of four measures in three units", () => {
  it("a panel per unit, its signals under its name, and no paragraph left announcing what did not fit", async () => {
    const deck = readPptx(await buildReportPptx([load("plans/nettverk-fire-maal.yaml")], { render: renderSvg }));
    const fall = deck.slides[1]!;
    expect(fall.texts[0]).toBe("Fall per 1000 liggedøgn");
    for (const unit of ["Post A", "Post B", "Post C"]) expect(fall.texts).toContain(unit);
    for (const slide of deck.slides) for (const paragraph of slide.texts) expect(paragraph, slide.texts[0]).not.toMatch(/:\s*$/);
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
