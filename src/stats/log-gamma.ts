/**
 * log Γ(x) for x > 0 by Lanczos' approximation (g = 607/128, 15 terms; Godfrey's coefficients),
 * relative error about 10⁻¹⁵. The same series and the same order of operations as
 * simple-statistics' `gammaln`, which c4 was computed with before: the control constants stay
 * bit for bit what they were. Written here because that package brought about 2 kB of unrelated
 * code (classifiers, a normal table built at load) into every app that imports `compute`.
 */

const COEFFICIENTS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
  -0.49191381609762019978, 0.33994649984811888699e-4, 0.46523628927048575665e-4,
  -0.98374475304879564677e-4, 0.15808870322491248884e-3, -0.21026444172410488319e-3,
  0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
  -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];

const G = 607 / 128;
const LOG_SQRT_2PI = Math.log(Math.sqrt(2 * Math.PI));

/**
 * The natural logarithm of the gamma function; `Infinity` for x ≤ 0.
 *
 * @example
 * ```ts
 * logGamma(2.4); // 0.21685932244884043
 * logGamma(500); // 2605.1158503617335
 * ```
 */
export function logGamma(x: number): number {
  if (x <= 0) return Number.POSITIVE_INFINITY;
  const n = x - 1;
  let a = COEFFICIENTS[0]!;
  for (let i = 1; i < 15; i++) a += COEFFICIENTS[i]! / (n + i);
  const t = G + 0.5 + n;
  return LOG_SQRT_2PI + Math.log(a) - t + (n + 0.5) * Math.log(t);
}
