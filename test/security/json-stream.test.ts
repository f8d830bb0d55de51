import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/cli/json-stream.js";
import { runCli } from "../../src/cli/run.js";

// spc compute writes its JSON in pieces: the same text as JSON.stringify, never one giant string.

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(null, true, false, 0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "", "a\"\n\u2028", undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("x", "y", "__proto__", "points", "a b"), tie("value"), { maxKeys: 4 }),
    // Long arrays are written element by element.
    fc.integer({ min: 257, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? { x: i, y: [i, null, undefined] } : i % 3 === 1 ? undefined : [i]))),
  ),
})).value;

describe("writeJson", () => {
  it("writes exactly JSON.stringify's text, pretty or compact", () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2), (value, indent) => {
        if (value === undefined) return;
        let out = "";
        writeJson({ result: value, points: value }, (s) => (out += s), indent);
        expect(out).toBe(JSON.stringify({ result: value, points: value }, null, indent === 0 ? undefined : indent));
      }),
      { numRuns: 300 },
    );
  });

  it("hands out chunks of about 64 kB, never the whole text", () => {
    const points = Array.from({ length: 100_000 }, (_, i) => ({ x: i, y: i % 7, label: `punkt ${i}` }));
    const chunks: number[] = [];
    let total = 0;
    writeJson({ chart: "i", points }, (s) => {
      chunks.push(s.length);
      total += s.length;
    }, 2);
    expect(total).toBe(JSON.stringify({ chart: "i", points }, null, 2).length);
    expect(chunks.length).toBeGreaterThan(50);
    expect(Math.max(...chunks.slice(0, 1000))).toBeLessThan(70_000);
  });

  it("spc compute on 100,000 rows writes its result in pieces, and it parses", async () => {
    const spec = { chart: "i", data: Array.from({ length: 100_000 }, (_, i) => ({ x: i + 1, y: (i * 7) % 13 })) };
    const pieces: number[] = [];
    let out = "";
    const code = await runCli(["compute", "-"], {
      stdout: (t) => {
        pieces.push(t.length);
        out += t;
      },
      stderr: () => {},
      readStdin: async () => JSON.stringify(spec),
    });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { points: unknown[] }).points).toHaveLength(100_000);
    // Many pieces, none near the whole: no giant string was built.
    expect(pieces.length).toBeGreaterThan(100);
    expect(pieces.every((n) => n < 200_000)).toBe(true);
  });
});
