/**
 * The named charts of the snapshot tests (test/output/NAME.svg), shared with the browser test
 * and the PNG preview. Each is a spec (computed here) and render options.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compute, type ChartResult, type ChartRow, type ChartRowWithN, type ChartSpec } from "../../src/index.js";
import type { RenderOptions } from "../../src/render/index.js";
import { repoRoot } from "../support/shared.js";
import { mondays, monthly, months, proportions, random, series } from "./fixtures.js";

export interface Case {
  result: ChartResult;
  options?: RenderOptions;
}

const example = (name: string): ChartSpec => JSON.parse(readFileSync(join(repoRoot, "examples", "specs", `${name}.json`), "utf8")) as ChartSpec;

/** Rows of several observations per month (Xbar, S). */
function subgrouped(count: number, size: number, seed: number): ChartRow[] {
  const xs = months(count, 2022);
  const rand = random(seed);
  const rows: ChartRow[] = [];
  xs.forEach((x, i) => {
    const k = size + (i % 3 === 0 ? 1 : 0);
    for (let j = 0; j < k; j++) rows.push({ x, y: Math.round((70 + 6 * (rand() + rand() + rand() - 1.5) + (i === 17 ? 9 : 0)) * 10) / 10 });
  });
  return rows;
}

const hospitals = ["Ahus", "Bærum", "Drammen", "Haukeland", "Kristiansand", "Molde", "Stavanger", "St. Olavs", "Tromsø", "Ullevål"];

export const cases: Record<string, () => Case> = {
  "run-weekly": () => ({ result: compute(example("risk-assessments-run")) }),
  "run-freeze": () => ({ result: compute({ chart: "run", title: "Ventetid til vurdering (dager)", freeze: 12, data: monthly(series(24, 3, 20, 3, 14, -5)) }) }),
  "i-signals-en": () => ({
    result: compute({ chart: "i", title: "Time to antibiotics (minutes)", yLabel: "Minutes", xLabel: "Month", data: monthly(series(30, 7, 60, 6).map((v, i) => (i === 9 ? 95 : i === 21 ? 31 : v))) }),
    options: { lang: "en" },
  }),
  "mr": () => ({ result: compute({ chart: "mr", data: monthly(series(30, 7, 60, 6).map((v, i) => (i === 9 ? 95 : v))) }) }),
  "xbar": () => ({ result: compute({ chart: "xbar", title: "Systolisk blodtrykk ved innkomst", data: subgrouped(24, 4, 11) }) }),
  "s": () => ({ result: compute({ chart: "s", title: "Systolisk blodtrykk, spredning", data: subgrouped(24, 4, 11) }) }),
  "t": () => ({ result: compute({ chart: "t", title: "Dager mellom trykksår", data: series(25, 5, 12, 4).map((v, i) => ({ x: i + 1, y: Math.max(0.5, Math.abs(v) + (i > 16 ? 15 : 0)) })) }) }),
  "p-varying-n": () => {
    const rows = proportions(24, 13, 0.18, 20, 140, 15, 0.1);
    const xs = months(24);
    return { result: compute({ chart: "p", title: "Pasienter med trykksår", data: rows.map((r, i) => ({ x: xs[i]!, ...r })) }) };
  },
  "pp": () => {
    const rows = proportions(30, 17, 0.3, 2000, 6000);
    return { result: compute({ chart: "pp", title: "Reinnleggelser innen 30 dager (P′)", multiply: 100, data: rows.map((r, i) => ({ x: months(30)[i]!, ...r })) }) };
  },
  "c-exclude": () => ({
    result: compute({ chart: "c", title: "Avvik per måned", exclude: [8], data: monthly([4, 6, 3, 5, 7, 4, 5, 19, 6, 3, 4, 5, 6, 2, 4, 5, 3, 6, 4, 5]) }),
  }),
  "u-parts-notes": () => ({ result: compute(example("falls-nursing-home")) }),
  "up": () => {
    const rows = proportions(24, 21, 0.02, 8000, 12000);
    return { result: compute({ chart: "up", title: "Infeksjoner per 1000 pasientdøgn (U′)", multiply: 1000, data: rows.map((r, i) => ({ x: months(24)[i]!, ...r })) }) };
  },
  "g": () => ({ result: compute({ chart: "g", title: "Operasjoner mellom komplikasjoner", data: [12, 30, 5, 44, 18, 2, 61, 25, 9, 37, 15, 70, 8, 22, 48, 3, 27, 90, 14, 33].map((y, i) => ({ x: i + 1, y })) }) }),
  "ip": () => {
    const rows = proportions(24, 31, 0.12, 400, 900);
    return { result: compute({ chart: "ip", title: "Andel med feilmedisinering (I′)", data: rows.map((r, i) => ({ x: months(24)[i]!, ...r })) }) };
  },
  "part-labels": () => ({
    result: compute({
      chart: "i",
      title: "Liggetid etter hofteoperasjon (døgn)",
      data: monthly(series(30, 41, 7.5, 0.8, 12, -1.5)).map((r, i) => ({ ...r, part: i < 12 ? "Før tiltak" : "Etter innføring av pakkeforløp" })),
    }),
  }),
  "notes-top-target": () => ({
    result: compute({
      chart: "run",
      title: "Håndhygiene etterlevelse",
      target: 90,
      multiply: 100,
      data: proportions(20, 5, 0.8, 30, 50, 10, 0.9).map((r, i) => ({ x: mondays(20)[i]!, ...r, ...(i === 6 ? { note: "Kampanje & plakater <uke 7>" } : {}), ...(i === 12 ? { note: "Ny dispenser på alle rom" } : {}) })),
    }),
    options: { notes: "top", percent: true },
  }),
  "facets-shared": () => {
    const data: ChartRow[] = [];
    ["Avdeling A", "Avdeling B", "Avdeling C", "Avdeling D"].forEach((facet, k) => {
      const ys = series(20, 50 + k, 10 + k * 2, 2, k === 2 ? 12 : Infinity, -4);
      monthly(ys).forEach((r) => data.push({ ...r, facet }));
    });
    return { result: compute({ chart: "i", title: "Fall per avdeling", data }) };
  },
  "facets-free-en": () => {
    const data: ChartRowWithN[] = [];
    ["Ward 1", "Ward 2", "Ward 3"].forEach((facet, k) => {
      proportions(18, 60 + k, 0.1 * (k + 1), 30 + 50 * k, 80 + 60 * k).forEach((r, i) => data.push({ x: months(18)[i]!, ...r, facet }));
    });
    return { result: compute({ chart: "p", title: "Pressure ulcers by ward", data }), options: { lang: "en", yScale: "free", columns: 3 } };
  },
  "category-funnel": () => {
    const rows = proportions(hospitals.length, 71, 0.05, 800, 4000).map((r, i) => ({ x: hospitals[i]!, ...r, y: i === 4 ? r.y + 60 : r.y }));
    return { result: compute({ chart: "p", title: "Sårinfeksjoner etter sykehus, 2024", xType: "category", data: rows }) };
  },
  "missing-values": () => ({
    result: compute({ chart: "i", title: "Måling med hull", data: monthly(series(20, 9, 50, 5).map((v, i) => (i === 4 || i === 11 || i === 12 ? null : v))) }),
  }),
  "missing-values-p": () => {
    const rows = proportions(18, 19, 0.3, 20, 60);
    return { result: compute({ chart: "p", title: "Andel med manglende måneder", data: rows.map((r, i) => ({ x: months(18)[i]!, y: i === 5 ? null : r.y, n: i === 5 ? null : r.n })) }) };
  },
  "one-point": () => ({ result: compute({ chart: "i", title: "Bare ett punkt", data: [{ x: "2024-03-01", y: 7 }] }) }),
  "all-equal": () => ({ result: compute({ chart: "i", title: "Alle like", data: monthly(Array.from({ length: 12 }, () => 5)) }) }),
  "long-1000": () => ({
    result: compute({ chart: "i", title: "1000 daglige målinger", data: series(1000, 99, 100, 10, 600, 6).map((y, i) => ({ x: new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10), y })) }),
  }),
  "show95-en": () => ({ result: compute({ chart: "c", title: "Complaints per month", data: monthly(series(24, 81, 12, 3.4).map((v) => Math.max(0, Math.round(v)))) }), options: { lang: "en", show95: true } }),
  "numbers-x": () => ({ result: compute({ chart: "i", title: "Sekvens", data: series(40, 3, 5, 1).map((y, i) => ({ x: i + 1, y })) }) }),
  "quarters": () => ({ result: compute({ chart: "c", title: "Klager per kvartal", data: series(12, 8, 20, 4).map((y, i) => ({ x: months(12 * 3)[i * 3]!, y: Math.round(Math.abs(y)) })) }) }),
  "escaping": () => ({
    result: compute({ chart: "run", title: "Fall & skader <2024>", yLabel: 'Antall "fall"', data: monthly([3, 4, 2, 5, 3, 4, 6, 2, 3, 4, 5, 3]).map((r, i) => (i === 3 ? { ...r, note: "<script>alert('x')</script> & mer" } : r)) }),
    options: { subtitle: "Kilde: <Gerica> & EQS", caption: "Ugyldig tegn \u0001 fjernes" },
  }),
  "theme": () => ({
    result: compute({ chart: "i", title: "Egen drakt", data: monthly(series(24, 7, 60, 6).map((v, i) => (i === 9 ? 95 : v))) }),
    options: { theme: { colors: { data: "#333333", signal: "#CC79A7", band: "none", background: "#FAFAF5" }, fontSize: 13, titleSize: 18, pointRadius: 3.5, lineWidth: 2 }, width: 640, height: 360 },
  }),
  "variation": () => ({
    // Making Data Count with lower as better: a high point is a concern, the later fall an improvement.
    result: compute({
      chart: "i",
      convention: "mdc",
      direction: "decrease",
      freeze: 12,
      title: "Forbedring og bekymring (MDC-farger)",
      data: monthly(series(24, 46, 50, 3, 16, -5).map((v, i) => (i === 5 ? 64 : v))),
    }),
  }),
  "mdc-target": () => ({
    // Making Data Count with a target: a variation icon and an assurance icon top right.
    result: compute({
      chart: "i",
      convention: "mdc",
      direction: "increase",
      target: 85,
      title: "Andel pasienter med vurdert ernæringsstatus",
      yLabel: "Prosent",
      data: monthly(series(24, 12, 80, 3, 14, 6)),
    }),
  }),
  "mdc-facets-en": () => {
    const data: ChartRow[] = [];
    ["Ward 1", "Ward 2", "Ward 3", "Ward 4"].forEach((facet, k) => {
      const ys = series(20, 70 + k, 40 + k * 4, 3, k === 1 ? 12 : k === 3 ? 8 : Infinity, k === 3 ? -8 : 7);
      monthly(ys).forEach((r) => data.push({ ...r, facet }));
    });
    return { result: compute({ chart: "i", convention: "mdc", direction: "decrease", target: 45, title: "Minutes to triage by ward", data }), options: { lang: "en" } };
  },
  "mdc-icons-off": () => ({
    result: compute({ chart: "i", convention: "mdc", direction: "decrease", title: "Uten ikoner", data: monthly(series(24, 46, 50, 3, 16, -5)) }),
    options: { icons: false },
  }),
  "long-title-360": () => ({
    // A 101-character Norwegian title at 360 px: two lines, then "…".
    result: compute({ ...example("falls-nursing-home"), title: "Andel pasienter over 65 år med fall som førte til skade per 1000 liggedøgn på korttidsavdelingene i kommunen" }),
    options: { width: 360, height: 320, subtitle: "Kilde: Gerica, uttrekk per måned for alle korttidsavdelinger og sykehjem" },
  }),
  "slide-1280": () => ({ result: compute(example("falls-nursing-home")), options: { width: 1280, height: 720 } }),
  "categories-long": () => {
    const units = ["Korttidsavdelingen", "Demensavdelingen Solstua", "Langtidsavdeling 2. etasje", "Rehabiliteringsavdelingen", "Skjermet enhet Furulund", "Sykehjemmet Bakkehaugen"];
    const rows = proportions(units.length, 72, 0.08, 300, 900).map((r, i) => ({ x: units[i]!, ...r }));
    return { result: compute({ chart: "p", title: "Trykksår etter enhet", xType: "category", data: rows }), options: { width: 480, height: 320 } };
  },
  "categories-wrapped": () => {
    const units = ["Korttids avdelingen", "Demens Solstua", "Langtid 2. etasje", "Rehabilitering", "Skjermet Furulund", "Bakkehaugen"];
    const rows = proportions(units.length, 73, 0.08, 300, 900).map((r, i) => ({ x: units[i]!, ...r }));
    return { result: compute({ chart: "p", title: "Trykksår etter enhet (to linjer)", xType: "category", data: rows }), options: { width: 520, height: 320 } };
  },
  "scaled-en": () => ({ result: compute({ chart: "run", title: "Falls", data: monthly(series(18, 5, 8, 2)) }), options: { lang: "en", scale: 1.5, fontSize: 14 } }),
};
