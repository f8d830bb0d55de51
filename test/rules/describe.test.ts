import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, describeFinding, explain, SpcError, type ChartResult, type ChartSpec, type Finding } from "../../src/index.js";
import * as rulesEntry from "../../src/rules/index.js";

const weeks = (n: number, firstMonday = "2024-03-18") => {
  const start = Date.parse(`${firstMonday}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
};

/** 24 weeks: a level shift after week 12, so Anhøj's rules find a long run. */
const ys = [12, 14, 13, 15, 12, 13, 14, 12, 13, 15, 14, 13, 19, 20, 19, 21, 20, 19, 21, 20, 22, 20, 19, 21];
const weekly = compute({ chart: "i", data: ys.map((y, i) => ({ x: weeks(24)[i]!, y })), direction: "increase" });

describe("compute(): findings are data", () => {
  it("hold the numbers and x a sentence needs, and no words", () => {
    const f = weekly.findings.find((x) => x.rule === "longest-run")!;
    expect(f).toEqual({
      rule: "longest-run",
      facet: null,
      part: 1,
      first: 1,
      last: 12,
      xFirst: "2024-03-18",
      xLast: "2024-06-03",
      side: "low",
      variation: "concern-low",
      points: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      count: 12,
      limit: 8,
      value: null,
      usable: 12,
      nUseful: 24,
      variant: null,
    });
    expect(JSON.parse(JSON.stringify(weekly.findings))).toEqual(weekly.findings);
  });

  it("give the value of a point beyond a limit, the window of two-of-three and its variant", () => {
    const c = compute({ chart: "c", data: [4, 5, 3, 6, 4, 30].map((y) => ({ y })), rules: ["outside-limits"] });
    expect(c.findings[0]).toMatchObject({ rule: "outside-limits", side: "high", first: 6, value: 30, usable: 1, variant: null, variation: "neutral-high" });
    const near = [10, 11, 9, 10, 11, 9, 10, 10, 11, 9, 10, 11, 9, 10, 13.4, 10.5, 13.4, 10, 9];
    const mdc = compute({ chart: "i", data: near.map((y) => ({ y })), rules: [{ rule: "two-of-three", variant: "mdc" }], direction: "decrease" });
    expect(mdc.findings).toMatchObject([{ first: 15, last: 17, points: [15, 17], variant: "mdc", count: 2, usable: 3, side: "high", variation: "concern-high", value: null }]);
    expect(describeFinding(mdc.findings[0]!, { lang: "en" }).explanation).toMatch(/^2 of 3 points in a row lie close to the upper control limit/);
  });
});

describe("describeFinding()", () => {
  const f = weekly.findings.find((x) => x.rule === "longest-run")!;

  it("writes the sentences explain() tells, in bokmål by default or English", () => {
    expect(describeFinding(f, { result: weekly })).toEqual({
      explanation: "12 punkter på rad under midtlinjen (uke 12–23). Det er lengre enn grensen på 8 for 24 punkter, så prosessen har trolig endret seg.",
      hint: "Finn ut hva som endret seg rundt uke 12. Er endringen varig og ønsket, kan en ny del med egen midtlinje starte der.",
    });
    const en = describeFinding(f, { lang: "en", result: weekly });
    expect(en.explanation).toBe("12 points in a row below the centre line (weeks 12–23). That is longer than the limit of 8 for 24 points, so the process has probably changed.");
    const story = explain(weekly, { lang: "en" });
    expect(story).toContain(`${en.explanation} What next: ${en.hint}`);
  });

  it("reads x from the finding alone when no result is given", () => {
    expect(describeFinding(f, { lang: "en" }).explanation).toContain("(weeks 12–23)");
    const numbered = compute({ chart: "c", data: [4, 5, 3, 6, 4, 30].map((y) => ({ y })), rules: ["outside-limits"] });
    expect(describeFinding(numbered.findings[0]!, { lang: "nb" }).explanation).toContain("(punkt 6: 30 mot grensen 17,5)");
    const labelled = compute({ chart: "c", data: ["A", "B", "C", "D", "E", "F"].map((x, i) => ({ x, y: [4, 5, 3, 6, 4, 30][i]! })), rules: ["outside-limits"] });
    expect(describeFinding(labelled.findings[0]!, { lang: "en" }).hint).toBe("Find out what happened («F») and whether it can happen again.");
  });

  it("gives the same words after the result has been through JSON", () => {
    const copy = JSON.parse(JSON.stringify(weekly)) as ChartResult;
    for (const [k, finding] of copy.findings.entries()) {
      expect(describeFinding(finding, { lang: "en", result: copy })).toEqual(describeFinding(weekly.findings[k]!, { lang: "en", result: weekly }));
    }
  });

  it("keeps the words a finding saved before findings were data carries, in explain() too", () => {
    const { usable: _u, nUseful: _n, xFirst: _x, xLast: _y, value: _v, variant: _w, variation: _z, ...rest } = f;
    const saved = { ...rest, explanation: { nb: "Lagret forklaring.", en: "Saved explanation." }, hint: { nb: "Lagret råd.", en: "Saved hint." } } as unknown as Finding;
    expect(describeFinding(saved, { lang: "en" })).toEqual({ explanation: "Saved explanation.", hint: "Saved hint." });
    const story = explain({ ...weekly, findings: [saved] }, { lang: "nb" });
    expect(story).toContain("1. Lagret forklaring. Hva nå: Lagret råd.");
    expect(story).not.toMatch(/undefined|NaN/);
  });

  it("is exported from the root and from spc-charts/rules", () => {
    expect(rulesEntry.describeFinding).toBe(describeFinding);
  });

  it("names a bad option or a finding from an older version in an SpcError", () => {
    const issues = (finding: unknown, options?: unknown) => {
      try {
        describeFinding(finding as Finding, options as never);
      } catch (e) {
        expect(e).toBeInstanceOf(SpcError);
        return (e as SpcError).issues.map((i) => `${i.code} ${i.path.join(".")}`);
      }
      return [];
    };
    expect(issues(f, { lang: "de" })).toEqual(["invalid_option options.lang"]);
    expect(issues(f, { result: 3 })).toEqual(["invalid_option options.result"]);
    expect(issues(f, "en")).toEqual(["invalid_option options"]);
    expect(issues({ ...f, rule: "nine-in-a-row" })).toEqual(["invalid_finding finding.rule"]);
    const numbersMissing = { ...f, usable: undefined, nUseful: undefined, xFirst: undefined };
    expect(issues(numbersMissing)).toEqual(["invalid_finding finding.usable", "invalid_finding finding.nUseful", "invalid_finding finding.xFirst"]);
    expect(issues(null)).toEqual(["invalid_finding finding"]);
    expect(issues({ ...f, facet: "Avd. X" }, { result: weekly })).toEqual(["invalid_finding finding.facet"]);
    expect(describeFinding(f, null)).toEqual(describeFinding(f));
  });

  it("writes every finding of any series in words, with no hole, in both languages (property)", () => {
    const chart = fc.constantFrom("i" as const, "run" as const, "c" as const);
    const rules = fc.constantFrom("anhoej" as const, "nelson" as const, "western-electric" as const, "mdc" as const);
    fc.assert(
      fc.property(chart, rules, fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 40 }), fc.boolean(), (chart, ruleSet, values, dated) => {
        const data = values.map((y, i) => ({ x: dated ? weeks(values.length)[i]! : i + 1, y }));
        const result = compute({ chart, data, rules: ruleSet } as ChartSpec);
        const story = explain(result, { lang: "nb", maxFindings: 1000 });
        for (const finding of result.findings) {
          for (const lang of ["nb", "en"] as const) {
            const text = describeFinding(finding, { lang, result });
            for (const t of [text.explanation, text.hint]) expect(t).not.toMatch(/undefined|NaN|null|\[object|Infinity|\$\{/);
          }
          expect(story).toContain(describeFinding(finding, { result }).explanation);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * An array that counts its element reads and stops the test once they exceed `budget`: explain()
 * used to search every finding and icon for each facet, which at 10⁴ facets is 10⁸ reads.
 */
function counted<T>(items: T[], budget: number, name: string): { items: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && ++reads > budget) throw new Error(`${name}: more than ${budget} element reads for ${target.length} elements`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}

describe("explain() and describeFinding() are linear in facets", () => {
  const facets = 10_000;
  const counts = [4, 5, 3, 6, 4, 5, 4, 5, 3, 6, 4, 30];
  const data = Array.from({ length: facets }, (_, k) => counts.map((y, i) => ({ x: i + 1, y, facet: `Avd. ${k}` }))).flat();
  const base = compute({ chart: "c", data, rules: ["outside-limits"] });

  it("read each finding, icon and point a bounded number of times, over 10,000 facets", () => {
    expect(base.findings).toHaveLength(facets);
    const findings = counted(base.findings, 3 * facets, "findings");
    const icons = counted(base.icons, 3 * facets, "icons");
    const points = counted(base.points, 4 * base.points.length, "points");
    const result = { ...base, findings: findings.items, icons: icons.items, points: points.items };
    const story = explain(result, { lang: "en" });
    expect(story).toContain("Avd. 9999: Points 1–12");
    expect(story.match(/One point lies above the upper control limit \(point 12: 30 against the limit/g)).toHaveLength(facets);
    expect(findings.reads()).toBeLessThanOrEqual(2 * facets);
    expect(icons.reads()).toBeLessThanOrEqual(2 * facets);
  });

  it("describes every finding of the result reading its points once", () => {
    const points = counted(base.points, 2 * base.points.length, "points");
    const result = { ...base, points: points.items };
    const texts = result.findings.map((f) => describeFinding(f, { lang: "nb", result }));
    expect(texts[facets - 1]!.hint).toBe("Finn ut hva som skjedde (punkt 12) og om det kan skje igjen.");
    expect(points.reads()).toBe(base.points.length);
  });
});

describe("a finding names the limit its chart draws (issue 17)", () => {
  // 6 hospitals of 100–600 patients; F's rate is four times the others'.
  const units = [40, 70, 25, 55, 60, 90].map((y, i) => ({ x: `Sykehus ${"ABCDEF"[i]}`, y: i === 5 ? y * 4 : y, n: [400, 700, 250, 550, 600, 900][i]! }));
  const funnel = compute({ chart: "funnel", multiply: 100, data: units });
  const cusum = compute({ chart: "bcusum", bcusum: { p0: 0.05 }, data: Array.from({ length: 60 }, (_, i) => ({ x: i + 1, y: i > 30 && i % 3 === 0 ? 1 : 0 })) });

  it("a funnel's unit outside is outside the 99.8 % limit, not a control limit, in nb and en", () => {
    const f = funnel.findings.find((x) => x.rule === "outside-limits" && x.side === "high")!;
    expect(f).toBeDefined();
    const nb = describeFinding(f, { lang: "nb", result: funnel }).explanation;
    const en = describeFinding(f, { lang: "en", result: funnel }).explanation;
    expect(nb).toMatch(/^«Sykehus F» ligger over øvre 99,8 %-grense/);
    expect(en).toMatch(/^«Sykehus F» lies above the upper 99\.8 % limit/);
    for (const text of [nb, en, explain(funnel, { lang: "nb" }), explain(funnel, { lang: "en" })]) expect(text).not.toMatch(/kontrollgrense|control limit|[Mm]ål \(|Target \(/);
    expect(explain(funnel, { lang: "nb" })).toContain("Samlet verdi for alle enheter");
  });

  it("a funnel with a given centre calls it a comparison value, not the pooled value", () => {
    const given = compute({ chart: "funnel", multiply: 100, cl: 0.1, data: units });
    expect(explain(given, { lang: "nb" })).toContain("Sammenligningsverdi 10.");
    expect(explain(given, { lang: "en" })).toContain("Comparison value 10.");
  });

  it("a Bernoulli CUSUM's signal is the sum reaching its decision limit, and its 0 is the start value", () => {
    const f = cusum.findings.find((x) => x.rule === "outside-limits")!;
    expect(f).toBeDefined();
    expect(describeFinding(f, { lang: "nb", result: cusum }).explanation).toMatch(/^Summen har nådd beslutningsgrensen \(punkt \d+: /);
    expect(describeFinding(f, { lang: "en", result: cusum }).explanation).toMatch(/^The sum has reached the decision limit \(point \d+: /);
    const nb = explain(cusum, { lang: "nb" });
    const en = explain(cusum, { lang: "en" });
    expect(nb).toContain("Regler: summen når beslutningsgrensen.");
    expect(nb).toMatch(/: startverdi 0, beslutningsgrense \d/);
    expect(en).toMatch(/: start value 0, decision limit \d/);
    for (const text of [nb, en]) expect(text).not.toMatch(/kontrollgrense|control limit|midtlinje|centre line/);
  });

  it("without the result a finding keeps the general words (the chart type is not known)", () => {
    const f = funnel.findings.find((x) => x.rule === "outside-limits")!;
    expect(describeFinding(f, { lang: "en" }).explanation).toContain("control limit");
  });
});
