// End-to-end tests of `spc`: every command through the CLI's own entry (runCli, what the binary
// runs) in-process, and a few smoke tests of the built binary itself (dist/cli.js, built once by
// the global setup) for what only a real process shows: exit codes, piped standard input, the
// environment, a file written.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, fixture, runBinary, runInProcess as spc, tempDir } from "./harness.js";

const out = (dir: string, name: string) => join(dir, name);
const read = (file: string) => readFileSync(file, "utf8");

describe("spc (binary)", () => {
  let cli = "";
  beforeAll(() => {
    cli = buildCli();
  });

  it("--help lists the commands, exit 0", async () => {
    const r = await runBinary(cli, ["--help"]);
    expect(r.code).toBe(0);
    const listed = r.stdout.slice(r.stdout.indexOf("Commands:")).match(/^ {2}[a-z-]+/gm)?.map((c) => c.trim());
    expect(listed).toEqual(expect.arrayContaining(["compute", "render", "chart", "report", "suggest", "schema"]));
  });

  it("an invalid spec on standard input exits 1, with the problem on standard error", async () => {
    const bad = await runBinary(cli, ["compute", "-"], { stdin: '{"chart":"c","data":[{"y":-1}]}' });
    expect([bad.code, bad.stdout]).toEqual([1, ""]);
    expect(bad.stderr).toContain("data[0].y: a count cannot be negative (C chart)");
  });

  it("an unknown command is a usage error, exit 2; a file that cannot be read, exit 3", async () => {
    expect((await runBinary(cli, ["chrat"])).code).toBe(2);
    const missing = await runBinary(cli, ["chart", fixture("finnes-ikke.csv")]);
    expect([missing.code, missing.stderr]).toEqual([3, "test/fixtures/finnes-ikke.csv: cannot read (no such file)\n"]);
  });

  it("a CSV piped in becomes an SVG file; a report is dated by SOURCE_DATE_EPOCH", async () => {
    const dir = tempDir();
    const chart = await runBinary(cli, ["chart", "-", "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "-o", out(dir, "fall.svg")], { stdin: read(fixture("fall-sykehjem.csv")) });
    expect(chart.code, chart.stderr).toBe(0);
    expect(read(out(dir, "fall.svg"))).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>][\s\S]*<\/svg>\s*$/);
    const report = await runBinary(cli, ["report", fixture("plans/infeksjon.json"), "-o", out(dir, "r.html")], { env: { SOURCE_DATE_EPOCH: "1735603200" } });
    expect(report.code, report.stderr).toBe(0);
    expect(read(out(dir, "r.html"))).toContain("Laget 31.12.2024");
  });
});

describe("spc compute", () => {
  it("prints the result of a spec file, --compact on one line", async () => {
    const r = await spc(["compute", "examples/specs/falls-nursing-home.json", "--compact"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimEnd()).not.toContain("\n");
    expect(JSON.parse(r.stdout).points.length).toBeGreaterThan(0);
  });
});

describe("spc chart", () => {
  it("a U chart from a Norwegian CSV to an SVG file", async () => {
    const dir = tempDir();
    const r = await spc(["chart", fixture("fall-sykehjem.csv"), "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "--multiply", "1000", "-o", out(dir, "fall.svg")]);
    expect([r.code, r.stdout], r.mode).toEqual([0, ""]);
    const svg = read(out(dir, "fall.svg"));
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(r.stderr).toContain("test/fixtures/fall-sykehjem.csv: warning: 1 subgroup has no value (a numerator or denominator is missing) (position 8).");
  });

  it("a CSV saved as Excel's plain 'CSV (semikolondelt)' (Windows-1252) is read, without a warning (it was read correctly)", async () => {
    const dir = tempDir();
    const utf8 = readFileSync(fixture("fall-sykehjem.csv"), "utf8").replace(/^\uFEFF/, "");
    const file = out(dir, "fall-ansi.csv");
    writeFileSync(file, Buffer.from(utf8, "latin1")); // æ, ø and å are the same single bytes in Windows-1252
    const r = await spc(["chart", file, "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "-o", out(dir, "fall.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/UTF-8|Windows-1252/);
    expect(JSON.parse(read(out(dir, "fall.json"))).points).toHaveLength(12);
  });

  it("--skip-lines skips a title above the header, keeping the file's line numbers; -o x.pdf is refused", async () => {
    const dir = tempDir();
    const file = out(dir, "tittel.csv");
    writeFileSync(file, `Fallrapport Solheim 2024;;\r\n${readFileSync(fixture("fall-sykehjem.csv"), "utf8").replace(/^\uFEFF/, "")}`);
    const r = await spc(["chart", file, "--skip-lines", "1", "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "-o", out(dir, "fall.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(read(out(dir, "fall.json"))).points).toHaveLength(12);
    const pdf = await spc(["chart", file, "--skip-lines", "1", "-o", out(dir, "fall.pdf")]);
    expect([pdf.code, pdf.stderr]).toEqual([2, "spc chart: -o: cannot write .pdf; give a file ending in .svg, .png or .json\n"]);
  });

  it("an output ending in .json gets the ChartResult", async () => {
    const dir = tempDir();
    const r = await spc(["chart", fixture("fall-sykehjem.csv"), "-c", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "--multiply", "1000", "--target", "0,6", "-o", out(dir, "fall.json")]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(read(out(dir, "fall.json")));
    expect(result).toMatchObject({ chart: "u", multiply: 1000, target: 0.6, xType: "date" });
    expect(result.points).toHaveLength(12);
    expect(result.points[0]).toMatchObject({ x: "2024-01-01", n: 2790 });
    expect(result.points[0].y).toBeCloseTo(1.4337, 4);
  });

  it("reads standard input for -, writes standard output without -o", async () => {
    const r = await spc(["chart", "-", "--x", "Måned", "--y", "Fall", "--chart", "run", "-q"], { stdin: read(fixture("fall-sykehjem.csv")) });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/<svg[\s>][\s\S]*<\/svg>\n$/);
  });

  it("--events: counts per month (C), days between (T), cases between (G)", async () => {
    const dir = tempDir();
    const c = await spc(["chart", fixture("fallhendelser.csv"), "--events", "--x", "Hendelsesdato", "--period", "month", "--chart", "c", "-o", out(dir, "c.json")]);
    expect(c.code, c.stderr).toBe(0);
    expect(JSON.parse(read(out(dir, "c.json"))).points.map((p: { y: number }) => p.y)).toEqual([4, 2, 3, 0, 2, 2]);

    const t = await spc(["chart", fixture("fallhendelser.csv"), "--events", "--chart", "t", "--include", "Alvorlighetsgrad=Moderat skade|Alvorlig skade", "-o", out(dir, "t.json")]);
    expect(t.code, t.stderr).toBe(0);
    expect(JSON.parse(read(out(dir, "t.json"))).points.map((p: { x: string }) => p.x)).toEqual(["2024-03-05", "2024-06-14"]);

    const g = await spc(["chart", fixture("operasjoner-infeksjon.csv"), "--events", "--chart", "g", "--x", "Operasjonsdato", "--event", "Postoperativ infeksjon", "-o", out(dir, "g.json")]);
    expect(g.code).toBe(0);
    expect(JSON.parse(read(out(dir, "g.json"))).points.map((p: { y: number }) => p.y)).toEqual([3, 0, 5]);
    expect(g.stderr).toContain('test/fixtures/operasjoner-infeksjon.csv:18:30: warning: column "Postoperativ infeksjon": "Ukjent" is neither yes nor no');
  });

  it("--events with denominators per ward: a U chart per facet", async () => {
    const dir = tempDir();
    const r = await spc([
      "chart", fixture("fallhendelser.csv"), "--events", "--chart", "u", "--x", "Hendelsesdato", "--facet", "Avdeling",
      "--denominators", fixture("liggedogn-maaned.csv"), "--denominator-x", "Måned", "--denominator-n", "Liggedøgn", "-o", out(dir, "u.json"),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(read(out(dir, "u.json")));
    expect(result.facets).toEqual(["Korttidsavdeling", "Langtidsavdeling"]);
    expect(result.multiply).toBe(1000);
  });

  it("without --y the columns and chart are chosen from the data, and it says so", async () => {
    const dir = tempDir();
    const r = await spc(["chart", fixture("fall-sykehjem.csv"), "-o", out(dir, "auto.json")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('spc chart: no --y given: charting "Fall" per "Liggedøgn" by "Måned" (see spc suggest)');
    expect(r.stderr).toContain('spc chart: U chart: "Liggedøgn" is exposure (time at risk), so events per unit of it: U chart');
    expect(JSON.parse(read(out(dir, "auto.json")))).toMatchObject({ chart: "u", multiply: 1000 });
  });

  it("--png writes a PNG beside the SVG; an output ending in .png is a PNG", async () => {
    const dir = tempDir();
    const r = await spc(["chart", fixture("handhygiene-bom-crlf.csv"), "--x", "Måned", "--y", "Korrekt utført", "--n", "Observasjoner", "-c", "p", "-o", out(dir, "hh.svg"), "--png", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out(dir, "hh.svg"))).toBe(true);
    const png = readFileSync(out(dir, "hh.png"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const only = await spc(["chart", fixture("handhygiene-bom-crlf.csv"), "--y", "Korrekt utført", "--n", "Observasjoner", "-o", out(dir, "only.png")]);
    expect(only.code).toBe(0);
    expect(readFileSync(out(dir, "only.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("rejected lines are warnings at file:line:column; --strict makes them errors, exit 1, nothing written", async () => {
    const dir = tempDir();
    const args = ["chart", fixture("avvik-med-feil.csv"), "-c", "u", "--x", "Dato", "--y", "Antall avvik", "--n", "Antall pasienter"];
    const lenient = await spc([...args, "-o", out(dir, "avvik.svg")]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('test/fixtures/avvik-med-feil.csv:4:12: warning: column "Antall avvik": "to" is not a number (line left out)');
    const strict = await spc([...args, "--strict", "-o", out(dir, "strict.svg")]);
    expect(strict.code).toBe(1);
    expect(strict.stderr.split("\n").filter(Boolean)).toEqual([
      'test/fixtures/avvik-med-feil.csv:4:12: column "Antall avvik": "to" is not a number',
      'test/fixtures/avvik-med-feil.csv:6:1: the line has 5 field(s) but the header has 4 — is there a ";" inside a value that is not in quotes?',
      "test/fixtures/avvik-med-feil.csv:7:1: column \"Dato\": \"03.04.2024\" is written dd.mm.yyyy, but this column's dates are yyyy-mm-dd; it could mean 3 April 2024 or 4 March 2024",
    ]);
    expect(existsSync(out(dir, "strict.svg"))).toBe(false);
  });

  it("data the chart cannot take: exit 1 at the cell", async () => {
    const r = await spc(["chart", "-", "--x", "Måned", "--y", "Dager", "-c", "t"], { stdin: "Måned;Dager\n01.01.2024;4\n01.02.2024;0\n" });
    expect(r.code).toBe(1);
    // The cell's column by its header, as in the file, not the spec's path (data[1].y).
    expect(r.stderr).toBe('<stdin>:3:12: column "Dager": time between events must be greater than zero (T chart), not 0\n');
    const nb = await spc(["chart", "-", "--x", "Måned", "--y", "Dager", "-c", "t", "--lang", "nb"], { stdin: "Måned;Dager\n01.01.2024;4\n01.02.2024;0\n" });
    expect(nb.stderr).toMatch(/^<stdin>:3:12: kolonne «Dager»: .*\n$/);
  });

  it("usage errors exit 2 and name the option", async () => {
    const column = await spc(["chart", fixture("fall-sykehjem.csv"), "--y", "Fal"]);
    expect(column.code).toBe(2);
    expect(column.stderr).toMatch(/^spc chart: --y: no column is named "Fal" \(y\); the columns are "Måned", "Fall"/);
    const choice = await spc(["chart", fixture("fall-sykehjem.csv"), "--chart", "zz"]);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("--chart");
    const number = await spc(["chart", fixture("fall-sykehjem.csv"), "--multiply", "mye"]);
    expect(number.code).toBe(2);
    // (fall-sykehjem.csv has Liggedøgn, which --y Fall now finds as its denominator, and says so)
    const needsN = await spc(["chart", fixture("ventetid-uke.tsv"), "--y", "Henvisninger", "-c", "p"]);
    expect(needsN.code).toBe(2);
    expect(needsN.stderr).toContain('spc chart: no denominator (n): no other column is named as a denominator or is always at least "Henvisninger"; give --n to use one\n');
    expect(needsN.stderr).toMatch(/spc chart: --n: required for a P chart: the column of the denominator\n$/);
    const include = await spc(["chart", fixture("fallhendelser.csv"), "--events", "--include", "Alvorlighetsgrad=Alvorlig", "-o", out(tempDir(), "x.svg")]);
    expect([include.code, include.stderr]).toEqual([2, 'spc chart: --include: no row has "Alvorlig" in column "Alvorlighetsgrad"; it has "Ingen skade", "Lett skade", "Moderat skade", "Alvorlig skade"\n']);
  });

  it("files that cannot be read or written exit 3", async () => {
    const missing = await spc(["chart", fixture("finnes-ikke.csv")]);
    expect([missing.code, missing.stderr]).toEqual([3, "test/fixtures/finnes-ikke.csv: cannot read (no such file)\n"]);
    const unwritable = await spc(["chart", fixture("fall-sykehjem.csv"), "--y", "Fall", "-q", "-o", join(tempDir(), "no", "such", "dir", "x.svg")]);
    expect(unwritable.code).toBe(3);
    expect(unwritable.stderr).toMatch(/x\.svg: cannot write \(no such file\)\n$/);
  });

  it("--help has examples", async () => {
    const r = await spc(["chart", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:\n  spc chart fall-sykehjem.csv --chart u");
    expect(r.stdout).toContain("Exit codes: 0 ok");
  });
});

describe("spc report", () => {
  it("two plans: one self-contained page with a table of contents", async () => {
    const dir = tempDir();
    const r = await spc(["report", fixture("plans/fall.yaml"), fixture("plans/infeksjon.json"), "-o", out(dir, "nettverk.html"), "--date", "2025-11-23"]);
    expect(r.code, r.stderr).toBe(0);
    const html = read(out(dir, "nettverk.html"));
    expect(html).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(html).toContain('<nav class="toc"');
    expect(html).toContain("Laget 23.11.2025 · 2 måleplaner, 7 målinger");
    for (const name of ["Fall per 1000 liggedøgn", "Fall per avdeling", "Dager mellom fall med skade", "Avvik per pasient", "Operasjoner mellom infeksjoner", "Korrekt håndhygiene", "Median ventetid"]) {
      expect(html).toContain(`>${name}</a>`);
    }
    expect(html.match(/<figure [^>]*>\n<svg[\s>]/g)).toHaveLength(7);
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
    // Rejected lines are printed at their place in the data file (relative to where spc runs).
    expect(r.stderr).toContain('test/fixtures/avvik-med-feil.csv:4:12: warning: column "Antall avvik": "to" is not a number (line left out)');
  });

  it("--lang en, to standard output", async () => {
    const r = await spc(["report", fixture("plans/infeksjon.json"), "--lang", "en", "--no-date"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="en">');
    expect(r.stdout).toContain("<th>Target</th>");
    expect(r.stdout).toContain('<p class="meta">1 measurement plan, 3 measures</p>');
  });

  it("an invalid plan: every problem at plan:line:column, exit 1, nothing written", async () => {
    const dir = tempDir();
    const plan = "title: Fall\nmeasures:\n  - name: Fall\n    type: outcom\n    data: { file: ../fall-sykehjem.csv, y: Fall }\n    target: { value: to }\n    direction: decrease\n";
    const r = await spc(["report", "-", "-o", out(dir, "r.html")], { stdin: plan });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '<stdin>:4:11: measures[0].type: must be one of "outcome", "process", "balancing", not the text "outcom"\n' +
        '<stdin>:6:22: measures[0].target.value: must be a number, not the text "to"\n',
    );
    expect(existsSync(out(dir, "r.html"))).toBe(false);
  });

  it("--strict: any unreadable line of data stops it, exit 1", async () => {
    const dir = tempDir();
    const r = await spc(["report", fixture("plans/fall.yaml"), "--strict", "-o", out(dir, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('test/fixtures/avvik-med-feil.csv:4:12: column "Antall avvik": "to" is not a number');
    expect(r.stderr).toContain("spc report: --strict: nothing written");
    expect(existsSync(out(dir, "r.html"))).toBe(false);
  });

  it("a data file that cannot be read: the report is written with the problem shown, exit 3", async () => {
    const dir = tempDir();
    const plan = `title: Fall\nmeasures:\n  - name: Borte\n    type: outcome\n    data: { file: test/fixtures/borte.csv, y: Fall }\n  - name: Fall\n    type: outcome\n    chart: run\n    data: { file: ${fixture("fall-sykehjem.csv")}, x: Måned, y: Fall }\n`;
    const r = await spc(["report", "-", "-o", out(dir, "r.html"), "--no-date"], { stdin: plan });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("<stdin>:5:19: measures[0].data.file: cannot read test/fixtures/borte.csv (no such file)");
    expect(r.stderr).toContain("spc report: 1 of 2 measures could not be computed; the report shows why");
    const html = read(out(dir, "r.html"));
    expect(html).toContain("cannot read test/fixtures/borte.csv (no such file)");
    expect(html.match(/<figure [^>]*>\n<svg[\s>]/g)).toHaveLength(1); // the other chart: its problem in place of it
  });

  it("a plan that cannot be read exits 3", async () => {
    const r = await spc(["report", fixture("plans/finnes-ikke.yaml")]);
    expect([r.code, r.stderr]).toEqual([3, "test/fixtures/plans/finnes-ikke.yaml: cannot read (no such file)\n"]);
  });
});

describe("spc suggest", () => {
  it("proposes a chart, says why, and gives the command", async () => {
    const r = await spc(["suggest", fixture("fall-sykehjem.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^U-diagram\n {2}Fordi:\n {2}- «Liggedøgn» er eksponering/);
    expect(r.stdout).toContain("spc chart test/fixtures/fall-sykehjem.csv --chart u --x Måned --y Fall --n Liggedøgn --multiply 1000 -o chart.svg");
  });

  it("English, JSON, event logs", async () => {
    const en = await spc(["suggest", fixture("operasjoner-infeksjon.csv"), "--lang", "en"]);
    expect(en.stdout).toMatch(/^Run chart\n {2}Because:/);
    expect(en.stdout).toContain("--events --x Operasjonsdato --event 'Postoperativ infeksjon'");
    const json = await spc(["suggest", fixture("handhygiene-bom-crlf.csv"), "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ chart: "p", multiply: 100, columns: { y: "Korrekt utført", n: "Observasjoner" } });
  });

  it("a column that does not exist is a usage error; nothing to chart is invalid input", async () => {
    const usage = await spc(["suggest", fixture("fall-sykehjem.csv"), "--n", "Nevner"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^spc suggest: --n: no column is named "Nevner"/);
    const nothing = await spc(["suggest", "-"], { stdin: "Navn;Avdeling\nKari;A\n" });
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/^<stdin>: no column of numbers to chart/);
    // A header and blank lines only (as Excel saves an empty sheet): the file is named, in bokmål too, exit 1.
    const empty = await spc(["chart", "-", "--lang", "nb", "-o", "-"], { stdin: "\uFEFFMåned;Fall;Liggedøgn\r\n;;\r\n;;\r\n" });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe("<stdin>: filen har ingen datalinjer under overskriftene, så det er ingen kolonne med tall å lage diagram av; kolonnene er «Måned», «Fall», «Liggedøgn»\n");
  });
});

describe("spc schema", () => {
  it("prints the chart spec's JSON Schema, and the plan's", async () => {
    const chart = await spc(["schema"]);
    expect(JSON.parse(chart.stdout).properties.chart).toBeDefined();
    const plan = await spc(["schema", "plan"]);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ title: "spc-charts measurement plan", required: ["title", "measures"] });
  });
});
