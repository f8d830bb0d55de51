/**
 * The docs build (scripts/build-docs.mjs) and the guides: every chart marker becomes a chart the
 * library drew, every dataset marker a table, an unknown marker is an error, the workshop's charts
 * are built from the same specs as workshop.ts makes, and what the guides say about their charts
 * holds.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compute, falseAlarmProbability, type ChartResult, type ChartSpec } from "../../src/index.js";
import { chartSpec, LANGS, loadWorkshop } from "../../docs/workshop/workshop.js";
import { ensureBuild } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

interface Marked {
  text: string;
  problems: string[];
}
interface BuildDocs {
  buildDocs(options?: { site?: string }): { pages: number; charts: number };
  replaceMarkers(text: string, file: string, outDir: string, chartFor: (name: string) => { svg: string } | null, lang?: string): Marked;
  workshopChartSpec(chart: unknown, lang: string): ChartSpec;
  markdownTable(text: string, lang?: string): string;
}

const docsDir = join(repoRoot, "docs");
const guides = ["getting-started.md", "choosing-a-chart.md", "reading-signals.md", "baselines.md", "targets.md", "qicharts2.md"];
let docs: BuildDocs;
let site: string;
let built: { pages: number; charts: number };

beforeAll(async () => {
  ensureBuild(); // built by the global setup
  docs = (await import(pathToFileURL(join(repoRoot, "scripts", "build-docs.mjs")).href)) as BuildDocs;
  // In out/ (git-ignored), two levels below the root like docs/site/, so that rewritten links match.
  mkdirSync(join(repoRoot, "out"), { recursive: true });
  site = mkdtempSync(join(repoRoot, "out", "docs-site-"));
  built = docs.buildDocs({ site });
}, 120_000);

afterAll(() => {
  if (site !== undefined) rmSync(site, { recursive: true, force: true });
});

describe("the docs build", () => {
  it("writes every guide and workshop page with its charts drawn and its datasets as tables", () => {
    for (const guide of guides) expect(existsSync(join(site, guide)), guide).toBe(true);
    expect(existsSync(join(site, "workshop", "en", "05-p-chart.md"))).toBe(true);
    expect(built.pages).toBeGreaterThanOrEqual(guides.length + 25);
    const pages = [...readdirSync(site, { recursive: true, encoding: "utf8" })].filter((f) => f.endsWith(".md"));
    let images = 0;
    for (const page of pages) {
      const text = readFileSync(join(site, page), "utf8").replace(/```[\s\S]*?```/g, "");
      expect(text, page).not.toMatch(/^<!--\s*(chart|data):/m);
      for (const m of text.matchAll(/<img src="([^"]+\.svg)" alt="([^"]*)"/g)) {
        images++;
        const svg = readFileSync(join(site, page, "..", m[1]!), "utf8");
        expect(svg, `${page}: ${m[1]}`).toMatch(/^<svg/);
        expect(m[2]!.length, `${page}: alt text`).toBeGreaterThan(20);
      }
    }
    expect(images).toBe(built.charts);
    const p = readFileSync(join(site, "workshop", "nb", "05-p-diagram.md"), "utf8");
    expect(p).toContain("| januar 2023 | 15 | 11 | 73,3 % |");
    expect(readFileSync(join(site, "workshop", "en", "05-p-chart.md"), "utf8")).toMatch(/alt="P chart/);
  });

  it("copies files that pages link outside docs/ into the site, so that the links work where the site is served alone", () => {
    expect(readFileSync(join(site, "getting-started.md"), "utf8")).toContain("](files/examples/node-render.mjs)");
    expect(readFileSync(join(site, "files", "examples", "node-render.mjs"), "utf8")).toContain("renderSvg");
  });

  it("draws each guide chart from docs/charts/NAME.json, and every chart file is used", () => {
    const pages = [...guides, ...readdirSync(join(docsDir, "cookbook")).map((f) => join("cookbook", f))];
    const used = new Set(pages.flatMap((g) => [...readFileSync(join(docsDir, g), "utf8").matchAll(/^<!-- chart: (\S+) -->$/gm)].map((m) => m[1])));
    const files = readdirSync(join(docsDir, "charts")).map((f) => f.replace(/\.json$/, ""));
    expect([...used].sort()).toEqual(files.sort());
  });

  it("fails on an unknown chart, an unknown marker kind or a missing dataset", () => {
    const file = join(docsDir, "example.md");
    const { problems } = docs.replaceMarkers(
      ["# Page", "<!-- chart: nowhere -->", "<!-- chrat: typo -->", "<!-- data: missing.csv -->", "```", "<!-- chart: in-a-code-block -->", "```"].join("\n"),
      file,
      site,
      () => null,
    );
    expect(problems).toEqual([
      'docs/example.md:2: unknown chart "nowhere"',
      "docs/example.md:3: unknown marker <!-- chrat: … --> (known: chart, data, fact, sum, fields, example)",
      "docs/example.md:4: no dataset missing.csv",
    ]);
  });

  it("exits 1 with the problems listed when a page has an unknown marker", async () => {
    const { execFileSync } = await import("node:child_process");
    // A copy of the script whose docs/ is a folder with one bad page.
    const dir = mkdtempSync(join(tmpdir(), "spc-docs-bad-"));
    try {
      const script = readFileSync(join(repoRoot, "scripts", "build-docs.mjs"), "utf8")
        .replace(/"\.\.\/dist\//g, JSON.stringify(pathToFileURL(join(repoRoot, "dist")).href + "/").slice(0, -1))
        .replace('export const DOCS = join(root, "docs");', `export const DOCS = ${JSON.stringify(join(dir, "docs"))};`);
      const { writeFileSync, cpSync } = await import("node:fs");
      mkdirSync(join(dir, "docs"));
      cpSync(join(docsDir, "workshop"), join(dir, "docs", "workshop"), { recursive: true });
      writeFileSync(join(dir, "docs", "bad.md"), "# Bad\n\n<!-- chart: no-such-chart -->\n");
      writeFileSync(join(dir, "build-docs.mjs"), script);
      let status = 0;
      let stderr = "";
      try {
        execFileSync(process.execPath, [join(dir, "build-docs.mjs")], { stdio: "pipe" });
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = String((error as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toMatch(/bad\.md:3: unknown chart "no-such-chart"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("builds the workshop's charts from the same specs as workshop.ts", () => {
    for (const exercise of loadWorkshop().exercises) {
      for (const chart of exercise.charts) {
        for (const lang of LANGS) expect(docs.workshopChartSpec(chart, lang), `${chart.id} ${lang}`).toEqual(chartSpec(chart, lang));
      }
    }
  });
});

describe("what the guides say about their charts", () => {
  const chart = (name: string): ChartResult => compute((JSON.parse(readFileSync(join(docsDir, "charts", `${name}.json`), "utf8")) as { spec: ChartSpec }).spec);
  const sigmaAt = (r: ChartResult) => r.points.filter((p) => p.sigmaSignal).map((p) => p.x);

  it("reading-signals: noise, a shift (longest run 10 > 8, 5 crossings < 8) and one point outside in May", () => {
    const none = chart("signal-none");
    expect([none.parts[0]?.runsSignal, sigmaAt(none)]).toEqual([false, []]);
    const shift = chart("signal-shift");
    expect(shift.points).toHaveLength(24);
    expect(shift.parts[0]).toMatchObject({ runsSignal: true, longestRun: 10, longestRunMax: 8, crossings: 5, crossingsMin: 8 });
    expect(sigmaAt(shift)).toEqual([]);
    const outside = chart("signal-outside");
    expect([outside.parts[0]?.runsSignal, sigmaAt(outside)]).toEqual([false, ["2024-05-01"]]);
    for (const r of [none, shift, outside]) expect(r.parts[0]!.runsFalseAlarm).toBeGreaterThan(0.05);
  });

  it("reading-signals: the runs rules' false-alarm chance is about 2 % at 8 points, 4–7 % at 10–100 and 10 % at 1,000", () => {
    const percent = (n: number) => Math.round(falseAlarmProbability(n) * 1000) / 10;
    expect(percent(8)).toBeCloseTo(2.3, 5);
    for (const n of [10, 12, 20, 24, 30, 50, 100]) {
      expect(percent(n), `n = ${n}`).toBeGreaterThanOrEqual(4);
      expect(percent(n), `n = ${n}`).toBeLessThanOrEqual(7.5);
    }
    expect(percent(1000)).toBeCloseTo(10.3, 5);
    expect(readFileSync(join(docsDir, "reading-signals.md"), "utf8")).toContain("about 2 % at 8 useful points, 4–7 % from 10 to 100 points and 10 % at 1,000");
  });

  it("baselines: below the frozen centre line from March 2024; two stable parts after the break, the new one short", () => {
    const frozen = chart("baseline-frozen");
    expect(frozen.parts[0]?.runsSignal).toBe(true);
    expect(frozen.points.slice(14).every((p) => p.y !== null && p.cl !== null && p.y < p.cl)).toBe(true);
    expect(frozen.points[14]).toMatchObject({ x: "2024-03-01", note: "PDSA: night rounds" });
    const parts = chart("baseline-new");
    expect(parts.parts.map((p) => [p.runsSignal, p.nUseful])).toEqual([[false, 14], [false, 10]]);
    expect(parts.warnings.map((w) => w.code)).toEqual(["too-few-points"]);
  });

  it("targets: a run of 8 from May 2024 across a mixed centre line (77 %); split there, a new level of 85 % with limits 65–100 % around the 90 % target", () => {
    const r = chart("target-line");
    expect(r.parts[0]?.runsSignal).toBe(true);
    expect(Math.round(r.parts[0]!.cl!)).toBe(77);
    const run = r.findings.find((f) => f.rule === "longest-run");
    expect([run?.count, run?.xFirst]).toEqual([8, "2024-05-01"]);
    const split = chart("target-line-new-level");
    const now = split.parts[1]!;
    expect([now.nUseful, now.runsSignal, split.points[now.first - 1]?.x]).toEqual([8, false, "2024-05-01"]);
    expect([Math.round(now.cl!), Math.round(now.meanLcl!), Math.round(now.meanUcl!)]).toEqual([85, 65, 100]);
    expect(split.icons[0]?.assurance).toBe("hit-and-miss");
  });

  it("choosing-a-chart and getting-started: stable example charts", () => {
    for (const name of ["u-chart-falls", "t-chart-pressure-ulcers", "first-run-chart"]) {
      const r = chart(name);
      expect([name, r.parts.some((p) => p.runsSignal), sigmaAt(r), r.warnings]).toEqual([name, false, [], []]);
    }
  });
});
