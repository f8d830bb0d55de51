/**
 * Rules for the tests themselves (issue 16): no test reads the clock — a time bound fails on a
 * loaded machine and belongs in `npm run bench` — and no test builds the package, which the
 * global setup does once per run (test/support/global-setup.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./shared.js";

const testDir = join(repoRoot, "test");
const self = join(testDir, "support", "test-rules.test.ts");

/** Every TypeScript file under test/, but this one (it names what it looks for). */
function testFiles(dir = testDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.[cm]?ts$/.test(entry.name) && path !== self ? [path] : [];
  });
}

/** `file:line: text` for every line of code (not a comment) of the test files that matches. */
function linesMatching(pattern: RegExp): string[] {
  return testFiles().flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (pattern.test(line) && !/^\s*(\/\/|\/?\*)/.test(line) ? [`${relative(repoRoot, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe("the tests themselves", () => {
  it("finds the test files it checks", () => {
    expect(testFiles()).toContain(join(testDir, "cli", "harness.ts"));
  });

  it("never read the clock or sleep (timings belong in npm run bench)", () => {
    expect(linesMatching(/\bperformance\.now\(|\bDate\.now\(|\bprocess\.hrtime\b|\bconsole\.time\(|\bwaitForTimeout\(/)).toEqual([]);
  });

  it("never build the package (the global setup does, once per run)", () => {
    // npm, tsup or esbuild started or imported, or the playground's build script named.
    const builds = linesMatching(/["'](npm|tsup|esbuild)["']|["'/]tsup["'/]|build-playground\.mjs["']/);
    expect(builds.filter((l) => !l.startsWith("test/support/dist.ts:"))).toEqual([]);
  });
});
