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
