// From a table to the right chart spec, or a clear no: totals, weeks without a year, time columns
// that are not dates, missing values, units and the units' order in wide sheets.
import { describe, expect, it } from "vitest";
import {
  assignYears,
  isCareDays,
  isMissingMarker,
  isTotalLabel,
  parseDate,
  parseYearless,
  readDelimited,
  SpcError,
  suggestChart,
  suggestFromData,
  tableToSpec,
  valueUnit,
  wideToLong,
  withYear,
  yearFromHints,
} from "../../src/adapters/index.js";
import { expectEveryLineAccountedFor, fixture } from "./helpers.js";

/** The issues of the SpcError `fn` throws. */
function issuesOf(fn: () => unknown): { code: string; message: string; line?: number }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpcError);
    return (e as SpcError).issues as { code: string; message: string; line?: number }[];
  }
  throw new Error("expected an SpcError");
}

describe("totals are never data", () => {
  it("knows the words, in nb and en, any case, with or without a colon", () => {
    for (const w of ["Sum", "SUM:", "Totalt", "total", "Totalsum", "I alt", "i alt:", "Gjennomsnitt", "Snitt", "Middel", "Median", "Sum hittil", "Average", "Mean", "Grand total", " totalt : "]) {
      expect(isTotalLabel(w), w).toBe(true);
    }
    for (const w of ["", "Summer camp", "Sumbu", "Avd Sør", "jan.24", "12", "Totalt antall fall"]) expect(isTotalLabel(w), w).toBe(false);
  });

  it("leaves out total rows whatever the x type, naming the line, and keeps them in the row account", () => {
    const cases = [
      { text: "Måned;Fall\n01.01.2024;3\n01.02.2024;4\nSum;7\n", xType: "date" },
      { text: "Nr;Fall\n1;3\n2;4\nTotalt:;7\n", xType: "number" },
      { text: "Avdeling;Fall\nNord;3\nSør;4\nGjennomsnitt;3,5\n", xType: "category" },
      { text: "Uke;Fall\nuke 1 2024;3\nuke 2 2024;4\nI ALT;7\n", xType: "date" },
    ];
    for (const c of cases) {
      const table = readDelimited(c.text);
      const r = tableToSpec(table, { x: 0, y: 1 });
      expect(r.spec.xType, c.text).toBe(c.xType);
      expect(r.spec.data.map((d) => d.y)).toEqual([3, 4]);
      expect(r.ignored).toEqual([{ line: 4, code: "total_row", params: { label: expect.stringMatching(/^(Sum|Totalt:|Gjennomsnitt|I ALT)$/) }, reason: expect.stringMatching(/is a total or summary row/), text: expect.stringMatching(/;7$|;3,5$/) }]);
      expect(r.rejected).toEqual([]);
      expectEveryLineAccountedFor(table, r);
    }
  });

  it("a row with an empty x is a total when another cell says Sum", () => {
    const table = readDelimited("Måned;Fall;Kommentar\n01.01.2024;3;\n01.02.2024;4;ny rutine\n;7;Sum:\n;5;glemt dato\n");
    const r = tableToSpec(table, { x: 0, y: 1, note: 2 });
    expect(r.ignored.map((i) => i.line)).toEqual([4]);
    // An empty x without a total label is not a total: it is rejected as before, with its reason.
    expect(r.rejected.map((x) => x.line)).toEqual([5]);
    expectEveryLineAccountedFor(table, r);
  });

  it("in strict mode a total row is not a rejection", () => {
    const r = tableToSpec(readDelimited("Måned;Fall\n01.01.2024;3\nTotalt;3\n"), { x: 0, y: 1 }, { strict: true });
    expect(r.ignored.map((i) => i.line)).toEqual([3]);
  });

  it("wide sheets leave out total columns and total rows, and keep the units in sheet order", () => {
    const wide = readDelimited(fixture("fall-bred-sum.csv"));
    const long = wideToLong(wide, { x: "Måned" });
    expect(long.units).toEqual(["Avd Nord", "Avd Sør", "Avd Aust"]);
    expect(long.skippedColumns).toEqual(["Sum"]);
    const r = tableToSpec(long, { x: 0, facet: 1, y: 2 });
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0]?.line).toBe(16);
    expect(r.spec.data.some((d) => d.facet === "Sum")).toBe(false);
    expect(r.spec.data).toHaveLength(14 * 3);
  });
});

describe("weeks are weeks", () => {
  it("reads every way a week is written, with a year", () => {
    for (const w of ["Uke 3 2024", "uke 3/24", "2024-W03", "2024 uke 3", "Week 3 2024", "v. 3 2024", "V3 2024", "U3 2024", "uke 03 2024"]) {
      expect(parseDate(w), w).toMatchObject({ ok: true, iso: "2024-01-15", kind: "iso-week" });
    }
    // A pair of weeks is not week 9 of 2010.
    expect(parseDate("Uke 9-10").ok).toBe(false);
  });

  it("reads weeks and months without a year", () => {
    for (const w of ["Uke 3", "uke 3", "U3", "v. 3", "V3", "Week 3", "W3", "wk 3"]) expect(parseYearless(w), w).toEqual({ kind: "week", number: 3 });
    expect(parseYearless("mars")).toEqual({ kind: "month", number: 3 });
    expect(parseYearless("Jan.")).toEqual({ kind: "month", number: 1 });
    for (const w of ["uke 3 2024", "Uke 54", "mars 2024", "Sum", "3"]) expect(parseYearless(w), w).toBeNull();
  });

  it("moves to the next year at each wrap, and not at rows out of order", () => {
    const w = (n: number) => ({ kind: "week" as const, number: n });
    expect(assignYears([w(50), w(52), w(1), w(2), w(52), w(1)], 2023)).toEqual([2023, 2023, 2024, 2024, 2024, 2025]);
    expect(assignYears([w(30), w(34), w(31)], 2024)).toEqual([2024, 2024, 2024]);
    expect(assignYears([{ kind: "month", number: 11 }, { kind: "month", number: 12 }, { kind: "month", number: 1 }], 2024)).toEqual([2024, 2024, 2025]);
    expect(withYear(w(53), 2024)).toBeNull(); // 2024 has 52 ISO weeks
    expect(withYear(w(53), 2026)).toBe("2026-W53");
  });

  it("finds a year in hints: the first hint that names one, its earliest year", () => {
    expect(yearFromHints(["Fall per uke", "fall-2024.csv"])?.year).toBe(2024);
    expect(yearFromHints(["Fall 2023/2024", "fall-2025.csv"])?.year).toBe(2023);
    expect(yearFromHints(["data_20240115.csv", "avdeling 12"])).toBeNull();
  });

  it("takes the year from the option, across New Year", () => {
    const table = readDelimited(fixture("fall-uke-2024-totalt.csv"));
    const r = tableToSpec(table, { x: "Uke", y: "Fall", n: "Liggedøgn" }, { year: 2024 });
    expect(r.spec.xType).toBe("date");
    expect(r.dateFormat).toBe("iso-week");
    expect(r.spec.data[0]?.x).toBe("2024-09-30"); // week 40 of 2024
    expect(r.spec.data[13]?.x).toBe("2024-12-30"); // week 1 of 2025
    expect(r.spec.data.at(-1)?.x).toBe("2025-03-03"); // week 10 of 2025
    expect(r.ignored.map((i) => i.line)).toEqual([25, 26]);
    expect(r.warnings.join("\n")).toMatch(/weeks without a year were read as weeks of 2024, moving on to 2025/);
    expectEveryLineAccountedFor(table, r);
  });

  it("takes the year from a hint (the file name) when no year is given", () => {
    const table = readDelimited(fixture("fall-uke-2024-totalt.csv"));
    const r = tableToSpec(table, { x: "Uke", y: "Fall" }, { yearHints: ["Fall per uke", "fall-uke-2024-totalt.csv"] });
    expect(r.spec.data[0]?.x).toBe("2024-09-30");
    expect(r.warnings.join("\n")).toContain('from the hint "fall-uke-2024-totalt.csv"');
  });

  it("takes each row's year from a year column, an empty cell taking the year above it", () => {
    const table = readDelimited(fixture("ventetid-arkolonne.csv"));
    const r = tableToSpec(table, { x: "Uke", y: "Ventetid (dager)" }, { yearHints: ["ventetid-1999.csv"] });
    expect(r.spec.data.map((d) => d.x).slice(0, 6)).toEqual(["2023-12-04", "2023-12-11", "2023-12-18", "2023-12-25", "2024-01-01", "2024-01-08"]);
    expect(r.warnings.join("\n")).toContain('take their year from column "År"');
  });

  it("without a year: an error that asks for one and names the line", () => {
    const table = readDelimited(fixture("trykksar-uke-uten-ar.csv"));
    const [issue] = issuesOf(() => tableToSpec(table, { x: "Uke", y: "Trykksår" }, { yearHints: ["trykksar.csv"] }));
    expect(issue?.code).toBe("period_needs_year");
    expect(issue?.line).toBe(2);
    expect(issue?.message).toMatch(/"uke 3" on line 2.*--year 2024.*year: 2024/);
  });

  it("week 53 of a year without one is rejected by line, not moved", () => {
    const r = tableToSpec(readDelimited("Uke;Fall\nUke 52;1\nUke 53;2\nUke 1;3\n"), { x: 0, y: 1 }, { year: 2024 });
    expect(r.rejected).toEqual([expect.objectContaining({ line: 3, column: "Uke", reason: expect.stringMatching(/2024 has 52 ISO weeks/) })]);
    expect(r.spec.data.map((d) => d.x)).toEqual(["2024-12-23", "2024-12-30"]);
  });

  it("a column that looks like time but is not dates is an error naming the line, never categories", () => {
    const byName = issuesOf(() => tableToSpec(readDelimited(fixture("periode-ukepar.csv")), { x: "Periode", y: 1 }));
    expect(byName[0]).toMatchObject({ code: "time_not_dates", line: 2 });
    expect(byName[0]?.message).toMatch(/"Periode" looks like time \(its name\).*"Uke 1-2" on line 2/);
    const byValues = issuesOf(() => tableToSpec(readDelimited("Tid;Fall\njanuar 2024;1\nfebruar 2024;2\nmars;3\nMåned 4;4\nMåned 5;5\n"), { x: 0, y: 1 }));
    expect(byValues[0]).toMatchObject({ code: "time_not_dates", line: 4 });
    // Labels that are not time stay labels.
    expect(tableToSpec(readDelimited("Avdeling;Fall\nNord;1\nSør;2\n"), { x: 0, y: 1 }).spec.xType).toBe("category");
  });
});

describe("nothing to chart, and missing values", () => {
  it("Excel error values and NA are missing values, with a notice", () => {
    for (const m of ["#N/A", "#I/T", "#DIV/0!", "#VERDI!", "#REF!", "na", "N/A"]) expect(isMissingMarker(m), m).toBe(true);
    const r = tableToSpec(readDelimited("Måned;Fall\n01.01.2024;3\n01.02.2024;#N/A\n01.03.2024;#DIV/0!\n"), { x: 0, y: 1 });
    expect(r.spec.data.map((d) => d.y)).toEqual([3, null, null]);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.join("\n")).toMatch(/2 value\(s\) written as an Excel error.*"#N\/A" on line 3/);
  });

  it("every value missing: nothing_to_chart when values are required, saying why", () => {
    const table = readDelimited(fixture("alt-mangler.csv"));
    expect(tableToSpec(table, { x: 0, y: 1 }).spec.data.every((d) => d.y === null)).toBe(true);
    const [issue] = issuesOf(() => tableToSpec(table, { x: 0, y: 1 }, { requireValues: true }));
    expect(issue).toMatchObject({ code: "nothing_to_chart", line: 2 });
    expect(issue?.message).toMatch(/column "Fall" has no values.*12 written as "#N\/A"/);
    expect(issuesOf(() => suggestChart(table))[0]?.code).toBe("nothing_to_chart");
    const empty = issuesOf(() => tableToSpec(readDelimited("Måned;Fall\n01.01.2024;\n"), { x: 0, y: 1 }, { requireValues: true }));
    expect(empty[0]?.message).toMatch(/every cell is empty/);
  });
});

describe("units", () => {
  it("knows days of care by name", () => {
    for (const n of ["Liggedøgn", "liggedogn", "Pasientdøgn", "Beboerdøgn", "Oppholdsdøgn", "Sengedøgn", "Bed days", "bed-days", "Patient days", "Occupied bed days"]) expect(isCareDays(n), n).toBe(true);
    for (const n of ["Pasienter", "Observasjoner", "Døgnrytme"]) expect(isCareDays(n), n).toBe(false);
  });

  it("writes the unit of the values", () => {
    expect(valueUnit({ chart: "u", multiply: 1000, denominator: "Liggedøgn" })).toBe("per 1000 liggedøgn");
    expect(valueUnit({ chart: "u", multiply: 100, denominator: "Antall pasienter" })).toBe("per 100 pasienter");
    expect(valueUnit({ chart: "u", multiply: 10000, denominator: "Bed days" })).toBe("per 10 000 bed days");
    expect(valueUnit({ chart: "p", multiply: 100, denominator: "Observasjoner" })).toBe("%");
    expect(valueUnit({ chart: "p", denominator: "Observasjoner" })).toBeNull();
    expect(valueUnit({ chart: "i", percent: true })).toBe("%");
    expect(valueUnit({ chart: "c" })).toBeNull();
  });

  it("a U chart per days of care is per 1000 whatever the size of the denominator", () => {
    const small = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => ({ x: `2024-${String(i).padStart(2, "0")}-01`, y: i % 3, n: 30 + i }));
    expect(suggestFromData(small, { y: "Fall", n: "Liggedøgn" }).multiply).toBe(1000);
    const large = small.map((r) => ({ ...r, n: r.n * 1000 }));
    expect(suggestFromData(large, { y: "Fall", n: "Liggedøgn" }).multiply).toBe(1000);
    expect(suggestFromData(large, { y: "Fall", n: "Eksponering" }).multiply).toBe(100_000);
  });

  it("per cent values without a denominator are an I chart of per cent values, and say so", () => {
    const table = readDelimited(fixture("handhygiene-prosent.csv"));
    const r = tableToSpec(table, { x: 0, y: 1 });
    expect(r.percent).toBe(true);
    expect(r.ignored.map((i) => i.line)).toEqual([16]);
    const s = suggestFromData(r.spec.data, { y: "Etterlevelse", percent: true });
    expect(s.chart).toBe("i");
    expect(s.reasons[0]?.en).toMatch(/written as per cent.*I chart of the per cent values/);
    expect(s.alternatives[0]?.chart).toBe("p");
  });
});

describe("columns found as a person would", () => {
  it("with only y given, the date column is x and a denominator is looked for, with the reason", () => {
    const table = readDelimited(fixture("fall-sykehjem.csv"));
    const s = suggestChart(table, { y: "Fall", findDenominator: true });
    expect(s.columns).toMatchObject({ x: "Måned", y: "Fall", n: "Liggedøgn" });
    expect(s.denominator).toEqual({ column: "Liggedøgn", why: { nb: expect.any(String), en: "its name says days of care" } });
    // No other column of whole numbers: no denominator was plausible, and nothing is said …
    const measured = suggestChart(readDelimited(fixture("ventetid-uke.tsv")), { y: "Henvisninger", findDenominator: true });
    expect(measured.denominator).toBeUndefined();
    expect(measured.columns.x).toBe("Uke");
    // … unless the chart needs one (P, U).
    const none = suggestChart(readDelimited(fixture("ventetid-uke.tsv")), { y: "Henvisninger", findDenominator: "required" });
    expect(none.denominator?.column).toBeNull();
    // Another ward's counts could have been a denominator: "none" is said, and it is not taken.
    const ward = suggestChart(readDelimited(fixture("fall-per-avdeling-bred.csv")), { y: "Korttidsavdeling", findDenominator: true });
    expect(ward.columns.n).toBeUndefined();
    expect(ward.denominator?.column).toBeNull();
  });

  it("without y, the pair is found despite a total and an average row", () => {
    const s = suggestChart(readDelimited(fixture("fall-uke-2024-totalt.csv")), { yearHints: ["fall-uke-2024-totalt.csv"] });
    expect(s.columns).toMatchObject({ x: "Uke", y: "Fall", n: "Liggedøgn" });
    expect(s.chart).toBe("u");
    expect(s.multiply).toBe(1000);
    expect(s.denominator?.column).toBe("Liggedøgn");
  });
});

describe("labels that are not time stay labels", () => {
  it("weekdays and shifts are categories", () => {
    expect(tableToSpec(readDelimited("Dag;Fall\nmandag;1\ntirsdag;2\n"), { x: 0, y: 1 }).spec.xType).toBe("category");
    expect(tableToSpec(readDelimited("Tidspunkt;Fall\nNatt;1\nDag;2\nKveld;3\n"), { x: 0, y: 1 }).spec.xType).toBe("category");
    // Plain week numbers are a number axis (in order, with runs analysis), not an error.
    expect(tableToSpec(readDelimited("Uke;Fall\n1;1\n2;2\n3;1\n"), { x: 0, y: 1 }).spec.xType).toBe("number");
  });
});
