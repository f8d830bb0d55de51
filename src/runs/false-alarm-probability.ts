/**
 * The exact false-alarm probability of the runs analysis for any number of useful points.
 *
 * @module
 */
import type { RunsMethod } from "../types.js";
import { runsFalseAlarm } from "./false-alarm.js";
import { anhoejLimits } from "./limits.js";

/** Up to this n the dynamic programme of false-alarm.ts beside it is used (a few ms, every method). */
const DYNAMIC_PROGRAMME_MAX = 1000;

const cache = new Map<number, number>();
const CACHE_LIMIT = 1024;

/**
 * The probability that `nUseful` independent in-control points (each above the centre line with
 * probability ½, none on it) give a runs signal under `method`: P(L > longestRunMax or
 * C < crossingsMin) for Anhøj's rule, the complement of the box for best box and cut box (which
 * fall back to Anhøj's rule outside n = 10..100, as the runs analysis does).
 *
 * For n ≤ 1000 this is the exact dynamic programme over (run length, crossings) of
 * `runsFalseAlarm` (about 10⁻¹³ relative). Beyond, where only Anhøj's rule applies, the quiet
 * region is counted through its generating function instead: a sequence of n points with a fixed
 * first side is a composition of n into runs, so with g(x) = Σ_{k=1..l} (x/2)^k (runs no longer
 * than l = longestRunMax) and R = crossingsMin + 1 runs or more,
 *
 *     P(no signal) = 2 · [xⁿ] g(x)^R / (1 − g(x)),
 *
 * and the coefficient is read off a circle of radius ρ = e^(−40/N) by an N-point trapezoid sum,
 * N ≥ 32·√n a power of two. The sum's only error is aliasing, Σ_{m≠0} f_{n+mN}·ρ^(mN), which these
 * choices keep below 10⁻¹⁷; rounding leaves about 10⁻¹² relative (checked against the dynamic
 * programme for n up to 3000). It takes O(√n): about 5 ms for n = 10⁶.
 *
 * @param nUseful - Number of useful points, a non-negative integer.
 * @param method - The runs rule; defaults to `"anhoej"`.
 * @returns The probability of a false alarm; 0 for n ≤ 1.
 *
 * @example
 * ```ts
 * falseAlarmProbability(24);    // 0.0662… : with 24 points the rules cry wolf about 7% of the time
 * falseAlarmProbability(1000);  // 0.1027…
 * falseAlarmProbability(1e6);   // 0.1047…
 * ```
 */
export function falseAlarmProbability(nUseful: number, method: RunsMethod = "anhoej"): number {
  if (nUseful <= DYNAMIC_PROGRAMME_MAX) return runsFalseAlarm(nUseful, method);
  if (!Number.isSafeInteger(nUseful)) throw new RangeError(`nUseful must be a non-negative integer, got ${nUseful}`);
  const hit = cache.get(nUseful);
  if (hit !== undefined) return hit;
  const p = contourFalseAlarm(nUseful);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(nUseful, p);
  return p;
}

/**
 * Anhøj's false-alarm probability for n ≥ 2 by the contour sum alone (any n; exported so that
 * tests can hold it against the dynamic programme for every n up to 1000).
 *
 * @example
 * ```ts
 * contourFalseAlarm(24); // 0.0662398338317871…, as the exact 555660 / 8388608
 * ```
 */
export function contourFalseAlarm(nUseful: number): number {
  if (nUseful <= 1) return 0;
  const { longestRunMax, crossingsMin } = anhoejLimits(nUseful);
  return Math.min(1, Math.max(0, 1 - quietProbability(nUseful, longestRunMax, crossingsMin + 1)));
}

/**
 * P(every run ≤ `l` and at least `runs` runs) for n fair points, by the contour sum described
 * at {@link falseAlarmProbability}.
 */
function quietProbability(n: number, l: number, runs: number): number {
  let size = 64;
  while (size < 32 * Math.sqrt(n)) size *= 2;
  const damping = 40; // ρ^N = e^−40
  const rho = Math.exp(-damping / size);
  const half = rho / 2;
  const halfPowL = Math.pow(half, l);
  // −n·ln ρ, added in the exponent so that ρ^−n and g^R (both astronomically large or small) cancel there.
  const lift = (damping * n) / size;
  let sum = 0;
  for (let t = 0; t <= size / 2; t++) {
    const theta = (2 * Math.PI * t) / size;
    // w = z/2, w^l; g = w(1 − w^l)/(1 − w).
    const wr = half * Math.cos(theta);
    const wi = half * Math.sin(theta);
    const pr = halfPowL * Math.cos(l * theta);
    const pi = halfPowL * Math.sin(l * theta);
    const ar = 1 - pr;
    const ai = -pi;
    const nr = wr * ar - wi * ai;
    const ni = wr * ai + wi * ar;
    const dr = 1 - wr;
    const di = -wi;
    const dd = dr * dr + di * di;
    const gr = (nr * dr + ni * di) / dd;
    const gi = (ni * dr - nr * di) / dd;
    const hr = 1 - gr;
    const hi = -gi;
    const logG = 0.5 * Math.log(gr * gr + gi * gi);
    const logH = 0.5 * Math.log(hr * hr + hi * hi);
    // z^−n: its phase n·θ reduced exactly, as (n·t mod N)/N of a turn.
    const turn = ((n % size) * t) % size;
    const phase = runs * Math.atan2(gi, gr) - Math.atan2(hi, hr) - (2 * Math.PI * turn) / size;
    const value = Math.exp(runs * logG - logH + lift) * Math.cos(phase);
    // The integrand at −θ is the conjugate: count the inner points twice.
    sum += t === 0 || t === size / 2 ? value : 2 * value;
  }
  return (2 * sum) / size;
}
