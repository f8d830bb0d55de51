/**
 * The snapshot gallery: every chart type at the three sizes a chart is shown at — a phone
 * (360×240), a report (720×400) and a slide (1280×720) — generated in a loop rather than by hand.
 * Each type appears in bokmål and in English (the language alternates by type and size, so that
 * every type has both without tripling the count), and the I chart also with Making Data Count
 * on (icons, target). Features have kinds of their own: Xbar-R, the median I chart, a trajectory
 * with reference lines, facets, categories, parts with notes and a target, freeze with exclude,
 * MDC with exclude, and icons off at every size. Names: `gallery-TYPE-WxH-LANG` (test/output/).
 * `node scripts/contact-sheets.mjs` draws them as PNG pages, one per kind, to look at.
 */
import { compute, type ChartRow, type ChartRowWithN, type ChartSpec } from "../../src/index.js";
import type { Case } from "./cases.js";
import { monthly, months, proportions, random, series } from "./fixtures.js";

/** Rows of several observations per month (Xbar, R, S), with a shift late in the series. */
function subgrouped(count: number, size: number, seed: number): ChartRow[] {
  const xs = months(count, 2023);
  const rand = random(seed);
  return xs.flatMap((x, i) => Array.from({ length: size }, () => ({ x, y: Math.round((70 + 6 * (rand() + rand() + rand() - 1.5) + (i >= 18 ? 5 : 0)) * 10) / 10 })));
}

/** Counts with denominators per month. */
function rated(count: number, seed: number, p: number, nMin: number, nMax: number, shiftAt = Infinity, pAfter = p): ChartRowWithN[] {
  const xs = months(count, 2023);
  return proportions(count, seed, p, nMin, nMax, shiftAt, pAfter).map((r, i) => ({ x: xs[i]!, ...r }));
}

/** A spec per gallery entry, with titles in both languages (the measure, as a lead would name it). */
const specs: Record<string, (lang: "nb" | "en") => ChartSpec> = {
  run: (l) => ({ chart: "run", title: l === "nb" ? "Ventetid til første vurdering (dager)" : "Days to first assessment", data: monthly(series(24, 201, 20, 3, 14, -5)) }),
  i: (l) => ({ chart: "i", title: l === "nb" ? "Minutter til antibiotika" : "Minutes to antibiotics", data: monthly(series(24, 202, 60, 6).map((v, i) => (i === 9 ? 90 : v))) }),
  "i-mdc": (l) => ({
    chart: "i",
    convention: "mdc",
    direction: "increase",
    target: 85,
    title: l === "nb" ? "Andel pasienter med vurdert ernæringsstatus" : "Patients with a nutrition assessment",
    yLabel: l === "nb" ? "Prosent" : "Percent",
    data: monthly(series(24, 203, 80, 3, 14, 6)),
  }),
  mr: (l) => ({ chart: "mr", title: l === "nb" ? "Minutter til antibiotika, variasjon" : "Minutes to antibiotics, moving range", data: monthly(series(24, 202, 60, 6).map((v, i) => (i === 9 ? 90 : v))) }),
  xbar: (l) => ({ chart: "xbar", title: l === "nb" ? "Systolisk blodtrykk ved innkomst" : "Systolic blood pressure on admission", data: subgrouped(24, 4, 204) }),
  r: (l) => ({ chart: "r", title: l === "nb" ? "Systolisk blodtrykk, variasjonsbredde" : "Systolic blood pressure, range", data: subgrouped(24, 4, 204) }),
  s: (l) => ({ chart: "s", title: l === "nb" ? "Systolisk blodtrykk, standardavvik" : "Systolic blood pressure, standard deviation", data: subgrouped(24, 4, 204) }),
  p: (l) => ({ chart: "p", title: l === "nb" ? "Pasienter med trykksår" : "Patients with pressure ulcers", multiply: 100, data: rated(24, 205, 0.18, 40, 140, 15, 0.1) }),
  "p-standardised": (l) => ({ chart: "p", standardise: true, title: l === "nb" ? "Pasienter med trykksår (standardisert)" : "Patients with pressure ulcers (standardised)", data: rated(24, 205, 0.18, 40, 140, 15, 0.1) }),
  pp: (l) => ({ chart: "pp", title: l === "nb" ? "Reinnleggelser innen 30 dager" : "Readmissions within 30 days", multiply: 100, data: rated(24, 206, 0.3, 2000, 6000) }),
  np: (l) => ({ chart: "np", title: l === "nb" ? "Journaler uten risikovurdering" : "Records without a risk assessment", data: monthly(proportions(24, 207, 0.12, 50, 50).map((r) => r.y)).map((r) => ({ ...r, n: 50 })) }),
  u: (l) => ({ chart: "u", title: l === "nb" ? "Fall per 1000 liggedøgn" : "Falls per 1000 bed days", multiply: 1000, data: rated(24, 208, 0.006, 1500, 2600, 16, 0.0035) }),
  up: (l) => ({ chart: "up", title: l === "nb" ? "Infeksjoner per 1000 pasientdøgn" : "Infections per 1000 patient days", multiply: 1000, data: rated(24, 209, 0.02, 8000, 12000) }),
  c: (l) => ({ chart: "c", title: l === "nb" ? "Avvik per måned" : "Incidents per month", data: monthly(series(24, 210, 12, 3.4).map((v, i) => Math.max(0, Math.round(v)) + (i === 7 ? 12 : 0))) }),
  g: (l) => ({ chart: "g", title: l === "nb" ? "Operasjoner mellom komplikasjoner" : "Operations between complications", data: [12, 30, 5, 44, 18, 2, 61, 25, 9, 37, 15, 70, 8, 22, 48, 3, 27, 90, 14, 33].map((y, i) => ({ x: i + 1, y })) }),
  t: (l) => ({ chart: "t", title: l === "nb" ? "Dager mellom trykksår" : "Days between pressure ulcers", data: series(25, 211, 12, 4).map((v, i) => ({ x: i + 1, y: Math.max(0.5, Math.abs(v) + (i > 16 ? 15 : 0)) })) }),
  ip: (l) => ({ chart: "ip", title: l === "nb" ? "Andel med feilmedisinering" : "Medication errors", multiply: 100, data: rated(24, 212, 0.12, 400, 900) }),
  // Units, not months: 18 hospitals, one (R) with twice the others' rate.
  funnel: (l) => ({
    chart: "funnel",
    title: l === "nb" ? "Reinnleggelser innen 30 dager per sykehus" : "Readmissions within 30 days by hospital",
    multiply: 100,
    data: proportions(18, 213, 0.08, 60, 1600).map((r, i) => ({ x: `${l === "nb" ? "Sykehus" : "Hospital"} ${String.fromCharCode(65 + i)}`, ...(i === 17 ? { y: Math.round(r.n * 0.16), n: r.n } : r) })),
  }),
  pareto: (l) => ({
    chart: "pareto",
    title: l === "nb" ? "Avvik etter type, 2024" : "Incidents by type, 2024",
    data: (l === "nb"
      ? ["Fall", "Legemiddelfeil", "Trykksår", "Infeksjon", "Forsinket behandling", "Feil pasient", "Annet"]
      : ["Falls", "Medication errors", "Pressure ulcers", "Infections", "Delayed treatment", "Wrong patient", "Other"]
    ).map((x, i) => ({ x, y: [48, 31, 17, 9, 6, 3, 2][i]! })),
  }),
  // A trajectory (a per-row target stepping down to 20 minutes) and two reference lines (issue 17).
  "i-trajectory-lines": (l) => ({
    chart: "i",
    convention: "mdc",
    direction: "decrease",
    title: l === "nb" ? "Minutter til antibiotika, med målbane" : "Minutes to antibiotics, with a trajectory",
    lines: [
      { value: 75, label: l === "nb" ? "Krav <nasjonalt>" : "National standard <max>", style: "dashed" },
      { value: 40, label: l === "nb" ? "Ambisjon" : "Ambition", style: "dotted" },
    ],
    data: monthly(series(24, 202, 60, 6)).map((row, i) => ({ ...row, target: i < 6 ? null : 60 - 2.5 * Math.floor((i - 6) / 3) * 3 })),
  }),
  // Chart types and options added to the gallery in the review of issue 15 (appended, so that the
  // language of the kinds above, which alternates by position, stays as it was).
  "xbar-range": (l) => ({ chart: "xbar", sigmaFrom: "range", title: l === "nb" ? "Systolisk blodtrykk (Xbar-R)" : "Systolic blood pressure (Xbar-R)", data: subgrouped(24, 4, 204) }),
  "i-median": (l) => ({ chart: "i", centre: "median", sigmaFrom: "median-moving-range", title: l === "nb" ? "Minutter til antibiotika (median)" : "Minutes to antibiotics (median)", data: monthly(series(24, 202, 60, 6).map((v, i) => (i === 9 ? 110 : i === 15 ? 104 : v))) }),
  ewma: (l) => ({ chart: "ewma", title: l === "nb" ? "Liggetid etter hofteoperasjon (døgn)" : "Length of stay after hip surgery (days)", data: monthly(series(30, 214, 7.5, 0.8, 18, -0.9)) }),
  bcusum: (l) => ({
    chart: "bcusum",
    title: l === "nb" ? "Død innen 30 dager etter operasjon" : "Deaths within 30 days of surgery",
    bcusum: { p0: 0.05 },
    data: Array.from({ length: 120 }, (_, i) => ({ x: i + 1, y: i === 14 || i === 47 || (i > 80 && i % 5 === 0) || i === 97 ? 1 : 0 })),
  }),
  facets: (l) => ({
    chart: "i",
    title: l === "nb" ? "Minutter til triage per avdeling" : "Minutes to triage by ward",
    data: ["Akuttmottak", l === "nb" ? "Barneavdeling" : "Children's ward", "Medisinsk"].flatMap((facet, k) => monthly(series(20, 215 + k, 40 + 5 * k, 4, 12, k === 1 ? 7 : 0)).map((r) => ({ ...r, facet }))),
  }),
  categories: (l) => ({
    chart: "p",
    title: l === "nb" ? "Trykksår etter enhet" : "Pressure ulcers by unit",
    multiply: 100,
    xType: "category",
    data: proportions(8, 216, 0.08, 300, 900).map((r, i) => ({ x: ["Korttidsavdelingen", "Demensavdelingen Solstua", "Langtidsavdeling 2. etasje", "Rehabilitering", "Skjermet enhet", "Bakkehaugen", "Hjemmetjenesten nord", "Hjemmetjenesten sør"][i]!, ...(i === 3 ? { y: Math.round(r.n * 0.17), n: r.n } : r) })),
  }),
  "u-parts-notes": (l) => ({
    chart: "u",
    title: l === "nb" ? "Fall per 1000 liggedøgn" : "Falls per 1000 bed days",
    multiply: 1000,
    direction: "decrease",
    target: 4,
    data: rated(24, 208, 0.006, 1500, 2600, 12, 0.0035).map((r, i) => ({
      ...r,
      part: i < 12 ? (l === "nb" ? "Før tiltak" : "Before") : l === "nb" ? "Etter fallforebyggende pakke" : "After the falls bundle",
      ...(i === 5 ? { note: l === "nb" ? "Ny rutine for tilsyn" : "New rounding routine" } : i === 12 ? { note: l === "nb" ? "Tiltakspakke innført" : "Bundle introduced" } : {}),
    })),
  }),
  "run-freeze-exclude": (l) => ({ chart: "run", title: l === "nb" ? "Ventetid til vurdering (dager)" : "Days to assessment", freeze: 12, exclude: [5], data: monthly(series(24, 217, 20, 3, 14, -5).map((v, i) => (i === 4 ? 38 : v))) }),
  "c-mdc-exclude": (l) => ({ chart: "c", convention: "mdc", direction: "decrease", target: 8, exclude: [8], title: l === "nb" ? "Avvik per måned" : "Incidents per month", data: monthly([11, 13, 9, 12, 14, 10, 12, 29, 11, 8, 9, 7, 8, 6, 7, 9, 6, 5, 7, 6]) }),
};

/**
 * The spec of a gallery kind in a language (for hidden variants of the gallery charts).
 *
 * @example
 * ```ts
 * compute(gallerySpec("u", "nb"));
 * ```
 */
export function gallerySpec(kind: string, lang: "nb" | "en"): ChartSpec {
  const make = specs[kind];
  if (!make) throw new Error(`no gallery kind ${kind}`);
  return make(lang);
}

/** The three sizes: phone, report, slide. */
export const gallerySizes = [
  [360, 240],
  [720, 400],
  [1280, 720],
] as const;

/** The gallery's chart kinds (chart types, plus the standardised P chart and I with MDC). */
export const galleryKinds = Object.keys(specs);

export const gallery: Record<string, () => Case> = {};
galleryKinds.forEach((kind, k) => {
  gallerySizes.forEach(([width, height], s) => {
    const lang = (k + s) % 2 === 0 ? "nb" : "en";
    gallery[`gallery-${kind}-${width}x${height}-${lang}`] = () => ({ result: compute(specs[kind]!(lang)), options: { lang, width, height } });
  });
});
// The I chart with MDC also with its icons turned off, at the report size, in both languages.
for (const lang of ["nb", "en"] as const) gallery[`gallery-i-mdc-icons-off-720x400-${lang}`] = () => ({ result: compute(specs["i-mdc"]!(lang)), options: { lang, width: 720, height: 400, icons: false } });
// Icons off at the phone and slide sizes too (in the language the icons-on chart of that size does not use).
gallery["gallery-i-mdc-icons-off-360x240-en"] = () => ({ result: compute(specs["i-mdc"]!("en")), options: { lang: "en", width: 360, height: 240, icons: false } });
gallery["gallery-i-mdc-icons-off-1280x720-en"] = () => ({ result: compute(specs["i-mdc"]!("en")), options: { lang: "en", width: 1280, height: 720, icons: false } });
