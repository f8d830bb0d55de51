// Excel workbooks through the commands: chart, suggest and report read .xlsx the way they read CSV.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runInProcess, tempDir } from "./harness.js";

const json = (file: string) => JSON.parse(readFileSync(file, "utf8")) as { chart: string; yLabel: string | null; points: { x: string; y: number | null }[] };

describe("spc chart FILE.xlsx", () => {
  it("reads the first sheet with a table of numbers and says which; dates, #N/A, the Totalt row and formulas as in Excel", async () => {
    const out = join(tempDir(), "fall.json");
    const r = await runInProcess(["chart", fixture("fall-sykehjem.xlsx"), "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "--chart", "u", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('fall-sykehjem.xlsx: read sheet "Data" (the first with a table of numbers; also: "Info", "Graf")');
    expect(r.stderr).toMatch(/fall-sykehjem\.xlsx:14:1: warning: "Totalt" is a total/);
    expect(r.stderr).toMatch(/"#N\/A" on line 9/);
    const result = json(out);
    expect(result.chart).toBe("u");
    expect(result.points.map((p) => p.x)).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01", "2024-10-01", "2024-11-01", "2024-12-01"]);
    expect(result.points[0]?.y).toBeCloseTo((4 / 2790) * 1000, 10);
    expect(result.points[7]?.y).toBeNull();
  });

  it("--sheet by name or position; an unknown sheet is a usage error listing the sheets", async () => {
    const out = join(tempDir(), "f.json");
    const byName = await runInProcess(["chart", fixture("fall-sykehjem.xlsx"), "--sheet", "data", "--y", "Fall", "--chart", "run", "-o", out]);
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stderr).toContain('read sheet "Data" (as asked');
    const info = await runInProcess(["chart", fixture("fall-sykehjem.xlsx"), "--sheet", "1", "--y", "Fall", "-o", out]);
    expect(info.code).toBe(2);
    const unknown = await runInProcess(["chart", fixture("fall-sykehjem.xlsx"), "--sheet", "Ark1", "-o", out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('the workbook has no sheet "Ark1"; its sheets are 1 "Info", 2 "Data", 3 "Graf"');
  });

  it("per-cent cells give a per-cent axis", async () => {
    const out = join(tempDir(), "h.json");
    const r = await runInProcess(["chart", fixture("handhygiene-prosent.xlsx"), "--x", "Uke", "--y", "Etterlevelse", "--chart", "run", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const result = json(out);
    expect(result.yLabel).toBe("%");
    expect(result.points.map((p) => p.y)).toEqual([57, 62, 60, 71, 68, 74, 79, 81, 77.5, 83]);
  });

  it("a merged two-row header under a title: columns named 'Group Sub'", async () => {
    const out = join(tempDir(), "a.json");
    const r = await runInProcess(["chart", fixture("avvik-flettet-overskrift.xlsx"), "--skip-lines", "1", "--x", "Måned", "--y", "Sengepost 1 Avvik", "--n", "Sengepost 1 Liggedøgn", "--chart", "u", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(out).points).toHaveLength(12);
  });

  it(".xls and .ods: a clear message saying how to save the file, exit 3", async () => {
    for (const name of ["gammel.xls", "regneark.ods"]) {
      const r = await runInProcess(["chart", fixture(name), "-o", join(tempDir(), "x.svg")]);
      expect(r.code, name).toBe(3);
      expect(r.stderr).toContain('save it as "Excel-arbeidsbok (.xlsx)" or "CSV UTF-8');
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});

describe("spc suggest FILE.xlsx", () => {
  it("suggests from the sheet it read, and says which", async () => {
    const r = await runInProcess(["suggest", fixture("fall-sykehjem.xlsx"), "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('read sheet "Data"');
    expect(r.stdout).toMatch(/^U chart/);
    const info = await runInProcess(["suggest", fixture("fall-sykehjem.xlsx"), "--sheet", "Info"]);
    expect(info.code).toBe(1);
  });
});

describe("spc report with workbooks", () => {
  it("sheet: in a plan, two sheets of one workbook, and a sheet that is not there fails only its measure", async () => {
    const dir = tempDir();
    const plan = join(dir, "plan.yaml");
    writeFileSync(
      plan,
      [
        "title: Fall",
        "measures:",
        "  - name: Fall",
        "    type: outcome",
        "    chart: u",
        `    data: { file: ${JSON.stringify(resolve(fixture("fall-sykehjem.xlsx")))}, sheet: Data, x: Måned, y: Fall, n: Liggedøgn }`,
        "  - name: Etterlevelse",
        "    type: process",
        `    data: { file: ${JSON.stringify(resolve(fixture("handhygiene-prosent.xlsx")))}, sheet: 1, x: Uke, y: Etterlevelse }`,
        "  - name: Feil ark",
        "    type: process",
        `    data: { file: ${JSON.stringify(resolve(fixture("fall-sykehjem.xlsx")))}, sheet: 9, y: Fall }`,
        "allowOutside: true",
        "",
      ].join("\n"),
    );
    const r = await runInProcess(["report", plan, "-o", join(dir, "r.html")]);
    // A mistake in the plan (exit 1), named at the plan's sheet: setting, not an unreadable file (3).
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.yaml:12:\d+: measures\[2\]\.data\.sheet: .*fall-sykehjem\.xlsx: the workbook has no sheet 9; its sheets are 1 "Info", 2 "Data", 3 "Graf"/);
    expect(r.stderr).toContain("1 of 3 measures could not be computed");
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("Etterlevelse");
    expect(html).toContain("Fall");
  });
});

describe("a workbook on standard input", () => {
  it("is read from its bytes, as from the file", async () => {
    const bytes = new Uint8Array(readFileSync(fixture("fall-sykehjem.xlsx")));
    const out = join(tempDir(), "stdin.json");
    const r = await runInProcess(["chart", "-", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "--chart", "u", "-o", out], {}, { readStdin: async () => bytes });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('<stdin>: read sheet "Data"');
    expect(json(out).points).toHaveLength(12);
  });

  it("given as text it is refused with what to do, not read as columns named PK…", async () => {
    const bytes = readFileSync(fixture("fall-sykehjem.xlsx"));
    const r = await runInProcess(["chart", "-", "-o", join(tempDir(), "x.svg")], { stdin: bytes.toString("latin1") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("<stdin>: standard input holds a workbook as text; give its file name instead of -");
  });
});
