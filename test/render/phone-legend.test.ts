import { describe, expect, it } from "vitest";
import { compute, renderSvg } from "../../src/index.js";
import { layout } from "../../src/render/layout.js";
import { buildModel } from "../../src/render/model.js";
import { resolveOptions } from "../../src/render/options.js";
import { gallerySizes, gallerySpec } from "./gallery.js";

/** The layout of a gallery kind at a size and language. */
function laid(kind: string, lang: "nb" | "en", width: number, height: number) {
  return layout(buildModel(compute(gallerySpec(kind, lang)), resolveOptions({ lang, width, height })), (t) => t);
}

// The rule for small charts (issue 17): a legend of more than two rows drops its entries'
// explanations in brackets, and a single plot keeps at least 35 % of the height asked for (the
// chart grows taller rather than squeezing it).
describe("a phone-size chart keeps room for its plot", () => {
  for (const kind of ["run-freeze-exclude", "c-mdc-exclude", "i-trajectory-lines", "i-mdc", "u-parts-notes", "ewma", "bcusum", "funnel"]) {
    for (const [width, height] of gallerySizes) {
      for (const lang of ["nb", "en"] as const) {
        it(`${kind} ${width}×${height} ${lang}: the plot is at least 35 % of ${height} px`, () => {
          const chart = laid(kind, lang, width, height);
          expect(chart.panels).toHaveLength(1);
          expect(chart.panels[0]!.box.h).toBeGreaterThanOrEqual(Math.round(height * 0.35) - 1);
        });
      }
    }
  }

  it("a crowded legend says 'Median, seriesignal' and 'EWMA'; a roomy one gives the explanation in brackets", () => {
    const words = (kind: string, lang: "nb" | "en", width: number, height: number) => laid(kind, lang, width, height).legend.flat().map((e) => e.text);
    expect(words("run-freeze-exclude", "nb", 360, 240)).toContain("Median, seriesignal");
    expect(words("run-freeze-exclude", "en", 360, 240)).toContain("Median, runs signal");
    expect(words("run-freeze-exclude", "nb", 1280, 720)).toContain("Median, seriesignal (lang serie eller få kryssinger)");
    // Two rows on a phone: nothing to drop.
    expect(words("ewma", "nb", 360, 240)).toContain("EWMA (vektet gjennomsnitt)");
  });

  it("the chart grows taller on a phone rather than squeeze the plot, and not at the larger sizes", () => {
    const vb = (kind: string, lang: "nb" | "en", w: number, h: number) => renderSvg(compute(gallerySpec(kind, lang)), { lang, width: w, height: h }).match(/viewBox="0 0 (\d+) (\d+)"/)!.slice(1).map(Number);
    const [, phone] = vb("i-trajectory-lines", "en", 360, 240);
    expect(phone).toBeGreaterThan(240);
    expect(vb("i-trajectory-lines", "en", 720, 400)).toEqual([720, 400]);
    expect(vb("i-trajectory-lines", "nb", 1280, 720)).toEqual([1280, 720]);
  });
});
