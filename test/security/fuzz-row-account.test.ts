import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

// The row account at the command line: random tables as a team keeps them (a title above, blank
// lines, good months, a word where a number should be, #N/A, total rows) through `spc chart` in
// process. Every line of the file must be a point, a line named on standard error (file:line:),
// a line named as skipped, or blank — none may vanish in silence.

type Kind = "ok" | "bad" | "missing" | "total" | "blank";
const kinds = fc.array(fc.constantFrom<Kind>("ok", "ok", "ok", "bad", "missing", "total", "blank"), { minLength: 1, maxLength: 40 });

describe("spc chart: no line disappears without a named reason (fast-check, seeded)", () => {
  it("every line is a point, a named rejection or total, a named skipped line, or blank", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-fuzz-rows-"));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(kinds, fc.boolean(), fc.constantFrom(";", "\t"), async (rows, title, delimiter) => {
        const file = join(dir, `r${run}.csv`);
        const out = join(dir, `r${run++}.json`);
        const lines: string[] = [];
        if (title) lines.push("Fall Solsiden", "");
        lines.push(`Måned${delimiter}Fall`);
        const expected: { line: number; kind: Kind; iso: string }[] = [];
        rows.forEach((kind, i) => {
          const month = new Date(Date.UTC(2020, i, 1));
          const iso = month.toISOString().slice(0, 10);
          const written = `01.${String(month.getUTCMonth() + 1).padStart(2, "0")}.${month.getUTCFullYear()}`;
          const cell = { ok: `${written}${delimiter}${(i * 7) % 5}`, bad: `${written}${delimiter}to`, missing: `${written}${delimiter}#N/A`, total: `Sum${delimiter}12`, blank: "" }[kind];
          lines.push(cell);
          expected.push({ line: lines.length, kind, iso });
        });
        writeFileSync(file, `${lines.join("\n")}\n`);
        let stderr = "";
        const code = await runCli(["chart", file, "--x", "Måned", "--y", "Fall", "-o", out], { stdout: () => {}, stderr: (s) => (stderr += s) });
        expect([0, 1]).toContain(code);
        if (code !== 0) {
          // A refusal names why (nothing to chart, too few values): never a silent exit.
          expect(stderr.trim()).not.toBe("");
          return;
        }
        const result = JSON.parse(readFileSync(out, "utf8")) as { points: { x: string }[] };
        const xs = new Set(result.points.map((p) => p.x));
        for (const e of expected) {
          if (e.kind === "blank") continue;
          const named = stderr.includes(`${file}:${e.line}:`);
          if (e.kind === "ok" || e.kind === "missing") expect(xs.has(e.iso) || named, `line ${e.line} (${e.kind})\n${stderr}`).toBe(true);
          else expect(named, `line ${e.line} (${e.kind}) is not named\n${stderr}`).toBe(true);
        }
        if (title) expect(stderr).toMatch(/skipped line 1 \(title/);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 80) },
    );
  });
});
