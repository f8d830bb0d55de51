import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelIndex } from "../../src/chart-spec/label-index.js";
import { compute } from "../../src/index.js";

// labelIndex() stands in for Map<string, number> when category x are numbered: it must answer
// every get exactly as a Map given the same sets does, through its growth and collisions.
describe("labelIndex", () => {
  it("answers get as a Map does after the same sets (property, with repeats, growth and odd labels)", () => {
    const label = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("", "__proto__", "constructor", "ø", "😀", "u1", "u10"), fc.nat(3000).map((k) => `u${k}`));
    fc.assert(
      fc.property(fc.array(fc.tuple(label, fc.integer()), { maxLength: 400 }), fc.array(label, { maxLength: 50 }), (sets, probes) => {
        const index = labelIndex();
        const map = new Map<string, number>();
        for (const [key, value] of sets) {
          index.set(key, value);
          map.set(key, value);
        }
        for (const key of [...sets.map(([k]) => k), ...probes]) expect(index.get(key)).toBe(map.get(key));
      }),
      { numRuns: 200 },
    );
  });

  it("numbers 10^4 distinct labels in order of first appearance (the table grows many times)", () => {
    const index = labelIndex();
    for (let k = 0; k < 10_000; k++) index.set(`unit ${k}`, k);
    expect(index.get("unit 0")).toBe(0);
    expect(index.get("unit 9999")).toBe(9999);
    expect(index.get("unit 10000")).toBeUndefined();
  });

  it("keeps the later position of a category listed twice in xLevels, as the Map it replaced did", () => {
    const r = compute({ chart: "run", xType: "category", xLevels: ["b", "a", "b"], data: [{ x: "a", y: 1 }, { x: "b", y: 2 }] });
    expect(r.points.map((p) => p.x)).toEqual(["a", "b"]);
  });
});
