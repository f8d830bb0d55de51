// spc chart, suggest and report over Excel-shaped files: totals named and left out, weeks without
// a year, --year, a denominator chosen and named in one line, units on the axis, and a clear no
// (exit 1, no file) when there is nothing to chart.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runInProcess, tempDir } from "./harness.js";

const json = (file: string) => JSON.parse(readFileSync(file, "utf8")) as { chart: string; multiply: number; yLabel: string | null; facets: (string | null)[]; points: { x: string; y: number | null }[] };

describe("spc chart on what teams keep", () => {
  it("a year column is the year of the weeks: chart and suggest need no columns and no --year", async () => {
    const out = join(tempDir(), "v.json");
    const r = await runInProcess(["chart", fixture("ventetid-arkolonne.csv"), "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('spc chart: no --y given: charting "Ventetid (dager)" by "Uke"');
    expect(json(out).points[0]?.x).toBe("2023-12-04");
    const s = await runInProcess(["suggest", fixture("ventetid-arkolonne.csv"), "--lang", "en"]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain("--x Uke --y 'Ventetid (dager)'");
    expect(s.stdout + s.stderr).not.toContain("no year was found");
  });

  it("a Sum column and per-unit count columns: no denominator guessed, the total named, --wide proposed and working", async () => {
    const r = await runInProcess(["chart", fixture("fall-bred-sum.csv"), "-o", join(tempDir(), "s.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("as the denominator");
    expect(r.stderr).toContain('spc chart: column "Sum" is a total or summary of the other columns, not data: left out\n');
    expect(r.stderr).toContain("give --wide for one chart per unit");
    const s = await runInProcess(["suggest", fixture("fall-bred-sum.csv"), "--lang", "nb"]);
    expect(s.stdout).toContain("kolonnen «Sum» er en sum eller et gjennomsnitt av de andre, ikke data: utelatt");
    const out = join(tempDir(), "w.json");
    const wide = await runInProcess(["chart", fixture("fall-bred-sum.csv"), "--wide", "-o", out]);
    expect(wide.code, wide.stderr).toBe(0);
    expect(json(out).facets).toEqual(["Avd Nord", "Avd Sør", "Avd Aust"]);
  });

  it("totals are left out and named by line; weeks without a year take it from the file name, across New Year", async () => {
    const out = join(tempDir(), "fall.json");
    const r = await runInProcess(["chart", fixture("fall-uke-2024-totalt.csv"), "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('test/fixtures/fall-uke-2024-totalt.csv:25:1: warning: "Totalt" is a total or summary row, not a subgroup (line left out)\n');
    expect(r.stderr).toContain('test/fixtures/fall-uke-2024-totalt.csv:26:1: warning: "Gjennomsnitt:" is a total or summary row');
    expect(r.stderr).toContain("weeks without a year were read as weeks of 2024, moving on to 2025");
    expect(r.stderr).toContain('spc chart: using "Liggedøgn" as the denominator (n): its name says days of care\n');
    const result = json(out);
    expect([result.chart, result.multiply, result.yLabel]).toEqual(["u", 1000, "per 1000 liggedøgn"]);
    expect(result.points).toHaveLength(23);
    expect(result.points.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.x))).toBe(true);
    // The total (48 falls) is not the last point.
    expect(result.points.at(-1)?.x).toBe("2025-03-03");
  });

  it("only --y: the week column is still x, and the denominator is named with its reason in one line", async () => {
    const out = join(tempDir(), "fall.json");
    const r = await runInProcess(["chart", fixture("fall-sykehjem.csv"), "--y", "Fall", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('spc chart: no --x given: using "Måned" as x (see spc suggest)\n');
    expect(r.stderr.split("\n").filter((l) => l.includes("denominator (n)"))).toEqual(['spc chart: using "Liggedøgn" as the denominator (n): its name says days of care']);
    expect(json(out).points[0]?.x).toBe("2024-01-01");
    const none = await runInProcess(["chart", fixture("ventetid-uke.tsv"), "--y", "Median ventetid (dager)", "-o", join(tempDir(), "v.json")]);
    expect(none.code, none.stderr).toBe(0);
    // A measurement has no denominator: saying "none" would be noise.
    expect(none.stderr).not.toContain("denominator (n)");
    const ward = await runInProcess(["chart", fixture("fall-per-avdeling-bred.csv"), "--y", "Korttidsavdeling", "-o", join(tempDir(), "w.json")]);
    expect(ward.code, ward.stderr).toBe(0);
    expect(ward.stderr).toContain('spc chart: no denominator (n): no other column is named as a denominator or is always at least "Korttidsavdeling"; give --n to use one\n');
  });

  it("weeks with no year anywhere: exit 1 asking for --year, no file; with --year the chart", async () => {
    const dir = tempDir();
    const r = await runInProcess(["chart", fixture("trykksar-uke-uten-ar.csv"), "-o", join(dir, "t.svg")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^test\/fixtures\/trykksar-uke-uten-ar\.csv:2: column "Uke" holds weeks without a year \("uke 3" on line 2\).*--year 2024/);
    expect(existsSync(join(dir, "t.svg"))).toBe(false);
    const withYear = await runInProcess(["chart", fixture("trykksar-uke-uten-ar.csv"), "--y", "Trykksår", "--year", "2024", "-o", join(dir, "t.json")]);
    expect(withYear.code, withYear.stderr).toBe(0);
    expect(json(join(dir, "t.json")).points[0]?.x).toBe("2024-01-15");
    const bad = await runInProcess(["chart", fixture("trykksar-uke-uten-ar.csv"), "--year", "24"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"24" is not a year');
  });

  it("a Periode column that is not dates: exit 1 naming the line, never a category axis", async () => {
    const dir = tempDir();
    const r = await runInProcess(["chart", fixture("periode-ukepar.csv"), "-o", join(dir, "p.svg")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/periode-ukepar\.csv:2: column "Periode" looks like time \(its name\)/);
    expect(existsSync(join(dir, "p.svg"))).toBe(false);
  });

  it("nothing to chart (every value #N/A): exit 1, a reason, and no output file — with or without --y", async () => {
    const dir = tempDir();
    for (const args of [[], ["--y", "Fall"], ["--y", "Fall", "--n", "Liggedøgn", "--chart", "u"]]) {
      const r = await runInProcess(["chart", fixture("alt-mangler.csv"), ...args, "-o", join(dir, "a.svg")]);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toMatch(/alt-mangler\.csv(:2)?: nothing to chart: column "Fall" has no values/);
      expect(existsSync(join(dir, "a.svg"))).toBe(false);
    }
  });

  it("per cent values: an I chart on a % axis, said why", async () => {
    const out = join(tempDir(), "h.json");
    const r = await runInProcess(["chart", fixture("handhygiene-prosent.csv"), "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("written as per cent, without their numerators and denominators: an I chart of the per cent values");
    expect(r.stderr).toContain('handhygiene-prosent.csv:16:1: warning: "Snitt" is a total or summary row');
    expect([json(out).chart, json(out).yLabel]).toEqual(["i", "%"]);
  });

  it("a wide sheet keeps its wards in sheet order, without the Sum column", async () => {
    const out = join(tempDir(), "w.json");
    const r = await runInProcess(["chart", fixture("fall-bred-sum.csv"), "--wide", "--x", "Måned", "--chart", "c", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(out).facets).toEqual(["Avd Nord", "Avd Sør", "Avd Aust"]);
    expect(r.stderr).toContain('column "Sum" is a total or summary of the units, not a unit: left out');
  });

  it("--strict does not fail on total rows (they are not errors)", async () => {
    const r = await runInProcess(["chart", fixture("avvik-sum-i-kommentar.csv"), "--strict", "-o", join(tempDir(), "s.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('avvik-sum-i-kommentar.csv:14:1: warning: "Sum:" is a total or summary row');
  });
});

describe("spc suggest and report", () => {
  it("suggest: --year, the file name as a hint, and nothing to chart exits 1", async () => {
    const missing = await runInProcess(["suggest", fixture("trykksar-uke-uten-ar.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/trykksar-uke-uten-ar\.csv:2: column "Uke" holds weeks without a year/);
    const given = await runInProcess(["suggest", fixture("trykksar-uke-uten-ar.csv"), "--year", "2024", "--json"]);
    expect(given.code, given.stderr).toBe(0);
    expect(JSON.parse(given.stdout).columns).toMatchObject({ x: "Uke", y: "Trykksår" });
    const hinted = await runInProcess(["suggest", fixture("fall-uke-2024-totalt.csv"), "--json"]);
    expect(hinted.code, hinted.stderr).toBe(0);
    expect(JSON.parse(hinted.stdout)).toMatchObject({ chart: "u", multiply: 1000, denominator: { column: "Liggedøgn" } });
    const empty = await runInProcess(["suggest", fixture("alt-mangler.csv")]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("nothing to chart");
  });

  it("report: a measure with nothing to chart shows its refusal, the others are drawn, exit 1", async () => {
    const dir = tempDir();
    const plan = `title: Fall\nmeasures:\n  - name: Tom\n    type: outcome\n    data: { file: ${fixture("alt-mangler.csv")}, x: Måned, y: Fall }\n  - name: Fall\n    type: outcome\n    data: { file: ${fixture("fall-sykehjem.csv")}, x: Måned, y: Fall, n: Liggedøgn }\n`;
    const r = await runInProcess(["report", "-", "-o", join(dir, "r.html"), "--no-date"], { stdin: plan });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing to chart: column "Fall" has no values');
    expect(r.stderr).toContain("spc report: 1 of 2 measures could not be computed; the report shows why");
    const html = readFileSync(join(dir, "r.html"), "utf8");
    // The report is in bokmål (its language), and so is the refusal in it.
    expect(html).toContain("ingenting å tegne");
    expect(html.match(/<figure [^>]*>\n<svg[\s>]/g)).toHaveLength(1);
  });
});

describe("spc suggest says the denominator and keeps --year in its command", () => {
  it("names the denominator with the reason, and gives a command that works", async () => {
    const r = await runInProcess(["suggest", fixture("fall-sykehjem.csv"), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - the denominator is "Liggedøgn": its name says days of care\n');
    const y = await runInProcess(["suggest", fixture("trykksar-uke-uten-ar.csv"), "--year", "2024"]);
    expect(y.code, y.stderr).toBe(0);
    expect(y.stdout).toMatch(/spc chart test\/fixtures\/trykksar-uke-uten-ar\.csv --chart \w+ --x Uke --y Trykksår --year 2024 -o chart\.svg/);
  });
});
