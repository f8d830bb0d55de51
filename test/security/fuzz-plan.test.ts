import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

// Random plans — hostile keys, aliases, deep nesting, extreme numbers, control characters —
// through `spc report`, in-process: an exit code of the contract, a located message or a
// report, never a stack trace or a raw control character.

const KEYS = ["title", "measures", "name", "type", "data", "events", "file", "x", "y", "include", "target", "__proto__", "constructor", "toString", "k\u001b[2J"];
const SCALARS = ["outcome", "d.csv", "Måned", "Fall", "1e308", "5e-324", "-0", "2024-02-30", "\u001b]0;x\u0007", "*a", "&a x", "[", "{", "~", "yes", "x".repeat(300)];
const BAD = /\n\s+at |TypeError|RangeError|ReferenceError|undefined/;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const yamlValue: fc.Arbitrary<string> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.array(tie("value") as fc.Arbitrary<string>, { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie("value") as fc.Arbitrary<string>), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")} }`),
  ),
})).value;

const plan = fc.oneof(
  yamlValue,
  fc.tuple(yamlValue, yamlValue).map(([m, e]) => `title: T\nmeasures:\n  - name: Fall\n    type: outcome\n    data: ${m}\n  - name: B\n    type: process\n    events: ${e}\n`),
  fc.integer({ min: 1, max: 300 }).map((n) => `a: &a [1]\nmeasures: [${Array.from({ length: n }, () => "*a").join(", ")}]\n`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `measures: ${"[".repeat(n)}${"]".repeat(n)}\n`),
);

describe("spc report on random hostile plans (fast-check, seeded)", () => {
  it("exit code in {0, 1, 2, 3}, no stack trace, no raw control characters", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-fuzz-plan-"));
    writeFileSync(join(dir, "d.csv"), `Måned;Fall\n${Array.from({ length: 14 }, (_, i) => `${String((i % 12) + 1).padStart(2, "0")}.2024;${i % 4}`).join("\n")}\n`);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(plan, async (text) => {
        const file = join(dir, `p${run}.yaml`);
        writeFileSync(file, text);
        let stdout = "";
        let stderr = "";
        const code = await runCli(["report", file, "-o", join(dir, `r${run++}.html`)], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
        expect([0, 1, 2, 3]).toContain(code);
        expect(stderr).not.toMatch(BAD);
        expect(stderr).not.toMatch(RAW);
        expect(stdout).not.toMatch(BAD);
        if (code === 1) expect(stderr).toMatch(/^[^\n]*p\d+\.yaml(:\d+:\d+)?: /);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 11), numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});

// Random plans naming files anywhere — beside the plan, below it, above it, absolute, devices,
// a FIFO, links out, missing — with the file-side options: a plan never shows a file outside its
// folder unless the user or the plan opts in, and every run ends with a code of the contract.
const PLACES = ["d.csv", "sub/d.csv", "./d.csv", "../secret.csv", "sub/../../secret.csv", "/etc/hostname", "/dev/zero", "fifo.csv", "out-link.csv", "in-link.csv", "missing.csv", "sub", "..", "/"];

describe("spc report on random plans that name files (fast-check, seeded)", () => {
  it("outside files refused unless allowed, exit code in {0, 1, 2, 3}, no stack trace, no NaN/Infinity/undefined", { timeout: 300_000 }, async () => {
    const { mkdirSync, symlinkSync, existsSync, readFileSync } = await import("node:fs");
    const { execFileSync } = await import("node:child_process");
    const root = mkdtempSync(join(tmpdir(), "spc-fuzz-files-"));
    const dir = join(root, "team");
    mkdirSync(join(dir, "sub"), { recursive: true });
    // 40 lines, about 450 bytes: over --max-bytes=400 (the plans stay under it).
    const table = `Måned;Fall\n${Array.from({ length: 40 }, (_, i) => `${String((i % 12) + 1).padStart(2, "0")}.${2021 + Math.floor(i / 12)};${i % 4}`).join("\n")}\n`;
    writeFileSync(join(dir, "d.csv"), table);
    writeFileSync(join(dir, "sub", "d.csv"), table);
    writeFileSync(join(root, "secret.csv"), "Måned;Fall\n01.2024;1\nHEMMELIG;7\n");
    execFileSync("mkfifo", [join(dir, "fifo.csv")]);
    symlinkSync(join(root, "secret.csv"), join(dir, "out-link.csv"));
    symlinkSync(join(dir, "d.csv"), join(dir, "in-link.csv"));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom("data", "events")), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("", "allowOutside: true\n", "allowOutside: false\n"),
        fc.subarray(["--allow-outside", "--strict", "--max-bytes=400", "--lang=nb"]),
        async (files, rootLine, flags) => {
          const measures = files.map(([file, kind], i) =>
            kind === "data" ? `  - name: M${i}\n    type: outcome\n    data: { file: ${JSON.stringify(file)}, x: Måned, y: Fall }\n` : `  - name: M${i}\n    type: outcome\n    events: { file: ${JSON.stringify(file)}, date: Måned }\n`,
          );
          const plan = join(dir, `p${run}.yaml`);
          const out = join(dir, `r${run++}.html`);
          writeFileSync(plan, `title: T\n${rootLine}measures:\n${measures.join("")}`);
          let stdout = "";
          let stderr = "";
          const code = await runCli(["report", plan, ...flags, "-o", out], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
          expect([0, 1, 2, 3]).toContain(code);
          expect(stderr).not.toMatch(BAD);
          expect(stderr).not.toMatch(RAW);
          const written = existsSync(out) ? readFileSync(out, "utf8") : "";
          expect(written).not.toMatch(/NaN|Infinity|undefined/);
          const allowed = flags.includes("--allow-outside") || rootLine === "allowOutside: true\n";
          const outside = files.some(([f]) => f.startsWith("/") || f.includes("..") || f === "out-link.csv");
          if (!allowed && outside) {
            expect(code).toBe(1);
            expect(stderr).toMatch(/p\d+\.yaml:\d+:\d+: measures\[\d\]\.(data|events)\.file: /);
            expect(written).toBe("");
          }
          if (!allowed) expect(`${stdout}${stderr}${written}`).not.toContain("HEMMELIG");
        },
      ),
      { seed: Number(process.env.FUZZ_SEED ?? 12), numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
    );
  });
});
