import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compute } from "../../src/index.js";

const data = [4, 6, 5, 7, 30, 5, 6, 4, 5, 6, 5, 7, 6, 5].map((y, i) => ({ x: i + 1, y }));

describe("multiply is applied once, to every line alike", () => {
  it("a negative multiply mirrors the chart: the lower limit stays below the upper one", () => {
    const plain = compute({ chart: "i", data });
    const mirrored = compute({ chart: "i", data, multiply: -2 });
    mirrored.points.forEach((p, i) => {
      const q = plain.points[i]!;
      expect(p.y).toBe(-2 * q.y!);
      expect(p.cl).toBe(-2 * q.cl!);
      expect(p.lcl).toBe(-2 * q.ucl!);
      expect(p.ucl).toBe(-2 * q.lcl!);
      expect(p.lcl95).toBe(-2 * q.ucl95!);
      expect(p.ucl95).toBe(-2 * q.lcl95!);
      expect(p.lcl!).toBeLessThan(p.ucl!);
      // The same point is outside the limits, whichever way up the chart is drawn.
      expect(p.sigmaSignal).toBe(q.sigmaSignal);
    });
    expect(mirrored.points[4]!.sigmaSignal).toBe(true);
    expect(mirrored.parts[0]!.meanLcl).toBe(-2 * plain.parts[0]!.meanUcl!);
    expect(mirrored.parts[0]!.sigmaSignals).toBe(1);
  });

  it("sigma signals on the points agree with the outside-limits findings for any multiply", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 40 }),
        fc.constantFrom(-100, -1, -0.5, 1, 3),
        (ys, multiply) => {
          const result = compute({ chart: "i", data: ys.map((y, i) => ({ x: i + 1, y })), multiply, rules: ["outside-limits"] });
          const flagged = new Set(result.findings.flatMap((f) => f.points));
          for (const p of result.points) {
            expect(p.sigmaSignal).toBe(flagged.has(p.index));
            if (p.lcl !== null && p.ucl !== null) expect(p.lcl).toBeLessThanOrEqual(p.ucl);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
