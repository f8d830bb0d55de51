import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  crossingsWithRunsAtMost,
  jointCounts,
  jointCountsSequence,
  jointProbabilities,
  jointProbabilitiesSequence,
} from "../../src/runs/joint-distribution.js";
import { bruteForceCounts, crossingsAndLongestRun, forEachSequence } from "./enumerate.js";

describe("jointCounts (p = 1/2, exact)", () => {
  it("is right for n = 3 by hand", () => {
    // Starting above: AAA (C 0, L 3); AAB, ABB (C 1, L 2); ABA (C 2, L 1).
    expect(jointCounts(3)).toEqual([
      [0n, 0n, 0n, 1n],
      [0n, 0n, 2n, 0n],
      [0n, 1n, 0n, 0n],
    ]);
    expect(jointCounts(1)).toEqual([[0n, 1n]]);
  });

  it("equals brute-force enumeration of all 2^(n−1) sequences for n ≤ 12", () => {
    for (let n = 1; n <= 12; n++) expect(jointCounts(n), `n = ${n}`).toEqual(bruteForceCounts(n));
  });

  it("yields the same tables in one sweep as one n at a time", () => {
    for (const { n, counts } of jointCountsSequence(15)) expect(counts).toEqual(jointCounts(n));
  });

  it("has row sums choose(n − 1, c) and total 2^(n−1) for n = 40", () => {
    const n = 40;
    const table = jointCounts(n);
    let binomial = 1n; // C(n − 1, c)
    let total = 0n;
    for (let c = 0; c < n; c++) {
      const row = table[c]!.reduce((a, b) => a + b, 0n);
      expect(row, `c = ${c}`).toBe(binomial);
      total += row;
      binomial = (binomial * BigInt(n - 1 - c)) / BigInt(c + 1);
    }
    expect(total).toBe(1n << BigInt(n - 1));
  });

  it("rejects n < 1", () => {
    expect(() => jointCounts(0)).toThrow(RangeError);
    expect(() => [...jointCountsSequence(1.5)]).toThrow(RangeError);
  });
});

describe("jointProbabilities (any p, doubles)", () => {
  it("equals brute force weighted by p^above (1 − p)^below for n ≤ 10", () => {
    for (const p of [0.5, 0.3, 0.7881446014166034, 0.95]) {
      for (let n = 1; n <= 10; n++) {
        const expected: number[][] = [];
        for (let c = 0; c < n; c++) expected.push(new Array<number>(n + 1).fill(0));
        forEachSequence(n, p, (sides, weight) => {
          const { c, l } = crossingsAndLongestRun(sides);
          expected[c]![l]! += weight;
        });
        const got = jointProbabilities(n, p);
        for (let c = 0; c < n; c++) {
          for (let l = 0; l <= n; l++) {
            expect(got[c]![l]!, `p ${p}, n ${n}, c ${c}, l ${l}`).toBeCloseTo(expected[c]![l]!, 14);
          }
        }
      }
    }
  });

  it("equals counts / 2^(n−1) for p = 1/2", () => {
    const n = 30;
    const counts = jointCounts(n);
    const probabilities = jointProbabilities(n);
    for (let c = 0; c < n; c++) {
      for (let l = 0; l <= n; l++) {
        expect(probabilities[c]![l]).toBe(Number(counts[c]![l]!) / 2 ** (n - 1));
      }
    }
  });

  it("sums to 1 for any n ≤ 60 and any p (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const table = jointProbabilities(n, p);
        const total = table.flat().reduce((a, b) => a + b, 0);
        return Math.abs(total - 1) < 1e-12;
      }),
      { numRuns: 25 },
    );
  });

  it("puts all mass on L = n when p is 0 or 1", () => {
    for (const p of [0, 1]) {
      const table = jointProbabilities(7, p);
      expect(table[0]![7]).toBe(1);
      expect(table.flat().reduce((a, b) => a + b, 0)).toBe(1);
    }
  });

  it("is the same swept or one n at a time", () => {
    for (const { n, probabilities } of jointProbabilitiesSequence(12, 0.6)) {
      expect(probabilities).toEqual(jointProbabilities(n, 0.6));
    }
  });
});

describe("crossingsWithRunsAtMost", () => {
  /** P(C = c, L ≤ lMax) summed from the full table, with c ≥ cCap lumped. */
  function fromTable(table: number[][], lMax: number, cCap: number): number[] {
    const out = new Array<number>(cCap + 1).fill(0);
    table.forEach((row, c) => {
      for (let l = 1; l <= Math.min(lMax, row.length - 1); l++) out[Math.min(c, cCap)]! += row[l]!;
    });
    return out;
  }

  it("agrees with the full joint table for every lMax and cap (n = 25)", () => {
    const n = 25;
    for (const p of [0.5, 0.7881446014166034]) {
      const table = jointProbabilities(n, p);
      for (const lMax of [0, 1, 3, 5, 7, 12, 25, 40]) {
        for (const cCap of [0, 3, 8, 24]) {
          const got = Array.from(crossingsWithRunsAtMost(n, lMax, p, cCap));
          const expected = fromTable(table, lMax, cCap);
          got.forEach((v, i) => expect(v, `p ${p} l ${lMax} cap ${cCap} c ${i}`).toBeCloseTo(expected[i]!, 14));
        }
      }
    }
  });

  it("gives the Anhøj no-signal probability 489/512 for n = 10", () => {
    expect(crossingsWithRunsAtMost(10, 6, 0.5, 2)[2]).toBe(489 / 512);
  });

  it("rejects bad arguments", () => {
    expect(() => crossingsWithRunsAtMost(0, 3)).toThrow(RangeError);
    expect(() => crossingsWithRunsAtMost(5, 3, 1.5)).toThrow(RangeError);
    expect(() => crossingsWithRunsAtMost(5, 3, 0.5, -1)).toThrow(RangeError);
  });
});
