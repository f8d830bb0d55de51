// The command modules in-process: what the binary cannot show (a terminal for the progress
// bar, injected stdin and dates) and the helpers they share.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { CommandError, EXIT_CODES, handleCommandError } from "../../src/cli/command-error.js";
import { defaultToday } from "../../src/cli/commands/deps.js";
import { parseInclude, parseNumberOption, parsePositionList, parsePositionOrDate, parsePositiveInt, shellQuote } from "../../src/cli/commands/options.js";
import { chartCommand, formatSuggestion } from "../../src/cli/commands/suggest.js";
import { registerChart } from "../../src/cli/commands/chart.js";
import { createProgress } from "../../src/cli/progress.js";
import { besidePlan, readText, writeOutput } from "../../src/cli/read-input.js";
import { suggestChart } from "../../src/adapters/suggest.js";
import { readDelimited } from "../../src/adapters/delimited.js";
import { bigPlan, fixture, repoRoot, runInProcess, tempDir } from "./harness.js";

describe("spc report in a terminal", () => {
  it("draws a progress bar on standard error for many measures, and clears it", async () => {
    const dir = tempDir();
    const r = await runInProcess(["report", "-", "-o", join(dir, "r.html")], { stdin: bigPlan(6), tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("\r[");
    expect(r.stderr).toContain("6/6 computing");
    expect(r.stderr).toContain("6/6 drawing");
    // Cleared before the warnings (rejected lines) are printed, each on a line of its own.
    expect(r.stderr).toMatch(/\r\u001b\[K(test\/fixtures\/[^\r]*\n)+$/);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("Laget 23.11.2025"); // the injected today
  });

  it("no bar when standard error is not a terminal, or for a few measures", async () => {
    const piped = await runInProcess(["report", "-", "-o", join(tempDir(), "r.html")], { stdin: bigPlan(6), tty: false });
    expect(piped.stderr).not.toContain("\r");
    // The first located warning (fallhendelser.csv's same-day falls are no longer lost: its times of day are used).
    expect(piped.stderr).toMatch(/^test\/fixtures\/operasjoner-infeksjon\.csv:\d+:\d+: warning: /);
    const few = await runInProcess(["report", "-", "-o", join(tempDir(), "r.html")], { stdin: bigPlan(4), tty: true });
    expect(few.stderr).not.toContain("\r");
  });

  it("30 measures: every one computed and drawn (its time is measured by npm run bench, not here)", async () => {
    const file = join(tempDir(), "r.html");
    const r = await runInProcess(["report", "-", "-o", file], { stdin: bigPlan(30) });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(file, "utf8");
    for (let i = 1; i <= 30; i++) expect(html, `Måling ${i}`).toContain(`>Måling ${i}</a>`);
    expect(html.match(/<figure [^>]*>\n<svg[\s>]/g)).toHaveLength(30);
  });

  it("data paths are relative to the plan's folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "plans"));
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "fall.csv"), readFileSync(resolve(repoRoot, fixture("fall-sykehjem.csv"))));
    writeFileSync(join(dir, "plans", "p.yaml"), "title: P\nmeasures:\n  - name: Fall\n    type: outcome\n    chart: run\n    data: { file: ../data/fall.csv, x: Måned, y: Fall }\n");
    // A plan reads outside its folder only when the user says so.
    const refused = await runInProcess(["report", join(dir, "plans", "p.yaml"), "-o", join(dir, "r.html")]);
    expect(refused.code).toBe(1);
    const r = await runInProcess(["report", join(dir, "plans", "p.yaml"), "--allow-outside", "-o", join(dir, "r.html")]);
    expect(r.code, r.stderr).toBe(0);
  });

  it("standard input only once; a bad date option is usage", async () => {
    expect((await runInProcess(["report", "-", "-"])).code).toBe(2);
    expect((await runInProcess(["report", fixture("plans/fall.yaml"), "--date", "i dag"])).code).toBe(2);
  });
});

describe("createProgress", () => {
  it("redraws one line with \\r, skips repeats, clears at the end", () => {
    let out = "";
    const bar = createProgress({ write: (t) => (out += t), isTTY: true, columns: 60 });
    bar.update(1, 4, "computing");
    bar.update(1, 4, "computing");
    bar.update(4, 4, "computing");
    bar.done();
    expect(out.split("\r").filter(Boolean)).toEqual([
      "[########······················] 1/4 computing\u001b[K",
      "[##############################] 4/4 computing\u001b[K",
      "\u001b[K",
    ]);
  });

  it("does nothing off a terminal or when disabled", () => {
    let out = "";
    createProgress({ write: (t) => (out += t), isTTY: false }).update(1, 2, "x");
    createProgress({ write: (t) => (out += t), isTTY: true }, false).update(1, 2, "x");
    expect(out).toBe("");
  });
});

describe("helpers", () => {
  it("option parsers", () => {
    expect(parseNumberOption("0,6")).toBe(0.6);
    expect(() => parseNumberOption("mye")).toThrow(/is not a number/);
    expect(parsePositiveInt("800")).toBe(800);
    expect(() => parsePositiveInt("0")).toThrow();
    expect(parsePositionOrDate("12")).toBe(12);
    expect(parsePositionOrDate("01.06.2024")).toBe("01.06.2024");
    expect(() => parsePositionOrDate("snart")).toThrow();
    expect(parsePositionList("12,2024-06-01", [3])).toEqual([3, 12, "2024-06-01"]);
    expect(parseInclude("Alvorlighetsgrad=Lett skade|Moderat skade", { A: ["x"] })).toEqual({ A: ["x"], Alvorlighetsgrad: ["Lett skade", "Moderat skade"] });
    expect(() => parseInclude("Alvorlighetsgrad")).toThrow();
    expect([shellQuote("Fall"), shellQuote("Antall avvik"), shellQuote("it's")]).toEqual(["Fall", "'Antall avvik'", "'it'\\''s'"]);
  });

  it("reading, writing and paths", async () => {
    await expect(readText("-", async () => "stdin text")).resolves.toBe("stdin text");
    await expect(readText(tempDir(), async () => "")).rejects.toMatchObject({ exitCode: 3, lines: [expect.stringMatching(/cannot read \(is a folder, not a file\)$/)] });
    let printed = "";
    await writeOutput("-", "x", (t) => (printed += t));
    expect(printed).toBe("x");
    await expect(writeOutput("-", new Uint8Array([1]), () => {})).rejects.toMatchObject({ exitCode: 2 });
    expect(besidePlan("plans/p.yaml", "../data/f.csv")).toBe(resolve("data/f.csv"));
    expect(besidePlan("-", "data/f.csv")).toBe(resolve("data/f.csv"));
    expect(besidePlan("plans/p.yaml", "/abs/f.csv")).toBe("/abs/f.csv");
  });

  it("handleCommandError: our failures and commander's, nothing else", () => {
    let err = "";
    const io = { stdout: () => {}, stderr: (t: string) => (err += t) };
    expect(handleCommandError(new CommandError(EXIT_CODES.io, ["a.csv: cannot read (no such file)"]), io)).toBe(3);
    expect(err).toBe("a.csv: cannot read (no such file)\n");
    expect(handleCommandError(new CommanderError(1, "commander.unknownOption", "x"), io)).toBe(2);
    expect(handleCommandError(new CommanderError(0, "commander.helpDisplayed", ""), io)).toBe(0);
    expect(handleCommandError(new Error("boom"), io)).toBeNull();
  });

  it("defaultToday follows SOURCE_DATE_EPOCH", () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = "1735603200"; // 2024-12-31T00:00:00Z
    try {
      expect(defaultToday()).toBe("2024-12-31");
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
    expect(defaultToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the suggestion as text and as a command line", () => {
    const s = suggestChart(readDelimited(readFileSync(resolve(repoRoot, fixture("fall-sykehjem.csv")), "utf8")));
    expect(chartCommand("fall.csv", s)).toBe("spc chart fall.csv --chart u --x Måned --y Fall --n Liggedøgn --multiply 1000 -o chart.svg");
    const text = formatSuggestion(s, "fall.csv", "en");
    expect(text.split("\n").slice(0, 3)).toEqual(["U chart", "  Because:", '  - "Liggedøgn" is exposure (time at risk), so events per unit of it: U chart']);
  });

  it("PNG without @resvg/resvg-js is an I/O failure that says what to install", async () => {
    let err = "";
    const io = { stdout: () => {}, stderr: (t: string) => (err += t), loadResvg: () => Promise.reject(new Error("not installed")) };
    const program = new Command("spc").exitOverride();
    registerChart(program, io, { render: () => "<svg/>" });
    let code = 0;
    try {
      await program.parseAsync(["chart", fixture("fall-sykehjem.csv"), "--y", "Fall", "-q", "-o", join(tempDir(), "x.png")], { from: "user" });
    } catch (e) {
      code = handleCommandError(e, io) ?? -1;
    }
    expect([code, err]).toEqual([3, "spc: PNG export needs the optional package @resvg/resvg-js, which is not installed (npm install @resvg/resvg-js); SVG export works without it\n"]);
  });

  it("registerChart returns the command, so run.ts can adjust it", () => {
    const program = new Command("spc");
    const chart = registerChart(program, { stdout: () => {}, stderr: () => {} }, { render: () => "<svg/>" });
    expect(chart.name()).toBe("chart");
    expect(program.commands.map((c) => c.name())).toEqual(["chart"]);
  });
});
