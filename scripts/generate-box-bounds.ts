/**
 * Generates src/runs/box-bounds.ts: the best-box and cut-box bounds (cb, lb, cbord, lbord) for
 * n = 10..100 useful observations, computed exactly by the procedure of Anhøj & Wentzel-Larsen,
 * "Smooth operator" (crossrunbox's bestbox() and cutbox()): the joint distribution of the
 * library's runs maths (src/runs/joint-distribution.ts) and the box search beside this script
 * (scripts/box-search.ts), so that the table is derived rather than copied.
 *
 * Usage:
 *   npx tsx scripts/generate-box-bounds.ts           # write src/runs/box-bounds.ts
 *   npx tsx scripts/generate-box-bounds.ts --check   # exit 1 if the committed table differs
 *
 * Steps:
 *   1. Check the constant PNORM_0_8 = pnorm(0.8) against a 50-digit evaluation (BigInt fixed
 *      point: Machin's π and the Taylor series of Φ), rounded to a double by Number().
 *   2. One sweep of the joint-distribution programme to n = 100 with exact BigInt counts (p = ½)
 *      and one with doubles (p = pnorm(0.8)); for each n ≥ 10, search the best box and cut it.
 *   3. Write the table.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jointCountsSequence, jointProbabilitiesSequence } from "../src/runs/joint-distribution.js";
import type { BoxBounds } from "../src/runs/box-bounds.js";
import { BOX_TARGET, PNORM_0_8, boxBoundsFromTables } from "./box-search.js";

const N_MIN = 10;
const N_MAX = 100;
const OUTPUT = fileURLToPath(new URL("../src/runs/box-bounds.ts", import.meta.url));

// ---------------------------------------------------------------------------------------------
// 1. pnorm(0.8) to 50 digits, independently of any floating-point erfc.
// ---------------------------------------------------------------------------------------------

const DIGITS = 50;
const SCALE = 10n ** BigInt(DIGITS + 10); // 10 guard digits against truncation in the series

/** atan(1/m) · SCALE by its Taylor series. */
function atanInverse(m: bigint): bigint {
  let power = SCALE / m; // SCALE / m^(2k+1)
  let sum = 0n;
  for (let k = 0n; power !== 0n; k++) {
    const term = power / (2n * k + 1n);
    sum += k % 2n === 0n ? term : -term;
    power /= m * m;
  }
  return sum;
}

/** ⌊√v⌋ for a non-negative BigInt (Newton's method). */
function isqrt(v: bigint): bigint {
  if (v < 2n) return v;
  let x = BigInt(Math.floor(Math.sqrt(Number(v))));
  for (;;) {
    const y = (x + v / x) / 2n;
    if (y >= x && y - x <= 1n) {
      // Settle on the floor exactly.
      let r = x < y ? x : y;
      while (r * r > v) r -= 1n;
      while ((r + 1n) * (r + 1n) <= v) r += 1n;
      return r;
    }
    x = y;
  }
}

/**
 * Φ(x) = ½ + (1/√(2π)) Σ (−1)^k x^(2k+1) / (2^k k! (2k+1)) for the double x taken exactly
 * (0.8 as a double is 0.8000000000000000444…), as a decimal string with DIGITS digits.
 */
function pnormDecimal(x: number): string {
  let den = 1n;
  let xs = x;
  while (!Number.isInteger(xs)) {
    xs *= 2;
    den *= 2n;
  }
  const num = BigInt(xs);
  const pi = 16n * atanInverse(5n) - 4n * atanInverse(239n);
  const sqrt2pi = isqrt(2n * pi * SCALE);
  let power = (SCALE * num) / den; // x^(2k+1) / (2^k k!) · SCALE
  let series = 0n;
  for (let k = 0n; power !== 0n; k++) {
    const term = power / (2n * k + 1n);
    series += k % 2n === 0n ? term : -term;
    power = (power * num * num) / (den * den * 2n * (k + 1n));
  }
  const phi = SCALE / 2n + (series * SCALE) / sqrt2pi;
  const digits = phi.toString().padStart(DIGITS + 10, "0");
  return `0.${digits.slice(0, DIGITS)}`;
}

const pnormExact = pnormDecimal(0.8);
// Number() of a decimal string is correctly rounded, so this is the double nearest pnorm(0.8).
if (Number(pnormExact) !== PNORM_0_8) {
  throw new Error(`PNORM_0_8 = ${PNORM_0_8} but pnorm(0.8) = ${pnormExact} → ${Number(pnormExact)}`);
}

// ---------------------------------------------------------------------------------------------
// 2. The bounds.
// ---------------------------------------------------------------------------------------------

const started = performance.now();
const rows: { n: number; bounds: BoxBounds }[] = [];
const counts = jointCountsSequence(N_MAX);
const shifted = jointProbabilitiesSequence(N_MAX, PNORM_0_8);
for (;;) {
  const a = counts.next();
  const b = shifted.next();
  if (a.done === true || b.done === true) break;
  if (a.value.n < N_MIN) continue;
  rows.push({ n: a.value.n, bounds: boxBoundsFromTables(a.value.counts, b.value.probabilities) });
}
const seconds = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------------------------
// 3. The file.
// ---------------------------------------------------------------------------------------------

const fmt = (v: number | null): string => (v === null ? "null" : String(v));
const tableLines = rows.map(
  ({ n, bounds: { cb, lb, cbord, lbord } }) =>
    `  [${fmt(cb)}, ${fmt(lb)}, ${fmt(cbord)}, ${fmt(lbord)}], // n = ${n}`,
);
const cutCount = rows.filter((r) => r.bounds.cbord !== null).length;

/** The runtime line differs between runs; `--check` ignores it. */
const RUNTIME_PREFIX = "// Last generated in";

const source = `// GENERATED FILE: do not edit by hand. Made by scripts/generate-box-bounds.ts;
// regenerate with \`npx tsx scripts/generate-box-bounds.ts\` (\`--check\` compares instead).
${RUNTIME_PREFIX} ${seconds.toFixed(1)} s (Node ${process.version}): BigInt sweep to n = ${N_MAX} plus the box searches.

/**
 * Best-box and cut-box bounds for runs analysis, n = ${N_MIN}..${N_MAX} useful observations.
 *
 * The rules are from Anhøj & Wentzel-Larsen, "Smooth operator" (GitHub
 * ToreWentzel-Larsen/crossrunboxarticle; procedure in ToreWentzel-Larsen/crossrunbox,
 * \`bestbox()\` and \`cutbox()\`). Both keep the specificity P(no signal | in control) ≥ ${BOX_TARGET}
 * while making the rule as sensitive as possible to a shift of 0.8 SD:
 *
 * - best box (cb, lb): no signal iff C ≥ cb and L ≤ lb; among all boxes {C ≥ c, L ≤ l} with a
 *   possible corner cell and specificity ≥ ${BOX_TARGET}, the one with the smallest P(no signal) at
 *   P(above) = pnorm(0.8) (search c outer, l inner, first minimum wins);
 * - cut box (cbord, lbord): the best box with its corner and as much of its two borders removed as
 *   the specificity allows; no signal iff (C ≥ cb + 1 and L ≤ lb − 1) or (C = cb and L ≤ lbord)
 *   or (C ≥ cbord and L = lb). \`null\` when not even the corner can go (${rows.length - cutCount} of ${rows.length} n).
 *
 * Computed exactly (the search is scripts/box-search.ts): the joint distribution of crossings C
 * and longest run L by dynamic programming (src/runs/joint-distribution.ts), integer counts for
 * P(above) = ½ and doubles for P(above) = pnorm(0.8) = ${PNORM_0_8} (pnorm(0.8) =
 * ${pnormExact.slice(0, 27)}…, checked to ${DIGITS} digits). The result equals the tables in
 * crossrunbox's crsignal.R and in qicharts2 0.8.1's crsignal() (test/runs checks this against the
 * shared reference data).
 */

/** Best-box and cut-box bounds for one n; \`cbord\`/\`lbord\` are \`null\` when the box is not cut. */
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
export const BOX_BOUNDS_N_MIN = ${N_MIN};
/** Largest number of useful observations with box bounds. */
export const BOX_BOUNDS_N_MAX = ${N_MAX};

// [cb, lb, cbord, lbord] for n = ${N_MIN}, ${N_MIN + 1}, …, ${N_MAX}.
const TABLE: readonly (readonly [number, number, number | null, number | null])[] = [
${tableLines.join("\n")}
];

/**
 * The bounds for n = ${N_MIN}..${N_MAX}, in order: \`BOX_BOUNDS[n - BOX_BOUNDS_N_MIN]\`.
 *
 * @example
 * \`\`\`ts
 * BOX_BOUNDS[0]; // n = 10: { cb: 2, lb: 6, cbord: 3, lbord: 5 }
 * \`\`\`
 */
export const BOX_BOUNDS: readonly BoxBounds[] = Object.freeze(
  TABLE.map(([cb, lb, cbord, lbord]) => Object.freeze({ cb, lb, cbord, lbord })),
);

/**
 * Best-box and cut-box bounds for \`nUseful\` useful observations, or \`undefined\` outside
 * ${N_MIN}..${N_MAX}, where the box rules are not defined (callers fall back to Anhøj's rule).
 *
 * @param nUseful - Number of useful observations.
 * @returns \`{ cb, lb, cbord, lbord }\` or \`undefined\`.
 *
 * @example
 * \`\`\`ts
 * boxBounds(12);  // { cb: 3, lb: 6, cbord: null, lbord: null }  (box not cut)
 * boxBounds(101); // undefined
 * \`\`\`
 */
export function boxBounds(nUseful: number): BoxBounds | undefined {
  if (!Number.isInteger(nUseful) || nUseful < BOX_BOUNDS_N_MIN || nUseful > BOX_BOUNDS_N_MAX) {
    return undefined;
  }
  return BOX_BOUNDS[nUseful - BOX_BOUNDS_N_MIN];
}
`;

const withoutRuntime = (text: string): string =>
  text
    .split("\n")
    .filter((line) => !line.startsWith(RUNTIME_PREFIX))
    .join("\n");

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(OUTPUT, "utf8");
  } catch {
    // a missing file differs
  }
  if (withoutRuntime(current) !== withoutRuntime(source)) {
    console.error(`${OUTPUT} is out of date: run npx tsx scripts/generate-box-bounds.ts`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date (${seconds.toFixed(1)} s).`);
} else {
  writeFileSync(OUTPUT, source);
  console.log(`wrote ${OUTPUT}: n = ${N_MIN}..${N_MAX}, ${cutCount} cut boxes, ${seconds.toFixed(1)} s.`);
}
