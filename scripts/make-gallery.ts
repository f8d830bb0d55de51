// Writes docs/gallery/*.json, the specs the docs site's gallery draws (scripts/build-docs.mjs draws
// them with the library at build time and shows each spec beside its chart). The chart types reuse
// the snapshot gallery's specs (test/render/gallery.ts) so that the docs show what the snapshots
// check; the features are written here. Run: `npx tsx scripts/make-gallery.ts` (test/docs/gallery
// checks that the files are current).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartSpec } from "../src/index.js";
import { gallerySpec } from "../test/render/gallery.js";
import { monthly, series } from "../test/render/fixtures.js";

export interface GalleryEntry {
  /** Section of the gallery page. */
  group: "Chart types" | "Features" | "Rule sets";
  title: string;
  /** One or two sentences: what the chart or feature is for. */
  about: string;
  /** The guide that explains it (a page of the site, with an anchor if useful). */
  guide: string;
  spec: ChartSpec;
  render?: Record<string, unknown>;
}

const en = (kind: string) => gallerySpec(kind, "en");
const type = (name: string, title: string, about: string, guide: string, kind = name): [string, GalleryEntry] => [name, { group: "Chart types", title, about, guide, spec: en(kind) }];
const baseline = monthly(series(24, 202, 60, 6));
const shifted = monthly(series(24, 301, 20, 2.5, 14, -5).map((v) => Math.round(v * 10) / 10));

export const entries: [string, GalleryEntry][] = [
  type("run", "Run chart", "The median and Anhøj's runs rules: the first chart for any measure.", "choosing-a-chart.md"),
  type("i", "I chart (individuals)", "One value per period, limits from the moving ranges.", "choosing-a-chart.md"),
  type("mr", "MR chart (moving ranges)", "The I chart's companion: how much each value moved from the one before.", "charts-more.md"),
  type("xbar", "Xbar chart", "Means of subgroups of several measurements.", "choosing-a-chart.md"),
  type("s", "S chart", "Standard deviations of the same subgroups: Xbar's companion.", "choosing-a-chart.md"),
  type("r", "R chart", "Subgroup ranges, for Xbar-R.", "charts-more.md"),
  type("t", "T chart", "Time between rare events.", "choosing-a-chart.md"),
  type("p", "P chart", "Proportions: patients with an event out of patients.", "choosing-a-chart.md"),
  type("pp", "P′ chart (Laney)", "A P chart for large denominators, where the plain P chart's limits are too narrow.", "choosing-a-chart.md"),
  type("c", "C chart", "Counts with about the same opportunity each period.", "choosing-a-chart.md"),
  type("u", "U chart", "Rates: events per bed-days or per patient-days.", "choosing-a-chart.md"),
  type("up", "U′ chart (Laney)", "A U chart for large denominators.", "choosing-a-chart.md"),
  type("g", "G chart", "Opportunities (cases, operations) between rare events. Its lower limit is 0.", "choosing-a-chart.md"),
  type("ip", "I′ chart", "Proportions on an I chart with Laney's adjustment.", "charts-more.md"),
  type("np", "NP chart", "Numbers with the event when every subgroup has the same size.", "charts-more.md"),
  [
    "ewma",
    { group: "Chart types", title: "EWMA chart", about: "An exponentially weighted moving average: sees small sustained shifts sooner.", guide: "charts-more.md", spec: { chart: "ewma", title: "Minutes to antibiotics, EWMA", ewma: { lambda: 0.2, L: 3 }, data: shifted } },
  ],
  [
    "bcusum",
    {
      group: "Chart types",
      title: "Bernoulli CUSUM",
      about: "Case by case: each patient with or without the event, summed against an expected risk; here the infections of the last cases cross the limit.",
      guide: "charts-more.md",
      spec: {
        chart: "bcusum",
        title: "Surgical site infections, case by case",
        bcusum: { p0: 0.05, oddsRatio: 2, limit: 3.5, side: "upper" },
        data: Array.from({ length: 120 }, (_, i) => ({ x: i + 1, y: [7, 23, 41, 58, 71, 80, 88, 93, 99, 104, 108, 112, 115, 118].includes(i) ? 1 : 0 })),
      },
    },
  ],
  type("funnel", "Funnel plot", "Units (hospitals, wards) against their denominator: which unit differs from the rest.", "charts-more.md"),
  type("pareto", "Pareto chart", "Counts by category, sorted, with the cumulative per cent.", "charts-more.md"),
  type("standardised", "Standardised P chart", "z-scores around 0 with limits ±3: straight limits whatever the denominators.", "chart-spec.md", "p-standardised"),
  [
    "facets",
    {
      group: "Features",
      title: "Facets: one chart per unit",
      about: "A `facet` on each row draws one panel per unit, each with its own centre line and limits.",
      guide: "cookbook/one-chart-per-unit.md",
      spec: {
        chart: "run",
        title: "Days to first assessment, by ward",
        data: ["Ward A", "Ward B", "Ward C"].flatMap((facet, f) => monthly(series(18, 400 + f, 20 + 4 * f, 3)).map((r) => ({ ...r, y: Math.round(r.y ?? 0), facet }))),
      },
    },
  ],
  [
    "categories",
    {
      group: "Features",
      title: "Categories on the x axis",
      about: "x that are neither dates nor numbers are categories, in the order they first appear (or `xLevels`).",
      guide: "chart-spec.md",
      spec: { chart: "i", title: "Minutes to antibiotics, by shift", data: ["Mon day", "Mon night", "Tue day", "Tue night", "Wed day", "Wed night", "Thu day", "Thu night", "Fri day", "Fri night", "Sat day", "Sat night", "Sun day", "Sun night"].map((x, i) => ({ x, y: [52, 61, 48, 66, 55, 59, 50, 70, 57, 63, 58, 72, 54, 64][i]! })) },
    },
  ],
  [
    "parts",
    { group: "Features", title: "Parts (rebaselining)", about: "`breaks` starts a new part after a position: each part has its own centre line and limits.", guide: "baselines.md", spec: { chart: "i", title: "Days to first assessment, new level after the change", breaks: [14], data: shifted } },
  ],
  [
    "freeze",
    { group: "Features", title: "Freeze the baseline", about: "`freeze` computes the centre line and limits from the first subgroups and extends them: later points are judged against the baseline.", guide: "baselines.md", spec: { chart: "i", title: "Days to first assessment, baseline frozen", freeze: 12, data: shifted } },
  ],
  [
    "exclude",
    { group: "Features", title: "Exclude a point", about: "`exclude` leaves a subgroup out of the calculations but still shows it (here a known special cause in month 10).", guide: "baselines.md", spec: { chart: "i", title: "Minutes to antibiotics, month 10 excluded", exclude: [10], data: baseline.map((r, i) => (i === 9 ? { ...r, y: 95 } : r)) } },
  ],
  [
    "notes",
    {
      group: "Features",
      title: "Notes (PDSA annotations)",
      about: "A row's `note` marks the point and lists the note under the chart.",
      guide: "cookbook/annotate-a-pdsa-change.md",
      spec: { chart: "run", title: "Days to first assessment, with the PDSA cycles", data: shifted.map((r, i) => (i === 11 ? { ...r, note: "PDSA 1: checklist" } : i === 15 ? { ...r, note: "PDSA 2: all wards" } : r)) },
    },
  ],
  [
    "target",
    { group: "Features", title: "Target line", about: "`target` draws a target line; it is never used to compute the limits.", guide: "targets.md", spec: { chart: "i", title: "Days to first assessment, target 16", target: 16, data: shifted } },
  ],
  [
    "trajectory-lines",
    { group: "Features", title: "Trajectory and reference lines", about: "A per-row `target` draws a trajectory; `lines` adds reference lines such as a national standard.", guide: "targets.md", spec: en("i-trajectory-lines") },
  ],
  [
    "mdc-icons",
    { group: "Features", title: "Making Data Count icons", about: "`convention: \"mdc\"` with a `direction` and a `target`: variation and assurance icons top right.", guide: "rules.md", spec: en("i-mdc") },
  ],
  ...(["anhoej", "ihi", "western-electric", "nelson", "mdc"] as const).map((rules): [string, GalleryEntry] => [
    `rules-${rules}`,
    {
      group: "Rule sets",
      title: `Rule set: ${rules}`,
      about: `The same data judged by \`rules: "${rules}"\`: the points each rule set flags.`,
      guide: "rules.md",
      spec: { chart: "i", title: `Days to first assessment, rules: ${rules}`, rules, direction: "decrease", data: shifted },
    },
  ]),
];

if (process.argv[1]?.endsWith("make-gallery.ts")) {
  const dir = join(import.meta.dirname, "..", "docs", "gallery");
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith(".json")) rmSync(join(dir, f));
  entries.forEach(([name, entry], i) => writeFileSync(join(dir, `${String(i + 1).padStart(2, "0")}-${name}.json`), `${JSON.stringify(entry, null, 2)}\n`));
  console.log(`docs/gallery: ${entries.length} entries`);
}
