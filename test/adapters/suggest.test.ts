import { describe, expect, it } from "vitest";
import { readDelimited } from "../../src/adapters/index.js";
import { chartName, suggestChart, suggestForEvents, suggestFromData, type ChartSuggestion } from "../../src/adapters/suggest.js";
import { CHART_TYPES, type ChartRow } from "../../src/chart-spec/schema.js";
import { SpcError } from "../../src/errors.js";
import { fixture } from "./helpers.js";

const months = (k: number) => Array.from({ length: k }, (_, i) => `20${String(23 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}-01`);
const rows = (values: readonly (Partial<ChartRow> & { y: number | null })[]): ChartRow[] => {
  const xs = months(values.length);
  return values.map((v, i) => ({ x: xs[i], ...v }));
};
const repeat = <T>(k: number, f: (i: number) => T) => Array.from({ length: k }, (_, i) => f(i));

/** Every reason and alternative says something in both languages. */
function expectBilingual(s: ChartSuggestion): void {
  expect(s.reasons.length).toBeGreaterThan(0);
  for (const r of [...s.reasons, ...s.alternatives.map((a) => a.reason)]) {
    expect(r.nb.trim()).not.toBe("");
    expect(r.en.trim()).not.toBe("");
    expect(r.nb).not.toBe(r.en);
  }
}

describe("suggestFromData", () => {
  it("counts with an exposure denominator (bed-days) → U, scaled per 1 000", () => {
    const s = suggestFromData(rows(repeat(14, (i) => ({ y: 2 + (i % 3), n: 2700 + i }))), { y: "Fall", n: "Liggedøgn" });
    expect(s.chart).toBe("u");
    expect(s.multiply).toBe(1000);
    expect(s.reasons[0]?.en).toBe('"Liggedøgn" is exposure (time at risk), so events per unit of it: U chart');
    expect(s.alternatives.map((a) => a.chart)).toEqual(["p", "up"]);
    expectBilingual(s);
  });

  it("whole numerators never above their denominators → P in per cent", () => {
    const s = suggestFromData(rows(repeat(14, (i) => ({ y: 30 + (i % 4), n: 40 }))), { y: "Korrekt utført", n: "Observasjoner" });
    expect(s.chart).toBe("p");
    expect(s.multiply).toBe(100);
    expect(s.alternatives[0]?.chart).toBe("u");
    expectBilingual(s);
  });

  it("numerators above their denominator → U, whatever the names", () => {
    const s = suggestFromData(rows(repeat(14, (i) => ({ y: i % 4 === 0 ? 12 : 3, n: 10 }))), { y: "Korrekt", n: "Observasjoner" });
    expect(s.chart).toBe("u");
    expect(s.reasons[0]?.en).toMatch(/^4 numerators are larger than the denominator/);
    expect(s.alternatives.map((a) => a.chart)).not.toContain("p");
  });

  it("a single numerator above its denominator among many is a slip in a share: P, and the chart will name the line", () => {
    const s = suggestFromData(rows(repeat(14, (i) => ({ y: i === 3 ? 12 : 3, n: 10 }))), { y: "Korrekt", n: "Observasjoner" });
    expect(s.chart).toBe("p");
    expect(s.reasons[0]?.en).toMatch(/all but 1 are no larger than their denominator.*probably a typing slip/);
  });

  it("event words in the numerator's name (avvik per pasient) → U, with P as the alternative", () => {
    const s = suggestFromData(rows(repeat(14, () => ({ y: 2, n: 40 }))), { y: "Antall avvik", n: "Antall pasienter" });
    expect(s.chart).toBe("u");
    expect(s.alternatives[0]?.chart).toBe("p");
  });

  it("large denominators add the Laney chart as an alternative", () => {
    expect(suggestFromData(rows(repeat(14, () => ({ y: 300, n: 5000 }))), { y: "Screenet", n: "Pasienter" }).alternatives.map((a) => a.chart)).toContain("pp");
  });

  it("several values per subgroup → Xbar, with S as the alternative", () => {
    const data = months(14).flatMap((x) => [1, 2, 3].map((k) => ({ x, y: 10 + k })));
    const s = suggestFromData(data, { y: "Ventetid" });
    expect(s.chart).toBe("xbar");
    expect(s.alternatives[0]?.chart).toBe("s");
    expect(s.reasons[0]?.en).toMatch(/3 on average/);
  });

  it("rows of different facets sharing x are not subgroups", () => {
    const data = months(14).flatMap((x) => ["A", "B"].map((facet) => ({ x, y: 12.5, facet })));
    expect(suggestFromData(data, { y: "Ventetid" }).chart).toBe("i");
  });

  it("whole-number counts named as counts → C; rare ones add days between events", () => {
    const s = suggestFromData(rows(repeat(14, (i) => ({ y: i % 5 === 0 ? 1 : 0 }))), { y: "Antall fall" });
    expect(s.chart).toBe("c");
    expect(s.alternatives.map((a) => a.chart)).toEqual(["t", "u"]);
  });

  it("measurements → I; a ratio without its parts → I with P as the alternative", () => {
    expect(suggestFromData(rows(repeat(14, (i) => ({ y: 12.5 + i / 3 }))), { y: "Ventetid (dager)" }).chart).toBe("i");
    const ratio = suggestFromData(rows(repeat(14, () => ({ y: 77.5 }))), { y: "Andel korrekt" });
    expect(ratio.chart).toBe("i");
    expect(ratio.alternatives[0]?.chart).toBe("p");
    // Whole numbers without a count-like name: I, C as the alternative.
    expect(suggestFromData(rows(repeat(14, () => ({ y: 14 }))), { y: "Ventetid" }).alternatives[0]?.chart).toBe("c");
  });

  it("fewer than 12 subgroups → a run chart, the control chart first among the alternatives", () => {
    const s = suggestFromData(rows(repeat(11, () => ({ y: 3, n: 2700 }))), { y: "Fall", n: "Liggedøgn" });
    expect(s.chart).toBe("run");
    expect(s.alternatives[0]?.chart).toBe("u");
    expect(s.reasons[0]?.nb).toMatch(/^bare 11 undergrupper: et seriediagram/);
    expect(s.multiply).toBe(1000);
    expect(suggestFromData(rows(repeat(12, () => ({ y: 3, n: 2700 }))), { y: "Fall", n: "Liggedøgn" }).chart).toBe("u");
  });

  it("no values at all → a run chart", () => {
    expect(suggestFromData(rows([{ y: null }, { y: null }])).chart).toBe("run");
  });

  it("always proposes a chart type the engine knows", () => {
    for (const s of [suggestFromData(rows([{ y: 1 }])), suggestFromData([])]) expect(CHART_TYPES).toContain(s.chart);
  });
});

describe("suggestForEvents", () => {
  it("counts per period (C); rare events (under one per period) → T; with denominators → U", () => {
    expect(suggestForEvents({ events: 60, periods: 24, period: "month", denominators: false }).chart).toBe("c");
    const rare = suggestForEvents({ events: 5, periods: 24, period: "month", denominators: false });
    expect(rare.chart).toBe("run"); // 5 events are 4 intervals: too few for limits
    expect(rare.alternatives[0]?.chart).toBe("t");
    expect(suggestForEvents({ events: 20, periods: 24, period: "month", denominators: false }).chart).toBe("t");
    const u = suggestForEvents({ events: 20, periods: 24, period: "month", denominators: true });
    expect(u.chart).toBe("u");
    expect(u.alternatives[0]?.chart).toBe("t");
    expect(u.events).toBe(true);
    expect(u.period).toBe("month");
    expectBilingual(u);
  });

  it("counts per period when the user chose the period, even for rare events (days between as the alternative)", () => {
    const asked = suggestForEvents({ events: 20, periods: 24, period: "month", denominators: false, countsAsked: true });
    expect(asked.chart).toBe("c");
    expect(asked.alternatives.map((a) => a.chart)).toEqual(["t", "u"]);
    const few = suggestForEvents({ events: 6, periods: 9, period: "month", denominators: false, countsAsked: true });
    expect(few.chart).toBe("run");
    expect(few.alternatives[0]?.chart).toBe("c"); // a run chart of the monthly counts, not of days between
  });

  it("a log of cases: G when events are rare, the share per period (P) when common and there are enough periods", () => {
    expect(suggestForEvents({ events: 30, cases: 900, periods: 24, period: "month", denominators: false }).chart).toBe("g");
    expect(suggestForEvents({ events: 300, cases: 900, periods: 24, period: "month", denominators: false }).chart).toBe("p");
    const few = suggestForEvents({ events: 300, cases: 900, periods: 3, period: "month", denominators: false });
    expect(few.chart).toBe("g");
    expect(few.reasons[0]?.en).toMatch(/but only 3 months for a share per month/);
  });
});

describe("suggestChart: which columns measure", () => {
  it("a share that rises week by week is the numerator, not a running number", () => {
    const csv = "Uke;Dato;Beboere;Munnstell dokumentert\n17;24.04.2024;24;10\n18;01.05.2024;23;11\n19;08.05.2024;24;12\n20;15.05.2024;25;14\n";
    expect(suggestChart(readDelimited(csv)).columns).toEqual({ x: "Dato", y: "Munnstell dokumentert", n: "Beboere" });
  });
  it("a category number (pressure ulcer category 1–4) classifies events: the file is an event log", () => {
    const csv = "Oppdaget dato;Avdeling;Kategori\n04.01.2023;A;3\n22.01.2023;A;2\n24.01.2023;B;2\n03.02.2023;B;1\n";
    const s = suggestChart(readDelimited(csv));
    expect(s.events).toBe(true);
    expect(s.columns.date).toBe("Oppdaget dato");
  });
});

describe("suggestChart on the fixtures", () => {
  const suggest = (name: string, options = {}) => suggestChart(readDelimited(fixture(name)), options);

  it("fall-sykehjem.csv: falls per bed-day, the computed rate column left aside → U per 1 000", () => {
    const s = suggest("fall-sykehjem.csv");
    expect(s.chart).toBe("u");
    expect(s.columns).toEqual({ x: "Måned", y: "Fall", n: "Liggedøgn" });
    expect(s.multiply).toBe(1000);
    expect(s.reasons[1]?.en).toMatch(/"Liggedøgn" counts days of care: per 1000/);
    expect(s.reasons[2]?.en).toMatch(/other number columns: "Fall per 1000 liggedøgn"/);
    expect(s.events).toBe(false);
  });

  it("handhygiene-bom-crlf.csv: correct of observed → P in per cent", () => {
    const s = suggest("handhygiene-bom-crlf.csv");
    expect([s.chart, s.columns]).toEqual(["p", { x: "Måned", y: "Korrekt utført", n: "Observasjoner" }]);
  });

  it("avvik-med-feil.csv: a typo in a number column does not hide it", () => {
    const s = suggest("avvik-med-feil.csv");
    expect(s.columns).toEqual({ x: "Dato", y: "Antall avvik", n: "Antall pasienter" });
    expect(s.alternatives[0]?.chart).toBe("u");
  });

  it("liggedogn-maaned.csv: a month repeated per ward is a facet, not a subgroup", () => {
    expect(suggest("liggedogn-maaned.csv").columns).toEqual({ x: "Måned", y: "Liggedøgn", facet: "Avdeling" });
  });

  it("fallhendelser.csv: no number column → an event log counted per month", () => {
    const s = suggest("fallhendelser.csv");
    expect(s.events).toBe(true);
    expect(s.columns).toEqual({ date: "Hendelsesdato" });
    expect(s.chart).toBe("run"); // six months
    expect(s.alternatives[0]?.chart).toBe("c");
  });

  it("operasjoner-infeksjon.csv: the patient number is an id, the yes/no column makes a case log", () => {
    const s = suggest("operasjoner-infeksjon.csv");
    expect(s.columns).toEqual({ date: "Operasjonsdato", event: "Postoperativ infeksjon" });
    expect(s.alternatives[0]?.chart).toBe("g");
  });

  it("given columns win; a wrong one is an SpcError naming it", () => {
    expect(suggest("ventetid-uke.tsv", { y: "Median ventetid (dager)" }).columns.y).toBe("Median ventetid (dager)");
    expect(() => suggest("fall-sykehjem.csv", { y: "Fal" })).toThrow(SpcError);
    try {
      suggest("fall-sykehjem.csv", { n: "Nevner" });
    } catch (e) {
      expect((e as SpcError).issues[0]?.path).toEqual(["mapping", "n"]);
    }
  });

  it("events: true reads a table as a log; a table without numbers or dates is an error", () => {
    expect(suggest("fallhendelser.csv", { events: true, period: "quarter" }).period).toBe("quarter");
    expect(() => suggestChart(readDelimited("Navn;Avdeling\nKari;A\nOla;B\n"))).toThrow(/no column of numbers/);
  });
});

describe("chartName", () => {
  it("names every chart type in both languages", () => {
    for (const chart of CHART_TYPES) {
      expect(chartName(chart, "nb")).toMatch(/diagram$/);
      expect(chartName(chart, "en")).toMatch(/(chart|plot)$/); // "Funnel plot", as Spiegelhalter names it
    }
  });
});

describe("columns a person would not chart (issue 10)", () => {
  const csv = (header: string, lines: readonly string[]) => readDelimited([header, ...lines].join("\n"));
  const monthNames = ["jan.24", "feb.24", "mar.24", "apr.24", "mai.24", "jun.24", "jul.24", "aug.24", "sep.24", "okt.24", "nov.24", "des.24"];

  it("a year column beside yearless weeks is their year, never y", () => {
    const s = suggestChart(readDelimited(fixture("ventetid-arkolonne.csv")));
    expect(s.columns).toEqual({ x: "Uke", y: "Ventetid (dager)" });
    const ownYear = suggestChart(csv("Uke;År;Antall", ["Uke 51;2023;4", "Uke 52;;6", "Uke 1;2024;3", "Uke 2;;5"]));
    expect(ownYear.columns).toEqual({ x: "Uke", y: "Antall" });
  });

  it("a column named as a total is never y or n, and is named with the total_column code", () => {
    const s = suggestChart(readDelimited(fixture("fall-bred-sum.csv")));
    expect(s.columns.n).toBeUndefined();
    expect(s.columns.y).toBe("Avd Nord");
    expect(s.notices?.map((n) => [n.code, n.columns])).toEqual([
      ["total_column", ["Sum"]],
      ["one_column_per_unit", ["Avd Nord", "Avd Sør", "Avd Aust"]],
    ]);
    for (const n of s.notices ?? []) expect(n.text.nb).not.toBe(n.text.en);
  });

  it("small counts side by side are units, not a numerator and its denominator", () => {
    const s = suggestChart(readDelimited(fixture("fall-per-avdeling-bred.csv")));
    expect(s.columns.n).toBeUndefined();
    expect(s.denominator).toBeUndefined();
    expect(s.notices?.[0]?.code).toBe("one_column_per_unit");
    // Equal on most lines: "never larger" alone is no evidence.
    const two = suggestChart(csv("Måned;Post A;Post B", monthNames.map((m, i) => `${m};${i % 3};${i % 3 === 0 ? 1 : i % 3}`)));
    expect(two.columns.n).toBeUndefined();
  });

  it("a column that bounds every other count, clearly, is still found as their denominator", () => {
    const lines = monthNames.map((m, i) => `${m};${40 + ((i * 7) % 9)};${i % 4};${i % 2}`);
    const s = suggestChart(csv("Måned;Operasjoner;Infeksjoner;Reoperasjoner", lines));
    expect(s.columns).toMatchObject({ y: "Infeksjoner", n: "Operasjoner" });
    expect(s.notices).toBeUndefined();
    // With y given, the same column, for the same reason.
    const given = suggestChart(csv("Måned;Operasjoner;Infeksjoner;Reoperasjoner", lines), { y: "Reoperasjoner", findDenominator: true });
    expect(given.columns.n).toBe("Operasjoner");
    // One unit larger than one other, but not than all: no denominator among three.
    const wards = monthNames.map((m, i) => `${m};${3 + (i % 3)};${i % 2};${(i * 7) % 6}`);
    expect(suggestChart(csv("Måned;Nord;Sør;Aust", wards)).columns.n).toBeUndefined();
  });

  it("'no denominator' is said only when a column could have been one, or the chart needs one", () => {
    const measured = suggestChart(readDelimited(fixture("ventetid-uke.tsv")), { y: "Median ventetid (dager)", findDenominator: true });
    expect(measured.denominator).toBeUndefined();
    const needed = suggestChart(readDelimited(fixture("ventetid-uke.tsv")), { y: "Median ventetid (dager)", findDenominator: "required" });
    expect(needed.denominator?.column).toBeNull();
  });
});
