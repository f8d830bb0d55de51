/**
 * The exact joint distribution of the number of crossings C and the longest run L among n useful
 * observations that are each "above" the centre line with probability p, independently; and the
 * best-box / cut-box search built on it (Anhøj & Wentzel-Larsen, "Smooth operator").
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

// ---------------------------------------------------------------------------------------------
// Best box and cut box (Anhøj & Wentzel-Larsen, "Smooth operator"; crossrunbox's bestbox() and
// cutbox()). A "box" is the no-signal region {C ≥ c, L ≤ l}.
// ---------------------------------------------------------------------------------------------

/** P(no signal) that a best box must keep for in-control data (specificity ≥ 92.5 %). */
export const BOX_TARGET = 0.925;

/**
 * pnorm(0.8) as a double: P(above) for data shifted up by 0.8 SD, the shift the best box is
 * chosen to detect. scripts/generate-box-bounds.ts checks it against 50-digit arithmetic.
 */
export const PNORM_0_8 = 0.7881446014166034;

/** Best-box and cut-box bounds for one n; `cbord`/`lbord` are `null` when the box is not cut. */
export interface BoxBounds {
  /** Fewest crossings of the best box. */
  readonly cb: number;
  /** Longest run of the best box. */
  readonly lb: number;
  /** Cut box: with L = lb, at least this many crossings are needed. */
  readonly cbord: number | null;
  /** Cut box: with C = cb, runs up to this length are allowed. */
  readonly lbord: number | null;
}

/** The double `d` as an exact fraction mant / 2^exp, so thresholds can be compared in BigInt. */
function exactDyadic(d: number): { mant: bigint; exp: number } {
  if (!Number.isFinite(d)) throw new RangeError(`target must be finite, got ${d}`);
  let exp = 0;
  let x = d;
  while (!Number.isInteger(x)) {
    x *= 2; // exact: doubling a double only changes its exponent
    exp += 1;
  }
  return { mant: BigInt(x), exp };
}

/**
 * `reaches(S)`: is a count S (out of 2^(n−1)) at least target · 2^(n−1)? Exact, with the target
 * taken as the double it is (as crossrunbox does with `mpfr(0.925, 120)`).
 */
function thresholdTest(n: number, target: number): (s: bigint) => boolean {
  const { mant, exp } = exactDyadic(target);
  const rhs = mant << BigInt(n - 1);
  return (s) => s << BigInt(exp) >= rhs;
}

/** box[c][l] = Σ over c' ≥ c, l' ≤ l of table[c'][l'] (bigint or number tables). */
function boxSums<T>(table: T[][], zero: T, add: (a: T, b: T) => T): T[][] {
  const n = table.length;
  const out: T[][] = [];
  for (let c = 0; c < n; c++) out.push(new Array<T>(n + 1).fill(zero));
  for (let c = n - 1; c >= 0; c--) {
    const row = table[c]!;
    const below = out[c + 1];
    const dst = out[c]!;
    let run = zero;
    for (let l = 1; l <= n; l++) {
      run = add(run, row[l]!);
      dst[l] = below === undefined ? run : add(run, below[l]!);
    }
  }
  return out;
}

const addBig = (a: bigint, b: bigint): bigint => a + b;
const addNum = (a: number, b: number): number => a + b;

/**
 * The best box for one n: among boxes {C ≥ c, L ≤ l} whose corner cell (c, l) is possible and
 * whose P(no signal | p = ½) ≥ target, the one with the smallest P(no signal) under `shifted`.
 * Searched c = 0..n − 1 (outer), l = 1..n (inner) with a strict `<`, so the first minimum wins,
 * as crossrunbox's `bestbox()`.
 *
 * @param counts - Exact joint counts for p = ½ ({@link jointCounts}).
 * @param shifted - Joint probabilities under the shift ({@link jointProbabilities} with p = pnorm(0.8)).
 * @param target - Specificity to keep; defaults to {@link BOX_TARGET}.
 * @returns The corner (cb, lb).
 *
 * @example
 * ```ts
 * findBestBox(jointCounts(12), jointProbabilities(12, PNORM_0_8)); // { cb: 3, lb: 6 }
 * ```
 */
export function findBestBox(
  counts: JointCounts,
  shifted: JointProbabilities,
  target = BOX_TARGET,
): { cb: number; lb: number } {
  const n = counts.length;
  const reaches = thresholdTest(n, target);
  const box0 = boxSums(counts, 0n, addBig);
  const boxS = boxSums(shifted, 0, addNum);
  let best = Number.POSITIVE_INFINITY;
  let found: { cb: number; lb: number } | undefined;
  for (let c = 0; c < n; c++) {
    for (let l = 1; l <= n; l++) {
      if (counts[c]![l]! > 0n && reaches(box0[c]![l]!) && boxS[c]![l]! < best) {
        best = boxS[c]![l]!;
        found = { cb: c, lb: l };
      }
    }
  }
  // The box {C ≥ 0, L ≤ n} holds everything and its corner (0, n) is possible, so this is only
  // reached for a target above 1.
  if (found === undefined) throw new RangeError(`no box reaches the target ${target}`);
  return found;
}

/**
 * The cut box: starting from the best box (cb, lb), remove its corner and then border cells while
 * P(no signal | p = ½) stays ≥ target, as crossrunbox's `cutbox()`. The border is eaten from the
 * corner outwards, at each step in the direction whose next cell is more likely under the shift;
 * when one direction is blocked, as much of the other strip as the target allows goes at once.
 *
 * The result is the region (C ≥ cb + 1 and L ≤ lb − 1) or (C = cb and L ≤ lbord) or
 * (C ≥ cbord and L = lb).
 *
 * @param counts - Exact joint counts for p = ½.
 * @param shifted - Joint probabilities under the shift.
 * @param cb - Best box crossings.
 * @param lb - Best box longest run.
 * @param target - Specificity to keep; defaults to {@link BOX_TARGET}.
 * @returns `{ cbord, lbord }`, or `null` when not even the corner can be removed.
 *
 * @example
 * ```ts
 * findCutBox(jointCounts(10), jointProbabilities(10, PNORM_0_8), 2, 6); // { cbord: 3, lbord: 5 }
 * ```
 */
export function findCutBox(
  counts: JointCounts,
  shifted: JointProbabilities,
  cb: number,
  lb: number,
  target = BOX_TARGET,
): { cbord: number; lbord: number } | null {
  const n = counts.length;
  const reaches = thresholdTest(n, target);
  // Cells outside the table count as impossible, which blocks that direction.
  const p0 = (c: number, l: number): bigint => (c < n && l >= 1 ? counts[c]![l]! : 0n);
  const ps = (c: number, l: number): number => (c < n && l >= 1 ? shifted[c]![l]! : 0);

  let s = boxSums(counts, 0n, addBig)[cb]![lb]! - p0(cb, lb);
  if (!reaches(s)) return null;
  let cbord = cb + 1;
  let lbord = lb - 1;
  for (;;) {
    const nextC = p0(cbord, lb);
    const nextL = p0(cb, lbord);
    const blockedC = nextC === 0n || !reaches(s - nextC);
    const blockedL = nextL === 0n || !reaches(s - nextL);
    if (blockedC && blockedL) break;
    if (blockedC) {
      // Only the l direction is open: take as much of the strip (cb, lbord), (cb, lbord − 1), …
      // as the target allows.
      const strip: bigint[] = [];
      for (let l = lbord; l >= 1; l--) strip.push(p0(cb, l));
      const cut = stripCut(strip, s, reaches);
      lbord = cut.all ? 0 : lbord - cut.taken;
      break;
    }
    if (blockedL) {
      // Only the c direction is open: the strip (cbord, lb), (cbord + 1, lb), …, (n − 1, lb).
      const strip: bigint[] = [];
      for (let c = cbord; c < n; c++) strip.push(p0(c, lb));
      const cut = stripCut(strip, s, reaches);
      cbord = cut.all ? n : cbord + cut.taken;
      break;
    }
    if (ps(cbord, lb) >= ps(cb, lbord)) {
      s -= nextC;
      cbord += 1;
    } else {
      s -= nextL;
      lbord -= 1;
    }
  }
  return { cbord, lbord };
}

/**
 * How much of a strip can be removed from a box of count `s` while the box still reaches the
 * target. The strip is first trimmed after its last possible cell; then either all of it can go,
 * or `taken` leading cells can (those before the first position j where the running sum would
 * break the target; crossrunbox writes the new border as lbord + 1 − j or cbord + j − 1).
 */
function stripCut(
  strip: readonly bigint[],
  s: bigint,
  reaches: (s: bigint) => boolean,
): { all: true } | { all: false; taken: number } {
  let last = strip.length - 1;
  while (last >= 0 && strip[last] === 0n) last -= 1;
  let total = 0n;
  for (let j = 0; j <= last; j++) total += strip[j]!;
  if (reaches(s - total)) return { all: true };
  let sum = 0n;
  let taken = 0;
  while (taken <= last && reaches(s - (sum + strip[taken]!))) {
    sum += strip[taken]!;
    taken += 1;
  }
  return { all: false, taken };
}

/**
 * Best-box and cut-box bounds for one n, from scratch: builds both joint tables for n (p = ½ and
 * p = `pShift`) and runs {@link findBestBox} and {@link findCutBox}. Convenient for one n; to do a
 * range, walk {@link jointCountsSequence} and {@link jointProbabilitiesSequence} instead, as
 * scripts/generate-box-bounds.ts does.
 *
 * @param n - Number of useful observations (the published table covers 10..100).
 * @param pShift - P(above) under the shift to detect; defaults to {@link PNORM_0_8}.
 * @param target - Specificity to keep; defaults to {@link BOX_TARGET}.
 * @returns `{ cb, lb, cbord, lbord }`.
 *
 * @example
 * ```ts
 * computeBoxBounds(10); // { cb: 2, lb: 6, cbord: 3, lbord: 5 }
 * ```
 */
export function computeBoxBounds(n: number, pShift = PNORM_0_8, target = BOX_TARGET): BoxBounds {
  return boxBoundsFromTables(jointCounts(n), jointProbabilities(n, pShift), target);
}

/**
 * Best-box and cut-box bounds from the two joint tables of one n.
 *
 * @param counts - Exact joint counts for p = ½.
 * @param shifted - Joint probabilities under the shift.
 * @param target - Specificity to keep; defaults to {@link BOX_TARGET}.
 * @returns `{ cb, lb, cbord, lbord }`.
 *
 * @example
 * ```ts
 * boxBoundsFromTables(jointCounts(12), jointProbabilities(12, PNORM_0_8));
 * // { cb: 3, lb: 6, cbord: null, lbord: null }
 * ```
 */
export function boxBoundsFromTables(
  counts: JointCounts,
  shifted: JointProbabilities,
  target = BOX_TARGET,
): BoxBounds {
  const { cb, lb } = findBestBox(counts, shifted, target);
  const cut = findCutBox(counts, shifted, cb, lb, target);
  return { cb, lb, cbord: cut?.cbord ?? null, lbord: cut?.lbord ?? null };
}
