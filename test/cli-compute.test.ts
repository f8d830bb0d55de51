import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../src/cli/run.js";

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
