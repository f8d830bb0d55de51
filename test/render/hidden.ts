/**
 * Hidden charts: variants of the gallery that are measured in Chromium (test/browser/text-fit)
 * like the snapshots but never committed as files — every gallery kind at the three sizes with a
 * long Norwegian title and subtitle, and with notes and two parts; plus facets and long category
 * names at each size. They catch collisions that only some data or size produces.
 */
import { compute, type ChartRow, type ChartSpec } from "../../src/index.js";
import { renderSvg } from "../../src/render/index.js";
import { galleryKinds, gallerySizes, gallerySpec } from "./gallery.js";
import { monthly, proportions, series } from "./fixtures.js";

const LONG_TITLE = "Andel pasienter over 65 år med fall som førte til skade per 1000 liggedøgn på korttidsavdelingene i kommunen";
const SUBTITLE = "Kilde: Gerica, uttrekk per måned for alle korttidsavdelinger og sykehjem";

/** Notes on two x values and a second part from the 13th x on (rows of one x stay together). */
function withNotesAndParts(spec: ChartSpec): ChartSpec {
  const rows = spec.data as ChartRow[];
  const xs = [...new Set(rows.map((r) => String(r.x)))];
  const noted = new Set<string>();
  const data = rows.map((r) => {
    const at = xs.indexOf(String(r.x));
    const note = (at === 4 || at === 15) && !noted.has(String(r.x)) ? (noted.add(String(r.x)), { note: at === 4 ? "PDSA 1: fallrisikovurdering ved innkomst" : "Ny rutine" }) : {};
    return { ...r, part: at < 12 ? "Før" : "Etter tiltak", ...note };
  });
  return { ...spec, data } as ChartSpec;
}

/** Hidden charts by name, as SVG. */
export function hiddenCharts(): Record<string, string> {
  const out: Record<string, string> = {};
  galleryKinds.forEach((kind, k) => {
    gallerySizes.forEach(([width, height], s) => {
      const lang = (k + s) % 2 === 0 ? "en" : "nb";
      const spec = gallerySpec(kind, lang);
      out[`hidden-long-title-${kind}-${width}x${height}`] = renderSvg(compute({ ...spec, title: LONG_TITLE }), { lang, width, height, subtitle: SUBTITLE });
      // Funnel and Pareto rows are units and categories, not a time series: no parts to give them.
      if (spec.chart !== "funnel" && spec.chart !== "pareto") out[`hidden-notes-parts-${kind}-${width}x${height}`] = renderSvg(compute(withNotesAndParts(spec)), { lang, width, height });
    });
  });
  for (const [width, height] of gallerySizes) {
    const data: ChartRow[] = [];
    ["Korttidsavdelingen", "Demensavdelingen Solstua", "Rehabilitering"].forEach((facet, k) => monthly(series(20, 300 + k, 40 + 5 * k, 4, 12, 6)).forEach((r) => data.push({ ...r, facet })));
    out[`hidden-facets-${width}x${height}`] = renderSvg(compute({ chart: "i", title: "Minutter til triage per avdeling", data }), { width, height });
    const units = ["Korttidsavdelingen", "Demensavdelingen Solstua", "Langtidsavdeling 2. etasje", "Rehabiliteringsavdelingen", "Skjermet enhet Furulund", "Sykehjemmet Bakkehaugen", "Hjemmetjenesten sone nord", "Hjemmetjenesten sone sør"];
    const rows = proportions(units.length, 301, 0.08, 300, 900).map((r, i) => ({ x: units[i]!, ...r }));
    out[`hidden-categories-${width}x${height}`] = renderSvg(compute({ chart: "p", title: "Trykksår etter enhet", xType: "category", data: rows }), { width, height });
  }
  return out;
}
