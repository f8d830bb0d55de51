import { describe, expect, it } from "vitest";
import { computePlan } from "../../src/plan/compute.js";
import { parsePlan } from "../../src/plan/load.js";
import { buildReportModel } from "../../src/report/model.js";
import { fixtureText, planTexts } from "../plan/helpers.js";

/** Twenty months: eight high, then twelve low; the last value (4) is below the target 5, the level (7,8) is not. */
const months = Array.from({ length: 20 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
const ys = [10, 12, 11, 13, 12, 10, 11, 12, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 4];
const csv = "Måned;Fall\n" + months.map((m, i) => `${m};${ys[i]}`).join("\n");

const planText = (target: number, lang = "nb") => `
title: Færre fall
team: Solsiden
lang: ${lang}
mål: Halvere fall
avdeling: Post 3
start: 01.01.2024
slutt: mars 2026
nåsituasjon: [Mange fall om natten, "12 fall i måneden"]
analyse: Fiskebein
endringer:
  - { hva: Sensorgulv, hvem: Kari, når: mai 2024, effekt: færre fall om natten }
measures:
  - name: Fall
    type: outcome
    data: { file: fall.csv, x: Måned, y: Fall }
    chart: i
    direction: decrease
    target: { value: ${target}, date: 2025-12-31 }
    annotations: [{ date: 2024-09-01, text: Sensorgulv }, { date: 2026-01-01, text: Neste test }]
`;
const model = (target = 5, lang = "nb") => {
  const plan = parsePlan(planText(target, lang));
  return buildReportModel([computePlan(plan, { "fall.csv": csv })], { date: "2025-11-23" });
};

describe("buildReportModel", () => {
  it("carries the plan, its A3 fields (bokmål keys, English names) and the date", () => {
    const m = model();
    expect(m.lang).toBe("nb");
    expect(m.title).toBe("Færre fall");
    expect(m.date).toEqual({ iso: "2025-11-23", text: "23.11.2025" });
    const p = m.plans[0]!;
    expect(p).toMatchObject({ id: "plan-1", team: "Solsiden", aim: "Halvere fall" });
    expect(p.a3).toMatchObject({
      given: true,
      department: "Post 3",
      start: { iso: "2024-01-01", text: "01.01.2024" },
      end: { iso: "2026-03-01" },
      currentState: ["Mange fall om natten", "12 fall i måneden"],
      analysis: ["Fiskebein"],
      solution: [],
      changes: [{ what: "Sensorgulv", who: "Kari", when: "mai 2024", effect: "færre fall om natten" }],
    });
  });

  it("groups the signals by rule and side, with x as the axis reads it and the meaning by direction", () => {
    const f = model().plans[0]!.measures[0]!;
    const byRule = Object.fromEntries(f.signals.map((g) => [`${g.rule}/${g.side}`, g]));
    expect(byRule["longest-run/high"]?.items.map((i) => i.text)).toEqual(["8 punkter på rad over midtlinjen, januar–august 2024"]);
    expect(byRule["longest-run/high"]?.meaning).toBe("concern"); // high is worse: lower is better
    expect(byRule["longest-run/low"]?.items[0]?.text).toBe("12 punkter på rad under midtlinjen, september 2024–august 2025");
    expect(byRule["longest-run/low"]?.meaning).toBe("improvement");
    const outside = byRule["outside-limits/high"]!;
    expect(outside.items.map((i) => i.range)).toEqual(["februar 2024", "april 2024", "mai 2024", "august 2024"]);
    expect(outside.summary).toBe("Utenfor kontrollgrensene (over): februar 2024, april 2024, mai 2024, august 2024");
    expect(byRule["crossings/null"]?.meaning).toBe("neutral");
    // Every finding is in exactly one group, with describeFinding's sentence.
    expect(f.signals.reduce((n, g) => n + g.items.length, 0)).toBe(f.result!.findings.length);
    expect(outside.items[0]?.explanation).toMatch(/^Ett punkt ligger over øvre kontrollgrense \(februar 2024: 12 mot grensen/);
    expect(f.explanation[0]).toBe("I-diagram «Fall» med 20 punkter. Regler: Anhøjs regler (qicharts2). Lavere er bedre.");
  });

  it("a target the last value meets is not 'not met yet'; the level decides 'met'", () => {
    const near = model(5).plans[0]!.measures[0]!.facets[0]!;
    expect(near.target).toMatchObject({ state: "latest-met", latestMet: 2, latestCount: 3, assurance: "hit-and-miss" });
    expect(near.target!.text).toBe("siste verdi er på målet (2 av de 3 siste), men ikke midtlinjen ennå");
    expect(near.latest).toEqual({ x: "2025-08-01", xText: "aug. 2025", y: 4, yText: "4" });
    expect(near).toMatchObject({ variation: "improvement-low", meaning: "improvement", signal: true });
    const far = model(3).plans[0]!.measures[0]!.facets[0]!;
    expect(far.target).toMatchObject({ state: "not-met", latestMet: 0 });
    expect(far.target!.text).toBe("ikke nådd ennå (0 av de 3 siste verdiene er på målet)");
    const met = model(9).plans[0]!.measures[0]!.facets[0]!;
    expect(met.target?.state).toBe("met");
  });

  it("annotations with their dates, on the chart or after it; English words with lang en", () => {
    const en = model(5, "en");
    const f = en.plans[0]!.measures[0]!;
    expect(f.annotations).toEqual([
      { date: "2024-09-01", dateText: "1 Sep 2024", text: "Sensorgulv", facet: null, x: "2024-09-01" },
      { date: "2026-01-01", dateText: "1 Jan 2026", text: "Neste test", facet: null, x: null },
    ]);
    expect(f.typeLabel).toBe("Outcome measure");
    expect(f.target?.label).toBe("5 by 31 Dec 2025");
    expect(f.signals.find((g) => g.rule === "longest-run" && g.side === "low")?.items[0]?.text).toBe("12 points in a row below the centre line, September 2024–August 2025");
    expect(f.facets[0]!.target!.text).toBe("the latest value meets it (2 of the latest 3), the centre line not yet");
    expect(f.warnings.some((w) => w.includes("2026-01-01"))).toBe(true);
  });

  it("several plans: ids prefixed per plan, a network row per plan with each facet's icons; a failed measure keeps its errors", () => {
    const fall = parsePlan(fixtureText("plans/fall.yaml"));
    const infeksjon = parsePlan(fixtureText("plans/infeksjon.json"));
    const m = buildReportModel([computePlan(fall, planTexts(fall)), computePlan(infeksjon, planTexts(infeksjon))], { lang: "en" });
    expect(m.title).toBe("Measurement plans");
    expect(m.measureCount).toBe(7);
    expect(m.plans.map((p) => p.id)).toEqual(["plan-1", "plan-2"]);
    expect(m.plans[1]!.measures.every((x) => x.id.startsWith("plan-2-"))).toBe(true);
    expect(m.network.map((r) => r.measures.length)).toEqual([4, 3]);
    const perUnit = m.network[0]!.measures.find((x) => x.name === "Fall per avdeling")!;
    expect(perUnit.facets.length).toBe(2);
    for (const f of perUnit.facets) expect(["common", "improvement", "concern", "neutral"]).toContain(f.meaning);
    expect(m.plans[0]!.a3.given).toBe(false);
    expect(m.colours.improvement).toBe("#009E73");
    expect(JSON.parse(JSON.stringify(m))).toEqual(m); // plain data
  });
});
