// spc chart, suggest and report over text as Excel saves it: Unicode-tekst (UTF-16LE, tabs),
// Windows-1252 read without a word, mixed encodings named by line, a title above the table
// skipped and named (and its year used), an unclosed quote rejected at its line (and fatal with
// --strict).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runInProcess, tempDir } from "./harness.js";

const json = (file: string) => JSON.parse(readFileSync(file, "utf8")) as { chart: string; points: { x: string; y: number | null }[] };

describe("encodings", () => {
  it("reads Excel's Unicode-tekst (UTF-16LE, tab-separated) without a warning", async () => {
    const out = join(tempDir(), "fall.json");
    const r = await runInProcess(["chart", fixture("fall-unicode-tekst.txt"), "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/UTF|Windows-1252|encoding/);
    const result = json(out);
    expect(result.points).toHaveLength(12);
    expect(result.points[0]?.x).toBe("2024-01-01");
  });

  it("reads a Windows-1252 file without a warning: it was read correctly", async () => {
    const r = await runInProcess(["suggest", fixture("trykksar-tittel-uke.csv"), "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/Windows-1252|UTF-8|warning/);
    expect(JSON.parse(r.stdout).columns).toMatchObject({ x: "Uke", y: "Antall" });
  });

  it("names the lines of a file that mixes encodings, from a file and from standard input", async () => {
    const out = join(tempDir(), "b.json");
    const r = await runInProcess(["chart", fixture("blandet-koding.csv"), "--x", "Måned", "--y", "Fall", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("test/fixtures/blandet-koding.csv: warning: the file mixes encodings: lines 5, 9 are not UTF-8 and were read as Windows-1252");
    expect(json(out).points).toHaveLength(8);
    const bytes = readFileSync(fixture("blandet-koding.csv"));
    const piped = await runInProcess(["chart", "-", "--x", "Måned", "--y", "Fall", "-o", join(tempDir(), "p.json")], {}, { readStdin: async () => bytes });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toContain("<stdin>: warning: the file mixes encodings: lines 5, 9");
  });
});

describe("where the table starts", () => {
  it("chart: the title and blank line are skipped and named in one line, the title's year is used, the Sum row left out", async () => {
    const out = join(tempDir(), "t.json");
    const r = await runInProcess(["chart", fixture("trykksar-tittel-uke.csv"), "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split("\n").filter((l) => l.includes("skipped"))).toEqual(['test/fixtures/trykksar-tittel-uke.csv: skipped line 1 (title "Trykksår Solsiden 2024"), line 2 (blank)']);
    expect(r.stderr).toContain('test/fixtures/trykksar-tittel-uke.csv:22:1: warning: "Sum" is a total or summary row');
    const result = json(out);
    expect(result.points).toHaveLength(18);
    // Week 3 of 2024 starts on Monday 15 January; week 20 on 13 May.
    expect([result.points[0]?.x, result.points.at(-1)?.x]).toEqual(["2024-01-15", "2024-05-13"]);
  });

  it("suggest: says which lines it skipped, uses the title's year, and takes --skip-lines", async () => {
    const r = await runInProcess(["suggest", fixture("trykksar-tittel-uke.csv")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('test/fixtures/trykksar-tittel-uke.csv: skipped line 1 (title "Trykksår Solsiden 2024"), line 2 (blank)');
    const skip = await runInProcess(["suggest", fixture("trykksar-tittel-uke.csv"), "--skip-lines", "1", "--json"]);
    expect(skip.code, skip.stderr).toBe(0);
    expect(skip.stderr).toContain('skipped line 1 (--skip-lines "Trykksår Solsiden 2024"), line 2 (blank)');
    expect(JSON.parse(skip.stdout).columns).toMatchObject({ x: "Uke", y: "Antall" });
  });

  it("chart --skip-lines: the lines are named as skipped, and line numbers stay the file's", async () => {
    const r = await runInProcess(["chart", fixture("trykksar-tittel-uke.csv"), "--skip-lines", "2", "--year", "2024", "-o", join(tempDir(), "t.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('skipped line 1 (--skip-lines "Trykksår Solsiden 2024"), line 2 (--skip-lines)');
    expect(r.stderr).toContain("trykksar-tittel-uke.csv:22:1: warning:");
  });

  it("report: the plan's table is found below its title, and the skipped lines are said", async () => {
    const dir = tempDir();
    const plan = `title: Trykksår\nmeasures:\n  - name: Trykksår\n    type: outcome\n    data: { file: ${fixture("trykksar-tittel-uke.csv")}, x: Uke, y: Antall }\n`;
    const r = await runInProcess(["report", "-", "-o", join(dir, "r.html"), "--no-date"], { stdin: plan });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('trykksar-tittel-uke.csv: skipped line 1 (title "Trykksår Solsiden 2024"), line 2 (blank)');
    expect(readFileSync(join(dir, "r.html"), "utf8").match(/<figure [^>]*>\n<svg[\s>]/g)).toHaveLength(1);
  });
});

describe("an unclosed quote", () => {
  const args = (out: string) => ["chart", fixture("fall-merknad-ufullstendig-sitat.csv"), "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "-o", out];

  it("rejects only its line, naming it, and reads on: 11 of 12 months", async () => {
    const out = join(tempDir(), "f.json");
    const r = await runInProcess(args(out));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/fall-merknad-ufullstendig-sitat\.csv:6:1: warning: a quote opened on line 6 is never closed/);
    const points = json(out).points;
    expect(points).toHaveLength(11);
    expect(points.map((p) => p.x)).not.toContain("2024-05-01");
    expect(points.at(-1)?.x).toBe("2024-12-01");
  });

  it("fails with --strict, naming the line, and writes nothing", async () => {
    const out = join(tempDir(), "f.json");
    const r = await runInProcess([...args(out), "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fall-merknad-ufullstendig-sitat\.csv:6:1: a quote opened on line 6 is never closed/);
  });
});

describe("a failure names the skipped lines first", () => {
  it("a column not found below a title: the skipped title is said before the error", async () => {
    const r = await runInProcess(["chart", fixture("trykksar-tittel-uke.csv"), "--x", "Uke", "--y", "Fall", "--year", "2024"]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe('test/fixtures/trykksar-tittel-uke.csv: skipped line 1 (title "Trykksår Solsiden 2024"), line 2 (blank)');
    expect(r.stderr).toContain('no column is named "Fall"');
  });
});
