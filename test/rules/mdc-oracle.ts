/**
 * An independent oracle for the `mdc` convention: NHSRplotthedots 0.2.2's rules written out
 * vector by vector from shared/reference/mdc/README.md ("The rules as implemented"), with R's
 * three-valued logic for NA (`null` here) kept literally — `NA & FALSE` is FALSE, `NA | TRUE` is
 * TRUE, `all()` with an NA and no FALSE is NA, `case_when` treats NA as FALSE, `if (NA)` is an
 * error. It shares nothing with src/rules except the mean (src/charts/exact-mean.ts, correctly
 * rounded as R's long-double `mean()` is), so that the comparison tests the logic.
 */
import { exactMean as mean } from "../../src/stats/exact-mean.js";

type L = boolean | null; // R logical with NA
type N = number | null; // R double with NA (NaN is kept as NaN)

const and = (a: L, b: L): L => (a === false || b === false ? false : a === null || b === null ? null : true);
const or = (a: L, b: L): L => (a === true || b === true ? true : a === null || b === null ? null : false);
const not = (a: L): L => (a === null ? null : !a);
const all = (xs: L[]): L => (xs.some((x) => x === false) ? false : xs.some((x) => x === null) ? null : true);
const any = (xs: L[]): L => (xs.some((x) => x === true) ? true : xs.some((x) => x === null) ? null : false);
/** A comparison: NA when either side is NA or NaN. */
const cmp = (a: N, b: N, f: (x: number, y: number) => boolean): L => (a === null || b === null || Number.isNaN(a) || Number.isNaN(b) ? null : f(a, b));
const sign = (v: N): N => (v === null || Number.isNaN(v) ? null : Math.sign(v));
const sub = (a: N, b: N): N => (a === null || b === null ? null : a - b);
const sum = (xs: N[]): N => (xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x as number), 0));
const num = (l: L): N => (l === null ? null : l ? 1 : 0);
/** `abs(v) == k`, NA for NA. */
const absIs = (v: N, k: number): L => (v === null || Number.isNaN(v) ? null : Math.abs(v) === k);
const meanNaRm = (xs: N[]): number => mean(xs.filter((x): x is number => x !== null && !Number.isNaN(x)));

/** One point as NHSRplotthedots describes it. */
export interface OraclePoint {
  mean: number;
  lpl: number;
  upl: number;
  nlpl: number;
  nupl: number;
  specialCauseType: string;
  pointType: string;
}

/** The rows of one rebase group, or "error" where R stops (`if (NA)` in the trend rule). */
export function oracleGroup(y: N[], fixAfter: number | null, screen: boolean, direction: "increase" | "decrease" | "neutral"): OraclePoint[] | "error" {
  const n = y.length;
  const fixY = y.map((v, i) => (i < (fixAfter ?? Infinity) ? v : null));
  const m = meanNaRm(fixY);
  let mr: N[] = fixY.map((v, i) => (i === 0 ? null : v === null || fixY[i - 1] === null ? null : Math.abs(v - fixY[i - 1]!)));
  let amr = meanNaRm(mr);
  if (screen) {
    const cut = 3.267 * amr;
    mr = mr.map((r) => (cmp(r, cut, (a, b) => a < b) === true ? r : null));
    amr = meanNaRm(mr);
  }
  const lpl = m - 2.66 * amr;
  const upl = m + 2.66 * amr;
  const close2 = 2 * (2.66 / 3);
  const nlpl = m - close2 * amr;
  const nupl = m + close2 * amr;

  const outside: L[] = y.map((v) => or(cmp(v, upl, (a, b) => a > b), cmp(v, lpl, (a, b) => a < b)));
  const rtm: N[] = y.map((v) => sign(sub(v, m)));
  const close: L[] = y.map((v, i) => and(not(outside[i]!), or(cmp(v, nlpl, (a, b) => a < b), cmp(v, nupl, (a, b) => a > b))));

  // Trend: +1/−1 on the 7th point of 7 strictly rising/falling points.
  const trend: number[] = new Array(n).fill(0);
  if (n >= 7) {
    for (let i = 6; i < n; i++) {
      const d: N[] = [];
      for (let k = i - 5; k <= i; k++) d.push(sign(sub(y[k]!, y[k - 1]!)));
      const up = all(d.map((x) => cmp(x, 1, (a, b) => a === b)));
      if (up === null) return "error";
      if (up) {
        trend[i] = 1;
        continue;
      }
      const down = all(d.map((x) => cmp(x, -1, (a, b) => a === b)));
      if (down === null) return "error";
      if (down) trend[i] = -1;
    }
  }
  // Point i is part of a 7-point pattern if one ends at i..i+6 (padded with 0 past the end).
  const partOfSeven = (v: N[]): L[] => v.map((_, i) => any(Array.from({ length: 7 }, (_, k) => (i + k < n ? absIs(v[i + k]!, 1) : false))));
  const partTrend = partOfSeven(trend);

  // Two in three.
  const vp: N[] = [0, 0, ...close.map(num), 0, 0];
  const rp: N[] = [0, 0, ...rtm, 0, 0];
  const window = (s: number): L => and(cmp(sum(vp.slice(s, s + 3)), 2, (a, b) => a >= b), absIs(sum(rp.slice(s, s + 3)), 3));
  const twoInThree: L[] = y.map((_, i) => or(or(window(i), window(i + 1)), window(i + 2)));
  const partTwoInThree: L[] = y.map((_, i) => and(twoInThree[i]!, close[i]!));

  // Shift: 7 points with the same non-zero side.
  const sp: N[] = [0, 0, 0, 0, 0, 0, ...rtm];
  const shift: N[] = y.map((_, i) => {
    const j = i + 6;
    const same = all(Array.from({ length: 6 }, (_, k) => cmp(sp[j]!, sp[j - 1 - k]!, (a, b) => a === b)));
    return num(and(same, cmp(sp[j]!, 0, (a, b) => a !== b)));
  });
  const partShift = partOfSeven(shift);

  // Labels.
  const sdyRaw: N[] = [];
  for (let i = 1; i < n; i++) sdyRaw.push(sign(sub(y[i]!, y[i - 1]!)));
  const points: OraclePoint[] = [];
  for (let i = 0; i < n; i++) {
    let type = "Common Cause";
    if (outside[i] === true) type = rtm[i] === 1 ? "Above UCL" : "Below LCL";
    else if (partTrend[i] === true) {
      const nextToo = i + 1 < n ? partTrend[i + 1] === true : false;
      const sdy = nextToo ? (i < n - 1 ? sdyRaw[i]! : sdyRaw[n - 2]!) : i === 0 ? 0 : sdyRaw[i - 1]!;
      type = sdy === null ? "7 Point Trend (NAcreasing)" : `7 Point Trend (${sdy === 1 ? "In" : "De"}creasing)`;
    } else if (partTwoInThree[i] === true) type = `2 in 3 ${cmp(rtm[i]!, 0, (a, b) => a > b) === true ? "Above" : "Below"} CL`;
    else if (partShift[i] === true) type = `7 Points ${cmp(rtm[i]!, 0, (a, b) => a > b) === true ? "Above" : "Below"} CL`;
    const v = /Above|Increasing/.test(type) ? 1 : /Below|Decreasing/.test(type) ? -1 : 0;
    let pointType: string;
    if (direction === "neutral") pointType = v > 0 ? "special_cause_neutral_high" : v < 0 ? "special_cause_neutral_low" : "common_cause";
    else {
      const w = v * (direction === "increase" ? 1 : -1);
      pointType = w > 0 ? "special_cause_improvement" : w < 0 ? "special_cause_concern" : "common_cause";
    }
    points.push({ mean: m, lpl, upl, nlpl, nupl, specialCauseType: type, pointType });
  }
  return points;
}
