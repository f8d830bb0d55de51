import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compute, explain, formatIssue, type ChartSpec } from "../../src/index.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";
import { sumOfSquaresWinsorised } from "../../src/charts/funnel.js";

// Funnel plots (Spiegelhalter 2005; FunnelPlotR 0.5). Each row is a unit; y/n is compared with
// the 95 % (lcl95, ucl95) and 99.8 % (lcl, ucl) limits at the unit's own denominator.

const limits = (r: ReturnType<typeof compute>) => r.points.map((p) => [p.lcl95, p.ucl95, p.lcl, p.ucl]);
const close = (rows: number[][], digits: number) => rows.map((row) => row.map((v) => expect.closeTo(v, digits)));

/** FunnelPlotR's own test data (tests/testthat/test-funnel_plot.R): observed and expected counts of six units. */
const FUNNELPLOTR_UNITS = [
  { x: "a", y: 100, n: 108 },
  { x: "b", y: 150, n: 112 },
  { x: "c", y: 180, n: 165 },
  { x: "d", y: 80, n: 95 },
  { x: "e", y: 120, n: 100 },
  { x: "f", y: 225, n: 220 },
];

describe("funnel plot: published and hand-worked values", () => {
  it("matches FunnelPlotR's Poisson limit test (test-poisson_limits.R: expected 15, 20, 30; target 1)", () => {
    const r = compute({ chart: "funnel", cl: 1, funnel: { type: "rate", method: "funnelplotr" }, data: [15, 20, 30].map((n, i) => ({ x: `u${i}`, y: n, n })) });
    // FunnelPlotR rounds to 7 (lower) and 6 (upper) decimals.
    expect(r.points.map((p) => p.lcl95)).toEqual(close([[0.5596924, 0.610826, 0.6746958]], 7)[0]);
    expect(r.points.map((p) => p.ucl95)).toEqual(close([[1.649348, 1.544419, 1.427562]], 6)[0]);
    expect(r.points.map((p) => p.lcl)).toEqual(close([[0.386265, 0.4479107, 0.5289724]], 7)[0]);
    expect(r.points.map((p) => p.ucl)).toEqual(close([[2.082907, 1.902094, 1.702771]], 6)[0]);
  });

  it("gives Spiegelhalter's interpolated exact binomial limits (θ = 1/8; worked with exact fractions in Python, math.comb)", () => {
    // Four wards, 50 events in 400 cases: θ = 0.125. Reference: r = the p-quantile of
    // Binomial(n, 1/8) summed exactly, α = (F(r) − p)/(F(r) − F(r − 1)), limit = (r − α)/n.
    const r = compute({ chart: "funnel", data: [{ x: "A", y: 10, n: 100 }, { x: "B", y: 30, n: 200 }, { x: "C", y: 8, n: 40 }, { x: "D", y: 2, n: 60 }] });
    expect(r.points[0]!.cl).toBe(0.125);
    expect(limits(r)).toEqual(
      close(
        [
          [0.058926205727355185, 0.18838894551134733, 0.030257498842354683, 0.23210821797675255],
          [0.07836352865023544, 0.16997682104840467, 0.05589167635385663, 0.19970805374804834],
          // At n = 40 the 0.1 % point interpolates below 0: the limit is 0.
          [0.018459733381000425, 0.22324196498339371, 0, 0.2975514605708733],
          [0.03829840780975418, 0.20677514421696272, 0.00392115440249145, 0.2646931028827074],
        ],
        12,
      ),
    );
    // Ward D (2/60 = 3.3 %) is below its 95 % limit but inside 99.8 %: no 99.8 % finding.
    expect(r.findings).toEqual([]);
  });

  it("gives exact Poisson limits for rates (expected 15, 20, 30, target 1; summed with 50-digit decimals in Python)", () => {
    const r = compute({ chart: "funnel", cl: 1, funnel: { type: "rate" }, data: [15, 20, 30].map((n, i) => ({ x: `u${i}`, y: n, n })) });
    expect(limits(r)).toEqual(
      close(
        [
          [0.4906593251243899, 1.5055443627026135, 0.2716038044178132, 1.8558076159918604],
          [0.560250051922442, 1.4372884335020133, 0.358459355388521, 1.7356764286899276],
          [0.6411043088664191, 1.3572148970839282, 0.4692415857066233, 1.5937368237615468],
        ],
        11,
      ),
    );
  });

  it("gives FunnelPlotR's arcsine limits for proportions (θ = 0.5: sin²(π/4 ± z/(2√n)), worked in Python)", () => {
    const r = compute({ chart: "funnel", cl: 0.5, funnel: { method: "funnelplotr" }, data: [10, 100, 250].map((n, i) => ({ x: `u${i}`, y: n / 2, n })) });
    expect(limits(r)).toEqual(
      close(
        [
          [0.20956583323939318, 0.7904341667606068, 0.08552797343591902, 0.914472026564081],
          [0.4026280227441715, 0.5973719772558286, 0.3479358741868676, 0.6520641258131324],
          [0.4381791021860064, 0.5618208978139938, 0.4028992279061045, 0.5971007720938956],
        ],
        12,
      ),
    );
  });

  it("adds FunnelPlotR's between-unit τ² on the log scale (its six test units, target 1; φ, τ² and limits from its formulas in Python)", () => {
    // √E·log(O/E) winsorised at 10 % (type-7 quantiles), φ = 2.14905, τ² = 0.0121185.
    const r = compute({ chart: "funnel", cl: 1, funnel: { type: "rate", overdispersion: "additive" }, data: FUNNELPLOTR_UNITS });
    expect(r.points[0]!.lcl95).toBeCloseTo(0.750835323347903, 12);
    expect(r.points[0]!.ucl).toBeCloseTo(1.57117996384657, 12);
    expect(r.points[4]!.lcl95).toBeCloseTo(0.7471483888354505, 12);
    expect(r.points[4]!.ucl95).toBeCloseTo(1.338422212967171, 12);
    expect(r.points[5]!.lcl).toBeCloseTo(0.6710479578333244, 12);
    // FunnelPlotR's own check: the adjusted limits are wider than the unadjusted ones (unit e).
    const plain = compute({ chart: "funnel", cl: 1, funnel: { type: "rate", method: "funnelplotr" }, data: FUNNELPLOTR_UNITS });
    expect(plain.points[4]!.lcl95!).toBeGreaterThan(r.points[4]!.lcl95!);
    // Unit b (150 observed, 112 expected) is beyond the unadjusted 99.8 % limit but not the adjusted one.
    expect(plain.findings.map((f) => f.points)).toEqual([[2]]);
    expect(r.findings).toEqual([]);
  });

  it("multiplies the variance by φ (Spiegelhalter 2005 §5.2; pooled rate 1.06875, φ = 1.90905, worked in Python)", () => {
    const r = compute({ chart: "funnel", funnel: { type: "rate", overdispersion: "multiplicative" }, data: FUNNELPLOTR_UNITS });
    expect(r.points[0]!.cl).toBeCloseTo(1.06875, 14);
    expect(limits(r)[0]).toEqual(close([[0.7993593564726585, 1.3381406435273417, 0.6440077153821276, 1.4934922846178726]], 12)[0]);
    expect(limits(r)[5]).toEqual(close([[0.8800017016022743, 1.2574982983977259, 0.77115472189581, 1.3663452781041903]], 12)[0]);
  });

  it("adds τ² on the arcsine scale for proportions (five units, pooled θ = 45/294, worked in Python)", () => {
    const data = [
      { x: "A", y: 10, n: 100 },
      { x: "B", y: 30, n: 200 },
      { x: "C", y: 8, n: 40 },
      { x: "D", y: 2, n: 60 },
      { x: "E", y: 25, n: 90 },
    ];
    const r = compute({ chart: "funnel", funnel: { overdispersion: "additive" }, data });
    expect(limits(r)[0]).toEqual(close([[0.0425546472079823, 0.31524444602771806, 0.00914871195744376, 0.423049892136389]], 12)[0]);
    expect(limits(r)[2]).toEqual(close([[0.02986326818712269, 0.3473339254756223, 0.001765823603375487, 0.47651275665375686]], 12)[0]);
  });
});

describe("funnel plot: units, findings, curves and refusals", () => {
  const spec = (extra: Partial<ChartSpec> = {}) =>
    ({
      chart: "funnel",
      multiply: 100,
      data: [
        { x: "Ahus", y: 40, n: 400 },
        { x: "Bodø", y: 9, n: 150 },
        { x: "Tromsø", y: 2, n: 30 },
        { x: "Haukeland", y: 80, n: 1000 },
        { x: 17, y: 30, n: 100 },
      ],
      ...extra,
    }) as ChartSpec;

  it("treats rows as units: labels kept, no runs signal, only the 99.8 % rule by default", () => {
    const r = compute(spec());
    expect(r.xType).toBe("category");
    expect(r.points.map((p) => p.x)).toEqual(["Ahus", "Bodø", "Tromsø", "Haukeland", "17"]);
    expect(r.rules.map((x) => x.rule)).toEqual(["outside-limits"]);
    expect(r.points.every((p) => !p.runsSignal)).toBe(true);
    // Unit "17": 30 of 100 against θ = 161/1680 (9.6 %) is far above the 99.8 % limit.
    expect(r.findings.map((f) => [f.points, f.side])).toEqual([[[5], "high"]]);
  });

  it("returns the limits as curves over the denominator, ascending, after multiply, through each unit's own limits", () => {
    const r = compute(spec());
    const curve = r.funnel![0]!;
    expect(curve.n[0]).toBe(30);
    expect(curve.n.at(-1)).toBe(1000);
    expect(curve.n.every((v, i) => i === 0 || v > curve.n[i - 1]!)).toBe(true);
    const tromso = r.points[2]!;
    expect(curve.ucl[0]).toBe(tromso.ucl);
    expect(curve.lcl95[0]).toBe(tromso.lcl95);
    expect(tromso.ucl!).toBeGreaterThan(tromso.cl!);
  });

  it("tells the units outside 95 % and 99.8 % in explain(), in bokmål and English", () => {
    const r = compute(spec());
    const en = explain(r, { lang: "en" });
    const nb = explain(r, { lang: "nb" });
    expect(en).toMatch(/^Funnel plot with 5 units/);
    expect(en).toContain("Outside the 99.8 % limits: 17");
    expect(nb).toMatch(/^Traktdiagram med 5 enheter/);
    expect(nb).toContain("Utenfor 99,8 %-grensene: 17");
  });

  it("refuses time-series options, rates above n only for proportions, and fractional n for exact binomial limits", () => {
    expect(issuesOf(spec({ breaks: [2] } as Partial<ChartSpec>)).map((i) => [i.path.join("."), i.code])).toEqual([["breaks", "not_for_chart"]]);
    expect(issuesOf({ chart: "funnel", data: [{ x: "a", y: 12, n: 10 }] }).map((i) => i.code)).toEqual(["numerator_above_denominator"]);
    expect(issuesOf({ chart: "funnel", funnel: { type: "rate" }, data: [{ x: "a", y: 12, n: 10 }] })).toEqual([]);
    expect(issuesOf({ chart: "funnel", data: [{ x: "a", y: 2, n: 10.5 }] }).map((i) => [i.path.join("."), i.code])).toEqual([["data.0.n", "not_integer"]]);
    expect(issuesOf({ chart: "funnel", funnel: { method: "funnelplotr" }, data: [{ x: "a", y: 2, n: 10.5 }] })).toEqual([]);
    expect(issuesOf({ chart: "funnel", funnel: { trim: 0.5 }, data: [{ x: "a", y: 2, n: 10 }] }).map((i) => i.code)).toEqual(["out_of_range"]);
    expect(issuesOf({ chart: "p", funnel: { type: "rate" }, data: [{ x: "a", y: 2, n: 10 }] }).map((i) => i.code)).toEqual(["not_for_chart"]);
    const missing = issuesOf({ chart: "funnel", data: [{ x: "a", y: 2 }] }).find((i) => i.code === "missing_denominator")!;
    expect(formatIssue(missing, { lang: "en" })).toBe("data: a funnel plot needs a denominator n on every row");
    expect(formatIssue(missing, { lang: "nb" })).toBe("data: et traktdiagram krever en nevner n på hver rad");
  });
});

describe("funnel plot: properties", () => {
  const options = fc.record({
    type: fc.constantFrom("proportion" as const, "rate" as const),
    method: fc.constantFrom("exact" as const, "funnelplotr" as const),
    overdispersion: fc.constantFrom("none" as const, "multiplicative" as const, "additive" as const),
  });
  const units = fc.array(fc.record({ n: fc.integer({ min: 5, max: 5000 }), share: fc.double({ min: 0.01, max: 0.6, noNaN: true }) }), { minLength: 3, maxLength: 25 });

  it("limits contain the target and widen as the denominator shrinks", () => {
    fc.assert(
      fc.property(options, units, (funnel, rows) => {
        const data = rows.map((u, i) => ({ x: `u${i}`, y: Math.round(u.share * u.n), n: u.n }));
        const r = compute({ chart: "funnel", funnel, data });
        const cl = r.points[0]!.cl!;
        const curve = r.funnel![0]!;
        const eps = 1e-12;
        for (let k = 0; k < curve.n.length; k++) {
          const [l95, u95, l, u] = [curve.lcl95[k]!, curve.ucl95[k]!, curve.lcl[k]!, curve.ucl[k]!];
          expect(l - eps).toBeLessThanOrEqual(l95);
          expect(l95 - eps).toBeLessThanOrEqual(cl);
          expect(cl - eps).toBeLessThanOrEqual(u95);
          expect(u95 - eps).toBeLessThanOrEqual(u);
          if (k > 0) {
            // A larger n never has wider 99.8 % limits (exact limits may step by less than a count's width).
            expect(curve.ucl[k]!).toBeLessThanOrEqual(curve.ucl[k - 1]! + 1 / curve.n[k - 1]!);
            expect(curve.lcl[k]!).toBeGreaterThanOrEqual(curve.lcl[k - 1]! - 1 / curve.n[k - 1]!);
          }
        }
        // Over the whole range the funnel narrows: the largest unit's band is inside the smallest's.
        expect(curve.ucl.at(-1)! - curve.lcl.at(-1)!).toBeLessThanOrEqual(curve.ucl[0]! - curve.lcl[0]! + eps);
      }),
      { numRuns: 60 },
    );
  });

  it("a unit exactly on target is never a finding", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 20 }), (ns) => {
        const r = compute({ chart: "funnel", data: ns.map((n, i) => ({ x: `u${i}`, y: n, n: 4 * n })) });
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("sumOfSquaresWinsorised (the over-dispersion's winsorised Σz²)", () => {
  /** The implementation it replaced: a full sort of the finite scores, kept here to prove the selection equal. */
  function sortedWinsorised(z: Float64Array, trim: number): number {
    const sorted = z.filter(Number.isFinite).sort();
    if (sorted.length === 0) return 0;
    const quantile = (q: number) => {
      const h = (sorted.length - 1) * q;
      const lo = Math.floor(h);
      const hi = Math.min(sorted.length - 1, lo + 1);
      return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
    };
    const low = quantile(trim);
    const high = quantile(1 - trim);
    let sum = 0;
    for (const v of z) {
      const w = v < low ? low : v > high ? high : v;
      sum += w * w;
    }
    return sum;
  }

  it("equals the sort-based winsorising to the last bit (property: ties, zeros, −∞, any trim)", () => {
    const score = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) },
      { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, -1, 2.5) },
      { weight: 1, arbitrary: fc.constant(-Infinity) },
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 300 }), fc.double({ min: 0, max: 0.4999, noNaN: true }), (values, trim) => {
        const z = Float64Array.from(values);
        expect(sumOfSquaresWinsorised(z.slice(), trim)).toBe(sortedWinsorised(z, trim));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves the scores it is given as they were", () => {
    const z = Float64Array.of(3, -1, 2, -Infinity, 0);
    sumOfSquaresWinsorised(z, 0.1);
    expect(Array.from(z)).toEqual([3, -1, 2, -Infinity, 0]);
  });
});
