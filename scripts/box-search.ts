/**
 * Best box and cut box (Anhøj & Wentzel-Larsen, "Smooth operator"; crossrunbox's `bestbox()` and
 * `cutbox()`): the search behind the table in src/runs/box-bounds.ts. A "box" is the no-signal
 * region {C ≥ c, L ≤ l}. It lives beside scripts/generate-box-bounds.ts, its only user, because
 * the library reads the generated table at runtime and never searches (about 250 lines of BigInt
 * that no app should ship); test/runs holds the search to crossrunbox's published bounds.
 *
 * @module
 */
import {
  jointCounts,
  jointProbabilities,
  type JointCounts,
  type JointProbabilities,
} from "../src/runs/joint-distribution.js";
import type { BoxBounds } from "../src/runs/box-bounds.js";

/** P(no signal) that a best box must keep for in-control data (specificity ≥ 92.5 %). */
export const BOX_TARGET = 0.925;

/**
 * pnorm(0.8) as a double: P(above) for data shifted up by 0.8 SD, the shift the best box is
 * chosen to detect. scripts/generate-box-bounds.ts checks it against 50-digit arithmetic.
 */
export const PNORM_0_8 = 0.7881446014166034;

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
