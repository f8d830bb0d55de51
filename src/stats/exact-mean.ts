/**
 * The correctly rounded arithmetic mean: the double nearest to Σx/n (ties to even), computed
 * exactly with floating-point expansions (Shewchuk 1997, as in Python's `math.fsum`).
 *
 * Why: R's `mean()` sums in long double and corrects once, which gives the correctly rounded
 * mean except within about 2⁻⁶⁴ of a rounding midpoint. Centre lines and limits are compared for
 * equality (a point on the centre line leaves the runs analysis; a point or target exactly on a
 * Making Data Count limit), so every mean needs R's last bit; a double-precision correction pass
 * is off by one unit in the last place for about one series in twenty.
 *
 * @module
 */

/**
 * An exact running sum: Shewchuk's non-overlapping partial sums, smallest first, kept in a
 * plain array that is written in place and only ever grows, so that adding a value allocates
 * nothing. Why: resizing the array on every add (`length = i; push(x)`) cost a third of the time
 * of a 10⁶-point mean in V8's "set length" runtime call, and a typed array costs a buffer per sum
 * (charts of 36 points make many sums). Rarely more than a few partials are live.
 *
 * @example
 * ```ts
 * const sum = new ExactSum();
 * for (const v of [0.1, 0.1, 0.1]) sum.add(v);
 * sum.mean(); // 0.1, as exactMean([0.1, 0.1, 0.1])
 * ```
 */
export class ExactSum implements Summation {
  /** The partials, smallest first; only the first `count` are live. */
  private parts: number[] = [0.5, 0.5, 0.5, 0.5];
  private count = 0;
  /** How many values were added (for the mean). */
  added = 0;

  /** Adds x exactly. */
  add(value: number): void {
    let x = value;
    let i = 0;
    const parts = this.parts;
    const count = this.count;
    for (let j = 0; j < count; j++) {
      let y = parts[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) parts[i++] = lo;
      x = hi;
    }
    if (i === parts.length) parts.push(x);
    else parts[i] = x;
    this.count = i + 1;
    this.added++;
  }

  /** The live partials, as a new array. */
  partials(): number[] {
    const out = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.parts[i]!;
    return out;
  }

  /** The correctly rounded mean of the values added; NaN when none. */
  mean(): number {
    return meanOfExpansion(this.partials(), this.added);
  }
}

/**
 * What a sum's values are added to: an {@link ExactSum} or a {@link FastMeanSum}, so that one
 * filling function serves both (see {@link correctlyRoundedMean}).
 *
 * @example
 * ```ts
 * const fill = (sum: Summation) => [1, 2, 4].forEach((v) => sum.add(v));
 * correctlyRoundedMean(fill); // 7 / 3
 * ```
 */
export interface Summation {
  /** Adds one finite value. */
  add(value: number): void;
}

const UNIT = 2 ** -53; // the unit roundoff of a double

/**
 * A running sum that usually knows the correctly rounded mean without an exact expansion: Knuth's
 * branch-free two-sum keeps the running total and each addition's exact error, the errors are
 * summed plainly, and their absolute sum bounds what that plain sum can be off by. `mean()`
 * returns the mean only when that bound proves it is the double nearest to the exact Σx/n (the
 * same double {@link ExactSum} gives), and `undefined` otherwise — then the caller sums again
 * exactly. Why: Shewchuk's expansion costs about 23 ns a value (two per I chart point: the mean
 * and the mean moving range), this about 3 ns; the proof fails only when the exact quotient lies
 * within about n²·2⁻¹⁰⁶ (relative) of a rounding midpoint, or on overflow.
 *
 * @example
 * ```ts
 * const sum = new FastMeanSum();
 * for (const v of [0.1, 0.2, 0.3]) sum.add(v);
 * sum.mean(); // 0.2 — or undefined, when only an exact sum can tell
 * ```
 */
export class FastMeanSum implements Summation {
  /** The rounded running total; −0 so that a first value of −0 stays −0, as in ExactSum. */
  private total = -0;
  /** The plain sum of each addition's exact rounding error. */
  private errors = 0;
  /** The plain sum of the errors' magnitudes: what bounds the error of `errors`. */
  private spread = 0;
  /** How many values were added (for the mean). */
  added = 0;

  /** Adds x; total + (the exact sum of the errors) stays exactly the sum of the values. */
  add(value: number): void {
    const total = this.total;
    const t = total + value;
    const b = t - total;
    const error = total - (t - b) + (value - b);
    this.total = t;
    this.errors += error;
    this.spread += Math.abs(error);
    this.added++;
  }

  /** The correctly rounded mean when provably so; NaN when empty; undefined when not proven. */
  mean(): number | undefined {
    const n = this.added;
    if (n === 0) return Number.NaN;
    const s = this.total;
    const c = this.errors;
    const spread = this.spread;
    if (!Number.isFinite(s) || !Number.isFinite(spread) || n > 2 ** 40) return undefined;
    // Every addition exact: the sum is s, and IEEE division rounds s / n correctly.
    if (spread === 0) return s / n;
    // |Σerrors − c| ≤ γ(n−1)·Σ|errors| (recursive summation), doubled for spread's own rounding.
    const carried = 2 * n * UNIT * spread;
    let q = (s + c) / n;
    for (let step = 0; step < 3; step++) {
      const magnitude = Math.abs(q);
      // Dekker's product below needs no overflow or underflow.
      if (!(magnitude > 2 ** -900 && magnitude < 2 ** 900)) return undefined;
      // n·q = p + pe exactly (twoProduct, inlined: no pair allocated on this hot path).
      const p = n * q;
      let t = SPLITTER * n;
      const nh = t - (t - n);
      const nl = n - nh;
      t = SPLITTER * q;
      const qh = t - (t - q);
      const ql = q - qh;
      const pe = nl * ql - (p - nh * qh - nl * qh - nh * ql);
      // d ≈ S − n·q, off by at most `bound` (three roundings and the errors' sum).
      const d1 = s - p;
      const d2 = c - pe;
      const d = d1 + d2;
      const up = nextDouble(q, 1);
      const down = nextDouble(q, -1);
      // Half the gap to each neighbour times n: exact (a power of two times an integer).
      const halfUp = (n * (up - q)) / 2;
      const halfDown = (n * (q - down)) / 2;
      const bound = carried + 4 * UNIT * (Math.abs(d1) + Math.abs(d2) + Math.abs(d) + Math.max(halfUp, halfDown));
      if (d + bound < halfUp && d - bound > -halfDown) return q;
      // Surely past a midpoint: the nearest double is the neighbour; check it the same way.
      if (d - bound > halfUp) q = up;
      else if (d + bound < -halfDown) q = down;
      else return undefined;
    }
    return undefined;
  }
}

/**
 * The correctly rounded mean of the values `fill` adds (NaN when none): first with a
 * {@link FastMeanSum}, and only when that cannot prove its result, again with an
 * {@link ExactSum}. `fill` must add the same finite values each time it is called.
 *
 * @example
 * ```ts
 * const values = [0.1, 0.1, 0.1];
 * correctlyRoundedMean((sum) => values.forEach((v) => sum.add(v))); // 0.1
 * ```
 */
export function correctlyRoundedMean(fill: (sum: Summation) => void): number {
  const fast = new FastMeanSum();
  fill(fast);
  const mean = fast.mean();
  if (mean !== undefined) return mean;
  const exact = new ExactSum();
  fill(exact);
  return exact.mean();
}

/** The expansion's value rounded once to the nearest double (ties to even), as `math.fsum`. */
function roundedSum(parts: readonly number[]): number {
  let n = parts.length;
  if (n === 0) return 0;
  let hi = parts[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = parts[--n]!;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Half-way cases: make the rounding see the rest of the expansion.
  if (n > 0 && ((lo < 0 && parts[n - 1]! < 0) || (lo > 0 && parts[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** The sign of the expansion's exact value. */
function signOf(parts: readonly number[]): number {
  return Math.sign(roundedSum(parts));
}

const SPLITTER = 134217729; // 2^27 + 1

/** a·b as hi + lo exactly (Dekker's product; a, b well inside the double range). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, al * bl - (p - ah * bh - al * bh - ah * bl)];
}

const view = new DataView(new ArrayBuffer(8));

/**
 * The next double towards +∞ (direction 1) or −∞ (−1): one step of the 64-bit pattern, done on
 * its two 32-bit halves because BigInt arithmetic allocated on every call and was a fifth of the
 * time of a subgroup chart (one exact mean per subgroup).
 */
function nextDouble(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  view.setFloat64(0, x);
  let high = view.getUint32(0);
  let low = view.getUint32(4);
  if ((x > 0) === (direction > 0)) {
    low = (low + 1) >>> 0;
    if (low === 0) high++;
  } else {
    if (low === 0) high--;
    low = (low - 1) >>> 0;
  }
  view.setUint32(0, high);
  view.setUint32(4, low);
  return view.getFloat64(0);
}

/** Whether the last bit of x's significand is 1. */
function oddSignificand(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint32(4) & 1) === 1;
}

/**
 * The correctly rounded mean of finite values: the double nearest to their exact sum divided by
 * their number, ties to even. NaN when there are none.
 *
 * @param values - Finite numbers (filter out missing values first).
 * @returns The mean, exactly rounded.
 *
 * @example
 * ```ts
 * exactMean([0.1, 0.1, 0.1]); // 0.1
 * exactMean([7130 - 1, 1].concat(Array(20).fill(0))); // 7130 / 22 = 324.09090909090907
 * ```
 */
export function exactMean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  return correctlyRoundedMean((sum) => {
    for (let k = 0; k < values.length; k++) sum.add(values[k] as number);
  });
}

/** The correctly rounded quotient of an exact sum (as partials) by n. */
function meanOfExpansion(sum: number[], n: number): number {
  if (n === 0) return Number.NaN;
  const total = roundedSum(sum);
  let q = total / n;
  // An exact sum that is one double: IEEE division already rounds the quotient correctly.
  if (sum.length <= 1) return q;
  if (!Number.isFinite(q) || n > 2 ** 52) return q;
  // q is within an ulp or two of Σx/n: step to the neighbour while the exact quotient lies past
  // the midpoint between them (S − n·(q ± gap/2) has the sign of the step).
  for (let step = 0; step < 4; step++) {
    const up = nextDouble(q, 1);
    const towardUp = beyondMidpoint(sum, n, q, up);
    if (towardUp > 0 || (towardUp === 0 && oddSignificand(q))) {
      q = up;
      continue;
    }
    const down = nextDouble(q, -1);
    const towardDown = beyondMidpoint(sum, n, q, down);
    if (towardDown < 0 || (towardDown === 0 && oddSignificand(q))) {
      q = down;
      continue;
    }
    break;
  }
  return q;
}

/** The sign of S − n·(q + neighbour)/2, exactly. */
function beyondMidpoint(sum: readonly number[], n: number, q: number, neighbour: number): number {
  // An ExactSum rather than a copy of the partials cut to length on every step: V8's "set
  // length" was the costliest call of a subgroup chart's means.
  const rest = new ExactSum();
  for (const part of sum) rest.add(part);
  const [p, e] = twoProduct(n, q);
  rest.add(-p);
  rest.add(-e);
  // (neighbour − q) is one unit in the last place: a power of two, so its half times n is exact.
  rest.add(-n * ((neighbour - q) / 2));
  return signOf(rest.partials());
}
