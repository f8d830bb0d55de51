/**
 * Brute force for the runs tests: every sequence of n sides, with its crossings and longest run.
 * Independent of the dynamic programmes under test.
 */

/** Crossings and longest run of one sequence of sides (true = above). */
export function crossingsAndLongestRun(sides: readonly boolean[]): { c: number; l: number } {
  let c = 0;
  let run = 0;
  let l = 0;
  for (let i = 0; i < sides.length; i++) {
    if (i > 0 && sides[i] !== sides[i - 1]) {
      c += 1;
      run = 1;
    } else {
      run += 1;
    }
    if (run > l) l = run;
  }
  return { c, l };
}

/**
 * Calls `visit` for each of the 2^n sequences of n sides with its weight p^above · (1 − p)^below.
 */
export function forEachSequence(
  n: number,
  p: number,
  visit: (sides: boolean[], weight: number) => void,
): void {
  for (let mask = 0; mask < 2 ** n; mask++) {
    const sides: boolean[] = [];
    let weight = 1;
    for (let i = 0; i < n; i++) {
      const above = ((mask >> i) & 1) === 1;
      sides.push(above);
      weight *= above ? p : 1 - p;
    }
    visit(sides, weight);
  }
}

/** Brute-force joint counts for p = ½ over the 2^(n−1) sequences that start above. */
export function bruteForceCounts(n: number): bigint[][] {
  const table: bigint[][] = [];
  for (let c = 0; c < n; c++) table.push(new Array<bigint>(n + 1).fill(0n));
  for (let mask = 0; mask < 2 ** (n - 1); mask++) {
    const sides = [true];
    for (let i = 0; i < n - 1; i++) sides.push(((mask >> i) & 1) === 1);
    const { c, l } = crossingsAndLongestRun(sides);
    table[c]![l]! += 1n;
  }
  return table;
}

/** n! as BigInt for n = 0..max. */
function factorials(max: number): bigint[] {
  const f = [1n];
  for (let i = 1; i <= max; i++) f.push(f[i - 1]! * BigInt(i));
  return f;
}

/**
 * Exact number of the 2^(n−1) sequences (first side fixed) with C ≥ cMin and L ≤ lMax, by
 * inclusion–exclusion over compositions (an independent formula, not a dynamic programme):
 * C = c means n is split into c + 1 runs, and the number of compositions of n into k parts each
 * ≤ l is Σ_j (−1)^j C(k, j) C(n − j·l − 1, k − 1).
 */
export function exactNoSignalCount(n: number, cMin: number, lMax: number): bigint {
  const f = factorials(n);
  const choose = (a: number, b: number): bigint =>
    b < 0 || a < 0 || b > a ? 0n : f[a]! / (f[b]! * f[a - b]!);
  let total = 0n;
  // The same terms, summed by j and then k, so that both binomials step along k by one small
  // multiplication and division each (exact in BigInt) instead of dividing factorials per term:
  // n = 1500 in milliseconds rather than seconds.
  for (let j = 0; ; j++) {
    const a = n - j * lMax - 1;
    const kFirst = Math.max(cMin + 1, j); // C(k, j) = 0 for k < j
    const kLast = Math.min(n, a + 1); // C(a, k − 1) = 0 for k − 1 > a
    if (kFirst > kLast) break; // the range only narrows as j grows
    let cj = choose(kFirst, j); // C(k, j)
    let ca = choose(a, kFirst - 1); // C(a, k − 1)
    let sum = 0n;
    for (let k = kFirst; k <= kLast; k++) {
      sum += cj * ca;
      cj = (cj * BigInt(k + 1)) / BigInt(k + 1 - j); // C(k + 1, j)
      ca = (ca * BigInt(a - k + 1)) / BigInt(k); // C(a, k)
    }
    total += j % 2 === 0 ? sum : -sum;
  }
  return total;
}

/** num/den as a double, good to ~1e-15 relative for any size of BigInt. */
export function ratio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = BigInt(Math.max(0, den.toString(2).length - num.toString(2).length + 64));
  return Number((num << shift) / den) / 2 ** Number(shift);
}
