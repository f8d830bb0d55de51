import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../../src/cli/run.js";
import { checkPngSize, MAX_PNG_PIXELS, svgToPng } from "../../src/cli/png.js";
import { CommandError } from "../../src/cli/command-error.js";
import { repoRoot } from "../support/shared.js";

// Issue 11: `--png --scale 1000` aborted the process asking for 400 TB, and `--scale 20 --width
// 10000 --height 10000` was killed for memory. Now the size is checked before anything is drawn.

const example = join(repoRoot, "examples", "specs", "falls-nursing-home.json");

async function spc(argv: string[], loaded: { count: number }) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    loadResvg: () => {
      loaded.count++;
      return Promise.reject(new Error("must not be loaded for a refused size"));
    },
  });
  return { code, stdout, stderr };
}

describe("PNG size cap", () => {
  it.each([
    [["--scale", "1000"]],
    [["--scale", "20", "--width", "10000", "--height", "10000"]],
    [["--scale", "1e308"]],
  ])("refuses %j before drawing, with exit 2 and one clear line", async (args) => {
    const out = join(mkdtempSync(join(tmpdir(), "spc-png-")), "chart.png");
    const loaded = { count: 0 };
    const { code, stderr } = await spc(["render", example, "-o", out, ...args], loaded);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^spc: the PNG would be .*; the most is 50,000,000 \(width × height × scale²\)/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/NaN|Infinity|undefined|\n\s+at /);
    expect(loaded.count).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it("names the size it would have had", () => {
    expect(() => checkPngSize('<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="10000">', 20)).toThrow(
      "spc: the PNG would be 200,000 × 200,000 = 40,000,000,000 pixels",
    );
  });

  it("lets a chart up to the limit through, and refuses one pixel row more", () => {
    const side = Math.floor(Math.sqrt(MAX_PNG_PIXELS));
    expect(() => checkPngSize(`<svg width="${side}" height="${side}">`, 1)).not.toThrow();
    expect(() => checkPngSize(`<svg width="720" height="400">`, 2)).not.toThrow();
    let error: unknown;
    try {
      checkPngSize(`<svg width="${side}" height="${Math.ceil(MAX_PNG_PIXELS / side) + 1}">`, 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).exitCode).toBe(2);
  });

  it("checks in svgToPng itself, before loading the renderer", async () => {
    let loaded = 0;
    const load = () => {
      loaded++;
      return Promise.reject(new Error("not here"));
    };
    await expect(svgToPng('<svg width="720" height="400">', 100, load)).rejects.toBeInstanceOf(CommandError);
    expect(loaded).toBe(0);
  });
});
