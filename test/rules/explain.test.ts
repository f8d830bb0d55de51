import { describe, expect, it } from "vitest";
import { compute, describeFinding, renderSvg, SpcError } from "../../src/index.js";
import { explain } from "../../src/rules/explain.js";
import type { Explained } from "../../src/rules/sentences.js";
import { formatPair, XFormatter } from "../../src/rules/locale.js";
import { writeNumber } from "../../src/locale/number.js";
import { suggestBreaks } from "../../src/rules/suggest-breaks.js";
import { RULE_IDS, type Finding, type RuleId } from "../../src/rules/types.js";
import { detect, RUN_LINES, type DetectOptions } from "./helpers.js";

const repeat = (n: number, v: number) => Array.from({ length: n }, () => v);
const weeks = (n: number, firstMonday = "2024-03-18") => {
  const start = Date.parse(`${firstMonday}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
};

/** One hand-built sequence per rule that makes it fire, on weekly dates. */
const SCENARIOS: Record<RuleId, { rules: unknown; ys: number[]; options?: DetectOptions }> = {
  "outside-limits": { rules: ["outside-limits"], ys: [0, 1, 4.25, 0] },
  shift: { rules: [{ rule: "shift", n: 3 }], ys: [-1, 1, 1, 1, -1] },
  trend: { rules: [{ rule: "trend", n: 3 }], ys: [0, -1, 0, 1, 0] },
  "two-of-three": { rules: ["two-of-three"], ys: [0, -2.5, 0, -2.5, 0] },
  "four-of-five": { rules: ["four-of-five"], ys: [1.5, 1.5, 0, 1.5, 1.5] },
  alternating: { rules: [{ rule: "alternating", n: 4 }], ys: [0, 1, 0, 1, 1] },
  stratification: { rules: [{ rule: "stratification", n: 4 }], ys: [0.5, -0.5, 0.5, -0.5] },
  mixture: { rules: [{ rule: "mixture", n: 4 }], ys: [1.5, -1.5, 1.5, -1.5] },
  "longest-run": { rules: ["longest-run"], ys: [1, -1, 1, -1, 1, -1, 1, 1, ...repeat(9, -1), 1, -1, 1, -1, 1, -1, 1], options: { lines: RUN_LINES } },
  crossings: { rules: ["crossings"], ys: [...repeat(6, 1), ...repeat(6, -1), ...repeat(6, 1), ...repeat(6, -1)], options: { lines: RUN_LINES } },
  astronomical: { rules: ["astronomical"], ys: [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 40, 6].map((v) => v - 6), options: { lines: RUN_LINES } },
  "number-of-runs": { rules: ["number-of-runs"], ys: Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : -1)), options: { lines: RUN_LINES } },
};

/** The rule's findings on weekly dates, each with its sentences in both languages. */
function findingsOf(rule: RuleId, xType: "date" | "number" = "date"): (Finding & Explained)[] {
  const { rules, ys, options } = SCENARIOS[rule];
  const x = xType === "date" ? weeks(ys.length) : undefined;
  const out = detect(rules, ys, { ...options, ...(x ? { x, xType } : {}) });
  return withTexts(out).filter((f) => f.rule === rule);
}

function withTexts(out: ReturnType<typeof detect>): (Finding & Explained)[] {
  return out.findings.map((f) => ({ ...f, ...out.texts(f) }));
}

describe("explanations", () => {
  it("exist for every rule, in both languages, with the numbers filled in", () => {
    for (const rule of RULE_IDS) {
      const [f] = findingsOf(rule);
      expect(f, rule).toBeDefined();
      for (const lang of ["nb", "en"] as const) {
        for (const text of [f!.explanation[lang], f!.hint[lang]]) {
          expect(text, `${rule} ${lang}`).toMatch(/^\S.*[.)]$/s);
          expect(text, `${rule} ${lang}`).not.toMatch(/undefined|NaN|null|\[object|Infinity|\{|\$/);
        }
        expect(f!.explanation[lang], `${rule} ${lang}`).toMatch(/\d/);
        expect(f!.explanation[lang], `${rule} ${lang}`).toMatch(lang === "nb" ? /uke \d+/ : /weeks? \d+/);
      }
      expect(f!.explanation.nb).not.toBe(f!.explanation.en);
    }
  });

  it("render as the issue asks: run length, weeks, the limit and n", () => {
    const [f] = findingsOf("longest-run");
    expect(f!.explanation.nb).toBe("9 punkter på rad under midtlinjen (uke 20–28). Det er lengre enn grensen på 8 for 24 punkter, så prosessen har trolig endret seg.");
    expect(f!.explanation.en).toBe("9 points in a row below the centre line (weeks 20–28). That is longer than the limit of 8 for 24 points, so the process has probably changed.");
    expect(f!.hint.nb).toContain("rundt uke 20");
  });

  it("write numbers with a decimal comma in bokmål", () => {
    const [f] = findingsOf("outside-limits");
    expect(f!.explanation.nb).toContain("4,25 mot grensen 3");
    expect(f!.explanation.en).toContain("4.25 against the limit 3");
  });

  it("tell both kinds of number-of-runs finding, and the mdc variant of two-of-three", () => {
    const few = withTexts(detect(["number-of-runs"], [...repeat(5, 1), ...repeat(5, -1), ...repeat(5, 1), ...repeat(5, -1)], { lines: RUN_LINES }))[0]!;
    expect(few.explanation.en).toContain("only 4 runs");
    const many = findingsOf("number-of-runs")[0]!;
    expect(many.explanation.en).toContain("as many as 20 runs");
    const mdc = withTexts(detect([{ rule: "two-of-three", variant: "mdc" }], [-0.5, -2.5, -0.5, -2.5, 0]))[0]!;
    expect(mdc.explanation.nb).toContain("nær nedre kontrollgrense");
  });
});

describe("numbers and x in words, without Intl", () => {
  it("formats numbers for each language", () => {
    expect(writeNumber(1234.567, "nb")).toBe("1235");
    expect(writeNumber(1234.567, "en")).toBe("1,235");
    expect(writeNumber(12345.6, "nb")).toBe("12\u00a0346");
    expect(writeNumber(-0.012345, "nb")).toBe("\u22120,0123");
    expect(writeNumber(-0.012345, "en")).toBe("\u22120.0123");
    expect(writeNumber(2.5, "nb")).toBe("2,5");
    expect(writeNumber(-0.0001, "nb", 2)).toBe("0,00");
    expect(writeNumber(Number.NaN, "en")).toBe("–");
    expect(formatPair(25.31, 25.34).nb).toEqual(["25,31", "25,34"]);
    expect(formatPair(3, 3).en).toEqual(["3", "3"]);
  });
  it("writes weekly dates as ISO weeks, monthly as months, and so on", () => {
    expect(new XFormatter(weeks(3), "date").range(0, 2, "nb")).toBe("uke 12–14");
    expect(new XFormatter(weeks(3), "date").at(1, "en")).toBe("week 13");
    expect(new XFormatter(weeks(4, "2024-12-16"), "date").range(0, 3, "nb")).toBe("uke 51 2024–uke 2 2025");
    const months = ["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01"];
    expect(new XFormatter(months, "date").range(0, 1, "nb")).toBe("november–desember 2023");
    expect(new XFormatter(months, "date").range(1, 3, "en")).toBe("December 2023–February 2024");
    expect(new XFormatter(["2024-01-01", "2024-04-01", "2024-07-01"], "date").at(1, "nb")).toBe("2. kvartal 2024");
    expect(new XFormatter(["2022-01-01", "2023-01-01"], "date").range(0, 1, "en")).toBe("2022–2023");
    expect(new XFormatter(["2024-03-03", "2024-03-05", "2024-04-09"], "date").range(0, 2, "nb")).toBe("3. mars–9. april 2024");
    expect(new XFormatter(["2024-03-03", "2024-03-05"], "date").at(0, "en")).toBe("3 March 2024");
    expect(new XFormatter([1, 2, 3], "number").range(0, 2, "nb")).toBe("punkt 1–3");
    // Every number x says it is a point, whether or not it equals the point's position.
    expect(new XFormatter([2019, 2020, 2021], "number").range(0, 2, "en")).toBe("points 2019–2021");
    expect(new XFormatter([21, 22, 23], "number").range(0, 2, "nb")).toBe("punkt 21–23");
    expect(new XFormatter([0.5, 1.5], "number").at(1, "nb")).toBe("punkt 1,5");
    expect(new XFormatter(["Avd. A", "Avd. B"], "category").at(0, "nb")).toBe("«Avd. A»");
  });
});

describe("explain(): the chart's story", () => {
  const ys = [12, 14, 13, 15, 12, 13, 14, 12, 13, 15, 14, 13, 19, 20, 19, 21, 20, 19, 21, 20, 22, 20, 19, 21];
  const data = ys.map((y, i) => ({ x: weeks(24)[i]!, y }));
  it("tells the chart, the rules, each finding with what to do, and the last point", () => {
    const result = compute({ chart: "i", data, direction: "increase", target: 16, title: "Hånddesinfeksjon" });
    const nb = explain(result);
    expect(nb).toContain("I-diagram «Hånddesinfeksjon» med 24 punkter. Regler: Anhøjs regler (qicharts2). Høyere er bedre.");
    expect(nb).toMatch(/Uke 12–35: midtlinje 16,\d+, kontrollgrenser/);
    expect(nb).toMatch(/falsk alarm i 6,6 % av tilfellene/);
    expect(nb).toMatch(/Reglene fant \d+ signal/);
    expect(nb).toContain("Hva nå:");
    expect(nb).toContain("Siste punkt (uke 35): spesiell variasjon som er en forbedring (høy).");
    expect(nb).toContain("Mål 16: prosessen vil nå målet bare av og til.");
    const en = explain(result, { lang: "en", hints: false });
    expect(en).toContain("I chart «Hånddesinfeksjon» with 24 points. Rules: Anhøj's rules (qicharts2). Higher is better.");
    expect(en).not.toContain("What next");
    for (const text of [nb, en]) expect(text).not.toMatch(/undefined|NaN|null/);
  });
  it("says when the rules find nothing, counts what it leaves out, and handles facets and parts", () => {
    const quiet = compute({ chart: "run", data: [3, 5, 4, 6, 2, 5].map((y) => ({ y })) });
    // Six points: no signal, but too few to call the variation random.
    expect(explain(quiet, { lang: "en" })).toContain("The rules found no signals, but with 6 points it is too early to call the variation random.");
    expect(explain(quiet, { lang: "nb" })).toContain("Reglene fant ingen signaler, men med 6 punkter er det for tidlig å si at variasjonen er tilfeldig.");
    const quietLonger = compute({ chart: "run", data: [3, 5, 4, 6, 2, 5, 4, 3, 5, 4, 6, 3].map((y) => ({ y })) });
    expect(quietLonger.findings).toEqual([]);
    expect(explain(quietLonger, { lang: "en" })).toContain("The rules found no signals: the variation looks random.");
    const noisy = compute({ chart: "i", data: [1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9].map((y) => ({ y })), rules: "nelson" });
    expect(explain(noisy, { lang: "en", maxFindings: 0 })).toMatch(/… and \d+ more signals?\./);
    const faceted = compute({ chart: "i", data: [...ys.map((y, i) => ({ x: i + 1, y, facet: "A" })), ...ys.map((y, i) => ({ x: i + 1, y, facet: "B" }))], breaks: [12] });
    const story = explain(faceted, { lang: "nb" });
    expect(story).toContain("i 2 paneler");
    expect(story).toContain("A: Del 1 (punkt 1–12)");
    expect(story).toContain("B: Del 1 (punkt 1–12)");
  });
});

describe("explain(): bad options are an SpcError naming the option", () => {
  const result = compute({ chart: "run", data: [1, 2, 3].map((y) => ({ y })) });
  it.each([
    [{ lang: "de" }, "options.lang"],
    [{ maxFindings: "x" }, "options.maxFindings"],
    [{ hints: 1 }, "options.hints"],
  ])("%j", (options, path) => {
    expect(() => explain(result, options as never)).toThrow(SpcError);
    expect(() => explain(result, options as never)).toThrow(new RegExp(`^${path.replace(".", "\\.")}: `));
  });
  it("takes null as no options", () => {
    expect(explain(result, null)).toBe(explain(result));
  });
});

describe("suggestBreaks()", () => {
  const before = [5, 6, 4, 5, 6, 5, 4, 6, 5, 5, 4, 6];
  it("proposes a new part where a sustained shift starts, and never applies it", () => {
    const ys = [...before, 9, 10, 9, 11, 10, 9, 10, 11, 9, 10];
    const spec = { chart: "i" as const, data: ys.map((y) => ({ y })), rules: [{ rule: "shift" as const, n: 8 }] };
    const result = compute(spec);
    const [s, ...rest] = suggestBreaks(result);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ facet: null, part: 1, after: 12, x: 13, size: 10, rule: "shift", share: 1 });
    expect(result.findings[s!.finding]!.rule).toBe("shift");
    expect(s!.reason.nb).toContain("En ny del kan starte ved punkt 13");
    expect(s!.reason.en).toContain("only 10 points, so its limits would be trial limits");
    expect(result.parts).toHaveLength(1);
    expect(compute({ ...spec, breaks: [s!.after] }).parts).toHaveLength(2);
  });
  it("leaves a temporary shift (and the return from it) alone, and a run from the first point", () => {
    const temporary = [...before, 9, 10, 9, 11, 10, 9, 10, 11, 4, 5, 3, 5, 4, 6, 4, 5, 3, 4];
    expect(suggestBreaks(compute({ chart: "i", data: temporary.map((y) => ({ y })), rules: [{ rule: "shift", n: 8 }] }))).toEqual([]);
    // The run from the first point starts no new part; the drop after it does.
    const fromStart = [9, 10, 9, 11, 10, 9, 10, 11, 9, ...before];
    expect(suggestBreaks(compute({ chart: "i", data: fromStart.map((y) => ({ y })), rules: [{ rule: "shift", n: 8 }] })).map((x) => x.after)).toEqual([9]);
  });
  it("uses Anhøj's longest run too", () => {
    const ys = [...before, ...before.map((y) => y + 6)];
    const [s] = suggestBreaks(compute({ chart: "run", data: ys.map((y) => ({ y })) }));
    expect(s).toMatchObject({ after: 12, rule: "longest-run" });
  });
});

describe("explain(): a runs analysis of too few points (issue 17)", () => {
  // Facets of 2, 3 and 8 points: the first two cannot signal, the last can but rarely does.
  const data = [3, 5, 4, 6, 2, 1, 2, 3, 4, 5, 6, 7, 8].map((y, i) => ({ x: i + 1, y, facet: i < 2 ? "A" : i < 5 ? "B" : "C" }));
  const r = compute({ chart: "run", data });

  it("says the rules cannot signal with 5 or fewer useful points, instead of a false-alarm rate of 0,0 %", () => {
    const nb = explain(r, { lang: "nb" });
    const en = explain(r, { lang: "en" });
    expect(nb).not.toContain("0,0 %");
    expect(en).not.toContain("0.0%");
    expect(nb).toMatch(/^A: .*Med bare 2 nyttige punkter kan seriereglene ikke gi signal: serieanalysen trenger minst 12 punkter\.$/m);
    expect(en).toMatch(/^B: .*With only 2 useful points the runs rules cannot signal: runs analysis needs at least 12 points\.$/m);
  });

  it("with 6 to 11 useful points gives the rate and says the analysis rarely finds a change; from 12 the rate alone", () => {
    expect(explain(r, { lang: "nb" })).toMatch(/^C: .*Med 8 nyttige punkter gir seriereglene falsk alarm i 2,3 % .*stabil\. Med færre enn 12 punkter finner serieanalysen sjelden en endring\.$/m);
    const long = explain(compute({ chart: "run", data: [3, 7, 2, 9, 4, 8, 1, 6, 5, 10, 0, 11].map((y) => ({ y })) }), { lang: "en" });
    expect(long).toMatch(/With 12 useful points the runs rules give a false alarm [\d.]+% of the time when the process is stable\.\n/);
    expect(long).not.toContain("rarely finds");
  });
});

describe("number x in a faceted chart names its points (the x of a later facet is not its position)", () => {
  // Without x, x is the row's place in the data (1..40, as in qicharts2), so facet B's x run 21..40
  // while its positions run 1..20: the words used to fall back to a bare "21–29".
  const ys = [10, 11, 12, 10, 11, 12, 10, 11, 12, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20];
  const data = [...ys.map((y) => ({ y, facet: "A" })), ...ys.map((y, i) => ({ y, facet: "B", note: i === 2 ? "Ny rutine" : undefined }))];
  const result = compute({ chart: "run", data });

  it("says 'punkt 21–29' / 'points 21–29' in explain() and in a finding's sentence", () => {
    const nb = explain(result, { lang: "nb" });
    const en = explain(result, { lang: "en" });
    expect(nb).toMatch(/^B: Punkt 21–40: /m);
    expect(nb).toContain("(punkt 21–29)");
    expect(nb).toContain("rundt punkt 21.");
    expect(en).toMatch(/^B: Points 21–40: /m);
    expect(en).toContain("(points 21–29)");
    expect(nb).not.toMatch(/\(\d+–\d+\)/);
    expect(en).not.toMatch(/\(\d+–\d+\)/);
    const finding = result.findings.find((f) => f.facet === "B" && f.rule === "longest-run")!;
    expect(describeFinding(finding, { lang: "en", result }).explanation).toContain("(points 21–29)");
    expect(describeFinding(finding, { lang: "nb" }).explanation).toContain("(punkt 21–29)");
  });

  it("the drawn chart's note and tooltip name the point the same way", () => {
    const svg = renderSvg(result, { lang: "nb" });
    expect(svg).toContain("B, punkt 23: Ny rutine");
    expect(svg).toMatch(/<title>B, punkt 23: /);
    expect(renderSvg(result, { lang: "en" })).toContain("B, point 23: Ny rutine");
  });
});
