// GENERATED FILE: do not edit by hand. Made by scripts/generate-box-bounds.ts;
// regenerate with `npx tsx scripts/generate-box-bounds.ts` (`--check` compares instead).
// Last generated in 1.7 s (Node v20.20.2): BigInt sweep to n = 100 plus the box searches.

/**
 * Best-box and cut-box bounds for runs analysis, n = 10..100 useful observations.
 *
 * The rules are from Anhøj & Wentzel-Larsen, "Smooth operator" (GitHub
 * ToreWentzel-Larsen/crossrunboxarticle; procedure in ToreWentzel-Larsen/crossrunbox,
 * `bestbox()` and `cutbox()`). Both keep the specificity P(no signal | in control) ≥ 0.925
 * while making the rule as sensitive as possible to a shift of 0.8 SD:
 *
 * - best box (cb, lb): no signal iff C ≥ cb and L ≤ lb; among all boxes {C ≥ c, L ≤ l} with a
 *   possible corner cell and specificity ≥ 0.925, the one with the smallest P(no signal) at
 *   P(above) = pnorm(0.8) (search c outer, l inner, first minimum wins);
 * - cut box (cbord, lbord): the best box with its corner and as much of its two borders removed as
 *   the specificity allows; no signal iff (C ≥ cb + 1 and L ≤ lb − 1) or (C = cb and L ≤ lbord)
 *   or (C ≥ cbord and L = lb). `null` when not even the corner can go (27 of 91 n).
 *
 * Computed exactly (the search is scripts/box-search.ts): the joint distribution of crossings C
 * and longest run L by dynamic programming (src/runs/joint-distribution.ts), integer counts for
 * P(above) = ½ and doubles for P(above) = pnorm(0.8) = 0.7881446014166034 (pnorm(0.8) =
 * 0.7881446014166033272893575…, checked to 50 digits). The result equals the tables in
 * crossrunbox's crsignal.R and in qicharts2 0.8.1's crsignal() (test/runs checks this against the
 * shared reference data).
 */

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

/** Smallest number of useful observations with box bounds. */
export const BOX_BOUNDS_N_MIN = 10;
/** Largest number of useful observations with box bounds. */
export const BOX_BOUNDS_N_MAX = 100;

// [cb, lb, cbord, lbord] for n = 10, 11, …, 100.
const TABLE: readonly (readonly [number, number, number | null, number | null])[] = [
  [2, 6, 3, 5], // n = 10
  [3, 7, 4, 6], // n = 11
  [3, 6, null, null], // n = 12
  [3, 6, null, null], // n = 13
  [3, 6, null, null], // n = 14
  [4, 7, 6, 6], // n = 15
  [5, 8, 6, 7], // n = 16
  [5, 7, null, null], // n = 17
  [5, 7, 6, 6], // n = 18
  [5, 7, 6, 5], // n = 19
  [6, 7, null, null], // n = 20
  [7, 8, null, null], // n = 21
  [6, 7, 7, 6], // n = 22
  [6, 7, 7, 6], // n = 23
  [6, 7, 7, 6], // n = 24
  [6, 7, null, null], // n = 25
  [9, 9, 10, 7], // n = 26
  [9, 8, 10, 7], // n = 27
  [9, 8, 11, 7], // n = 28
  [10, 8, null, null], // n = 29
  [11, 10, 12, 9], // n = 30
  [11, 9, 14, 8], // n = 31
  [11, 8, null, null], // n = 32
  [11, 8, 12, 7], // n = 33
  [11, 8, 13, 7], // n = 34
  [12, 8, null, null], // n = 35
  [13, 9, 15, 8], // n = 36
  [14, 10, null, null], // n = 37
  [13, 8, null, null], // n = 38
  [15, 11, null, null], // n = 39
  [15, 9, null, null], // n = 40
  [15, 9, 17, 8], // n = 41
  [14, 8, null, null], // n = 42
  [14, 8, null, null], // n = 43
  [17, 10, null, null], // n = 44
  [17, 9, null, null], // n = 45
  [17, 9, 19, 8], // n = 46
  [17, 9, 20, 7], // n = 47
  [19, 12, 20, 11], // n = 48
  [19, 10, 21, 9], // n = 49
  [19, 9, null, null], // n = 50
  [19, 9, 21, 8], // n = 51
  [19, 9, 21, 7], // n = 52
  [21, 11, 23, 9], // n = 53
  [21, 10, 23, 8], // n = 54
  [21, 9, null, null], // n = 55
  [21, 9, 23, 8], // n = 56
  [23, 12, 25, 11], // n = 57
  [23, 10, 24, 9], // n = 58
  [23, 10, 26, 8], // n = 59
  [23, 9, null, null], // n = 60
  [23, 9, 24, 8], // n = 61
  [25, 11, 27, 9], // n = 62
  [25, 10, 27, 9], // n = 63
  [26, 11, 27, 10], // n = 64
  [26, 10, 27, 9], // n = 65
  [27, 12, 29, 10], // n = 66
  [27, 10, null, null], // n = 67
  [27, 10, 29, 8], // n = 68
  [28, 11, 29, 8], // n = 69
  [29, 14, 30, 13], // n = 70
  [29, 11, 31, 9], // n = 71
  [29, 10, 30, 9], // n = 72
  [30, 11, 31, 10], // n = 73
  [30, 10, null, null], // n = 74
  [31, 12, 32, 9], // n = 75
  [31, 11, 34, 8], // n = 76
  [31, 10, 33, 9], // n = 77
  [32, 11, 33, 8], // n = 78
  [33, 13, 37, 11], // n = 79
  [33, 11, 35, 9], // n = 80
  [33, 10, null, null], // n = 81
  [34, 11, 36, 10], // n = 82
  [33, 10, 36, 7], // n = 83
  [35, 11, null, null], // n = 84
  [35, 11, 38, 8], // n = 85
  [35, 10, 36, 9], // n = 86
  [35, 10, 38, 8], // n = 87
  [37, 12, 38, 10], // n = 88
  [37, 11, 39, 9], // n = 89
  [38, 12, null, null], // n = 90
  [37, 10, 39, 9], // n = 91
  [39, 13, 41, 12], // n = 92
  [39, 11, 40, 10], // n = 93
  [39, 11, 42, 8], // n = 94
  [39, 10, null, null], // n = 95
  [39, 10, 41, 8], // n = 96
  [41, 12, 42, 9], // n = 97
  [41, 11, 44, 9], // n = 98
  [42, 12, 43, 10], // n = 99
  [41, 10, 42, 9], // n = 100
];

/**
 * The bounds for n = 10..100, in order: `BOX_BOUNDS[n - BOX_BOUNDS_N_MIN]`.
 *
 * @example
 * ```ts
 * BOX_BOUNDS[0]; // n = 10: { cb: 2, lb: 6, cbord: 3, lbord: 5 }
 * ```
 */
export const BOX_BOUNDS: readonly BoxBounds[] = Object.freeze(
  TABLE.map(([cb, lb, cbord, lbord]) => Object.freeze({ cb, lb, cbord, lbord })),
);

/**
 * Best-box and cut-box bounds for `nUseful` useful observations, or `undefined` outside
 * 10..100, where the box rules are not defined (callers fall back to Anhøj's rule).
 *
 * @param nUseful - Number of useful observations.
 * @returns `{ cb, lb, cbord, lbord }` or `undefined`.
 *
 * @example
 * ```ts
 * boxBounds(12);  // { cb: 3, lb: 6, cbord: null, lbord: null }  (box not cut)
 * boxBounds(101); // undefined
 * ```
 */
export function boxBounds(nUseful: number): BoxBounds | undefined {
  if (!Number.isInteger(nUseful) || nUseful < BOX_BOUNDS_N_MIN || nUseful > BOX_BOUNDS_N_MAX) {
    return undefined;
  }
  return BOX_BOUNDS[nUseful - BOX_BOUNDS_N_MIN];
}
