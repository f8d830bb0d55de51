/**
 * The exact joint distribution of the number of crossings C and the longest run L among n useful
 * observations that are each "above" the centre line with probability p, independently. The
 * best-box / cut-box search built on it (Anhøj & Wentzel-Larsen, "Smooth operator") serves only
 * the generator of the box table and lives beside it, in scripts/box-search.ts.
 *
 * Definitions (as crossrun): a run is a maximal block of consecutive observations on one side,
 * L is the length of the longest one (1 ≤ L ≤ n), C is the number of adjacent pairs on opposite
 * sides (= runs − 1, 0 ≤ C ≤ n − 1). With p = ½, C ~ Binomial(n − 1, ½).
 *
 * Method: the dynamic programme over (current run length r, longest run so far m, crossings so
 * far c), started from (1, 1, 0); each further observation either extends the run,
 * (r, m, c) → (r + 1, max(m, r + 1), c), or crosses, (r, m, c) → (1, m, c + 1). After n − 1 steps
 * the weights grouped by (c, m) are the joint distribution. For p = ½ the weights are integer
 * counts of the 2^(n−1) sequences with a fixed first side (BigInt, exact); for other p the state
 * also carries the current side and the weights are probabilities (doubles).
 */

/**
 * Joint counts for p = ½: `counts[c][l]` is the number of the 2^(n−1) sequences with a fixed first
 * side that have C = c and L = l. Rows c = 0..n − 1, columns l = 0..n (column 0 is always 0, so
 * that l indexes directly).
 */
export type JointCounts = bigint[][];

/** Joint probabilities: `probabilities[c][l]` = P(C = c, L = l); same shape as {@link JointCounts}. */
export type JointProbabilities = number[][];

function checkLength(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${n}`);
  }
}

function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
}

/*
 * State layout shared by both programmes. After t observations the states with longest run m
 * have 1 ≤ r ≤ m and 0 ≤ c ≤ t − m (the longest run uses m observations, every crossing needs at
 * least one more), so states[m] holds (m + 1)·(t − m + 1) cells, index r·(t − m + 1) + c. This
 * keeps the programme at about t³/6 live cells per step instead of t³.
 */

/**
 * Exact joint counts for p = ½ for every n = 1..nMax, in one pass: the table for n is the
 * programme's state after n − 1 steps, so a sweep costs no more than its last table
 * (about nMax⁴/12 BigInt additions; n = 100 takes about 0.2 s).
 *
 * @param nMax - Largest number of useful observations, a positive integer.
 * @returns Yields `{ n, counts }` for n = 1, 2, …, nMax.
 *
 * @example
 * ```ts
 * for (const { n, counts } of jointCountsSequence(3)) console.log(n, counts);
 * // 3 [[0n, 0n, 0n, 1n], [0n, 0n, 2n, 0n], [0n, 1n, 0n, 0n]]  (last line)
 * ```
 */
export function* jointCountsSequence(nMax: number): Generator<{ n: number; counts: JointCounts }> {
  checkLength(nMax, "nMax");
  // t = 1: one sequence, (r, m, c) = (1, 1, 0).
  let states: bigint[][] = [[], [0n, 1n]];
  for (let t = 1; ; t++) {
    yield { n: t, counts: groupCounts(states, t) };
    if (t === nMax) return;
    const next: bigint[][] = [[]];
    for (let m = 1; m <= t + 1; m++) next.push(new Array<bigint>((m + 1) * (t - m + 2)).fill(0n));
    for (let m = 1; m <= t; m++) {
      const cur = states[m]!;
      const w = t - m + 1;
      const same = next[m]!;
      const wSame = w + 1;
      const up = next[m + 1]!;
      const wUp = w; // stride of next[m + 1] = (t + 1) − (m + 1) + 1
      for (let r = 1; r <= m; r++) {
        for (let c = 0; c < w; c++) {
          const v = cur[r * w + c]!;
          if (v === 0n) continue;
          same[wSame + c + 1]! += v; // cross: (1, m, c + 1)
          if (r < m) same[(r + 1) * wSame + c]! += v; // extend a run shorter than the longest
          else up[(m + 1) * wUp + c]! += v; // extend the longest run: (m + 1, m + 1, c)
        }
      }
    }
    states = next;
  }
}

function groupCounts(states: bigint[][], t: number): JointCounts {
  const table: JointCounts = [];
  for (let c = 0; c < t; c++) table.push(new Array<bigint>(t + 1).fill(0n));
  for (let m = 1; m <= t; m++) {
    const cur = states[m]!;
    const w = t - m + 1;
    for (let r = 1; r <= m; r++) {
      for (let c = 0; c < w; c++) {
        const v = cur[r * w + c]!;
        if (v !== 0n) table[c]![m]! += v;
      }
    }
  }
  return table;
}

/**
 * Exact joint counts of (C, L) for n useful observations with p = ½ (see {@link JointCounts});
 * divide by 2^(n−1) for probabilities.
 *
 * @param n - Number of useful observations, a positive integer.
 * @returns `counts[c][l]` for c = 0..n − 1, l = 0..n.
 *
 * @example
 * ```ts
 * jointCounts(3); // [[0n, 0n, 0n, 1n], [0n, 0n, 2n, 0n], [0n, 1n, 0n, 0n]]
 * // C = 0, L = 3: AAA; C = 1, L = 2: AAB, ABB; C = 2, L = 1: ABA
 * ```
 */
export function jointCounts(n: number): JointCounts {
  checkLength(n, "n");
  let last: JointCounts = [];
  for (const { counts } of jointCountsSequence(n)) last = counts;
  return last;
}

/**
 * Joint probabilities of (C, L) for every n = 1..nMax with P(above) = p, in one pass (doubles;
 * the state carries the current side because above and below are no longer alike). The first
 * observation is above with probability p and below with 1 − p; each later one stays on its
 * side with that side's probability and crosses with the other.
 *
 * @param nMax - Largest number of useful observations, a positive integer.
 * @param p - Probability that an observation is above the centre line; defaults to ½.
 * @returns Yields `{ n, probabilities }` for n = 1..nMax.
 *
 * @example
 * ```ts
 * const [first] = jointProbabilitiesSequence(1, 0.7); // { n: 1, probabilities: [[0, 1]] }
 * ```
 */
export function* jointProbabilitiesSequence(
  nMax: number,
  p = 0.5,
): Generator<{ n: number; probabilities: JointProbabilities }> {
  checkLength(nMax, "nMax");
  checkProbability(p);
  const q = 1 - p;
  // states[side][m], side 0 = above, 1 = below.
  let states: Float64Array[][] = [
    [new Float64Array(0), Float64Array.of(0, p)],
    [new Float64Array(0), Float64Array.of(0, q)],
  ];
  for (let t = 1; ; t++) {
    yield { n: t, probabilities: groupProbabilities(states, t) };
    if (t === nMax) return;
    const next: Float64Array[][] = [[new Float64Array(0)], [new Float64Array(0)]];
    for (let m = 1; m <= t + 1; m++) {
      next[0]!.push(new Float64Array((m + 1) * (t - m + 2)));
      next[1]!.push(new Float64Array((m + 1) * (t - m + 2)));
    }
    for (let side = 0; side < 2; side++) {
      const stay = side === 0 ? p : q;
      const cross = side === 0 ? q : p;
      const nextSame = next[side]!;
      const nextOther = next[1 - side]!;
      for (let m = 1; m <= t; m++) {
        const cur = states[side]![m]!;
        const w = t - m + 1;
        const wSame = w + 1;
        const same = nextSame[m]!;
        const other = nextOther[m]!;
        const up = nextSame[m + 1]!;
        for (let r = 1; r <= m; r++) {
          for (let c = 0; c < w; c++) {
            const v = cur[r * w + c]!;
            if (v === 0) continue;
            other[wSame + c + 1]! += v * cross;
            if (r < m) same[(r + 1) * wSame + c]! += v * stay;
            else up[(m + 1) * w + c]! += v * stay;
          }
        }
      }
    }
    states = next;
  }
}

function groupProbabilities(states: Float64Array[][], t: number): JointProbabilities {
  const table: JointProbabilities = [];
  for (let c = 0; c < t; c++) table.push(new Array<number>(t + 1).fill(0));
  for (const bySide of states) {
    for (let m = 1; m <= t; m++) {
      const cur = bySide[m]!;
      const w = t - m + 1;
      for (let r = 1; r <= m; r++) {
        for (let c = 0; c < w; c++) table[c]![m]! += cur[r * w + c]!;
      }
    }
  }
  return table;
}

/**
 * Joint probabilities P(C = c, L = l) for n useful observations with P(above) = p.
 *
 * @param n - Number of useful observations, a positive integer.
 * @param p - Probability that an observation is above the centre line; defaults to ½.
 * @returns `probabilities[c][l]` for c = 0..n − 1, l = 0..n.
 *
 * @example
 * ```ts
 * jointProbabilities(2, 0.8); // ≈ [[0, 0, 0.68], [0, 0.32, 0]]  (AA or BB: .64 + .04)
 * ```
 */
export function jointProbabilities(n: number, p = 0.5): JointProbabilities {
  checkLength(n, "n");
  let last: JointProbabilities = [];
  for (const { probabilities } of jointProbabilitiesSequence(n, p)) last = probabilities;
  return last;
}

/**
 * P(C = c and L ≤ lMax) for c = 0..cCap, where the last entry lumps together all c ≥ cCap.
 *
 * This is the slice of the joint distribution that rule probabilities need, computed without the
 * full table: the programme only tracks (current run r ≤ lMax, crossings capped at cCap), and
 * sequences whose run would exceed lMax are dropped. Cost O(n · lMax · cCap) (n = 1000 with
 * Anhøj's limits: 13 × 475 states, a few ms). For p = ½ the side is dropped from the state.
 *
 * @param n - Number of useful observations, a positive integer.
 * @param lMax - Longest run allowed (values ≥ n allow everything, < 1 nothing).
 * @param p - Probability that an observation is above the centre line; defaults to ½.
 * @param cCap - Crossings at or above this are counted together; defaults to n − 1 (no lumping).
 * @returns A `Float64Array` of length cCap + 1.
 *
 * @example
 * ```ts
 * // P(C ≥ 2, L ≤ 6) for n = 10: the Anhøj no-signal probability, 489/512.
 * crossingsWithRunsAtMost(10, 6, 0.5, 2)[2]; // 0.955078125
 * ```
 */
export function crossingsWithRunsAtMost(
  n: number,
  lMax: number,
  p = 0.5,
  cCap = n - 1,
): Float64Array {
  checkLength(n, "n");
  checkProbability(p);
  if (!Number.isSafeInteger(cCap) || cCap < 0) {
    throw new RangeError(`cCap must be a non-negative integer, got ${cCap}`);
  }
  const out = new Float64Array(cCap + 1);
  const L = Math.min(Math.floor(lMax), n);
  if (!(L >= 1)) return out;
  const W = cCap + 1; // stride over c; index r·W + c
  const sides = p === 0.5 ? 1 : 2;
  let cur = [new Float64Array((L + 1) * W), new Float64Array((L + 1) * W)];
  let nxt = [new Float64Array((L + 1) * W), new Float64Array((L + 1) * W)];
  if (sides === 1) {
    cur[0]![W] = 1;
  } else {
    cur[0]![W] = p;
    cur[1]![W] = 1 - p;
  }
  for (let t = 1; t < n; t++) {
    // After t observations at most t − 1 crossings have happened.
    const cTop = Math.min(t - 1, cCap);
    for (let side = 0; side < sides; side++) nxt[side]!.fill(0);
    for (let side = 0; side < sides; side++) {
      // With p = ½ both sides are alike: one side stands for both, and each step halves.
      const stay = sides === 1 ? 0.5 : side === 0 ? p : 1 - p;
      const cross = sides === 1 ? 0.5 : side === 0 ? 1 - p : p;
      const from = cur[side]!;
      const same = nxt[side]!;
      const other = nxt[sides === 1 ? 0 : 1 - side]!;
      for (let r = 1; r <= L; r++) {
        const base = r * W;
        for (let c = 0; c <= cTop; c++) {
          const v = from[base + c]!;
          if (v === 0) continue;
          if (r < L) same[base + W + c]! += v * stay;
          other[W + (c < cCap ? c + 1 : cCap)]! += v * cross;
        }
      }
    }
    [cur, nxt] = [nxt, cur];
  }
  for (let side = 0; side < sides; side++) {
    const from = cur[side]!;
    for (let r = 1; r <= L; r++) {
      for (let c = 0; c <= cCap; c++) out[c]! += from[r * W + c]!;
    }
  }
  return out;
}
