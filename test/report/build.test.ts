import { describe, expect, it } from "vitest";
import { computePlan, type ComputedPlan } from "../../src/plan/compute.js";
import { parsePlan, validatePlan } from "../../src/plan/load.js";
import { buildReport } from "../../src/report/build.js";
import { fixtureText, planTexts } from "../plan/helpers.js";
import { stubRender } from "./stub-render.js";

const fall = () => {
  const plan = parsePlan(fixtureText("plans/fall.yaml"));
  return computePlan(plan, planTexts(plan), { planFile: "fall.yaml" });
};
const infeksjon = () => {
  const plan = parsePlan(fixtureText("plans/infeksjon.json"));
  return computePlan(plan, planTexts(plan));
};

/** Ids defined in the page, each once. */
function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");
}

/** Nothing in the page is fetched: no scripts, stylesheets, images or frames by address. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|src=/i);
  const addresses = [...html.matchAll(/https?:\/\/[^\s"')<]+/g)].map((m) => m[0]);
  expect(new Set(addresses)).toEqual(new Set(addresses.length > 0 ? ["http://www.w3.org/2000/svg"] : []));
}

describe("buildReport", () => {
  it("one plan: its title on the page, a summary row per measure and facet, every chart", () => {
    const html = buildReport([fall()], { render: stubRender, date: "2025-11-23" });
    expect(html.startsWith("<!doctype html>\n<html lang=\"nb\">")).toBe(true);
    expect(html).toContain("<title>Færre fall på Solsiden sykehjem</title>");
    expect(html).toContain('<p class="meta">Laget 23.11.2025 · 1 måleplan, 4 målinger</p>');
    expect(html).not.toContain('<nav class="toc"');
    expect(html.match(/<figure /g)).toHaveLength(4);
    expect(html.match(/<tr><td>/g)).toHaveLength(5); // "Fall per avdeling" has two facets
    expect(html).toContain("<td>Lavere er bedre</td>".replace("td>", "dd>").replace("</td", "</dd"));
    expect(html).toMatch(/0,6 innen 31\.12\.2025: <span class="target-not-met">ikke nådd ennå \(\d av de 3 siste verdiene er på målet\)<\/span>/);
    expect(html).toContain("<strong>14.05.2024</strong>: Trygg mobilisering PDSA 1");
    expect(html).toContain("test/../avvik-med-feil.csv".replace("test/", "")); // located warnings
    expect(html).toContain("3 linjer i datafilen kunne ikke leses");
    expectSelfContained(html);
    expect(new Set(ids(html)).size).toBe(ids(html).length);
  });

  it("several plans: a table of contents, ids unique across plans", () => {
    const html = buildReport([fall(), infeksjon()], { render: stubRender });
    expect(html).toContain('<nav class="toc" aria-labelledby="toc-title">');
    expect(html).toContain('<li><a href="#plan-2-korrekt-handhygiene">Korrekt håndhygiene</a></li>');
    expect(html).toContain('<section class="measure" id="plan-2-korrekt-handhygiene">');
    expect(html).toContain("<title>Måleplaner</title>");
    expect(html).toContain("<h2>Trygg kirurgi</h2>");
    expect(html).toContain('<p class="meta">2 måleplaner, 7 målinger</p>'); // no date given
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    // Each chart's ids are prefixed, and its references follow.
    expect(html).toContain('<clipPath id="plan-2-korrekt-handhygiene-plot">');
    expect(html).toContain('clip-path="url(#plan-2-korrekt-handhygiene-plot)"');
    expect(html).not.toContain("<?xml");
    expectSelfContained(html);
  });

  it("English: words, numbers and dates", () => {
    const html = buildReport([infeksjon()], { render: stubRender, lang: "en", date: "2025-11-23" });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Made 23 Nov 2025 · 1 measurement plan, 3 measures");
    expect(html).toContain("<th>Centre line</th>");
    expect(html).toContain("Process measure");
    expect(html).toContain("90 by 31 Dec 2024: <span");
    expect(html).toContain('data-lang="en"'); // the charts are drawn in English too
    expect(html).toMatch(/\(Dec 2024\)/);
  });

  it("escapes every text from plans and data", () => {
    const plan = validatePlan({
      title: 'Fall & skader <b>"uke 5"</b>',
      team: "<script>alert(1)</script>",
      measures: [
        {
          name: "Fall <i>",
          type: "outcome",
          definition: "a < b & c > d",
          chart: "c",
          data: { file: "f.csv", x: "Måned", y: "Fall", note: "Merknad" },
          annotations: [{ date: "2024-02-01", text: "«Trygg» & <sikker>" }],
        },
      ],
    });
    const csv = 'Måned;Fall;Merknad\n01.01.2024;3;\n01.02.2024;x<y>;\n01.03.2024;2;"<b>fet</b>"\n';
    const html = buildReport([computePlan(plan, { "f.csv": csv })], { render: stubRender });
    expect(html).toContain("<title>Fall &amp; skader &lt;b&gt;&quot;uke 5&quot;&lt;/b&gt;</title>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("a &lt; b &amp; c &gt; d");
    expect(html).toContain("«Trygg» &amp; &lt;sikker&gt;");
    // The report is in bokmål, and so is the reason a line was left out: escaped all the same.
    expect(html).toContain("«x&lt;y&gt;» er ikke et tall");
    expect(html).not.toMatch(/<script>|<b>|<i>|<sikker>/);
  });

  it("a measure that failed, and a chart that cannot be drawn, show why in place of the chart", () => {
    const plan = validatePlan({
      title: "P",
      measures: [
        { name: "Mangler", type: "outcome", data: { file: "nope.csv", y: "Fall" } },
        { name: "Tegnes ikke", type: "process", chart: "i", data: { file: "f.csv", y: "Fall" } },
      ],
    });
    const computed: ComputedPlan = computePlan(plan, { "f.csv": "Fall\n1\n2\n3\n" });
    const html = buildReport([computed], {
      render: (result) => {
        if (result.chart === "i") throw new Error("no room for <labels>");
        return "<svg/>";
      },
    });
    expect(html).toContain('<div class="error" role="alert"><p>Diagrammet kunne ikke lages:</p><ul><li>measures[0].data.file: innholdet i «nope.csv» ble ikke gitt</li></ul></div>');
    expect(html).toContain("<li>no room for &lt;labels&gt;</li>");
    expect(html).toContain('<td colspan="5" class="failed">Diagrammet kunne ikke lages:');
    // The reasons are in the report's language.
    const english = buildReport([computed], { lang: "en", render: () => "<svg/>" });
    expect(english).toContain("<li>measures[0].data.file: the text of &quot;nope.csv&quot; was not given</li>");
  });

  it("reports progress per measure and passes size and language to the renderer", () => {
    const seen: unknown[] = [];
    const progress: [number, number][] = [];
    buildReport([fall(), infeksjon()], {
      render: (_, options) => {
        seen.push(options);
        return "<svg/>";
      },
      lang: "en",
      width: 600,
      height: 300,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(seen[0]).toEqual({ lang: "en", width: 600, height: 300, id: "chart-plan-1-fall-per-1000-liggedogn", period: "month", title: null });
    expect(progress.at(-1)).toEqual([7, 7]);
    expect(progress).toHaveLength(7);
  });

  it("needs a renderer", () => {
    expect(() => buildReport([], {} as never)).toThrow(/options\.render/);
  });
});

describe("Making Data Count icons in the summary table", () => {
  const months = (values: number[]) => `Måned;Verdi\n${values.map((v, i) => `${String((i % 12) + 1).padStart(2, "0")}.${2024 + Math.floor(i / 12)};${v}`).join("\n")}\n`;
  const values = [10, 12, 11, 9, 10, 12, 11, 10, 9, 11, 10, 12, 20, 21, 20, 22, 21, 20, 21, 22];
  const report = (spec: Record<string, unknown> | undefined) => {
    const measure = { name: "A", type: "outcome", chart: "i", direction: "increase", target: { value: 15 }, data: { file: "v.csv", x: "Måned", y: "Verdi" }, ...(spec ? { spec } : {}) };
    const plan = validatePlan({ title: "t", measures: [measure] });
    return buildReport([computePlan(plan, { "v.csv": months(values) })], { render: stubRender, date: "2025-11-23" });
  };
  it("a measure under the mdc convention shows its variation and assurance icons, named in words", () => {
    const html = report({ convention: "mdc" });
    expect(html).toContain('<span class="mdc-icon"><svg xmlns="http://www.w3.org/2000/svg" width="22" height="22"');
    expect(html).toContain('aria-label="Spesiell variasjon: forbedring, høye verdier" data-icon="improvement-high"');
    expect(html).toMatch(/data-icon="(pass|fail|hit-and-miss)"/);
  });
  it("a measure under qicharts2's convention shows them too: the summary reads the variation of every chart", () => {
    const html = report(undefined);
    expect(html).toContain('data-icon="improvement-high"');
    expect(html).toMatch(/<td class="meaning-improvement"><span class="mdc-icon"><svg/);
  });
});
