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
  for (let k = cMin + 1; k <= n; k++) {
    for (let j = 0; j <= k && n - j * lMax - 1 >= k - 1; j++) {
      const term = choose(k, j) * choose(n - j * lMax - 1, k - 1);
      total += j % 2 === 0 ? term : -term;
    }
  }
  return total;
}

/** num/den as a double, good to ~1e-15 relative for any size of BigInt. */
export function ratio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = BigInt(Math.max(0, den.toString(2).length - num.toString(2).length + 64));
  return Number((num << shift) / den) / 2 ** Number(shift);
}
