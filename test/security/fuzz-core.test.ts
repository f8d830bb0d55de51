import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

// Random delimited text with hostile names and extreme numbers through `spc chart`, in-process:
// (cells "NaN" and "Infinity" are left out: a category of that name is rightly echoed.)
// the exit code is one of the contract's, nothing crashes with a stack trace, and neither the
// messages nor the chart hold NaN, Infinity, undefined or a raw control character.

const NAMES = ["Måned", "Fall", "__proto__", "constructor", "toString", "hasOwnProperty", "Avd\u001b[2J", "x".repeat(200), ""];
const CELLS = ["1", "0", "-0", "5e-324", "1e308", "-1e308", "1,5", "12,5 %", "jan.24", "01.02.2024", "2024-13-45", "", "\u001b]0;x\u0007", "ja", "—", "1e-320"];
const BAD = /NaN|Infinity|undefined|\n\s+at |TypeError|RangeError|ReferenceError/;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const table = fc.record({
  header: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
  rows: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 30 }),
  delimiter: fc.constantFrom(";", ",", "\t"),
  args: fc.array(fc.constantFrom(["--y", "Fall"], ["--x", "Måned"], ["--y", "__proto__"], ["--facet", "constructor"], ["--chart", "i"], ["--chart", "u"], ["--chart", "p"], ["--n", "toString"], ["--events"], ["--include", "constructor=1"], ["--include", "__proto__=1"]), { maxLength: 3 }),
});

describe("spc chart on random hostile tables (fast-check, seeded)", () => {
  it("exit code in {0, 1, 2, 3}, no stack trace, no NaN/Infinity/undefined, no raw control characters", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-fuzz-"));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const file = join(dir, `t${run}.csv`);
        const out = join(dir, `t${run++}.svg`);
        writeFileSync(file, [t.header, ...t.rows].map((r) => r.join(t.delimiter)).join("\n"));
        let stdout = "";
        let stderr = "";
        let code: number;
        try {
          code = await runCli(["chart", file, ...t.args.flat(), "-o", out], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
        } catch (e) {
          throw new Error(`runCli threw: ${(e as Error).stack ?? String(e)}`);
        }
        expect([0, 1, 2, 3]).toContain(code);
        // Quoted text is the user's own (a cell "NaN" is echoed as "NaN"): checked for the rest.
        expect(stderr.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(BAD);
        expect(stderr).not.toMatch(RAW);
        expect(stdout).not.toMatch(BAD);
        if (code === 0 && existsSync(out)) expect(readFileSync(out, "utf8")).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 1102), numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
    );
  });
});

// Random bytes (binary junk, half a workbook, text in any encoding) as a data file, a spec and
// standard input, through every command that reads files, with the file-side options.
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
  fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("Måned;Fall\n"), ...b])),
  fc.array(fc.constantFrom(...CELLS, ";", "\n", '"', "{", "}", "[", "]", '"data":', ":", ","), { maxLength: 60 }).map((parts) => new TextEncoder().encode(parts.join(""))),
);
const command = fc.constantFrom(["chart"], ["chart", "--strict"], ["suggest"], ["suggest", "--json"], ["compute"], ["render"], ["chart", "--events"]);
const extra = fc.constantFrom([], ["--max-bytes", "50"], ["--lang", "nb"], ["--sheet", "2"]);

describe("every command on random bytes (fast-check, seeded)", () => {
  it("exit code in {0, 1, 2, 3}, no stack trace, no NaN/Infinity/undefined in any output", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-fuzz-bytes-"));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(bytes, command, extra, fc.boolean(), async (content, cmd, more, viaStdin) => {
        const file = join(dir, `b${run}.csv`);
        const out = join(dir, `b${run++}.${cmd[0] === "chart" ? "json" : "svg"}`);
        writeFileSync(file, content);
        if (cmd[0] === "suggest" && more[0] === "--sheet") more = [];
        const args = [...cmd, viaStdin ? "-" : file, ...(cmd[0] === "compute" || cmd[0] === "suggest" ? [] : ["-o", out]), ...(cmd[0] === "compute" && more[0] === "--sheet" ? [] : more)];
        let stdout = "";
        let stderr = "";
        let code: number;
        try {
          code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: async () => content });
        } catch (e) {
          throw new Error(`runCli threw: ${(e as Error).stack ?? String(e)}`);
        }
        expect([0, 1, 2, 3]).toContain(code);
        expect(stderr).not.toMatch(/\n\s+at |^\s+at /m);
        expect(stderr.replace(/"(?:[^"\\]|\\.)*"|«[^»]*»/g, '""')).not.toMatch(BAD);
        expect(stderr).not.toMatch(RAW);
        expect(stdout).not.toMatch(/NaN|Infinity|undefined|\n\s+at /);
        if (code === 0 && existsSync(out)) expect(readFileSync(out, "utf8")).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 1103), numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
