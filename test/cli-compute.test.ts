import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../src/cli/run.js";
import { compute, describeFinding, type ChartSpec } from "../src/index.js";

/** Runs the CLI in-process and captures what it prints. */
async function spc(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function specFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "spc-"));
  const file = join(dir, "spec.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

/** A weekly I chart with a shift (weeks 7–16) and a point beyond the upper limit (week 26). */
const SIGNALS: ChartSpec = {
  chart: "i",
  data: [5, 7, 4, 6, 5, 8, 4, 6, 5, 7, 4, 6, 5, 7, 4, 6, 8, 7, 8, 9, 7, 8, 8, 7, 9, 25].map((y, i) => ({ x: new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10), y })),
  rules: ["outside-limits", { rule: "shift", n: 8 }],
};

describe("spc compute: each finding's words in the chosen language", () => {
  it("adds text (bokmål by default) beside the data compute() returns", async () => {
    const expected = compute(SIGNALS);
    expect(expected.findings.map((f) => f.rule)).toEqual(["shift", "outside-limits"]);
    const { code, stdout } = await spc("compute", specFile(SIGNALS));
    expect(code).toBe(EXIT.ok);
    const printed = JSON.parse(stdout) as { findings: Record<string, unknown>[] };
    printed.findings.forEach((f, k) => {
      const { text, ...data } = f;
      expect(data).toEqual(JSON.parse(JSON.stringify(expected.findings[k])));
      expect(text).toEqual({ lang: "nb", ...describeFinding(expected.findings[k]!, { lang: "nb", result: expected }) });
    });
    expect(printed.findings[0]!.text).toMatchObject({ explanation: expect.stringMatching(/^10 punkter på rad under midtlinjen \(uke 7–16\)/) });
  });

  it("writes English with --lang en, and refuses a language it does not have", async () => {
    const { code, stdout } = await spc("compute", specFile(SIGNALS), "--lang", "en", "--compact");
    expect(code).toBe(EXIT.ok);
    const text = (JSON.parse(stdout) as { findings: { text: { lang: string; explanation: string } }[] }).findings[1]!.text;
    expect(text.lang).toBe("en");
    expect(text.explanation).toMatch(/^One point lies above the upper control limit \(week 26: 25 against the limit 12\)/);
    const bad = await spc("compute", specFile(SIGNALS), "--lang", "de");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/--lang.*de/);
  });
});

describe("spc chart -o FILE.json: each finding's words in --lang", () => {
  it("adds text to every finding", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-"));
    const out = join(dir, "fall.json");
    const csv = join(dir, "fall.csv");
    const rows = (SIGNALS.data as { x: string; y: number }[]).map((r) => `${r.x};${r.y}`);
    writeFileSync(csv, ["Uke;Fall", ...rows].join("\n"));
    const { code, stderr } = await spc("chart", csv, "--chart", "i", "--x", "Uke", "--y", "Fall", "--lang", "en", "-o", out);
    expect([code, stderr]).toEqual([EXIT.ok, expect.any(String)]);
    const json = JSON.parse(readFileSync(out, "utf8")) as { findings: { rule: string; text: { lang: string; explanation: string; hint: string } }[] };
    expect(json.findings.find((f) => f.rule === "outside-limits")?.text.explanation).toContain("(week 26: 25 against the limit 12)");
    for (const f of json.findings) {
      expect(f.text.lang).toBe("en");
      expect(f.text.explanation.length).toBeGreaterThan(20);
      expect(f.text.hint.length).toBeGreaterThan(10);
    }
  });
});

describe("spc compute", () => {
  it("prints the result as JSON and exits 0", async () => {
    const { code, stdout } = await spc("compute", specFile({ chart: "c", data: [{ y: 4 }, { y: 6 }, { y: 5 }] }));
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).points[0].cl).toBe(5);
  });

  it("prints the result's warnings on stderr, so a misspelt field does not pass unseen", async () => {
    const { code, stderr } = await spc("compute", specFile({ chart: "c", data: [{ y: 4 }, { y: 6 }, { y: 5 }], multipy: 100 }));
    expect(code).toBe(EXIT.ok);
    expect(stderr).toMatch(/^spc: warning: .*multipy/m);
  });

  it("prints an invalid spec's problems without a stack trace and exits 1", async () => {
    const { code, stdout, stderr } = await spc("compute", specFile({ chart: "c", data: [{ y: 3 }, { y: -1 }] }));
    expect(code).toBe(EXIT.invalidInput);
    expect(stdout).toBe("");
    expect(stderr).toContain("data[1].y: a count cannot be negative (C chart)");
    expect(stderr).not.toMatch(/\bat \w+ \(/);
  });

  it("says which file is not JSON", async () => {
    const file = specFile("{ not json");
    const { code, stderr } = await spc("compute", file);
    expect(code).toBe(EXIT.invalidInput);
    expect(stderr).toContain(`${file}: not valid JSON`);
  });

  it("says which file cannot be read, with exit code 3", async () => {
    const { code, stderr } = await spc("compute", "/nonexistent/spec.json");
    expect(code).toBe(EXIT.io);
    expect(stderr).toContain("/nonexistent/spec.json: cannot read (no such file)");
  });

  it("exits 2 on a usage error", async () => {
    const { code } = await spc("compute");
    expect(code).toBe(EXIT.usage);
  });

  it("prints the JSON Schema of a chart spec", async () => {
    const { code, stdout } = await spc("schema");
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).properties.chart.enum).toContain("xbar");
  });
});
