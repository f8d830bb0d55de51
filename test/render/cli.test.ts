import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, runCli, type CliIo } from "../../src/cli/run.js";
import { repoRoot } from "../support/shared.js";
import { checkSvg } from "./snapshot.js";

const example = join(repoRoot, "examples", "specs", "falls-nursing-home.json");

/** Runs the CLI in-process and captures what it prints. */
async function spc(argv: string[], extra: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "spc-render-"));

describe("spc render", () => {
  it("writes the SVG to -o and exits 0", async () => {
    const out = join(tmp(), "chart.svg");
    const { code, stdout, stderr } = await spc(["render", example, "-o", out, "--lang", "en"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe("");
    const svg = readFileSync(out, "utf8");
    checkSvg(svg);
    expect(svg).toContain("Jan 2023");
    expect(stderr).toMatch(/^spc: warning: /); // the example's second part has fewer than 12 points
  });

  it("prints the SVG to standard output without -o", async () => {
    const { code, stdout } = await spc(["render", example, "--width", "600", "--height", "300"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^<svg [^>]*width="600" height="300"/);
    expect(stdout).toContain("jan. 2023");
  });

  it("writes a PNG with --png or a .png name", async () => {
    const dir = tmp();
    // A name without an extension gets the format --png asks for (".out" would be refused: exit 2).
    for (const args of [["-o", join(dir, "a.png")], ["--png", "-o", join(dir, "b")]]) {
      const { code } = await spc(["render", example, ...args, "--scale", "1"]);
      expect(code).toBe(EXIT.ok);
      const bytes = readFileSync(args[args.length - 1]!);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it("says clearly when the optional PNG package is missing (exit 3), and SVG still works", async () => {
    const out = join(tmp(), "chart.png");
    const { code, stderr } = await spc(["render", example, "-o", out], { loadResvg: () => Promise.reject(new Error("Cannot find package")) });
    expect(code).toBe(EXIT.io);
    expect(stderr).toBe("spc: PNG export needs the optional package @resvg/resvg-js, which is not installed (npm install @resvg/resvg-js); SVG export works without it\n");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["--lang", "de"], 'spc: --lang: must be one of "nb", "en"\n'],
    [["--width", "50"], "spc: --width: must be a number from 200 to 10000\n"],
    [["--png"], "spc: --png needs -o FILE (PNG is not written to the terminal)\n"],
  ])("reports bad flags %j in one line with exit code 2", async (flags, message) => {
    const { code, stdout, stderr } = await spc(["render", example, ...flags]);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
  });

  it("rejects a flag value that is not a number (exit 2)", async () => {
    const { code, stderr } = await spc(["render", example, "--width", "wide"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("--width");
  });

  it("reports an invalid spec without a stack trace (exit 1) and an unreadable file (exit 3)", async () => {
    const dir = tmp();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ chart: "c", data: [{ y: -1 }] }));
    const invalid = await spc(["render", bad]);
    expect(invalid.code).toBe(EXIT.invalidInput);
    expect(invalid.stderr).toContain("data[0].y: a count cannot be negative");
    expect(invalid.stderr).not.toMatch(/\bat \w+ \(/);
    const missing = await spc(["render", join(dir, "nope.json")]);
    expect(missing.code).toBe(EXIT.io);
    expect(missing.stderr).toMatch(/^\S*nope\.json: cannot read \(no such file\)\n$/);
    const unwritable = await spc(["render", example, "-o", join(dir, "no", "such", "dir.svg")]);
    expect(unwritable.code).toBe(EXIT.io);
    expect(unwritable.stderr).toMatch(/cannot write \(no such file\)\n$/);
  });

  it("keeps compute and schema working", async () => {
    expect((await spc(["compute", example])).code).toBe(EXIT.ok);
    expect(JSON.parse((await spc(["schema"])).stdout).type).toBe("object");
  });
});
