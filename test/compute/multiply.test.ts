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

// Issue 17 item 6: a negative multiply once swapped lcl and ucl on the points but not in the rules.
// Now the rules compare the scaled lines, so a negative multiply is the same chart as negated data:
// every signal, side, variation, icon and warning agrees.
describe("a negative multiply is consistent with the rules", () => {
  const flip = (side: string | null | undefined) => (side === "high" ? "low" : side === "low" ? "high" : side);

  it("multiply −1 gives exactly what the negated data give, under every rule set and direction", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 8, maxLength: 40 }),
        fc.constantFrom("anhoej", "western-electric", "nelson", "mdc", "ihi"),
        fc.constantFrom("neutral", "increase", "decrease"),
        fc.constantFrom("i", "run"),
        fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
        (ys, rules, direction, chart, target) => {
          const negated = compute({ chart, data: ys.map((y, i) => ({ x: i + 1, y: -y })), rules, direction, target } as never);
          const mirrored = compute({ chart, data: ys.map((y, i) => ({ x: i + 1, y })), rules, direction, target, multiply: -1 } as never);
          const seen = (r: typeof negated) => ({
            points: r.points.map((p) => [p.y, p.cl, p.lcl, p.ucl, p.sigmaSignal, p.runsSignal, p.signals, p.variation]),
            findings: r.findings,
            icons: r.icons,
            warnings: r.warnings.map((w) => w.code),
          });
          expect(seen(mirrored)).toEqual(seen(negated));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a P chart × −100 flags the same points as × 100, on the mirrored side (Western Electric zones)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 10, maxLength: 30 }), (ys) => {
        const data = ys.map((y, i) => ({ x: i + 1, y, n: 40 }));
        const up = compute({ chart: "p", data, multiply: 100, rules: "western-electric" });
        const down = compute({ chart: "p", data, multiply: -100, rules: "western-electric" });
        expect(down.findings.map((f) => [f.rule, f.points, flip(f.side)])).toEqual(up.findings.map((f) => [f.rule, f.points, f.side]));
        down.points.forEach((p, i) => expect(p.signals.map((s) => [s.rule, flip(s.side)])).toEqual(up.points[i]!.signals.map((s) => [s.rule, s.side])));
      }),
      { numRuns: 200 },
    );
  });

  it("hand-worked: one high count on a C chart is a low point on the chart × −1, found by outside-limits", () => {
    const counts = [2, 3, 2, 4, 3, 2, 3, 20];
    const r = compute({ chart: "c", data: counts.map((y, i) => ({ x: i + 1, y })), multiply: -1, rules: ["outside-limits"] });
    // c̄ = 39/8 = 4.875; ucl = 4.875 + 3·√4.875 = 11.499…, so the plotted lower limit is −11.499…
    expect(r.points[7]!.lcl).toBeCloseTo(-(4.875 + 3 * Math.sqrt(4.875)), 12);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "outside-limits", points: [8], side: "low" })]);
  });
});
