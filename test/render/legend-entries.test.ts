import { describe, expect, it } from "vitest";
import { compute, renderSvg } from "../../src/index.js";
import { gallerySpec } from "./gallery.js";

/** The words of the legend's entries, in order. */
function legendWords(svg: string, lang: "nb" | "en"): string[] {
  const start = svg.indexOf(`<g aria-label="${lang === "nb" ? "Tegnforklaring" : "Legend"}"`);
  expect(start).toBeGreaterThan(0);
  const group = svg.slice(start, svg.indexOf("</g>", start));
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

// Every kind of thing a chart draws has one legend entry that says what it is (issue 15 item 6,
// issue 17), at a width where nothing is shortened.
const EXPECTED: Record<string, Record<"nb" | "en", string[]>> = {
  ewma: { nb: ["EWMA (vektet gjennomsnitt)", "Midtlinje", "Kontrollgrenser"], en: ["EWMA (weighted mean)", "Centre line", "Control limits"] },
  bcusum: {
    nb: ["CUSUM (kumulativ sum)", "Startverdi 0", "Beslutningsgrense", "Utenfor beslutningsgrensen"],
    en: ["CUSUM (cumulative sum)", "Start value 0", "Decision limit", "Beyond the decision limit"],
  },
  funnel: {
    nb: ["Samlet verdi", "99,8 %-grenser", "95 %-grenser", "Utenfor 99,8 %-grensene"],
    en: ["Pooled value", "99.8 % limits", "95 % limits", "Outside the 99.8 % limits"],
  },
  pareto: { nb: ["Antall", "Kumulativ prosent"], en: ["Count", "Cumulative per cent"] },
  "i-trajectory-lines": {
    nb: ["Midtlinje", "Kontrollgrenser", "Målbane", "Krav &lt;nasjonalt&gt;", "Ambisjon"],
    en: ["Centre line", "Control limits", "Target trajectory", "National standard &lt;max&gt;", "Ambition"],
  },
};

describe("legend entries", () => {
  for (const [kind, byLang] of Object.entries(EXPECTED)) {
    for (const lang of ["nb", "en"] as const) {
      it(`${kind} (${lang}): one entry per thing drawn, in words`, () => {
        const svg = renderSvg(compute(gallerySpec(kind, lang)), { lang, width: 1280, height: 720 });
        expect(legendWords(svg, lang)).toEqual(byLang[lang]);
      });
    }
  }

  it("the EWMA's line swatch has a point where the chart draws its points, the CUSUM's (a dense series) none", () => {
    const swatch = (svg: string) => svg.slice(svg.indexOf('<g aria-label="Legend"')).split("<text")[0]!;
    expect(swatch(renderSvg(compute(gallerySpec("ewma", "en")), { lang: "en" }))).toContain("<circle");
    expect(swatch(renderSvg(compute(gallerySpec("bcusum", "en")), { lang: "en" }))).not.toContain("<circle");
  });

  it("a funnel's centre is the pooled value by default and a comparison value when cl is given", () => {
    const spec = gallerySpec("funnel", "nb");
    expect(legendWords(renderSvg(compute(spec), { lang: "nb" }), "nb")[0]).toBe("Samlet verdi");
    expect(legendWords(renderSvg(compute({ ...spec, cl: 0.1 }), { lang: "nb" }), "nb")[0]).toBe("Sammenligningsverdi");
    expect(legendWords(renderSvg(compute({ ...spec, cl: 0.1 }), { lang: "en" }), "en")[0]).toBe("Comparison value");
  });
});
